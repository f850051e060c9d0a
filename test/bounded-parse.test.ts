/**
 * Bounded cost per document: reading and extraction stay linear in the size of a file (a text full
 * of e-mail addresses used to take the square of its size), a document over its time budget is
 * skipped with a warning, and one document cannot add more than its share to the index.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BUDGET } from '../src/corpus/budget.ts';
import { loadCorpus, parseFile } from '../src/corpus/load.ts';
import { describeReason } from '../src/i18n/reasons.ts';

const encoder = new TextEncoder();

/** "E-mail: officer.1@police1.example.cz, officer.2@..." up to `bytes`, `separator` between addresses. */
function addresses(bytes: number, separator: string): Uint8Array {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < bytes; i++) {
    const part = `officer.${i}@police${i % 97}.example.cz`;
    parts.push(part);
    length += part.length + separator.length;
  }
  return encoder.encode(`Contacts of the regional offices\n\nE-mail: ${parts.join(separator)}\n`);
}

/**
 * The fastest of three runs of each size, in milliseconds, the sizes taken in turn (small, large,
 * small, large, ...): the machine is shared (and the suite runs files in parallel), the best run is
 * the truest one, and a burst of load from elsewhere then slows one run of each size rather than
 * every run of one.
 */
async function timeParses(file: string, small: Uint8Array, large: Uint8Array): Promise<[number, number]> {
  const times: [number[], number[]] = [[], []];
  for (let run = 0; run < 3; run++) {
    for (const [i, bytes] of [small, large].entries()) {
      const started = performance.now();
      await parseFile(file, bytes);
      times[i]!.push(performance.now() - started);
    }
  }
  return [Math.min(...times[0]), Math.min(...times[1])];
}

describe('parse cost grows with the size of a file, not with its square', () => {
  it.each([
    ['one line of addresses', 'mail.txt', ', '],
    ['addresses separated by spaces', 'mail.txt', ' '],
    ['an address per labelled line', 'mail.txt', '\nE-mail: '],
    ['addresses in HTML', 'mail.html', ' '],
    ['addresses in Markdown paragraphs', 'mail.md', '\n\n'],
  ])(
    '%s: 1 MB takes about four times as long as 256 KB',
    async (_name, file, separator) => {
      const [small, large] = await timeParses(
        file,
        addresses(256 * 1024, separator),
        addresses(1024 * 1024, separator),
      );
      // Linear is 4; the square would be 16. The bound leaves room for a noisy machine.
      expect(large / small).toBeLessThan(8);
    },
    120_000,
  );
});

/** `piece(i)` repeated up to `bytes`, after a heading. */
function repeated(bytes: number, piece: (i: number) => string): Uint8Array {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < bytes; i++) {
    parts.push(piece(i));
    length += parts[parts.length - 1]!.length;
  }
  return encoder.encode(`Duty numbers of the border police\n\n${parts.join('')}\n`);
}

describe('hostile shapes stay linear and never crash the reader', () => {
  it('one long line of labelled phones and faxes: 1 MB takes about four times as long as 256 KB', async () => {
    const line = (i: number) => `Tel.: +420 ${String(200000000 + i * 7).slice(0, 9)} Fax: +421 ${i % 1000} `;
    const [small, large] = await timeParses('phones.txt', repeated(256 * 1024, line), repeated(1024 * 1024, line));
    expect(large / small).toBeLessThan(8);
  }, 120_000);

  it('reads a page nested a thousand elements deep, and refuses one nested 100,000 deep with the reason', async () => {
    const page = (depth: number) =>
      encoder.encode(
        `<html><body><h1>Deep page</h1>${'<div>'.repeat(depth)}<p>Joint patrols of Austria and Czechia start in May.</p>${'</div>'.repeat(depth)}</body></html>`,
      );
    const deep = await parseFile('deep.html', page(1000));
    expect(deep.text).toContain('Joint patrols of Austria and Czechia start in May.');
    expect(deep.countries).toEqual(['Austria', 'Czechia']);
    await expect(parseFile('deeper.html', page(100_000))).rejects.toThrow(/nested more than 5000 elements deep/);
    await expect(parseFile('deeper.html', page(100_000))).rejects.toMatchObject({
      reason: { code: 'too-deep', limit: 5000 },
    });
  });

  it('reads a line of one letter repeated millions of times as junk, not as an internal error', async () => {
    const bytes = encoder.encode(`# One line\n\nPatrols start in May along the border.\n\n${'x'.repeat(4_000_000)}\n`);
    const document = await parseFile('long-line.md', bytes);
    expect(document.text).toBe('Patrols start in May along the border.');
  });
});

describe('budgets', () => {
  it('skips a document over its time budget with a warning naming the file and the reason, and keeps the rest', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'liaison-budget-'));
    await writeFile(join(dir, 'slow.txt'), addresses(64 * 1024, ', '));
    const { documents, warnings } = await loadCorpus(dir, undefined, {
      budget: { ...DEFAULT_BUDGET, milliseconds: 0 },
    });
    expect(documents).toEqual([]);
    expect(warnings).toEqual([
      { file: 'slow.txt', reason: expect.objectContaining({ code: 'parse-timeout', seconds: 0 }) },
    ]);
    expect(describeReason(warnings[0]!.reason, 'en')).toMatch(/^took longer than 0 s to read .*skipped$/);
    // The stage it stopped after is named in the reader's language too.
    expect(describeReason(warnings[0]!.reason, 'cs')).toMatch(
      /^čtení trvalo déle než 0 s \(zastaveno po fázi (?:čtení|odstranění ovládacích prvků stránky|název)\): přeskočeno$/,
    );
  });

  it('indexes only the first part of a document over the cap of distinct words, and says so', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'liaison-cap-'));
    const words = Array.from({ length: 3000 }, (_, i) => `word${i.toString(36)}x`);
    const paragraphs = Array.from({ length: 30 }, (_, p) => `${words.slice(p * 100, p * 100 + 100).join(' ')}.`);
    await writeFile(join(dir, 'many-words.txt'), `A page of many distinct words\n\n${paragraphs.join('\n\n')}\n`);
    await writeFile(
      join(dir, 'normal.txt'),
      'A normal page\n\nOfficers of both countries met in Vienna to plan joint patrols.\n',
    );
    const { documents, warnings } = await loadCorpus(dir, undefined, { budget: { ...DEFAULT_BUDGET, maxTerms: 1000 } });
    expect(warnings).toEqual([{ file: 'many-words.txt', reason: { code: 'capped-terms', limit: 1000 } }]);
    const capped = documents.find((d) => d.file === 'many-words.txt')!;
    expect(capped.text).toContain(words[0]);
    expect(capped.text).not.toContain(words[2999]);
    expect(documents.find((d) => d.file === 'normal.txt')?.capped).toBeUndefined();
  });

  it('counts headings too: a file of nothing but headings is capped like any other text', async () => {
    const headings = Array.from({ length: 3000 }, (_, i) => `# Heading ${i.toString(36)}q`).join('\n');
    const document = await parseFile('headings.md', encoder.encode(headings), { ...DEFAULT_BUDGET, maxTerms: 1000 });
    expect(document.capped).toEqual({ code: 'capped-terms', limit: 1000 });
    expect(document.sections.length).toBeLessThanOrEqual(1000);
    expect(document.text).not.toContain('Heading 2bkq'); // the 3000th
  });

  it('cuts a document over the cap of text', async () => {
    const long = Array.from(
      { length: 200 },
      (_, i) => `Paragraph ${i} describes the joint patrols of the border police in detail.`,
    ).join('\n\n');
    const document = await parseFile('long.txt', encoder.encode(`Long report on patrols\n\n${long}`), {
      ...DEFAULT_BUDGET,
      maxCharacters: 2000,
    });
    expect(describeReason(document.capped!, 'en')).toBe('indexed only in part: more than 2000 characters of text');
    expect(document.text.length).toBeLessThanOrEqual(2200);
  });
});
