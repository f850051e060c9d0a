/**
 * Word documents (.docx, zip archives) are checked before they are inflated: too many entries, too
 * much uncompressed, too high a ratio, XML nested too deep, or sizes that lie are each skipped with
 * a warning naming the limit; ordinary documents read as before.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, parseFile } from '../src/corpus/load.ts';
import type { SkipReason } from '../src/corpus/warnings.ts';
import { describeReason } from '../src/i18n/reasons.ts';
import { deepDocx, inflatingDocx, manyEntriesDocx, plainDocx } from './support/zip-bombs.ts';

const MB = 1024 * 1024;

async function reasonOf(bytes: Buffer): Promise<SkipReason> {
  const error = await parseFile('bomb.docx', bytes).then(
    () => undefined,
    (problem: { reason?: SkipReason }) => problem,
  );
  expect(error?.reason, 'the archive was read').toBeDefined();
  return error!.reason!;
}

describe('archive limits, checked before inflating', () => {
  it('skips an archive that inflates past the total size, naming the limit', async () => {
    const bomb = await inflatingDocx(60 * MB);
    expect(bomb.length).toBeLessThan(200 * 1024);
    const reason = await reasonOf(bomb);
    expect(reason).toMatchObject({ code: 'archive-limit', limit: 'uncompressed' });
    expect(describeReason(reason, 'en')).toBe('an archive that inflates to more than 40 MB: not inflated');
    expect(describeReason(reason, 'cs')).toBe('archiv, který se rozbalí na více než 40 MB: nerozbaleno');
  });

  it('skips an entry compressed far more than text compresses', async () => {
    expect(await reasonOf(await inflatingDocx(8 * MB))).toMatchObject({ code: 'archive-limit', limit: 'ratio' });
  });

  it('skips an archive of thousands of entries', async () => {
    expect(await reasonOf(await manyEntriesDocx(5_000))).toMatchObject({
      code: 'archive-limit',
      limit: 'entries',
      value: 5_003,
    });
  });

  it('skips XML nested thousands deep', async () => {
    expect(await reasonOf(await deepDocx(3_000))).toMatchObject({ code: 'archive-limit', limit: 'xml-depth' });
  });

  it('refuses an entry that inflates past the size it declared', async () => {
    const reason = await reasonOf(await inflatingDocx(4 * MB, 1000));
    expect(reason).toMatchObject({ code: 'broken-docx' });
  });

  it('reads an ordinary Word document, and names the limit in the folder warning', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'liaison-archive-'));
    await writeFile(
      join(dir, 'ordinary.docx'),
      await plainDocx([
        'Police cooperation between Czechia and Austria',
        'The joint patrols along the border continue in 2026 under the treaty signed in Vienna.',
      ]),
    );
    await writeFile(join(dir, 'bomb.docx'), await inflatingDocx(60 * MB));
    const { documents, warnings } = await loadCorpus(dir);
    expect(documents.map((document) => document.file)).toEqual(['ordinary.docx']);
    expect(documents[0]?.text).toContain('joint patrols');
    expect(warnings.map((warning) => [warning.file, describeReason(warning.reason, 'en')])).toEqual([
      ['bomb.docx', 'an archive that inflates to more than 40 MB: not inflated'],
    ]);
  });
});
