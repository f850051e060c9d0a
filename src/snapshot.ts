/**
 * Start fast: the built KnowledgeBase is saved to DATA_DIR keyed by a hash of the seed files
 * (path, size and modification time of each: reading 10k files to hash their bytes took longer
 * than loading the snapshot), the index options and the code that reads and indexes them. At start a matching snapshot is loaded
 * instead of re-reading every document; a missing, stale or corrupt one means a rebuild, never a
 * crash.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from './corpus/load.ts';
import type { LoadWarning } from './corpus/types.ts';
import { DEFAULT_OPTIONS, KnowledgeBase, type KnowledgeBaseOptions, type KnowledgeSnapshot } from './knowledge/knowledge-base.ts';
import type { Logger } from './logger.ts';

const FORMAT = 1;
const CODE_DIRS = ['corpus', 'knowledge'].map((dir) => fileURLToPath(new URL(`./${dir}/`, import.meta.url)));

interface SnapshotFile extends KnowledgeSnapshot {
  format: number;
  key: string;
  warnings: LoadWarning[];
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath ?? dir, e.name)).sort();
}

/** The snapshot key: what was indexed, how, and by which code. */
export async function snapshotKey(seedsDir: string, options: KnowledgeBaseOptions = DEFAULT_OPTIONS): Promise<string> {
  const hash = createHash('sha256').update(`format ${FORMAT}\n${JSON.stringify(options)}\n`);
  for (const dir of CODE_DIRS) for (const file of await filesUnder(dir)) hash.update(await readFile(file));
  const files = await filesUnder(seedsDir);
  const stats = await Promise.all(files.map((file) => stat(file)));
  files.forEach((file, i) => hash.update(`${relative(seedsDir, file)}\0${stats[i]!.size}\0${stats[i]!.mtimeMs}\n`));
  return hash.digest('hex').slice(0, 32);
}

const snapshotPath = (dataDir: string, key: string): string => join(dataDir, 'snapshots', `index-${key}.json`);

async function readSnapshot(path: string, key: string): Promise<SnapshotFile | undefined> {
  const text = await readFile(path, 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  const snapshot = JSON.parse(text) as SnapshotFile;
  if (snapshot.format !== FORMAT || snapshot.key !== key) throw new Error('snapshot does not match its key');
  return snapshot;
}

/** Write atomically and drop older snapshots: one per data folder is enough. */
async function writeSnapshot(dataDir: string, key: string, kb: KnowledgeBase, warnings: LoadWarning[]): Promise<void> {
  const dir = join(dataDir, 'snapshots');
  await mkdir(dir, { recursive: true });
  const path = snapshotPath(dataDir, key);
  const file: SnapshotFile = { format: FORMAT, key, warnings, ...kb.toSnapshot() };
  await writeFile(`${path}.tmp`, JSON.stringify(file));
  await rename(`${path}.tmp`, path);
  for (const name of await readdir(dir)) if (name !== `index-${key}.json`) await rm(join(dir, name), { force: true });
}

export interface LoadedKnowledge {
  kb: KnowledgeBase;
  warnings: LoadWarning[];
  from: 'snapshot' | 'documents';
}

/** Build the KnowledgeBase from SEEDS_DIR, through a snapshot in DATA_DIR when one matches. */
export async function loadKnowledge(seedsDir: string, dataDir: string, logger: Logger): Promise<LoadedKnowledge> {
  const key = await snapshotKey(seedsDir);
  try {
    const saved = await readSnapshot(snapshotPath(dataDir, key), key);
    if (saved) return { kb: KnowledgeBase.fromSnapshot(saved), warnings: saved.warnings, from: 'snapshot' };
  } catch (error) {
    logger.warn({ err: error }, 'index snapshot unusable; rebuilding');
  }
  const { documents, warnings } = await loadCorpus(seedsDir);
  const kb = new KnowledgeBase(documents);
  await writeSnapshot(dataDir, key, kb, warnings).catch((error: unknown) => logger.warn({ err: error }, 'could not save the index snapshot'));
  return { kb, warnings, from: 'documents' };
}
