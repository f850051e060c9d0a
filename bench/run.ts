/**
 * `npm run bench [-- --quick] [-- --sizes 10000,100000]`: how fast, how big, measured side by side
 * in one run. Each size is ingested once; everything else measures what that ingest built (the
 * snapshot is saved from it, the index without caches is loaded from it), so 100,000 documents
 * fit in one run. Prints a table per corpus size and writes bench/results.json.
 */
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import MiniSearch from 'minisearch';
import { loadCommands, type Registry } from '../src/framework/registry.ts';
import { appOver } from '../src/app.ts';
import { readConfig } from '../src/config.ts';
import { loadCorpus } from '../src/corpus/load.ts';
import { KnowledgeBase } from '../src/knowledge/knowledge-base.ts';
import { toPassages } from '../src/knowledge/passages.ts';
import { createLogger } from '../src/logger.ts';
import { KnowledgeLoader, loadKnowledge, saveKnowledge } from '../src/knowledge/loader.ts';
import { BackgroundLoader } from '../src/knowledge/background-loader.ts';
import type { Context } from '../src/framework/define.ts';
import { endToEnd, type EndToEnd } from './e2e.ts';
import { generateCorpus, random } from './generate.ts';
import {
  collectGarbage,
  eventLoopPauses,
  memory,
  prefixes,
  queryMix,
  round,
  timeEach,
  timeEachAsync,
  withCollections,
  type Collections,
  type Latency,
} from './measure.ts';

const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const sizesArg = argv[argv.indexOf('--sizes') + 1];
const SIZES =
  argv.includes('--sizes') && sizesArg ? sizesArg.split(',').map(Number) : quick ? [1000] : [1000, 10_000, 50_000];
/** End to end runs at one size only: the target size, or the only one in a quick run. */
const E2E_SIZE = quick ? SIZES[0] : 10_000;
const E2E = { rate: 200, seconds: quick ? 5 : 30 };
/** Raw MiniSearch is built and asked up to this size only. */
const RAW_MAX = 50_000;
/** Reload pauses (two full ingests more) are measured up to this size only. */
const RELOAD_MAX = 10_000;

interface SizeResult {
  documents: number;
  megabytes: number;
  ingest: { seconds: number; documentsPerSecond: number; megabytesPerSecond: number; passages: number };
  memory: { heapMB: number; rssMB: number; arrayBuffersMB: number };
  /**
   * The same after every question below, both knowledge bases (cold and warm) alive with what
   * their caches keep: what answering adds to the built index, and stays.
   */
  memoryAfterQuestions: { heapMB: number; rssMB: number; arrayBuffersMB: number };
  /** Undefined when the snapshot could not be saved or loaded (the error is printed). */
  snapshotMB?: number;
  /**
   * `snapshotSeconds` is timed in this process, which holds the index just built (and its heap to
   * collect around); `freshSeconds` in a process of its own, as the bot starts.
   */
  start: { rebuildSeconds: number; snapshotSeconds?: number; freshSeconds?: number; ratio?: number };
  latency: Record<string, Latency>;
  /** V8's collections during the cold and the warm search passes. */
  collections: { searchCold: Collections; search: Collections };
  /** Skipped above RAW_MAX documents: it cannot finish there in reasonable time. */
  rawMiniSearch?: { search: Latency };
  overhead?: Record<string, number>;
  endToEnd?: EndToEnd;
  /** A full reload (no snapshot) as the bot runs it (worker thread) and as it did (this thread). */
  reload?: { worker: Pause; mainThread: Pause };
}

type Pause = Awaited<ReturnType<typeof eventLoopPauses>>;

/** Longest event-loop pause during a full reload, in a worker and on this thread, one after the other. */
async function reloadPauses(seeds: string, root: string): Promise<SizeResult['reload']> {
  const logger = createLogger('silent');
  const background = new BackgroundLoader(
    { seedsDir: seeds, dataDir: join(root, 'reload-worker'), logLevel: 'silent' },
    logger,
  );
  const worker = await eventLoopPauses(() => background.load());
  await background.close();
  const mainThread = await eventLoopPauses(() => new KnowledgeLoader(seeds, join(root, 'reload-main'), logger).load());
  return { worker, mainThread };
}

function contextFor(kb: KnowledgeBase): Context {
  const app = appOver(kb, readConfig({}), { logger: createLogger('silent'), clock: () => new Date('2026-11-21') });
  return app.context({ locale: 'en', canPressButtons: false });
}

async function commandLatencies(
  kb: KnowledgeBase,
  registry: Registry,
  next: () => number,
): Promise<Record<string, Latency>> {
  const ctx = contextFor(kb);
  const words = prefixes(300, next);
  const out: Record<string, Latency> = {};
  const autocompletes = [...registry.values()].flatMap((command) =>
    'options' in command && command.options
      ? Object.entries(command.options)
          .filter(([, spec]) => (spec as { autocomplete?: boolean }).autocomplete)
          .map(([name]) => ({ command, name }))
      : [],
  );
  out.autocomplete = timeEach(
    words.map((value, i) => ({ value, target: autocompletes[i % autocompletes.length]! })),
    ({ value, target }) => target.command.autocomplete?.({ name: target.name, value }, ctx),
  );
  const contacts = registry.get('contacts');
  if (contacts)
    out.contacts = await timeEachAsync(
      ['fax', '24/7', 'police', 'secretariat', 'night', ...words.slice(0, 95)],
      (query) => Promise.resolve(contacts.run({ query }, ctx)),
    );
  const developments = registry.get('developments');
  if (developments) {
    const filters = Array.from({ length: 100 }, (_, i) => ({
      country: ['Czechia', 'Austria', 'Poland', 'Italy'][i % 4]!,
      since: ['2020', '2024-01-01', '365d', '2018'][i % 4]!,
    }));
    out.developments = await timeEachAsync(filters, (options) => Promise.resolve(developments.run(options, ctx)));
  }
  return out;
}

async function measureSize(size: number, registry: Registry): Promise<SizeResult> {
  const root = await mkdtemp(join(tmpdir(), `liaison-bench-${size}-`));
  const seeds = join(root, 'seeds');
  const bytes = await generateCorpus(seeds, size);
  const megabytes = bytes / 2 ** 20;

  // The one ingest of this size: everything below measures what it built.
  const started = performance.now();
  const { documents, warnings } = await loadCorpus(seeds);
  const kb = new KnowledgeBase(documents);
  const seconds = (performance.now() - started) / 1000;
  const mem = memory();
  // Measured as the bot lives: holding its current index (`kb`) while the next one is built. A
  // reload is a full ingest more, twice (worker, main thread): only up to RELOAD_MAX documents.
  const reload = size <= RELOAD_MAX ? await reloadPauses(seeds, root) : undefined;

  const data = join(root, 'data');
  const logger = createLogger('silent');
  let snapshotMB: number | undefined;
  let snapshotSeconds: number | undefined;
  let freshSeconds: number | undefined;
  try {
    await saveKnowledge(seeds, data, kb, warnings);
    snapshotMB = (await snapshotBytes(data)) / 2 ** 20;
    const fromSnapshot = performance.now();
    const loaded = await loadKnowledge(seeds, data, logger);
    snapshotSeconds = (performance.now() - fromSnapshot) / 1000;
    if (loaded.from !== 'snapshot') throw new Error('expected a start from the snapshot');
    freshSeconds = await freshStart(seeds, data);
  } catch (error) {
    console.error(`snapshot at ${size}: ${error instanceof Error ? error.message : String(error)}`);
  }

  const next = random(7);
  const queries = queryMix(500, next);
  // The same index without its caches: every term scored anew, as for words never asked before.
  const cold = await KnowledgeBase.fromTransfer({
    ...kb.toTransfer(),
    options: { ...kb.options, cacheSize: 0, termCacheEntries: 0 },
  });
  // Each pass starts from a collected heap: what the start from the snapshot built and dropped (a
  // second index, 500 MB at 100,000 documents) is not collected in the middle of a pass.
  collectGarbage();
  const searchCold = await withCollections(() => timeEach(queries, (q) => cold.search(q)));
  collectGarbage();
  const search = await withCollections(() => timeEach(queries, (q) => kb.search(q)));
  const latency = {
    searchCold: searchCold.result,
    search: search.result,
    ...(await commandLatencies(kb, registry, next)),
  };
  const collections = { searchCold: searchCold.collections, search: search.collections };
  const memoryAfterQuestions = memory();
  const rawMiniSearch = size <= RAW_MAX ? rawSearch(kb, queries) : undefined;
  const overhead = rawMiniSearch && {
    searchP50: round(latency.searchCold.p50 / Math.max(rawMiniSearch.search.p50, 1e-3), 2),
    searchP99: round(latency.searchCold.p99 / Math.max(rawMiniSearch.search.p99, 1e-3), 2),
  };

  const result: SizeResult = {
    documents: kb.documents.length,
    megabytes: round(megabytes, 1),
    ingest: {
      seconds: round(seconds, 2),
      documentsPerSecond: Math.round(size / seconds),
      megabytesPerSecond: round(megabytes / seconds, 2),
      passages: kb.passageCount,
    },
    memory: mem,
    memoryAfterQuestions,
    snapshotMB: snapshotMB === undefined ? undefined : round(snapshotMB, 1),
    start: {
      rebuildSeconds: round(seconds, 2),
      snapshotSeconds: snapshotSeconds === undefined ? undefined : round(snapshotSeconds, 2),
      freshSeconds: freshSeconds === undefined ? undefined : round(freshSeconds, 2),
      ratio: snapshotSeconds === undefined ? undefined : round(seconds / snapshotSeconds, 1),
    },
    latency,
    collections,
    rawMiniSearch,
    overhead,
    reload,
  };
  if (size === E2E_SIZE && snapshotSeconds !== undefined) {
    result.endToEnd = await endToEnd(seeds, data, queries, E2E.rate, E2E.seconds).catch((error: unknown) => {
      console.error(`end to end failed: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    });
  }
  await rm(root, { recursive: true, force: true });
  return result;
}

/** A start from the snapshot in a process of its own (bench/start.ts), as the bot starts: its seconds. */
async function freshStart(seeds: string, data: string): Promise<number> {
  const script = fileURLToPath(new URL('./start.ts', import.meta.url));
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', script, seeds, data]);
  const { from, seconds } = JSON.parse(stdout) as { from: string; seconds: number };
  if (from !== 'snapshot') throw new Error('expected a start from the snapshot in a fresh process');
  return seconds;
}

/** Raw MiniSearch with default options over the same passages, built and asked in this run. */
function rawSearch(kb: KnowledgeBase, queries: readonly string[]): { search: Latency } {
  const raw = new MiniSearch({ fields: ['title', 'text'] });
  raw.addAll(
    kb.documents.flatMap((d) =>
      toPassages(d, kb.options.passageLength).map((p) => ({ id: p.id, title: d.title, text: p.text })),
    ),
  );
  return { search: timeEach(queries, (q) => raw.search(q)) };
}

async function snapshotBytes(dataDir: string): Promise<number> {
  const dir = join(dataDir, 'snapshots');
  let total = 0;
  for (const name of await readdir(dir)) total += (await stat(join(dir, name))).size;
  return total;
}

function printTable(size: number, r: SizeResult): void {
  const row = (name: string, l?: Latency) =>
    l ? `  ${name.padEnd(22)} p50 ${l.p50} ms  p95 ${l.p95} ms  p99 ${l.p99} ms  (n=${l.n})` : '';
  console.log(`\n== ${size} documents (${r.megabytes} MB) ==`);
  console.log(
    `  ingest + index         ${r.ingest.seconds} s, ${r.ingest.documentsPerSecond} docs/s, ${r.ingest.megabytesPerSecond} MB/s, ${r.ingest.passages} passages`,
  );
  console.log(
    `  memory after build     heap ${r.memory.heapMB} MB (+ typed arrays ${r.memory.arrayBuffersMB} MB), RSS ${r.memory.rssMB} MB; snapshot ${r.snapshotMB ?? '-'} MB`,
  );
  const after = r.memoryAfterQuestions;
  console.log(
    `  after the questions    heap ${after.heapMB} MB (+ typed arrays ${after.arrayBuffersMB} MB), RSS ${after.rssMB} MB`,
  );
  console.log(
    `  start                  snapshot ${r.start.snapshotSeconds ?? '-'} s (in a fresh process ${r.start.freshSeconds ?? '-'} s) vs rebuild ${r.start.rebuildSeconds} s (${r.start.ratio ?? '-'}x faster)`,
  );
  for (const [name, l] of Object.entries(r.latency)) console.log(row(name, l));
  const pass = ({ young, full, longestFullMs }: Collections) =>
    `${young} young, ${full} full${full > 0 ? ` (longest ${longestFullMs} ms)` : ''}`;
  console.log(
    `  collections            searchCold ${pass(r.collections.searchCold)}; search ${pass(r.collections.search)}`,
  );
  if (r.rawMiniSearch && r.overhead) {
    console.log(row('raw MiniSearch search', r.rawMiniSearch.search));
    console.log(`  overhead cold/raw      p50 ${r.overhead.searchP50}x, p99 ${r.overhead.searchP99}x`);
  } else console.log(`  raw MiniSearch         skipped above ${RAW_MAX} documents`);
  if (r.reload) {
    const { worker, mainThread } = r.reload;
    console.log(
      `  reload, longest pause  worker thread ${worker.maxPauseMs} ms (p99 ${worker.p99PauseMs} ms, ${worker.seconds} s); on the main thread ${mainThread.maxPauseMs} ms (${mainThread.seconds} s)`,
    );
  }
  if (r.endToEnd) {
    const e = r.endToEnd;
    console.log(
      `  end to end             ${e.rate}/s for ${e.seconds} s: p50 ${e.latency.p50} ms, p99 ${e.latency.p99} ms, failures ${e.failures}/${e.sent}; bot RSS ${e.botRssMB} MB`,
    );
  }
}

async function main(): Promise<void> {
  const registry = await loadCommands();
  const results: Record<string, SizeResult> = {};
  console.log(`liaison bench: sizes ${SIZES.join(', ')}; node ${process.version}; ${quick ? 'quick' : 'full'} run`);
  for (const size of SIZES) {
    results[size] = await measureSize(size, registry);
    printTable(size, results[size]);
  }
  const path = new URL('./results.json', import.meta.url).pathname;
  await writeFile(
    path,
    `${JSON.stringify({ date: new Date().toISOString(), node: process.version, quick, results }, null, 2)}\n`,
  );
  console.log(`\nwrote ${path} (${(await stat(path)).size} bytes)`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
