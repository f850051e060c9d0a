/** What the tests of /contacts, /treaty and /developments share: a Context over a knowledge base, the seeds, the terminal. */
import type { Command, Context } from '../../src/framework/define.ts';
import type { Card, Reply } from '../../src/answers/reply.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import { parseDocument } from '../../src/corpus/parse.ts';
import { appOver } from '../../src/app.ts';
import { ask } from '../../src/cli/ask.ts';
import { readConfig } from '../../src/config.ts';
import type { Locale } from '../../src/i18n/locale.ts';
import { createLogger } from '../../src/logger.ts';
import { KnowledgeBase } from '../../src/knowledge/knowledge-base.ts';
import { SEEDS_DIR } from './bot.ts';

/** Where an answer is shown: Discord has buttons to press, the terminal prints every page. */
export type Surface = 'discord' | 'terminal';

/** A Context as `app.context()` builds it, on a fixed day, over `kb`. */
export const contextFor = (kb: KnowledgeBase, locale: Locale = 'en', surface: Surface = 'terminal'): Context =>
  appOver(kb, readConfig({ SEEDS_DIR }), {
    logger: createLogger('silent'),
    clock: () => new Date('2026-11-21'),
  }).context({
    locale,
    canPressButtons: surface === 'discord',
  });

/** The seeds alone, and the seeds with documents written by a test (`[file, text]` pairs). */
export async function seedKnowledge(
  extra: ReadonlyArray<readonly [file: string, text: string]> = [],
): Promise<{ seeds: KnowledgeBase; mixed: KnowledgeBase }> {
  const { documents } = await loadCorpus(SEEDS_DIR);
  return {
    seeds: new KnowledgeBase(documents),
    mixed: new KnowledgeBase([...documents, ...extra.map(([file, text]) => parseDocument(file, text))]),
  };
}

/**
 * The seeds with one trial set's documents (bench/unseen/trials/trialN: written without reading the
 * code), as a team's folder holding both would be read.
 */
export async function trialKnowledge(trial: number): Promise<KnowledgeBase> {
  const docs = new URL(`../../bench/unseen/trials/trial${trial}/set/docs/`, import.meta.url).pathname;
  const [seeds, set] = await Promise.all([loadCorpus(SEEDS_DIR), loadCorpus(docs)]);
  return new KnowledgeBase([...seeds.documents, ...set.documents]);
}

/** Run a command whose one option is an optional `query`. */
export const runQuery = async (
  command: Command,
  query: string | undefined,
  kb: KnowledgeBase,
  locale: Locale = 'en',
): Promise<Reply> => command.run(query === undefined ? {} : { query }, contextFor(kb, locale));

/** The value of a card's field by name ('' when there is none). */
export const fieldOf = (card: Card | undefined, name: string): string =>
  card?.fields?.find((f) => f.name === name)?.value ?? '';

/**
 * `npm run ask -- ...` in process: the function src/ask.ts runs, its exit code and what it prints
 * on stdout and stderr. (test/terminal.test.ts runs the real program for what only a process shows.)
 */
export async function askCli(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  const { code, stdout, stderr } = await ask(args, { ...process.env, DISCORD_TOKEN: '', LOG_LEVEL: 'silent' });
  return { status: code, stdout, stderr: stderr.map((line) => `${line}\n`).join('') };
}
