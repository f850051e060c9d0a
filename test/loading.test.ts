/**
 * Loading a seeds folder as an unlucky operator leaves it: links, pipes and hidden files among the
 * documents, files that vanish while they are read, two folders sharing one data folder.
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rm, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus/load.ts';
import { readListedFile } from '../src/corpus/listing.ts';
import { createLogger } from '../src/logger.ts';
import { KnowledgeLoader, loadKnowledge } from '../src/knowledge/loader.ts';
import { SEEDS_DIR } from './support/bot.ts';
import { developmentText } from './support/seed-fixtures.ts';
import { describeReason } from '../src/i18n/reasons.ts';

const logger = createLogger('silent');
const temp = (prefix: string) => mkdtemp(join(tmpdir(), `liaison-${prefix}-`));
const entry = (title: string, country = 'Czechia') => developmentText({ title, date: '2026-01-15', country });

describe('what loading skips, and says why', () => {
  it('skips symbolic links, FIFOs and hidden files and folders with a warning each, and reads the rest', async () => {
    const dir = await temp('kinds');
    const outside = await temp('outside');
    await writeFile(join(outside, 'secret.txt'), entry('A file outside the seeds folder'));
    await writeFile(join(dir, 'real.txt'), entry('Czechia and Austria renew their police cooperation treaty'));
    await symlink(join(outside, 'secret.txt'), join(dir, 'link.txt'));
    await symlink(outside, join(dir, 'linked-folder'));
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    await writeFile(join(dir, '.draft.txt.swp'), entry('An editor swap file'));
    await mkdir(join(dir, '.git'));
    await writeFile(join(dir, '.git', 'notes.txt'), entry('Inside a hidden folder'));
    const { documents, warnings } = await loadCorpus(dir);
    expect(documents.map((d) => d.file)).toEqual(['real.txt']);
    expect(Object.fromEntries(warnings.map((w) => [w.file, describeReason(w.reason, 'en')]))).toEqual({
      'link.txt': 'a symbolic link: links are not followed',
      'linked-folder': 'a symbolic link: links are not followed',
      'pipe.txt': 'a FIFO (named pipe), not a document',
      '.draft.txt.swp': 'hidden (the name starts with a dot)',
      '.git': 'hidden (the name starts with a dot): folder not read',
    });
  });
});

describe('files swapped between listing and reading', () => {
  /** The folder swaps `name` between a document and `swapIn` (held a few milliseconds each) while `during` runs. */
  async function swapping<T>(
    dir: string,
    name: string,
    swapIn: (path: string) => Promise<void>,
    during: () => Promise<T>,
  ): Promise<T> {
    const path = join(dir, name);
    const hold = (round: number) => new Promise((resolve) => setTimeout(resolve, round % 4));
    let running = true;
    const swapper = (async () => {
      for (let round = 0; running; round++) {
        await rm(path, { force: true });
        await swapIn(path);
        await hold(round);
        await rm(path, { force: true });
        await writeFile(path, entry('An ordinary note about the liaison office'));
        await hold(round + 1);
      }
    })();
    try {
      return await during();
    } finally {
      running = false;
      await swapper;
    }
  }

  it('refuses a link swapped in for a listed file: the file outside never becomes a document', async () => {
    const outside = await temp('swap-outside');
    await writeFile(join(outside, 'secret.txt'), entry('The secret outside the seeds folder'));
    const dir = await temp('swap-link');
    for (let i = 0; i < 40; i++) await writeFile(join(dir, `note-${i}.txt`), entry(`Note ${i} on border checks`));
    await writeFile(join(dir, 'swapped.txt'), entry('An ordinary note about the liaison office'));
    const titles = new Set<string>();
    await swapping(
      dir,
      'swapped.txt',
      (path) => symlink(join(outside, 'secret.txt'), path),
      async () => {
        for (let round = 0; round < 30; round++)
          for (const document of (await loadCorpus(dir)).documents) titles.add(document.title);
      },
    );
    expect([...titles].filter((title) => /secret/i.test(title))).toEqual([]);
  });

  it('opens a listed file once, without following a link or waiting on a FIFO', async () => {
    const dir = await temp('swap-direct');
    const outside = await temp('swap-direct-outside');
    await writeFile(join(outside, 'secret.txt'), entry('The secret outside the seeds folder'));
    const tooLarge = () => new Error('too large');
    await symlink(join(outside, 'secret.txt'), join(dir, 'link.txt'));
    await expect(readListedFile(join(dir, 'link.txt'), 1e6, tooLarge)).rejects.toMatchObject({
      reason: { code: 'symlink' },
    });
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    // Without O_NONBLOCK, opening a FIFO nobody writes to never returns.
    await expect(readListedFile(join(dir, 'pipe.txt'), 1e6, tooLarge)).rejects.toMatchObject({
      reason: { code: 'special-file', kind: 'fifo' },
    });
    await writeFile(join(dir, 'plain.txt'), 'plain text');
    const read = await readListedFile(join(dir, 'plain.txt'), 1e6, tooLarge);
    expect(Buffer.from(read!.bytes!).toString()).toBe('plain text');
    expect(await readListedFile(join(dir, 'gone.txt'), 1e6, tooLarge)).toBeUndefined();
  });

  it('never hangs on a FIFO swapped in for a listed file', async () => {
    const dir = await temp('swap-fifo');
    for (let i = 0; i < 40; i++) await writeFile(join(dir, `note-${i}.txt`), entry(`Note ${i} on border checks`));
    await writeFile(join(dir, 'swapped.txt'), entry('An ordinary note about the liaison office'));
    const loads = await swapping(
      dir,
      'swapped.txt',
      async (path) => void execFileSync('mkfifo', [path]),
      async () => {
        let count = 0;
        for (let round = 0; round < 30; round++) count += (await loadCorpus(dir)).documents.length >= 40 ? 1 : 0;
        return count;
      },
    );
    expect(loads).toBe(30);
  }, 20_000);
});

describe('files that vanish while the folder is loaded', () => {
  it('skips them without a warning and never fails the load', async () => {
    for (let round = 0; round < 2; round++) {
      const dir = await temp('vanish');
      await cp(SEEDS_DIR, dir, { recursive: true });
      const names = Array.from({ length: 600 }, (_, i) => `tmp-${i}.txt`);
      await Promise.all(
        names.map((name, i) =>
          writeFile(join(dir, name), `Temporary note ${i} about police cooperation at the border.\n`),
        ),
      );
      const loader = new KnowledgeLoader(dir, await temp('vanish-data'), logger);
      // An editor's temporary files disappear while the loader lists, stamps and reads them.
      const vanishing = (async () => {
        for (const name of names.reverse()) await rm(join(dir, name), { force: true });
      })();
      const loaded = await loader.load();
      await vanishing;
      expect(loaded.warnings.filter((w) => /ENOENT|no such file/.test(describeReason(w.reason, 'en')))).toEqual([]);
      expect(loaded.kb.documents.filter((d) => !d.file.startsWith('tmp-'))).toHaveLength(5);
    }
  });
});

describe('snapshots and seeds folders', () => {
  it('never answers one folder from the snapshot made for another', async () => {
    const data = await temp('shared-data');
    const [a, b] = [await temp('folder-a'), await temp('folder-b')];
    // Same names, sizes and modification times; different content.
    const note = (country: string) =>
      `# ${country} opens a liaison office in Prague\n\nThe office opened on 2 June 2026 to speed up police cooperation.\n`;
    await writeFile(join(a, 'note.txt'), note('Austria'));
    await writeFile(join(b, 'note.txt'), note('Hungary'));
    const moment = new Date('2026-06-02T10:00:00Z');
    for (const dir of [a, b]) await utimes(join(dir, 'note.txt'), moment, moment);
    expect((await stat(join(a, 'note.txt'))).size).toBe((await stat(join(b, 'note.txt'))).size);
    const first = await loadKnowledge(a, data, logger);
    const second = await loadKnowledge(b, data, logger);
    expect(first.kb.documents[0]?.title).toBe('Austria opens a liaison office in Prague');
    expect(second.from).toBe('documents');
    expect(second.kb.documents[0]?.title).toBe('Hungary opens a liaison office in Prague');
    expect(await readdir(join(data, 'snapshots'))).toHaveLength(1);
  });
});
