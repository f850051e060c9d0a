/**
 * `npm run eval [-- --distractors N]`: answer quality on the question set (bench/questions.ts),
 * through the real commands, over the seeds and bench/eval-docs/, then over the same documents
 * hidden among N synthetic distractors (/search only). Side by side with MiniSearch's defaults on
 * the same passages, it reports:
 * - answer@1: the expected fact is in the first result's visible text;
 * - doc@1: the first result cites the expected document;
 * - not found: the share of unanswerable questions answered with "not in the documents"
 *   (and, in brackets, answerable questions wrongly answered so).
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
import { COLORS, type Reply } from '../src/answers/reply.ts';
import { loadCorpus } from '../src/corpus/load.ts';
import type { Document } from '../src/corpus/types.ts';
import { DEFAULT_OPTIONS, KnowledgeBase } from '../src/knowledge/knowledge-base.ts';
import { toPassages } from '../src/knowledge/passages.ts';
import { generateCorpus } from './generate.ts';
import { QUESTIONS, type Question } from './questions.ts';

const argv = process.argv.slice(2);
const DISTRACTORS = Number(argv[argv.indexOf('--distractors') + 1]) || 2000;
const SEEDS_DIR = new URL('../seeds/', import.meta.url).pathname;
const EVAL_DIR = new URL('./eval-docs/', import.meta.url).pathname;
/** What a reader sees of a raw MiniSearch hit: the start of the passage. */
const RAW_VISIBLE = 300;

/** How one question went. */
interface Outcome {
  question: Question;
  /** Visible text of the first result ('' when none). */
  first: string;
  /** The reply said the documents have no answer. */
  notFound: boolean;
}

/** Markdown escapes and bold marks out, whitespace collapsed: the text as a reader sees it. */
const visible = (markdown: string): string =>
  markdown
    .replace(/\\([\\*_~`|[\]>#-])/g, '$1')
    .replace(/\*\*/g, '')
    .replace(/\s+/g, ' ');

const factsOf = (question: Question): string[] =>
  question.fact === undefined ? [] : Array.isArray(question.fact) ? question.fact : [question.fact];

const cardText = (reply: Reply, at = 0): string => {
  const card = reply.cards[at];
  return card
    ? [card.title, card.description, ...(card.fields ?? []).flatMap((f) => [f.name, f.value])]
        .filter(Boolean)
        .join('\n')
    : '';
};

/** The first result of a command's reply: the first field of a list, the first card of a lookup. */
function firstResult(question: Question, reply: Reply): string {
  if (question.command === 'search' || question.command === 'developments') {
    const field = reply.cards[0]?.fields?.[0];
    return field ? `${field.name}\n${field.value}` : '';
  }
  if (question.command === 'digest') return cardText(reply);
  return cardText(reply);
}

async function contextFor(kb: KnowledgeBase, registry: Registry): Promise<Context> {
  const app = await createApp(
    readConfig({ SEEDS_DIR, DATA_DIR: await mkdtemp(join(tmpdir(), 'liaison-eval-data-')), LOG_LEVEL: 'silent' }),
    {
      logger: createLogger('silent'),
      registry,
      clock: () => new Date('2026-11-21T12:00:00Z'),
    },
  );
  app.replaceKnowledge(kb, []);
  return app.context({ locale: 'en', canPressButtons: false, member: { userId: 'eval', isModerator: true } });
}

async function ours(ctx: Context, registry: Registry, question: Question): Promise<Outcome> {
  const invocation = { command: question.command, subcommand: question.subcommand, options: question.options };
  const reply = await runInvocation(registry, invocation, ctx).catch(() => undefined);
  if (!reply) return { question, first: '', notFound: false };
  const notFound = reply.cards[0]?.color === COLORS.empty;
  return { question, first: notFound ? '' : visible(firstResult(question, reply)), notFound };
}

function rawMiniSearch(documents: readonly Document[]): (question: Question) => Outcome {
  const byId = new Map(documents.map((d) => [d.id, d]));
  const passages = documents.flatMap((d) =>
    toPassages(d, DEFAULT_OPTIONS.passageLength).map((p) => ({ ...p, title: d.title })),
  );
  const index = new MiniSearch({ fields: ['title', 'text'], storeFields: ['documentId', 'text'] });
  index.addAll(passages);
  return (question) => {
    const [top] = index.search(Object.values(question.options).join(' '));
    if (!top) return { question, first: '', notFound: true };
    const document = byId.get(top.documentId as string)!;
    return {
      question,
      first: `${document.title}\n${String(top.text).slice(0, RAW_VISIBLE)}\n${document.file}`.replace(/\s+/g, ' '),
      notFound: false,
    };
  };
}

interface ScoreRow {
  answer: [number, number];
  doc: [number, number];
  notFound: [number, number];
  wronglyNotFound: number;
  plainAnswer: [number, number];
}

function score(outcomes: readonly Outcome[], documents: readonly Document[]): ScoreRow {
  const fileOf = (prefix: string) => documents.find((d) => d.file.startsWith(prefix))?.file ?? prefix;
  const answerable = outcomes.filter((o) => o.question.expect);
  const withFact = answerable.filter((o) => factsOf(o.question).length > 0);
  const answered = (o: Outcome) => factsOf(o.question).some((fact) => o.first.includes(fact));
  const unanswerable = outcomes.filter((o) => !o.question.expect);
  const plainOnes = withFact.filter((o) => o.question.plain);
  return {
    answer: [withFact.filter(answered).length, withFact.length],
    doc: [answerable.filter((o) => o.first.includes(fileOf(o.question.expect!))).length, answerable.length],
    notFound: [unanswerable.filter((o) => o.notFound).length, unanswerable.length],
    wronglyNotFound: answerable.filter((o) => o.notFound).length,
    plainAnswer: [plainOnes.filter(answered).length, plainOnes.length],
  };
}

const ratio = ([hits, total]: [number, number]): string =>
  total === 0 ? '   -  ' : `${(hits / total).toFixed(3)} (${hits}/${total})`.padEnd(15);

function printTable(rows: Record<string, ScoreRow>): void {
  console.log(
    `${'ranking'.padEnd(30)}${'answer@1'.padEnd(16)}${'plain answer@1'.padEnd(16)}${'doc@1'.padEnd(16)}not found (wrongly)`,
  );
  for (const [name, row] of Object.entries(rows)) {
    console.log(
      `${name.padEnd(30)}${ratio(row.answer)} ${ratio(row.plainAnswer)} ${ratio(row.doc)} ${ratio(row.notFound)} (${row.wronglyNotFound})`,
    );
  }
}

async function evaluate(
  label: string,
  documents: readonly Document[],
  registry: Registry,
  questions: readonly Question[],
  showMisses: boolean,
): Promise<void> {
  console.log(`\n${label}: ${questions.length} questions over ${documents.length} documents`);
  const ctx = await contextFor(new KnowledgeBase(documents), registry);
  const outcomes: Outcome[] = [];
  for (const question of questions) outcomes.push(await ours(ctx, registry, question));
  const raw = rawMiniSearch(documents);
  const rawOutcomes = questions.map(raw);
  const commands = [...new Set(questions.map((q) => q.command))];
  const rows: Record<string, ScoreRow> = {};
  for (const command of commands) {
    rows[`ours: /${command}`] = score(
      outcomes.filter((o) => o.question.command === command),
      documents,
    );
    rows[`raw MiniSearch: /${command}`] = score(
      rawOutcomes.filter((o) => o.question.command === command),
      documents,
    );
  }
  rows['ours: all'] = score(outcomes, documents);
  rows['raw MiniSearch: all'] = score(rawOutcomes, documents);
  printTable(rows);
  if (!showMisses) return;
  const misses = outcomes.filter((o) =>
    o.question.expect
      ? factsOf(o.question).length > 0 && !factsOf(o.question).some((f) => o.first.includes(f))
      : !o.notFound,
  );
  console.log(`\nmisses (${misses.length}):`);
  for (const o of misses)
    console.log(
      `  /${o.question.command} ${JSON.stringify(o.question.options)} -> ${o.notFound ? '[not found]' : o.first.slice(0, 160)}`,
    );
}

async function main(): Promise<void> {
  const registry = await loadCommands();
  const documents = [...(await loadCorpus(SEEDS_DIR)).documents, ...(await loadCorpus(EVAL_DIR)).documents];
  await evaluate(
    'Seeds and evaluation documents, every command',
    documents,
    registry,
    QUESTIONS,
    argv.includes('--misses'),
  );
  // Distractors are older than every document asked about, so "newest first" stays well defined.
  const root = await mkdtemp(join(tmpdir(), 'liaison-eval-'));
  await generateCorpus(root, DISTRACTORS, 99, [2005, 2015]);
  const distractors = (await loadCorpus(root)).documents;
  const all = [...documents, ...distractors];
  await evaluate(
    `The same among ${DISTRACTORS} synthetic distractors, /search`,
    all,
    registry,
    QUESTIONS.filter((q) => q.command === 'search'),
    false,
  );
  await rm(root, { recursive: true, force: true });
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
