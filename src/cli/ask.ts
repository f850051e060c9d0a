/**
 * One command from the command line, as a function: argv in; exit code, stdout and stderr out.
 * The contract: an answer and exit 0, or one line on stderr and exit 2 for anything the user can
 * fix (bad input, a seeds folder that cannot be read, a failed reload); exit 1 only for a bug,
 * still in one line. Every line is in the language asked for with --locale.
 */
import { createApp } from '../app.ts';
import { newErrorId } from '../framework/errors.ts';
import { UserError } from '../i18n/user-error.ts';
import { loadCommands, type Registry } from '../framework/registry.ts';
import { ConfigError, readConfig } from '../config.ts';
import type { FolderProblem } from '../corpus/warnings.ts';
import { describeReason } from '../i18n/reasons.ts';
import type { LoadWarning } from '../corpus/types.ts';
import type { Locale } from '../i18n/locale.ts';
import { createLogger } from '../logger.ts';
import { describeError } from '../util/errors.ts';
import { localeOf, parseArgs } from './args.ts';
import { cliText } from './messages.ts';
import { answer } from './terminal.ts';

export interface AskResult {
  code: 0 | 1 | 2;
  stdout: string;
  /** Lines for stderr: warnings, or the one error line. */
  stderr: string[];
}

/** Newlines and other control characters written as escapes, so a message is always one line. */
export const oneLine = (text: string): string =>
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is escaped
  text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) =>
    c === '\n'
      ? '\\n'
      : c === '\r'
        ? '\\r'
        : c === '\t'
          ? '\\t'
          : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

/** The seeds folder's problem as the UserError the terminal exits with. */
export const seedsError = (dir: string, problem: FolderProblem): UserError =>
  problem.code === 'seeds-missing'
    ? UserError.of(cliText, 'seedsMissing', dir)
    : UserError.of(cliText, 'seedsUnreadable', dir, problem.errno);

/** A skipped file as the terminal's warning line, in the session's language. */
export const skippedLine = ({ file, reason }: LoadWarning, locale: Locale): string =>
  oneLine(cliText(locale).skipped(file, describeReason(reason, locale)));

export async function ask(argv: readonly string[], env: NodeJS.ProcessEnv, registry?: Registry): Promise<AskResult> {
  let locale: Locale = localeOf(argv) ?? 'en';
  const stderr: string[] = [];
  try {
    const commands = registry ?? (await loadCommands());
    const request = parseArgs(commands, argv);
    locale = request.locale ?? locale;
    const config = readConfig({ ...env, ...(request.seeds ? { SEEDS_DIR: request.seeds } : {}) });
    const app = await createApp(config, { logger: createLogger('silent'), registry: commands });
    if (app.seedsFolder) throw seedsError(config.SEEDS_DIR, app.seedsFolder);
    for (const warning of app.warnings) stderr.push(skippedLine(warning, locale));
    return { code: 0, stdout: `${await answer(app, request, locale)}\n`, stderr };
  } catch (error) {
    const line = (text: string) => oneLine(cliText(locale).errorLine(text));
    if (error instanceof UserError) return { code: 2, stdout: '', stderr: [...stderr, line(error.text(locale))] };
    if (error instanceof ConfigError) return { code: 2, stdout: '', stderr: [...stderr, line(error.message)] };
    return {
      code: 1,
      stdout: '',
      stderr: [...stderr, line(`${cliText(locale).internal(newErrorId())}: ${describeError(error)}`)],
    };
  }
}
