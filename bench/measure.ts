/** Small measuring helpers: percentiles, timing loops, memory, and the query mix. */
import { constants, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import { COUNTRIES } from './generate.ts';

export interface Latency {
  p50: number;
  p95: number;
  p99: number;
  n: number;
}

export function percentiles(samples: number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0);
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), n: sorted.length };
}

export const round = (value: number, digits = 3): number => Number(value.toFixed(digits));

/** Time `fn` once per input (after a short warm-up), in milliseconds. */
export function timeEach<T>(inputs: readonly T[], fn: (input: T) => unknown): Latency {
  for (const input of inputs.slice(0, 20)) fn(input);
  const samples: number[] = [];
  for (const input of inputs) {
    const started = performance.now();
    fn(input);
    samples.push(performance.now() - started);
  }
  return percentiles(samples);
}

/** V8's collections during a run: young-generation ones, full ones (mark-compact) and the longest full pause. */
export interface Collections {
  young: number;
  full: number;
  longestFullMs: number;
}

/**
 * `run`'s result and the collections during it, from V8's `gc` performance entries: a full
 * collection is a pause of hundreds of milliseconds at 100,000 documents, whatever the load,
 * so counting them says what a tail is made of where times alone cannot.
 */
export async function withCollections<T>(run: () => T): Promise<{ result: T; collections: Collections }> {
  const entries: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => entries.push(...list.getEntries()));
  observer.observe({ entryTypes: ['gc'] });
  const result = run();
  // Entries are delivered after the run, between event-loop turns.
  for (let turn = 0; turn < 2; turn++) await new Promise((resolve) => setImmediate(resolve));
  observer.disconnect();
  const kind = (entry: PerformanceEntry) => (entry as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind;
  const full = entries.filter((entry) => kind(entry) === constants.NODE_PERFORMANCE_GC_MAJOR);
  return {
    result,
    collections: {
      young: entries.filter((entry) => kind(entry) === constants.NODE_PERFORMANCE_GC_MINOR).length,
      full: full.length,
      longestFullMs: round(Math.max(0, ...full.map((entry) => entry.duration)), 1),
    },
  };
}

export async function timeEachAsync<T>(inputs: readonly T[], fn: (input: T) => Promise<unknown>): Promise<Latency> {
  for (const input of inputs.slice(0, 10)) await fn(input);
  const samples: number[] = [];
  for (const input of inputs) {
    const started = performance.now();
    await fn(input);
    samples.push(performance.now() - started);
  }
  return percentiles(samples);
}

/** A full collection now (the bench runs with --expose-gc). */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/**
 * Live heap and RSS after a full collection, and the typed arrays' memory apart: V8 keeps their
 * contents outside the heap it reports (the compact postings are there), RSS counts them.
 */
export function memory(): { heapMB: number; rssMB: number; arrayBuffersMB: number } {
  collectGarbage();
  const { heapUsed, rss, arrayBuffers } = process.memoryUsage();
  const mb = (bytes: number) => round(bytes / 2 ** 20, 1);
  return { heapMB: mb(heapUsed), rssMB: mb(rss), arrayBuffersMB: mb(arrayBuffers) };
}

const WORDS = [
  'police',
  'cooperation',
  'border',
  'asylum',
  'migration',
  'frontex',
  'patrols',
  'liaison',
  'officers',
  'readmission',
  'smuggling',
  'trafficking',
  'reception',
  'training',
  'pursuit',
  'exchange',
  'information',
  'ministers',
  'agreement',
  'treaty',
  'detention',
  'return',
  'surveillance',
  'fraud',
  'identification',
  'centre',
  'procedures',
  'protection',
];

/** A deterministic mix of 1-3 term queries, one in five with a typo (a swapped pair of letters). */
export function queryMix(count: number, next: () => number): string[] {
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  return Array.from({ length: count }, () => {
    const terms = Array.from({ length: 1 + Math.floor(next() * 3) }, () =>
      pick([...WORDS, ...COUNTRIES.map((c) => c[0].toLowerCase())]),
    );
    if (next() < 0.2) {
      const word = terms[0]!;
      const i = 1 + Math.floor(next() * (word.length - 2));
      terms[0] = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    }
    return terms.join(' ');
  });
}

/** What a user has typed so far: 1-4 leading letters of a word. */
export const prefixes = (
  count: number,
  next: () => number,
  words: readonly string[] = [...WORDS, ...COUNTRIES.map((c) => c[0])],
): string[] =>
  Array.from({ length: count }, () => {
    const word = words[Math.floor(next() * words.length)]!;
    return word.slice(0, 1 + Math.floor(next() * 4));
  });

/** The longest the event loop stood still (ms) while `work` ran, and how long it ran (s). */
export async function eventLoopPauses(
  work: () => Promise<unknown>,
): Promise<{ maxPauseMs: number; p99PauseMs: number; seconds: number }> {
  const { monitorEventLoopDelay } = await import('node:perf_hooks');
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  const started = performance.now();
  histogram.enable();
  await work();
  histogram.disable();
  const seconds = (performance.now() - started) / 1000;
  return {
    maxPauseMs: round(histogram.max / 1e6, 1),
    p99PauseMs: round(histogram.percentile(99) / 1e6, 1),
    seconds: round(seconds, 2),
  };
}
