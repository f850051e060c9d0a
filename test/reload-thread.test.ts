/**
 * Reloads run off the main thread: while a reload parses and indexes a folder of documents, the
 * main event loop is mostly idle (free for interactions and gateway heartbeats). Measured as the
 * main thread's event-loop utilisation over the reload, a ratio, not a timing.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { readConfig } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';
import { generateCorpus } from '../bench/generate.ts';
import { Reindexer } from '../src/documents/reindexer.ts';
import { BackgroundLoader } from '../src/knowledge/background-loader.ts';

describe('reloading a large folder', () => {
  it('parses and indexes in a worker thread: the main event loop stays mostly idle, and the new index answers', async () => {
    const root = await mkdtemp(join(tmpdir(), 'liaison-reload-thread-'));
    const seeds = join(root, 'seeds');
    await generateCorpus(seeds, 10);
    const app = await createApp(readConfig({ SEEDS_DIR: seeds, DATA_DIR: join(root, 'data'), LOG_LEVEL: 'silent' }), {
      logger: createLogger('silent'),
    });
    expect(app.kb.documents).toHaveLength(10);
    await generateCorpus(seeds, 800, 7);
    const before = performance.eventLoopUtilization();
    const result = await app.moderation.reindexer.reload();
    const busy = performance.eventLoopUtilization(before).utilization;
    expect(result).toMatchObject({ ok: true });
    expect(app.kb.documents).toHaveLength(800);
    const title = app.kb.documents[400]!.title;
    expect(app.kb.search(title).hits.map((hit) => hit.document.title)).toContain(title);
    expect(busy).toBeLessThan(0.5);
  }, 120_000);

  it('stops a reload at its deadline: the thread is terminated, the previous index stays, the next reload works', async () => {
    const root = await mkdtemp(join(tmpdir(), 'liaison-reload-deadline-'));
    const seeds = join(root, 'seeds');
    await generateCorpus(seeds, 10);
    const logger = createLogger('silent');
    const app = await createApp(readConfig({ SEEDS_DIR: seeds, DATA_DIR: join(root, 'data'), LOG_LEVEL: 'silent' }), {
      logger,
    });
    await generateCorpus(seeds, 300, 7);
    const setup = { seedsDir: seeds, dataDir: join(root, 'data'), logLevel: 'silent' };
    const reindexer = (loader: BackgroundLoader) =>
      new Reindexer({ load: () => loader.load(), apply: (kb, warnings) => app.replaceKnowledge(kb, warnings), logger });
    const previous = app.kb;
    const started = performance.now();
    const stopped = await reindexer(new BackgroundLoader(setup, logger, 200)).reload();
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(stopped).toMatchObject({
      ok: false,
      reason: { code: 'failed', detail: expect.stringMatching(/longer than 0.2 s/) },
    });
    expect(app.kb).toBe(previous);
    expect(await reindexer(new BackgroundLoader(setup, logger)).reload()).toMatchObject({ ok: true, documents: 300 });
  }, 120_000);
});
