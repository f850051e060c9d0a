/**
 * `npm run eval:unseen [-- --half tune|heldout|all] [--kinds cross,plain] [--verbose] [--raw]`:
 * answer quality on documents and questions written by people who had not read the code
 * (bench/unseen/: four sets of ten documents modelled on real police, ministry, gazette and news
 * pages in cs, sk, de and en, with their cases). Sets A and B are the half the code was tuned on,
 * C and D the held-back half. A half's documents are indexed together with the seeds, as a
 * team's folder would hold them (the other half's are not: a set's unanswerable questions are
 * unanswerable over its own half).
 *
 * A case is checked as ../eval's score.mjs checks it (what a reader sees of the reply, Markdown
 * rendered, accents and case ignored): `expect` within `firstChars` visible characters when given,
 * `forbid`, `exact`. Reported per kind and language pair:
 * - answer@1: the case passes (the fact in the answer line, for cases with firstChars);
 * - doc@1: the first document cited is the answering one;
 * - evidence@1: the answering sentence is quoted in the first result (up to its citation);
 * - silent: unanswerable questions answered "not in the documents".
 * `--first N`: every case must show its facts within the first N visible characters.
 * `--dir D`: the sets in D instead (D/<set>/docs and D/<set>/cases.json), e.g. a new user's trial.
 * `--raw`: the same cases asked of MiniSearch with its defaults over the same passages (a reader
 * sees the top passage's title, its first 300 characters and its file).
 */
import { cp, mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { createApp } from '../src/app.ts';
import { parseArgs } from '../src/cli/args.ts';
import { readConfig } from '../src/config.ts';
import { runInvocation } from '../src/framework/dispatch.ts';
import { loadCommands } from '../src/framework/registry.ts';
import { createLogger } from '../src/logger.ts';
import { allMessages, toDiscordMessage } from '../src/render/discord.ts';
import { DEFAULT_OPTIONS } from '../src/knowledge/knowledge-base.ts';
import { toPassages } from '../src/knowledge/passages.ts';
import type { Document } from '../src/corpus/types.ts';

const argv = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
};
const HALF = flag('--half') ?? 'tune';
const KINDS = flag('--kinds')?.split(',');
const ONLY = flag('--only')?.split(',');
const VERBOSE = argv.includes('--verbose');
/** `--show`: with `--verbose`, what a reader sees first of each failing reply. */
const SHOW = argv.includes('--show');
const RAW = argv.includes('--raw');
/** `--first N`: every case's facts within the first N visible characters (an answer line), as score.mjs's. */
const FIRST = flag('--first') ? Number(flag('--first')) : undefined;
const DIR = flag('--dir');
const ROOT = DIR ?? new URL('./unseen/', import.meta.url).pathname;
const SEEDS = new URL('../seeds/', import.meta.url).pathname;

type Expectation = string | string[];
interface Case {
  id: string;
  kind: string;
  qlang?: string;
  dlang?: string;
  doc?: string;
  command: string;
  options: Record<string, string>;
  expect?: Expectation[];
  evidence?: string;
  firstChars?: number;
  forbid?: string[];
  exact?: string[];
}

interface Outcome {
  case: Case;
  pass: boolean;
  doc: boolean;
  evidence: boolean;
  silent: boolean;
  why: string[];
}

// What a reader sees: Markdown rendered (small print "-# " is a mark, not text), then folded (as score.mjs does).
const rendered = (s: string) =>
  s
    .replace(/^-# /gm, '')
    .replace(/\*\*|__|~~|\|\|/g, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!<>|~])/g, '$1');
const fold = (s: string) =>
  rendered(s)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

interface Payload {
  content?: string;
  embeds?: Array<{
    author?: { name?: string };
    title?: string;
    description?: string;
    fields?: Array<{ name?: string; value?: string }>;
    footer?: { text?: string };
  }>;
  components?: Array<{ type: number; content?: string; components?: unknown[] }>;
}

function visibleText(p: Payload): string {
  const parts = [p.content ?? ''];
  for (const e of p.embeds ?? []) {
    parts.push(e.author?.name ?? '', e.title ?? '', e.description ?? '');
    for (const f of e.fields ?? []) parts.push(f.name ?? '', f.value ?? '');
    parts.push(e.footer?.text ?? '');
  }
  const walk = (cs: Payload['components']) => {
    for (const c of cs ?? []) {
      if (c.type === 10) parts.push(c.content ?? '');
      walk(c.components as Payload['components']);
    }
  };
  walk(p.components);
  return parts.filter(Boolean).join('\n');
}

const holds = (hay: string, e: Expectation) => [e].flat().some((alt) => hay.includes(fold(alt)));

function judge(c: Case, payload: Payload, unanswered: boolean, files: readonly string[]): Outcome {
  const why: string[] = [];
  const seen = visibleText(payload);
  const all = fold(JSON.stringify(payload));
  const text = fold(seen);
  const answerable = c.kind !== 'unanswerable';
  if (answerable) {
    for (const e of c.expect ?? []) if (!holds(text, e)) why.push(`missing "${[e].flat()[0]}"`);
    if (c.firstChars) {
      const first = text.slice(0, c.firstChars);
      for (const e of c.expect ?? [])
        if (holds(text, e) && !holds(first, e)) why.push(`"${[e].flat()[0]}" not in the first ${c.firstChars}`);
    }
    for (const e of c.exact ?? []) if (!JSON.stringify(payload).includes(e)) why.push(`missing exact "${e}"`);
    for (const f of c.forbid ?? []) if (text.includes(fold(f))) why.push(`forbidden "${f}"`);
    if (unanswered) why.push('said not in the documents');
  } else if (!unanswered) why.push('answered an unanswerable question');
  // The first document cited: the first file name of the corpus in what a reader sees.
  const cited = files
    .map((file) => ({ file, at: all.indexOf(fold(file)) }))
    .filter(({ at }) => at >= 0)
    .sort((a, b) => a.at - b.at);
  const firstFile = cited[0]?.file;
  const firstBlock = firstFile ? text.slice(0, text.indexOf(fold(firstFile)) + firstFile.length) : text;
  return {
    case: c,
    pass: why.length === 0,
    doc: Boolean(c.doc) && firstFile === c.doc,
    evidence: Boolean(c.evidence) && firstBlock.includes(fold(c.evidence!)),
    silent: unanswered,
    why,
  };
}

async function loadCases(): Promise<{ cases: Case[]; dirs: string[] }> {
  const halves = DIR ? [''] : HALF === 'all' ? ['tune', 'heldout'] : [HALF];
  const cases: Case[] = [];
  const dirs: string[] = [];
  for (const half of halves)
    for (const set of await readdir(join(ROOT, half))) {
      dirs.push(join(ROOT, half, set, 'docs'));
      const file = JSON.parse(await readFile(join(ROOT, half, set, 'cases.json'), 'utf8')) as { cases: Case[] };
      cases.push(...file.cases);
    }
  return {
    cases: cases.filter((c) => (!KINDS || KINDS.includes(c.kind)) && (!ONLY || ONLY.some((p) => c.id.startsWith(p)))),
    dirs,
  };
}

const pairOf = (c: Case) => (c.kind === 'unanswerable' ? `${c.qlang}:none` : `${c.qlang}→${c.dlang}`);

function report(label: string, outcomes: readonly Outcome[]): void {
  const groups = new Map<string, Outcome[]>();
  const add = (key: string, o: Outcome) => groups.set(key, [...(groups.get(key) ?? []), o]);
  for (const o of outcomes) {
    add(`kind ${o.case.kind}`, o);
    if (o.case.kind === 'cross' || o.case.kind === 'same') add(`pair ${pairOf(o.case)}`, o);
    add(`command ${o.case.command}`, o);
    add('all', o);
  }
  const ratio = (list: readonly Outcome[], test: (o: Outcome) => boolean) => {
    if (list.length === 0) return '    -    ';
    const n = list.filter(test).length;
    return `${(n / list.length).toFixed(2)} ${`${n}/${list.length}`.padStart(7)}`;
  };
  console.log(`\n${label}`);
  console.log(`${'group'.padEnd(22)} ${'answer@1'.padEnd(13)} ${'doc@1'.padEnd(13)} ${'evidence@1'.padEnd(13)} silent`);
  for (const [key, list] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    const answerable = list.filter((o) => o.case.kind !== 'unanswerable');
    const unanswerable = list.filter((o) => o.case.kind === 'unanswerable');
    console.log(
      `${key.padEnd(22)} ${ratio(answerable, (o) => o.pass).padEnd(13)} ${ratio(
        answerable.filter((o) => o.case.doc),
        (o) => o.doc,
      ).padEnd(13)} ${ratio(
        answerable.filter((o) => o.case.evidence),
        (o) => o.evidence,
      ).padEnd(13)} ${ratio(unanswerable, (o) => o.silent)}`,
    );
  }
}

async function main(): Promise<void> {
  const { cases, dirs } = await loadCases();
  const folder = await mkdtemp(join(tmpdir(), 'liaison-unseen-'));
  await cp(SEEDS, folder, { recursive: true });
  for (const dir of dirs) await cp(dir, folder, { recursive: true });
  const files = (await readdir(folder)).sort((a, b) => b.length - a.length);
  const registry = await loadCommands();
  const config = readConfig({
    SEEDS_DIR: folder,
    DATA_DIR: await mkdtemp(join(tmpdir(), 'liaison-unseen-data-')),
    LOG_LEVEL: 'silent',
  });
  const app = await createApp(config, { logger: createLogger('silent'), registry });
  const ctx = app.context({ locale: 'en', canPressButtons: false, member: { userId: 'eval', isModerator: true } });
  const outcomes: Outcome[] = [];
  for (const c of cases) {
    const args = [c.command, ...Object.entries(c.options).flatMap(([k, v]) => [`--${k}`, String(v)])];
    let payload: Payload;
    let unanswered = false;
    try {
      const request = parseArgs(registry, args);
      const reply = await runInvocation(registry, request.invocation, ctx);
      payload = toDiscordMessage(allMessages(reply)[0] ?? reply) as Payload;
      unanswered = Boolean(reply.unanswered);
    } catch (error) {
      payload = { content: `error: ${(error as Error).message}` };
    }
    const outcome = judge(FIRST ? { ...c, firstChars: FIRST } : c, payload, unanswered, files);
    outcomes.push(outcome);
    if (argv.includes('--evidence') && outcome.pass && c.evidence && !outcome.evidence)
      console.log(`NOEVIDENCE ${c.id}\n  want: ${c.evidence}\n  seen: ${visibleText(payload).split('\n')[0]}\n`);
    if (ONLY && SHOW) console.log(`CASE ${c.id}\n${visibleText(payload)}\n`);
    if (VERBOSE && !outcome.pass) {
      console.log(
        `FAIL ${c.id} ${outcome.doc ? 'doc+' : 'doc-'} [${Object.values(c.options).join(' | ')}] ${outcome.why.join('; ')}`,
      );
      if (SHOW) console.log(`  ${visibleText(payload).slice(0, 400).replace(/\n/g, '\n  ')}\n`);
      if (argv.includes('--want') && c.evidence) console.log(`  WANT: ${c.evidence}\n`);
    }
  }
  report(`liaison, ${DIR ?? `${HALF} half`} (${cases.length} cases)`, outcomes);
  if (RAW) report(`raw MiniSearch, ${HALF} half`, rawOutcomes(app.kb.documents, cases, files));
}

function rawOutcomes(documents: readonly Document[], cases: readonly Case[], files: readonly string[]): Outcome[] {
  const byId = new Map(documents.map((d) => [d.id, d]));
  const passages = documents.flatMap((d) =>
    toPassages(d, DEFAULT_OPTIONS.passageLength).map((p) => ({ ...p, title: d.title })),
  );
  const index = new MiniSearch({ fields: ['title', 'text'], storeFields: ['documentId', 'text'] });
  index.addAll(passages);
  return cases.map((c) => {
    const [top] = index.search(Object.values(c.options).join(' '));
    const document = top ? byId.get(top.documentId as string) : undefined;
    const content = document ? `${document.title}\n${String(top!.text).slice(0, 300)}\n${document.file}` : '';
    return judge({ ...c, firstChars: undefined }, { content }, !top, files);
  });
}

await main();
