/**
 * `npm run ask -- <command> [subcommand] [--option value]... [--json] [--seeds DIR] [--locale en|cs|de]`
 * Runs one command and prints its reply; with --json, exactly the payload the bot would send.
 * Bad input: one line on stderr and exit code 2 (src/cli/ask.ts).
 */
import dotenv from 'dotenv';
import { ask } from './cli/ask.ts';

dotenv.config({ quiet: true });

const { code, stdout, stderr } = await ask(process.argv.slice(2), process.env);
for (const line of stderr) process.stderr.write(`${line}\n`);
process.stdout.write(stdout);
process.exitCode = code;
