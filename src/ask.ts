/**
 * `npm run ask -- <command> [subcommand] [--option value]... [--json] [--seeds DIR] [--locale en|cs]`
 * Runs one command and prints its reply; with --json, exactly the payload the bot would send.
 * Bad input: one line on stderr and exit code 2.
 */
import dotenv from 'dotenv';
import { createApp } from './app.ts';
import { localeOf, parseArgs } from './cli/args.ts';
import { cliText } from './cli/messages.ts';
import { answer } from './cli/terminal.ts';
import { UserError } from './framework/errors.ts';
import { loadCommands } from './framework/registry.ts';
import { ConfigError, readConfig } from './config.ts';
import { createLogger } from './logger.ts';

dotenv.config({ quiet: true });

async function main(argv: string[]): Promise<number> {
  const registry = await loadCommands();
  const request = parseArgs(registry, argv);
  const config = readConfig({ ...process.env, ...(request.seeds ? { SEEDS_DIR: request.seeds } : {}) });
  const app = await createApp(config, { logger: createLogger('silent'), registry });
  const locale = request.locale ?? 'en';
  for (const warning of app.warnings) console.error(cliText(locale).skipped(warning.file, warning.reason));
  process.stdout.write(`${await answer(app, request, locale)}\n`);
  return 0;
}

const argv = process.argv.slice(2);
main(argv).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    const expected = error instanceof UserError || error instanceof ConfigError;
    const message = error instanceof UserError ? error.text(localeOf(argv) ?? 'en') : error instanceof Error ? error.message : '';
    console.error(expected ? `error: ${message}` : error);
    process.exitCode = expected ? 2 : 1;
  },
);
