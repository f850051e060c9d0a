/**
 * Why the bot or deploy-commands could not start, as one line in the reader's language saying
 * what to check: a token Discord rejects, a token that cannot be one, Discord out of reach.
 * Anything else is not recognised here, and is reported as it is.
 */
import { DiscordAPIError, DiscordjsError, DiscordjsErrorCodes } from 'discord.js';
import { ConfigError } from '../config.ts';
import { isLocale, texts, type Locale } from '../i18n/locale.ts';

export const startupText = texts('startup');

const GATEWAY_AUTHENTICATION_FAILED = 'Authentication failed';

/** Network failures that mean Discord (or DISCORD_API_URL) cannot be reached at all. */
const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_SOCKET',
]);

/** The error and its causes, outermost first. */
function chain(error: unknown): unknown[] {
  const links: unknown[] = [];
  for (let link = error; link && links.length < 10; link = (link as { cause?: unknown }).cause) links.push(link);
  return links;
}

const codeOf = (error: unknown): unknown => (error as { code?: unknown } | null)?.code;

/** The line for a start-up failure, or undefined when it is not one of the failures this knows. */
export function startupLine(error: unknown, locale: Locale, apiUrl = 'https://discord.com/api'): string | undefined {
  const t = startupText(locale);
  if (error instanceof ConfigError && error.variables.length === 1 && error.variables[0] === 'DISCORD_TOKEN') {
    return t.tokenMalformed;
  }
  if (error instanceof DiscordjsError && error.code === DiscordjsErrorCodes.TokenInvalid) return t.tokenRejected;
  if (error instanceof DiscordAPIError && error.status === 401) return t.tokenRejected;
  // The gateway's close code 4004, as @discordjs/ws reports it: a plain Error with only this message.
  if (error instanceof Error && error.message === GATEWAY_AUTHENTICATION_FAILED) return t.tokenRejected;
  if (
    chain(error).some(
      (link) => UNREACHABLE.has(String(codeOf(link))) || (link as Error)?.name === 'ConnectTimeoutError',
    )
  )
    return t.unreachable(apiUrl);
  return undefined;
}

/** The reader's language in a terminal: `--locale`, else LC_ALL, LC_MESSAGES or LANG (`cs_CZ.UTF-8`), else English. */
export function terminalLocale(fromArgs: Locale | undefined, env: NodeJS.ProcessEnv = process.env): Locale {
  if (fromArgs) return fromArgs;
  const language = (env.LC_ALL || env.LC_MESSAGES || env.LANG || '').slice(0, 2).toLowerCase();
  return isLocale(language) ? language : 'en';
}
