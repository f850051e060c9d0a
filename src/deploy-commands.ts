/**
 * `npm run deploy-commands [-- --dry-run]`: register every command with Discord, to DEV_GUILD_ID
 * when set (instant, for development) or globally. --dry-run prints the JSON body instead. A token
 * Discord rejects, or Discord out of reach: one line (what to check) and exit code 2.
 */
import dotenv from 'dotenv';
import { REST } from 'discord.js';
import { loadCommands } from './framework/registry.ts';
import { applicationIdOf, ConfigError, readConfig } from './config.ts';
import { registrationBody } from './discord/registration.ts';
import { deployCommands } from './discord/deploy.ts';
import { startupLine, terminalLocale } from './discord/startup.ts';
import { localeOf } from './cli/args.ts';

dotenv.config({ quiet: true });

async function main(argv: string[]): Promise<void> {
  const registry = await loadCommands();
  if (argv.includes('--dry-run')) {
    process.stdout.write(`${JSON.stringify(registrationBody(registry), null, 2)}\n`);
    return;
  }
  const config = readConfig();
  const applicationId = applicationIdOf(config);
  if (!config.DISCORD_TOKEN || !applicationId)
    throw new ConfigError(
      'deploy-commands needs DISCORD_TOKEN (and DISCORD_APPLICATION_ID if the token does not carry it).',
    );
  const rest = new REST(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}).setToken(config.DISCORD_TOKEN);
  const count = await deployCommands(rest, applicationId, registry, config.DEV_GUILD_ID);
  console.log(
    `Registered ${count} commands ${config.DEV_GUILD_ID ? `to guild ${config.DEV_GUILD_ID}` : 'globally (may take up to an hour to appear)'}.`,
  );
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const locale = terminalLocale(localeOf(process.argv.slice(2)));
  const line = startupLine(error, locale, process.env.DISCORD_API_URL || undefined);
  console.error(line ?? (error instanceof ConfigError ? error.message : error));
  process.exitCode = line || error instanceof ConfigError ? 2 : 1;
});
