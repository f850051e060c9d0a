/**
 * Fuzzing with fast-check, so the hardening stays: random command lines keep the terminal contract
 * (exit 0 with an answer, or exit 2 with one line), and random bytes or text in every format are a
 * document or a reason, never a crash or a hang. Each property has a time budget (fast-check stops
 * early when it is spent) and each input a generous deadline that only a hang would miss.
 */
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../src/cli/ask.ts';
import { loadCommands, type Registry } from '../src/framework/registry.ts';
import { parseFile } from '../src/corpus/load.ts';
import { SEEDS_DIR } from './support/bot.ts';

/** Per property: fast-check runs as many cases as fit, up to numRuns. */
const BUDGET_MS = 20_000;
/** Per input: far above any real parse; only a hang (or a quadratic blow-up) reaches it. */
const DEADLINE_MS = 5_000;

async function withinDeadline<T>(work: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>(
    (_, reject) => (timer = setTimeout(() => reject(new Error(`over ${DEADLINE_MS} ms: ${what}`)), DEADLINE_MS)),
  );
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

describe('the terminal contract under random command lines', () => {
  let registry: Registry;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    registry = await loadCommands();
    // A copy: `documents remove` may move a seed aside. No --seeds in the alphabet: nothing outside is read.
    const root = await mkdtemp(join(tmpdir(), 'liaison-fuzz-'));
    await cp(SEEDS_DIR, join(root, 'seeds'), { recursive: true });
    env = { SEEDS_DIR: join(root, 'seeds'), DATA_DIR: join(root, 'data'), LOG_LEVEL: 'silent' };
  });

  const word = fc.oneof(
    fc.constantFrom(
      'search',
      'contacts',
      'treaty',
      'developments',
      'digest',
      'documents',
      'help',
      'about',
      '/search',
      'preview',
      'post',
      'list',
      'remove',
      'reload',
      'add',
      'schedule',
      '--query',
      '--country',
      '--since',
      '--until',
      '--limit',
      '--page',
      '--kind',
      '--topic',
      '--type',
      '--hide',
      '--mention',
      '--json',
      '--locale',
      '--document',
      '--channel',
      '--every',
      'cs',
      'en',
      '--',
      '-',
      '--=',
      '--query=',
      '--limit=0x10',
      '1e1',
      '+5',
      '0',
      '-1',
      '25',
      '9999y',
      '30d',
      '2025',
      '1899-01-01',
      'true',
      'ano',
    ),
    fc.string({ maxLength: 30 }),
    fc.string({ unit: 'grapheme', maxLength: 20 }),
    fc.stringMatching(/^--[a-z]{1,8}(=.{0,10})?$/),
    fc.constantFrom(
      'line\nbreak',
      'tab\tx',
      '\r\n',
      '\u2028',
      '\u0000',
      '"quoted"',
      "it's",
      '<@123456789012345678>',
      '@everyone',
    ),
  );

  it(
    'exits 0 with an answer, or 2 with exactly one line on stderr',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(word, { maxLength: 8 }), async (argv) => {
          const result = await withinDeadline(ask(argv, env, registry), JSON.stringify(argv));
          expect([0, 2], `${JSON.stringify(argv)}: ${result.stderr.join(' | ')}`).toContain(result.code);
          if (result.code === 2) {
            expect(result.stdout).toBe('');
            expect(result.stderr).toHaveLength(1);
            expect(result.stderr[0]).toMatch(/^(error|chyba): [^\n\r\u2028\u2029]+$/);
          } else {
            expect(result.stdout.trim().length).toBeGreaterThan(0);
          }
        }),
        {
          numRuns: 300,
          interruptAfterTimeLimit: BUDGET_MS,
          markInterruptAsFailure: false,
          seed: Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31),
        },
      );
    },
    BUDGET_MS + 30_000,
  );
});

describe('the readers under random input', () => {
  /** Pieces that steer random text towards what the extractors look for. */
  const piece = fc.constantFrom(
    'a@b.cz',
    '@',
    '.',
    ' ',
    '\n',
    '\n\n',
    '+420 974 834 210',
    'Tel.:',
    'Fax:',
    'E-mail:',
    '24/7',
    '2026-02-06',
    '6. 2. 2026',
    'Agreement between',
    'Czechia',
    'Slovakia',
    '# ',
    '## ',
    '- ',
    '* ',
    '| a | b |',
    '|---|',
    '<div>',
    '</div>',
    '<p>',
    '</p>',
    '<table><tr><td>',
    '</td></tr></table>',
    '<dl><dt>Phone</dt><dd>',
    '<!--',
    '-->',
    '<script>',
    '</script>',
    '<nav>',
    '&amp;',
    '&#0;',
    '\u0000',
    '\uFEFF',
    '\u00A0',
    'é',
    'ř',
    'x'.repeat(50),
    'ab'.repeat(30),
    '(',
    ')',
    '[',
    ']',
    '%PDF-1.7',
    'stream',
  );
  const text = fc.oneof(
    fc.string({ maxLength: 2000 }),
    fc.array(piece, { maxLength: 400 }).map((parts) => parts.join('')),
  );
  const bytes = fc.oneof(
    fc.uint8Array({ maxLength: 4096 }),
    text.map((value) => new TextEncoder().encode(value)),
    fc.uint8Array({ maxLength: 2048 }).map((tail) => Buffer.concat([Buffer.from('%PDF-1.7\n'), tail])),
  );

  it.each(['note.txt', 'entry.md', 'page.html', 'report.pdf'])(
    '%s: a document or a reason, never a crash or a hang',
    async (file) => {
      await fc.assert(
        fc.asyncProperty(bytes, async (input) => {
          const outcome = await withinDeadline(
            parseFile(file, input).then(
              (document) => ({ document }),
              (error: unknown) => ({ error }),
            ),
            `${file}, ${input.byteLength} bytes`,
          );
          if ('error' in outcome) {
            expect(outcome.error).toBeInstanceOf(Error);
            expect((outcome.error as Error).message.length).toBeGreaterThan(0);
          } else {
            expect(outcome.document.file).toBe(file);
            expect(typeof outcome.document.title).toBe('string');
          }
        }),
        { numRuns: 200, interruptAfterTimeLimit: BUDGET_MS / 2, markInterruptAsFailure: false },
      );
    },
    BUDGET_MS + 30_000,
  );
});
