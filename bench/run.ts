/**
 * `npm run bench [-- --quick] [-- --sizes 1000,10000]`: how fast, how big, measured side by side
 * in one run. Prints a table per corpus size and writes bench/results.json.
 */
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { loadCommands, type Registry } from '../src/framework/registry.ts';
import { appOver } from '../src/app.ts';
import { readConfig } from '../src/config.ts';
import { loadCorpus } from '../src/corpus/load.ts';
import { KnowledgeBase } from '../src/knowledge/knowledge-base.ts';
import { toPassages } from '../src/knowledge/passages.ts';
import { createLogger } from '../src/logger.ts';
import { KnowledgeLoader, loadKnowledge } from '../src/knowledge/loader.ts';
import { BackgroundLoader } from '../src/knowledge/background-loader.ts';
import type { Context } from '../src/framework/define.ts';
import { endToEnd, type EndToEnd } from './e2e.ts';
import { generateCorpus, random } from './generate.ts';
import {
  eventLoopPauses,
  memory,
  prefixes,
  queryMix,
  round,
  timeEach,
  timeEachAsync,
  type Latency,
} from './measure.ts';

const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const sizesArg = argv[argv.indexOf('--sizes') + 1];
const SIZES =
  argv.includes('--sizes') && sizesArg ? sizesArg.split(',').map(Number) : quick ? [1000] : [1000, 10_000, 50_000];
/** End to end runs at one size only: the target size, or the only one in a quick run. */
const E2E_SIZE = quick ? SIZES[0] : 10_000;
const E2E = { rate: 100, seconds: quick ? 5 : 30 };

interface SizeResult {
  documents: number;
  megabytes: number;
  ingest: { seconds: number; documentsPerSecond: number; megabytesPerSecond: number; passages: number };
  memory: { heapMB: number; rssMB: number };
  snapshotMB: number;
  start: { rebuildSeconds: number; snapshotSeconds: number; ratio: number };
  latency: Record<string, Latency>;
  rawMiniSearch: Record<string, Latency>;
  overhead: Record<string, number>;
  endToEnd?: EndToEnd;
  /** A full reload (no snapshot) as the bot runs it (worker thread) and as it did (this thread). */
  reload: { worker: Pause; mainThread: Pause };
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

  const started = performance.now();
  const { documents } = await loadCorpus(seeds);
  const kb = new KnowledgeBase(documents);
  const seconds = (performance.now() - started) / 1000;
  const mem = memory();
  // Measured as the bot lives: holding its current index (`kb`) while the next one is built, before
  // this bench fills the heap with the other indexes it compares against.
  const reload = await reloadPauses(seeds, root);
  const snapshotMB = JSON.stringify(kb.toSnapshot()).length / 2 ** 20;

  const data = join(root, 'data');
  const logger = createLogger('silent');
  await loadKnowledge(seeds, data, logger); // builds and saves the snapshot
  const fromSnapshot = performance.now();
  const loaded = await loadKnowledge(seeds, data, logger);
  const snapshotSeconds = (performance.now() - fromSnapshot) / 1000;
  if (loaded.from !== 'snapshot') throw new Error('expected a start from the snapshot');

  const next = random(7);
  const queries = queryMix(500, next);
  const raw = new MiniSearch({ fields: ['title', 'text'] });
  raw.addAll(
    kb.documents.flatMap((d) =>
      toPassages(d, kb.options.passageLength).map((p) => ({ id: p.id, title: d.title, text: p.text })),
    ),
  );
  // The same index without its caches: every term scored anew, as for words never asked before.
  const cold = new KnowledgeBase(kb.documents, { ...kb.options, cacheSize: 0, termCacheEntries: 0 }, kb.toSnapshot());
  const latency = {
    searchCold: timeEach(queries, (q) => cold.search(q)),
    search: timeEach(queries, (q) => kb.search(q)),
    ...(await commandLatencies(kb, registry, next)),
  };
  const rawMiniSearch = { search: timeEach(queries, (q) => raw.search(q)) };
  const overhead = {
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
    snapshotMB: round(snapshotMB, 1),
    start: {
      rebuildSeconds: round(seconds, 2),
      snapshotSeconds: round(snapshotSeconds, 2),
      ratio: round(seconds / snapshotSeconds, 1),
    },
    latency,
    rawMiniSearch,
    overhead,
    reload,
  };
  if (size === E2E_SIZE) {
    result.endToEnd = await endToEnd(seeds, data, queries, E2E.rate, E2E.seconds).catch((error: unknown) => {
      console.error(`end to end failed: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    });
  }
  await rm(root, { recursive: true, force: true });
  return result;
}

function printTable(size: number, r: SizeResult): void {
  const row = (name: string, l?: Latency) =>
    l ? `  ${name.padEnd(22)} p50 ${l.p50} ms  p95 ${l.p95} ms  p99 ${l.p99} ms  (n=${l.n})` : '';
  console.log(`\n== ${size} documents (${r.megabytes} MB) ==`);
  console.log(
    `  ingest + index         ${r.ingest.seconds} s, ${r.ingest.documentsPerSecond} docs/s, ${r.ingest.megabytesPerSecond} MB/s, ${r.ingest.passages} passages`,
  );
  console.log(
    `  memory after build     heap ${r.memory.heapMB} MB, RSS ${r.memory.rssMB} MB; snapshot ${r.snapshotMB} MB`,
  );
  console.log(
    `  start                  snapshot ${r.start.snapshotSeconds} s vs rebuild ${r.start.rebuildSeconds} s (${r.start.ratio}x faster)`,
  );
  for (const [name, l] of Object.entries(r.latency)) console.log(row(name, l));
  console.log(row('raw MiniSearch search', r.rawMiniSearch.search));
  console.log(`  overhead cold/raw      p50 ${r.overhead.searchP50}x, p99 ${r.overhead.searchP99}x`);
  const { worker, mainThread } = r.reload;
  console.log(
    `  reload, longest pause  worker thread ${worker.maxPauseMs} ms (p99 ${worker.p99PauseMs} ms, ${worker.seconds} s); on the main thread ${mainThread.maxPauseMs} ms (${mainThread.seconds} s)`,
  );
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
