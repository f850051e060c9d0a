/**
 * Every parse runs in a worker with a hard deadline: a document over its time budget is skipped
 * when the budget runs out (the worker doing it is terminated, not left working), the main thread's
 * event loop keeps turning meanwhile, and what a library prints while reading (pdf.js warnings) goes to the log, never to the terminal.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus/load.ts';
import { ParsePool } from '../src/corpus/parse-pool.ts';
import type { SkipReason } from '../src/corpus/warnings.ts';
import { headings } from './support/hostile-text.ts';

const run = promisify(execFile);
const temp = (prefix: string) => mkdtemp(join(tmpdir(), `liaison-${prefix}-`));
const NOTE =
  'Police cooperation at the border\n\nCzechia and Austria renewed their joint patrols along the shared border in 2026.\n';

/** About `bytes` of one line of phone and fax numbers: seconds of contact extraction in one stage. */
function phones(bytes: number): string {
  const parts: string[] = [];
  for (let i = 0, size = 0; size < bytes; i++) {
    const part = `Tel.: +420 ${String(200000000 + i * 7).slice(0, 9)} Fax: +421 ${i % 1000} `;
    parts.push(part);
    size += part.length;
  }
  return parts.join('');
}

/** Runs `work` while timing how late a 20 ms timer fires on this thread: the longest lag. */
async function longestLag<T>(work: () => Promise<T>): Promise<{ result: T; lagMs: number }> {
  let lagMs = 0;
  let expected = performance.now() + 20;
  const timer = setInterval(() => {
    lagMs = Math.max(lagMs, performance.now() - expected);
    expected = performance.now() + 20;
  }, 20);
  try {
    return { result: await work(), lagMs };
  } finally {
    clearInterval(timer);
  }
}

const pools: ParsePool[] = [];
afterAll(() => Promise.all(pools.map((pool) => pool.close())));

describe('parsing in a worker', () => {
  it('stops a document at its time budget, even inside one long stage, and keeps the event loop turning', async () => {
    const dir = await temp('deadline');
    await writeFile(join(dir, 'phones.txt'), phones(2 * 1024 * 1024));
    await writeFile(join(dir, 'headings.md'), headings(4 * 1024 * 1024));
    await writeFile(join(dir, 'note.txt'), NOTE);
    const budget = { milliseconds: 300, maxTerms: 25_000, maxCharacters: 1_500_000 };
    const started = performance.now();
    const { result, lagMs } = await longestLag(() => loadCorpus(dir, undefined, { budget }));
    const seconds = (performance.now() - started) / 1000;
    expect(result.documents.map((document) => document.file)).toEqual(['note.txt']);
    expect(result.warnings).toEqual([
      { file: 'headings.md', reason: expect.objectContaining({ code: 'parse-timeout' }) },
      { file: 'phones.txt', reason: expect.objectContaining({ code: 'parse-timeout' }) },
    ]);
    // Bounds that catch a document parsed to its end (minutes) or on the loading thread (seconds of
    // a stalled loop), not a speed: two budgets, a grace and a worker's start take about 2 s, and a
    // loaded 2-core machine has stretched that past 7 s.
    expect(seconds).toBeLessThan(20);
    expect(lagMs).toBeLessThan(2_000);
  }, 30_000);

  it('terminates the worker at the deadline and parses the next file in a fresh one', async () => {
    const pool = new ParsePool({ size: 1, graceMs: 0 });
    pools.push(pool);
    const budget = { milliseconds: 200, maxTerms: 25_000, maxCharacters: 1_500_000 };
    const bytes = new TextEncoder().encode(phones(2 * 1024 * 1024));
    const stopped = await pool
      .parse('phones.txt', bytes, budget)
      .catch((error: { reason?: SkipReason }) => error.reason);
    expect(stopped).toMatchObject({ code: 'parse-timeout' });
    const note = new TextEncoder().encode(NOTE);
    expect((await pool.parse('note.txt', note)).title).toMatch(/Police cooperation/);
  }, 30_000);

  it('parses a job sent behind one that runs out of time in a fresh worker, from bytes it still has', async () => {
    const pool = new ParsePool({ size: 1, graceMs: 0 });
    pools.push(pool);
    const budget = { milliseconds: 200, maxTerms: 25_000, maxCharacters: 1_500_000 };
    // Both sent at once: the note waits in the one worker behind the file that runs out of time.
    const stopped = pool
      .parse('phones.txt', new TextEncoder().encode(phones(2 * 1024 * 1024)), budget)
      .catch((error: { reason?: SkipReason }) => error.reason);
    const note = pool.parse('note.txt', new TextEncoder().encode(NOTE));
    expect(await stopped).toMatchObject({ code: 'parse-timeout' });
    expect((await note).title).toMatch(/Police cooperation/);
  }, 30_000);

  it('ends idle workers when told, never one with a job, and starts one again when next needed', async () => {
    const pool = new ParsePool({ size: 1 });
    pools.push(pool);
    const note = new TextEncoder().encode(NOTE);
    const parsing = pool.parse('note.txt', note);
    pool.endIdle(); // its one worker has a job: kept
    expect((await parsing).title).toMatch(/Police cooperation/);
    pool.endIdle(); // now idle: ended
    expect((await pool.parse('note.txt', note)).title).toMatch(/Police cooperation/);
  }, 30_000);

  it.skipIf(availableParallelism() < 2)(
    'parses on every core while widened for a large load, on one worker again after it',
    async () => {
      const pool = new ParsePool({ size: 1 });
      pools.push(pool);
      const note = new TextEncoder().encode(NOTE);
      const both = () => Promise.all([pool.parse('a.txt', note), pool.parse('b.txt', note)]);
      let parsing = both();
      expect(pool.workers).toBe(1); // the second file waits behind the first
      await parsing;
      pool.widen();
      parsing = both();
      expect(pool.workers).toBe(Math.min(4, availableParallelism()));
      const documents = await parsing;
      expect(documents.map((document) => document.file)).toEqual(['a.txt', 'b.txt']);
      pool.endIdle();
      expect(pool.workers).toBe(0);
      parsing = both();
      expect(pool.workers).toBe(1);
      await parsing;
    },
    30_000,
  );

  it("sends pdf.js's warnings to the log, not to the terminal's stderr", async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    pdf.addPage().drawText('Police cooperation between Czechia and Austria', { x: 50, y: 700, font, size: 12 });
    const bytes = Buffer.from(await pdf.save({ useObjectStreams: false }));
    // A wrong cross-reference offset: pdf.js reads the file anyway and warns "Indexing all PDF objects".
    const broken = Buffer.from(bytes.toString('latin1').replace(/startxref\s+\d+/, 'startxref\n999'), 'latin1');
    const dir = await temp('pdf-warning');
    await writeFile(join(dir, 'broken-xref.pdf'), broken);
    const messages: string[] = [];
    const pool = new ParsePool({ size: 1, onLibraryMessage: (message) => messages.push(message) });
    pools.push(pool);
    await pool.parse('broken-xref.pdf', broken).catch(() => undefined);
    expect(messages.join('\n')).toMatch(/Indexing all PDF objects/);
    const { stderr } = await run(
      process.execPath,
      ['--import', 'tsx', 'src/ask.ts', 'search', '--query', 'police', '--seeds', dir, '--locale', 'cs'],
      { env: { ...process.env, DATA_DIR: await temp('pdf-warning-data') } },
    );
    expect(stderr).not.toMatch(/Warning|Indexing/);
    for (const line of stderr.split('\n').filter(Boolean)) expect(line).toMatch(/^varování: /);
  }, 60_000);
});
