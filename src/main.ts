/**
 * `npm start`: with DISCORD_TOKEN, the Discord bot (one process per shard with SHARD_COUNT);
 * without, an interactive terminal session over the same commands. Configuration errors, a token
 * Discord rejects and Discord out of reach: one clear line (what to check) and exit code 2.
 */
import dotenv from 'dotenv';
import { createApp } from './app.ts';
import { localeOf } from './cli/args.ts';
import { seedsError, skippedLine } from './cli/ask.ts';
import { interactiveSession } from './cli/terminal.ts';
import { ConfigError, readConfig } from './config.ts';
import { createLogger } from './logger.ts';

dotenv.config({ quiet: true });

async function main(): Promise<void> {
  const config = readConfig();
  if (!config.DISCORD_TOKEN && !config.DISCORD_PUBLIC_KEY) {
    const app = await createApp(config, { logger: createLogger('warn') });
    const locale = localeOf(process.argv.slice(2)) ?? 'en';
    if (app.seedsFolder) throw new ConfigError(seedsError(config.SEEDS_DIR, app.seedsFolder).text(locale));
    for (const warning of app.warnings) console.error(skippedLine(warning, locale));
    const { moderation } = app;
    await moderation.start(); // picks up files dropped into the seeds folder during the session
    await interactiveSession(app, locale);
    await moderation.stop();
    return;
  }
  const logger = createLogger(config.LOG_LEVEL);
  const { isShardChild, startShardManager } = await import('./discord/shards.ts');
  if (config.SHARD_COUNT !== undefined && config.DISCORD_TOKEN && !isShardChild()) {
    await startShardManager(config, logger);
    return;
  }
  const { startBot } = await import('./discord/start.ts');
  await startBot(config, logger);
}

main().catch(async (error: unknown) => {
  const { startupLine, terminalLocale } = await import('./discord/startup.ts');
  const line = startupLine(
    error,
    terminalLocale(localeOf(process.argv.slice(2))),
    process.env.DISCORD_API_URL || undefined,
  );
  if (line || error instanceof ConfigError) {
    console.error(line ?? (error as ConfigError).message);
    process.exit(2);
  }
  console.error(error);
  process.exit(1);
});
