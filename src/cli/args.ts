/**
 * Terminal input -> an Invocation. Two spellings of the same thing:
 *   ask form:   search --query frontex --country Czechia   (plus --json, --seeds DIR, --locale cs)
 *   chat form:  /search query: frontex country: Czechia   (as typed in Discord)
 */
import { isGroup, optionSpecs, type Command } from '../framework/define.ts';
import type { RawValue } from '../framework/options.ts';
import { UserError } from '../i18n/user-error.ts';
import { findCommand, type Registry } from '../framework/registry.ts';
import type { Invocation } from '../framework/dispatch.ts';
import { isLocale, LOCALES, type Locale } from '../i18n/locale.ts';
import { cliText } from './messages.ts';
import { closestWord } from '../util/closest.ts';

export interface TerminalRequest {
  invocation: Invocation;
  json: boolean;
  seeds?: string;
  locale?: Locale;
}

/** Split a line into words, honouring "double" and 'single' quotes. */
function splitWords(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

function commandAndSubcommand(
  registry: Registry,
  words: string[],
): { command: Command; subcommand?: string; rest: string[] } {
  const [name = '', ...rest] = words;
  const command = findCommand(registry, name.replace(/^\//, ''));
  if (!command)
    throw name
      ? UserError.of(cliText, 'noSuchCommand', name, [...registry.keys()], closestWord(name, [...registry.keys()]))
      : UserError.of(cliText, 'whichCommand');
  if (isGroup(command) && rest[0] && !rest[0].startsWith('-') && !rest[0].endsWith(':')) {
    return { command, subcommand: rest[0], rest: rest.slice(1) };
  }
  return { command, rest };
}

/** A word that is the next option, not a value: `--query --json` leaves --query without one. */
const looksLikeFlag = (word: string): boolean => /^--[\w-]/.test(word);

/** `ask` arguments: <command> [subcommand] [--option value]... [--json] [--seeds DIR] [--locale en|cs|de]. */
export function parseArgs(registry: Registry, argv: readonly string[]): TerminalRequest {
  const { command, subcommand, rest } = commandAndSubcommand(registry, [...argv]);
  const specs = optionSpecs(command, subcommand);
  const options: Record<string, RawValue> = {};
  const request: TerminalRequest = { invocation: { command: command.name, subcommand, options }, json: false };
  for (let i = 0; i < rest.length; i++) {
    const word = rest[i] ?? '';
    const match = /^--([\w-]+)(?:=(.*))?$/s.exec(word);
    if (!match) throw UserError.of(cliText, 'unexpected', word);
    const name = match[1] ?? '';
    if (name === 'json') {
      request.json = true;
      continue;
    }
    const next = rest[i + 1];
    const nextIsValue = next !== undefined && !looksLikeFlag(next);
    const takesFlag = specs[name]?.type === 'boolean' && match[2] === undefined && !nextIsValue;
    const value = match[2] ?? (takesFlag ? 'true' : nextIsValue ? next : undefined);
    if (value === undefined) throw UserError.of(cliText, 'needsValue', name);
    if (match[2] === undefined && !takesFlag) i++;
    if (name === 'seeds') request.seeds = value;
    else if (name === 'locale') {
      if (!isLocale(value)) throw UserError.of(cliText, 'badLocale', LOCALES);
      request.locale = value;
    } else options[name] = value;
  }
  return request;
}

/** The `--locale` given on a command line, read before anything else so even a mistake is told in that language. */
export function localeOf(argv: readonly string[]): Locale | undefined {
  const value =
    argv.find((word, i) => argv[i - 1] === '--locale') ?? argv.find((word) => word.startsWith('--locale='))?.slice(9);
  return value !== undefined && isLocale(value) ? value : undefined;
}

/** A chat-form line: `/search query: police cooperation country: Czechia`, or the ask form. */
export function parseLine(registry: Registry, line: string): TerminalRequest {
  const trimmed = line.trim();
  if (/(^|\s)--\w/.test(trimmed)) return parseArgs(registry, splitWords(trimmed.replace(/^\//, '')));
  const [head = '', second = ''] = trimmed.split(/\s+/);
  const words = [head];
  const { command, subcommand } = commandAndSubcommand(registry, [head, second]);
  if (subcommand) words.push(subcommand);
  const names = Object.keys(optionSpecs(command, subcommand));
  const body = trimmed.slice(trimmed.indexOf(words[words.length - 1] ?? '') + (words[words.length - 1]?.length ?? 0));
  const marker = new RegExp(`(?:^|\\s)(${names.join('|') || '(?!)'}):\\s*`, 'g');
  const marks = [...body.matchAll(marker)];
  const options: Record<string, RawValue> = {};
  if (marks.length === 0 && body.trim()) throw UserError.of(cliText, 'writeOptions', names);
  marks.forEach((mark, i) => {
    const end = marks[i + 1]?.index ?? body.length;
    options[mark[1] ?? ''] = body.slice((mark.index ?? 0) + mark[0].length, end).trim();
  });
  return { invocation: { command: command.name, subcommand, options }, json: false };
}
