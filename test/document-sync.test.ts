/**
 * Several hosts on one database: a document added from Discord on one host is written into the
 * others' seeds folders (from the bytes in the database) and indexed there; one removed is moved
 * aside there too. PostgreSQL wakes the other hosts with NOTIFY; SQLite (one host, two folders) polls.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { readConfig } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';
import { describePostgres, postgresDatabase } from './support/pg-suite.ts';
import { developmentText, seedsFolder, tempDir } from './support/seed-fixtures.ts';

const cleanups: Array<() => void | Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const DOCUMENT = developmentText({
  title: 'Hungary and Slovakia agree on joint border patrols',
  date: '2026-02-09',
  country: 'Hungary',
});

/** A host: its own seeds folder and DATA_DIR, the shared database (or SQLite in `dataDir`). */
async function host(
  database: { url?: string; dataDir?: string },
  syncEveryMs: number,
): Promise<{ app: App; seeds: string }> {
  const seeds = seedsFolder({ copySeeds: false });
  seeds.add(
    'austria.txt',
    developmentText({ title: 'Austria extends checks at the Slovak border', date: '2026-02-08', country: 'Austria' }),
  );
  const data = database.dataDir ?? tempDir('host');
  const config = readConfig({
    SEEDS_DIR: seeds.dir,
    DATA_DIR: data,
    LOG_LEVEL: 'silent',
    ...(database.url ? { DATABASE_URL: database.url } : {}),
  });
  const app = await createApp(config, { logger: createLogger('silent') });
  const moderation = app.moderation;
  await moderation.start({ watch: false, sync: true, syncEveryMs });
  cleanups.push(async () => {
    await moderation.stop();
    seeds.remove();
    if (!database.dataDir) rmSync(data, { recursive: true, force: true });
  });
  return { app, seeds: seeds.dir };
}

async function until(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const titles = (app: App) => app.kb.documents.map((document) => document.title);

async function addedOnOneFoundOnTheOther(
  database: { url?: string; dataDir?: string },
  syncEveryMs: number,
): Promise<void> {
  const one = await host(database, syncEveryMs);
  const other = await host(database, syncEveryMs);
  await one.app.moderation.documents.add({
    name: 'hungary.txt',
    bytes: new TextEncoder().encode(DOCUMENT),
    addedBy: '123456789012345678',
  });
  await until(() => titles(other.app).includes('Hungary and Slovakia agree on joint border patrols'));
  expect(existsSync(join(other.seeds, 'hungary.txt'))).toBe(true);

  await one.app.moderation.documents.remove('hungary.txt');
  await until(() => !titles(other.app).includes('Hungary and Slovakia agree on joint border patrols'));
  expect(existsSync(join(other.seeds, 'hungary.txt'))).toBe(false);
  expect(titles(other.app)).toEqual(['Austria extends checks at the Slovak border']);
}

describe('documents across hosts on SQLite', () => {
  it('a document added or removed on one is picked up by the other (polling)', async () => {
    const dataDir = tempDir('shared');
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    await addedOnOneFoundOnTheOther({ dataDir }, 100);
  });
});

describePostgres('documents across hosts on PostgreSQL', () => {
  it('a document added or removed on one is picked up by the other at once (NOTIFY)', async () => {
    // Polling once an hour: only the notification can bring it within the test's time.
    await addedOnOneFoundOnTheOther({ url: await postgresDatabase() }, 3_600_000);
  });
});
