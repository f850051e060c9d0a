/** Document management: safe names, atomic writes, add/remove/reload through the App, the watcher. */
import { existsSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { readConfig } from '../src/config.ts';
import { parseFile } from '../src/corpus/load.ts';
import type { LoadWarning } from '../src/corpus/types.ts';
import { FileExists, inside, safeFileName, writeAtomically } from '../src/documents/files.ts';
import { acceptName, DocumentRefused } from '../src/documents/manager.ts';
import { Reindexer } from '../src/documents/reindexer.ts';
import { watchFolder } from '../src/documents/watcher.ts';
import { KnowledgeBase } from '../src/knowledge/knowledge-base.ts';
import { createLogger } from '../src/logger.ts';
import { developmentText, seedsFolder, tempDir, type SeedsFolder } from './support/seed-fixtures.ts';

const logger = createLogger('silent');
const cleanups: Array<() => void | Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const encode = (text: string) => new TextEncoder().encode(text);
const NEW_DEVELOPMENT = developmentText({
  title: 'Hungary and Slovakia agree on joint border patrols',
  date: '2026-02-09',
  country: 'Hungary',
});

const oneDocument = async (): Promise<KnowledgeBase> =>
  new KnowledgeBase([await parseFile('hungary.txt', encode(NEW_DEVELOPMENT))]);

async function until(condition: () => boolean, timeoutMs = 15_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('file names from Discord', () => {
  it.each([
    ['../../etc/passwd.txt', 'passwd.txt'],
    ['..\\x.md', 'x.md'],
    ['C:\\Users\\me\\report.md', 'report.md'],
    ['dir/sub/ok.html', 'ok.html'],
    ['a\u0000b.txt', 'ab.txt'],
    ['evil\u0000/../../x.txt', 'x.txt'],
    ['\u202Egnp.txt', 'gnp.txt'],
    ['.hidden.txt', 'hidden.txt'],
    ['<b>alert(1)</b>.html', 'b_.html'],
    ['quote"s & semi;colons*?.md', 'quote_s _ semi_colons__.md'],
    ['Zpráva č. 1.PDF', 'Zpráva č. 1.pdf'],
    ['..', undefined],
    ['../', undefined],
    ['   ', undefined],
    ['....txt', 'txt'],
  ])('%j becomes %j', (name, expected) => {
    expect(safeFileName(name)).toBe(expected);
  });

  it('keeps long names within 100 characters, extension included', () => {
    const name = safeFileName(`${'x'.repeat(300)}.md`)!;
    expect(name).toHaveLength(100);
    expect(name.endsWith('.md')).toBe(true);
  });

  it('refuses unsupported types and names that leave the folder', () => {
    expect(() => acceptName('setup.exe')).toThrow(DocumentRefused);
    expect(() => acceptName('....txt')).toThrow(DocumentRefused);
    expect(() => acceptName('..')).toThrow(DocumentRefused);
    expect(inside('/seeds', '../etc/passwd')).toBeUndefined();
    expect(inside('/seeds', 'a/b.txt')).toBe('/seeds/a/b.txt');
  });
});

describe('atomic writes', () => {
  it('never overwrites without replace, replaces with it, and leaves no temp file', async () => {
    const dir = tempDir('write');
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const path = join(dir, 'a.md');
    expect(await writeAtomically(path, encode('one'), false)).toBe(false);
    await expect(writeAtomically(path, encode('two'), false)).rejects.toBeInstanceOf(FileExists);
    expect(readFileSync(path, 'utf8')).toBe('one');
    expect(await writeAtomically(path, encode('three'), true)).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe('three');
    expect(readdirSync(dir)).toEqual(['a.md']);
  });
});

async function appOn(seeds: SeedsFolder): Promise<App> {
  const data = tempDir('data');
  const app = await createApp(readConfig({ SEEDS_DIR: seeds.dir, DATA_DIR: data, LOG_LEVEL: 'silent' }), { logger });
  cleanups.push(async () => {
    await app.moderation.stop();
    seeds.remove();
    rmSync(data, { recursive: true, force: true });
  });
  return app;
}

describe('adding, removing and reloading documents', () => {
  it('adds a document: parsed, saved under its safe name, indexed, noted in the store', async () => {
    const seeds = seedsFolder();
    const app = await appOn(seeds);
    const before = app.kb.documents.length;
    const { documents } = app.moderation;
    const outcome = await documents.add({
      name: '../../hungary.md',
      bytes: encode(NEW_DEVELOPMENT),
      addedBy: '123456789012345678',
    });
    expect(outcome).toMatchObject({ file: 'hungary.md', replaced: false, reload: { ok: true, documents: before + 1 } });
    expect(outcome.document).toMatchObject({
      title: 'Hungary and Slovakia agree on joint border patrols',
      date: '2026-02-09',
      country: 'Hungary',
    });
    expect(existsSync(join(seeds.dir, 'hungary.md'))).toBe(true);
    expect(app.kb.documents.map((d) => d.file)).toContain('hungary.md');
    expect((await (await app.moderation.store()).documents.get('hungary.md'))?.addedBy).toBe('123456789012345678');
  });

  it('rejects a file that cannot be parsed, and changes nothing', async () => {
    const seeds = seedsFolder();
    const app = await appOn(seeds);
    const files = readdirSync(seeds.dir).sort();
    const kb = app.kb;
    const { documents } = app.moderation;
    await expect(
      documents.add({ name: 'broken.pdf', bytes: encode('%PDF-1.7 this is not really a pdf') }),
    ).rejects.toMatchObject({ problem: 'unreadable' });
    await expect(documents.add({ name: 'empty.txt', bytes: new Uint8Array() })).rejects.toMatchObject({
      problem: 'unreadable',
      detail: 'empty file',
    });
    await expect(documents.add({ name: 'big.txt', bytes: new Uint8Array(5 * 1024 * 1024 + 1) })).rejects.toMatchObject({
      problem: 'size',
    });
    expect(readdirSync(seeds.dir).sort()).toEqual(files);
    expect(app.kb).toBe(kb);
  });

  it('does not overwrite a file without replace (nor clash with another document id), and replaces with it', async () => {
    const seeds = seedsFolder();
    const app = await appOn(seeds);
    const { documents } = app.moderation;
    await documents.add({ name: 'hungary.md', bytes: encode(NEW_DEVELOPMENT) });
    await expect(
      documents.add({ name: 'hungary.md', bytes: encode(`${NEW_DEVELOPMENT}\nMore.`) }),
    ).rejects.toMatchObject({ problem: 'exists', detail: 'hungary.md' });
    await expect(documents.add({ name: 'hungary.txt', bytes: encode(NEW_DEVELOPMENT) })).rejects.toMatchObject({
      problem: 'exists',
      detail: 'hungary.md',
    });
    const replaced = await documents.add({
      name: 'hungary.md',
      bytes: encode(NEW_DEVELOPMENT.replace('joint border patrols', 'joint river patrols')),
      replace: true,
    });
    expect(replaced.replaced).toBe(true);
    expect(app.kb.documents.find((d) => d.file === 'hungary.md')?.title).toBe(
      'Hungary and Slovakia agree on joint river patrols',
    );
  });

  it('removes a document by file: moved aside into DATA_DIR, gone from the index', async () => {
    const seeds = seedsFolder();
    const app = await appOn(seeds);
    const target = app.kb.documents[0]!;
    const outcome = await app.moderation.documents.remove(target.file);
    expect(outcome.reload.ok).toBe(true);
    expect(existsSync(join(seeds.dir, target.file))).toBe(false);
    expect(outcome.movedTo && readFileSync(outcome.movedTo).length).toBeGreaterThan(0);
    expect(outcome.movedTo).toContain(join(app.config.DATA_DIR, 'removed'));
    expect(app.kb.document(target.id)).toBeUndefined();
    await expect(app.moderation.documents.remove('../../etc/passwd')).rejects.toMatchObject({ problem: 'unknown' });
  });

  it('reloads what is on disk, and keeps the old index when the folder cannot be read', async () => {
    const seeds = seedsFolder();
    const app = await appOn(seeds);
    const { reindexer } = app.moderation;
    seeds.add('dropped.txt', NEW_DEVELOPMENT);
    expect(await reindexer.reload()).toMatchObject({ ok: true, documents: 6 });
    const kb = app.kb;
    rmSync(seeds.dir, { recursive: true, force: true });
    const failed = await reindexer.reload();
    expect(failed).toEqual({ ok: false, reason: { code: 'seeds-missing' } });
    expect(app.kb).toBe(kb);
  });
});

describe('the seeds folder watcher', () => {
  it('calls back once after a burst of changes, ignoring hidden and unsupported files', async () => {
    const dir = tempDir('watch');
    const calls: string[][] = [];
    const watcher = watchFolder({ dir, debounceMs: 100, logger, onChange: (files) => calls.push(files) });
    cleanups.push(() => {
      watcher.close();
      rmSync(dir, { recursive: true, force: true });
    });
    writeFileSync(join(dir, '.a.md.tmp'), 'x');
    writeFileSync(join(dir, 'notes.odt'), 'x');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(calls).toEqual([]);
    writeFileSync(join(dir, 'a.md'), 'x');
    writeFileSync(join(dir, 'b.txt'), 'x');
    await until(() => calls.length > 0);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(calls).toEqual([['a.md', 'b.txt']]);
  });

  it('picks up files dropped into and deleted from the seeds folder', async () => {
    const seeds = seedsFolder();
    const app = await appOn(seeds);
    await app.moderation.start({ watch: true, debounceMs: 100 });
    seeds.add('dropped.txt', NEW_DEVELOPMENT);
    await until(() => app.kb.documents.some((d) => d.file === 'dropped.txt'));
    unlinkSync(join(seeds.dir, 'dropped.txt'));
    await until(() => !app.kb.documents.some((d) => d.file === 'dropped.txt'));
  });
});

describe('re-indexing', () => {
  function reindexer(builds: Array<() => Promise<KnowledgeBase>>) {
    const state = { kb: new KnowledgeBase([]), loads: 0 };
    const reindex = new Reindexer({
      logger,
      load: async () => ({ kb: await builds[state.loads++]!(), warnings: [] as LoadWarning[] }),
      apply: (kb) => (state.kb = kb),
    });
    return { state, reindex };
  }

  it('swaps the new knowledge base in only when it is complete', async () => {
    let finish!: (kb: KnowledgeBase) => void;
    const { state, reindex } = reindexer([() => new Promise((resolve) => (finish = resolve))]);
    const old = state.kb;
    const reload = reindex.reload();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(state.kb).toBe(old);
    const next = await oneDocument();
    finish(next);
    expect(await reload).toMatchObject({ ok: true, documents: 1 });
    expect(state.kb).toBe(next);
  });

  it('keeps the old one and says why when a reload fails', async () => {
    const { state, reindex } = reindexer([async () => Promise.reject(new Error('disk on fire'))]);
    const old = state.kb;
    expect(await reindex.reload()).toEqual({ ok: false, reason: { code: 'failed', detail: 'disk on fire' } });
    expect(state.kb).toBe(old);
  });

  it('runs one reload at a time; requests during one share a single reload after it', async () => {
    let finish!: () => void;
    const slow = () => new Promise<KnowledgeBase>((resolve) => (finish = () => resolve(new KnowledgeBase([]))));
    const { state, reindex } = reindexer([slow, oneDocument]);
    const first = reindex.reload();
    await new Promise((resolve) => setTimeout(resolve, 10));
    const during = [reindex.reload(), reindex.reload(), reindex.reload()];
    expect(state.loads).toBe(1);
    finish();
    expect(await first).toMatchObject({ ok: true, documents: 0 });
    const results = await Promise.all(during);
    expect(results.every((r) => r === results[0])).toBe(true);
    expect(results[0]).toMatchObject({ ok: true, documents: 1 });
    expect(state.loads).toBe(2);
  });
});
