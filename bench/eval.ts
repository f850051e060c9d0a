/**
 * `npm run eval [-- --distractors N]`: answer quality on the question set (bench/questions.ts),
 * through the real commands, over the seed documents hidden among N synthetic distractors.
 * Prints hit@1, hit@3 and MRR for our ranking under several option settings and for MiniSearch
 * with default options on the same passages, side by side.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { createApp } from '../src/app.ts';
import type { Context } from '../src/framework/define.ts';
import { readConfig } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';
import { loadCommands, type Registry } from '../src/framework/registry.ts';
import { runInvocation } from '../src/framework/dispatch.ts';
import { loadCorpus } from '../src/corpus/load.ts';
import type { Document } from '../src/corpus/types.ts';
import { DEFAULT_OPTIONS, KnowledgeBase, type KnowledgeBaseOptions } from '../src/knowledge/knowledge-base.ts';
import { bestPassage, toPassages } from '../src/knowledge/passages.ts';
import { processTerm } from '../src/knowledge/terms.ts';
import { toTerminalText } from '../src/render/terminal.ts';
import { generateCorpus } from './generate.ts';
import { round } from './measure.ts';
import { QUESTIONS, type Question } from './questions.ts';

const argv = process.argv.slice(2);
const DISTRACTORS = Number(argv[argv.indexOf('--distractors') + 1]) || 2000;
const SEEDS_DIR = new URL('../seeds/', import.meta.url).pathname;

const VARIANTS: Record<string, Partial<KnowledgeBaseOptions>> = {
  'defaults': {},
  'no field boosts': { boost: { title: 1, meta: 1, text: 1 } },
  'title boost 6': { boost: { ...DEFAULT_OPTIONS.boost, title: 6 } },
  'no fuzzy': { fuzzy: 0 },
  'fuzzy 0.35': { fuzzy: 0.35 },
  'no prefix': { minPrefixLength: 99 },
  'equal prefix/fuzzy weight': { weights: { prefix: 1, fuzzy: 1 } },
  'passages 300': { passageLength: 300 },
  'passages 1200': { passageLength: 1200 },
};

interface Score {
  hit1: number;
  hit3: number;
  mrr: number;
  misses: string[];
}

/** 1-based rank of the expected document (0 when absent) given the ranked file names. */
const rankOf = (files: readonly string[], expect: string): number => files.findIndex((file) => file.startsWith(expect)) + 1;

function score(ranks: Array<{ rank: number; question: Question }>): Score {
  const n = ranks.length;
  return {
    hit1: round(ranks.filter((r) => r.rank === 1).length / n, 3),
    hit3: round(ranks.filter((r) => r.rank >= 1 && r.rank <= 3).length / n, 3),
    mrr: round(ranks.reduce((sum, r) => sum + (r.rank ? 1 / r.rank : 0), 0) / n, 3),
    misses: ranks.filter((r) => r.rank !== 1).map((r) => `${r.question.command} ${JSON.stringify(r.question.options)} -> ${r.rank || 'none'}`),
  };
}

/** Files in the order the answer cites them: by file name, title or source URL. */
function citedFiles(text: string, documents: readonly Document[]): string[] {
  const positions = documents
    .map((d) => {
      const url = d.sources.find((source) => source.url)?.url;
      const at = [text.indexOf(d.file), text.indexOf(d.title), url ? text.indexOf(url) : -1].filter((i) => i >= 0);
      return { file: d.file, at: at.length ? Math.min(...at) : -1 };
    })
    .filter((p) => p.at >= 0);
  return positions.sort((a, b) => a.at - b.at).map((p) => p.file);
}

/** A real App (its digest service and store in a temporary folder) answering from `kb`. */
async function contextFor(kb: KnowledgeBase, registry: Registry): Promise<Context> {
  const app = await createApp(readConfig({ SEEDS_DIR, DATA_DIR: await mkdtemp(join(tmpdir(), 'liaison-eval-data-')), LOG_LEVEL: 'silent' }), {
    logger: createLogger('silent'),
    registry,
    clock: () => new Date('2026-11-21T12:00:00Z'),
  });
  app.replaceKnowledge(kb, []);
  return app.context({ locale: 'en', canPressButtons: false, member: { userId: 'eval', isModerator: true } });
}

async function ours(ctx: Context, registry: Registry, question: Question): Promise<number> {
  const { kb } = ctx;
  if (!registry.has(question.command)) return 0;
  const reply = await runInvocation(registry, { command: question.command, subcommand: question.subcommand, options: question.options }, ctx).catch(() => undefined);
  if (!reply) return 0;
  const text = toTerminalText(reply);
  const rank = rankOf(citedFiles(text, kb.documents.filter((d) => d.file.length < 40)), question.expect);
  return question.fact && !text.includes(question.fact) ? 0 : rank;
}

function rawMiniSearch(documents: readonly Document[]) {
  const passages = documents.flatMap((d) => toPassages(d, DEFAULT_OPTIONS.passageLength).map((p) => ({ ...p, title: d.title, file: d.file })));
  const index = new MiniSearch({ fields: ['title', 'text'], storeFields: ['documentId', 'file'] });
  index.addAll(passages);
  return (question: Question): number => {
    const results = index.search(Object.values(question.options).join(' '));
    const files = [...new Set(results.map((r) => r.file as string))];
    const rank = rankOf(files, question.expect);
    if (!question.fact || !rank) return rank;
    const document = documents.find((d) => d.file === files[rank - 1])!;
    const terms = Object.values(question.options).join(' ').split(/\s+/).map((w) => processTerm(w) ?? '');
    const top = bestPassage(passages.filter((p) => p.documentId === document.id), terms);
    return top?.text.includes(question.fact) ? rank : 0;
  };
}

function evaluate(label: string, documents: readonly Document[], registry: Registry, questions: readonly Question[]): Promise<void> {
  return (async () => {
    console.log(`\n${label}: ${questions.length} questions over ${documents.length} documents`);
    console.log(`${'ranking'.padEnd(28)} hit@1  hit@3  MRR`);
    const rows: Record<string, Score> = {};
    for (const [name, options] of Object.entries(VARIANTS)) {
      const ctx = await contextFor(new KnowledgeBase(documents, options), registry);
      const ranks = [];
      for (const question of questions) ranks.push({ question, rank: await ours(ctx, registry, question) });
      rows[name] = score(ranks);
    }
    const raw = rawMiniSearch(documents);
    rows['raw MiniSearch (defaults)'] = score(questions.map((question) => ({ question, rank: raw(question) })));
    for (const [name, s] of Object.entries(rows)) console.log(`${name.padEnd(28)} ${s.hit1.toFixed(3)}  ${s.hit3.toFixed(3)}  ${s.mrr.toFixed(3)}`);
    const misses = rows.defaults?.misses ?? [];
    if (misses.length) console.log(`misses with the defaults (rank; 0 = not shown, or the fact is missing):\n${misses.map((m) => `  ${m}`).join('\n')}`);
  })();
}

async function main(): Promise<void> {
  const registry = await loadCommands();
  const seeds = (await loadCorpus(SEEDS_DIR)).documents;
  await evaluate('Seed documents, every command', seeds, registry, QUESTIONS);
  // Distractors are older than every seed, so "newest first" answers stay well defined; only the
  // free-text questions are asked of them, since the structured ones ask about the seeds' facts.
  const root = await mkdtemp(join(tmpdir(), 'liaison-eval-'));
  await generateCorpus(root, DISTRACTORS, 99, [2005, 2015]);
  const distractors = (await loadCorpus(root)).documents;
  await evaluate(`Seeds among ${DISTRACTORS} synthetic distractors, /search`, [...seeds, ...distractors], registry, QUESTIONS.filter((q) => q.command === 'search'));
  await rm(root, { recursive: true, force: true });
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
