import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.ts';
import { KnowledgeLoader, loadKnowledge } from '../src/knowledge/loader.ts';
import { SEEDS_DIR } from './support/bot.ts';

const logger = createLogger('silent');

async function fixture() {
  const root = await mkdtemp(join(tmpdir(), 'liaison-snapshot-'));
  const seeds = join(root, 'seeds');
  await cp(SEEDS_DIR, seeds, { recursive: true });
  return { seeds, data: join(root, 'data') };
}

const titles = (kb: Awaited<ReturnType<typeof loadKnowledge>>['kb'], query: string) =>
  kb.search(query).hits.map((h) => h.document.title);

describe('index snapshots', () => {
  it('starts from the saved index when nothing changed, with the same answers', async () => {
    const { seeds, data } = await fixture();
    const first = await loadKnowledge(seeds, data, logger);
    const second = await loadKnowledge(seeds, data, logger);
    expect([first.from, second.from]).toEqual(['documents', 'snapshot']);
    expect(second.kb.documents).toEqual(first.kb.documents);
    for (const query of ['havrankova', 'frontx', '"cross-border pursuit"', 'migration policy']) {
      expect(titles(second.kb, query)).toEqual(titles(first.kb, query));
    }
    expect(second.kb.search('policejni spoluprace').hits[0]?.snippet).toEqual(
      first.kb.search('policejni spoluprace').hits[0]?.snippet,
    );
  });

  it('rebuilds when a document changes, and keeps a single snapshot', async () => {
    const { seeds, data } = await fixture();
    await loadKnowledge(seeds, data, logger);
    await writeFile(
      join(seeds, 'new.md'),
      '# Frontex opens an office in Tirana\n\nFrontex opened an office in Tirana on 2 June 2026.\n',
    );
    const after = await loadKnowledge(seeds, data, logger);
    expect(after.from).toBe('documents');
    expect(titles(after.kb, 'tirana')).toEqual(['Frontex opens an office in Tirana']);
    expect(await readdir(join(data, 'snapshots'))).toHaveLength(1);
  });

  it('rebuilds instead of crashing on a corrupt snapshot', async () => {
    const { seeds, data } = await fixture();
    await loadKnowledge(seeds, data, logger);
    const [name] = await readdir(join(data, 'snapshots'));
    await writeFile(join(data, 'snapshots', name!), '{"format":1,"key":');
    const again = await loadKnowledge(seeds, data, logger);
    expect(again.from).toBe('documents');
    expect(again.kb.documents).toHaveLength(5);
    expect((await loadKnowledge(seeds, data, logger)).from).toBe('snapshot');
  });

  it('rebuilds instead of crashing on a snapshot cut short', async () => {
    const { seeds, data } = await fixture();
    await loadKnowledge(seeds, data, logger);
    const [name] = await readdir(join(data, 'snapshots'));
    const path = join(data, 'snapshots', name!);
    const bytes = await readFile(path);
    await writeFile(path, bytes.subarray(0, Math.floor(bytes.length * 0.9)));
    const again = await loadKnowledge(seeds, data, logger);
    expect(again.from).toBe('documents');
    expect(again.kb.documents).toHaveLength(5);
    expect((await loadKnowledge(seeds, data, logger)).from).toBe('snapshot');
  });

  it('re-reads only the files that changed when it loads again, also after starting from a snapshot', async () => {
    const { seeds, data } = await fixture();
    await new KnowledgeLoader(seeds, data, logger).load();
    const restarted = new KnowledgeLoader(seeds, data, logger);
    const fromSnapshot = await restarted.load();
    expect(fromSnapshot.from).toBe('snapshot');
    const untouched = fromSnapshot.kb.documents.find((d) => d.file.startsWith('001'))!;
    expect(untouched.text).toContain('International Police Cooperation Directorate');
    await writeFile(
      join(seeds, 'new.md'),
      '# Frontex opens an office in Tirana\n\nFrontex opened an office in Tirana on 2 June 2026.\n',
    );
    const second = await restarted.load();
    expect(second.from).toBe('documents');
    expect(second.kb.document(untouched.id)).toBe(untouched);
    expect(second.kb.search('havrankova').hits[0]?.document.file).toBe(untouched.file);
    expect(second.kb.documents).toHaveLength(6);
  });
});
