/**
 * Start fast: the built KnowledgeBase is saved to DATA_DIR keyed by a hash of the seed files
 * (path, size and modification time of each: reading 10k files to hash their bytes took longer
 * than loading the snapshot), the index options and the code that reads and indexes them. At start a matching snapshot is loaded
 * instead of re-reading every document; a missing, stale or corrupt one means a rebuild, never a
 * crash.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listSeedFiles, stampsOf } from '../corpus/listing.ts';
import { loadCorpus, type FileStamp, type ParseCache } from '../corpus/load.ts';
import type { Document, LoadWarning } from '../corpus/types.ts';
import { DEFAULT_OPTIONS, KnowledgeBase, type KnowledgeBaseOptions, type KnowledgeSnapshot } from './knowledge-base.ts';
import type { Logger } from '../logger.ts';
import { readSnapshotFile, writeSnapshotFile } from './snapshot-file.ts';
import { SOURCES_FOLDER } from '../config.ts';

/**
 * Version 5: a header, the index's postings as the bytes of their arrays, the documents as JSON in
 * chunks (snapshot-file.ts). Version 4 was one JSON text, the postings in base64.
 */
const FORMAT = 5;
const CODE_DIRS = ['corpus', 'knowledge'].map((dir) => fileURLToPath(new URL(`../${dir}/`, import.meta.url)));

interface SnapshotFile extends KnowledgeSnapshot {
  warnings: LoadWarning[];
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath ?? dir, e.name))
    .sort();
}

interface Fingerprint {
  key: string;
  /** Each seed file's stamp, by path relative to the seeds folder. */
  stamps: Map<string, FileStamp>;
}

/** A folder of documents; its files are known in the corpus as `prefix` + their path inside it. */
export interface CorpusRoot {
  dir: string;
  prefix: string;
}

/** The seeds folder, and the documents saved from followed sources under DATA_DIR. */
const corpusRoots = (seedsDir: string, dataDir: string): CorpusRoot[] => [
  { dir: seedsDir, prefix: '' },
  { dir: join(dataDir, SOURCES_FOLDER), prefix: `${SOURCES_FOLDER}/` },
];

/**
 * The snapshot key: which folders (a snapshot made for one never answers for another), what was
 * indexed (each file's path, size and mtime), how, and by which code. A file that vanishes while
 * it is stamped is left out (the load that follows does not find it either).
 */
async function fingerprint(roots: readonly CorpusRoot[], options: KnowledgeBaseOptions): Promise<Fingerprint> {
  // Cache budgets change no byte of the index: tuning them must not force a re-index.
  const {
    cacheSize: _cacheSize,
    termCacheEntries: _termCacheEntries,
    passageCacheDocuments: _passageCacheDocuments,
    ...indexing
  } = options;
  const hash = createHash('sha256').update(`format ${FORMAT}\n${JSON.stringify(indexing)}\n`);
  for (const dir of CODE_DIRS) for (const file of await filesUnder(dir)) hash.update(await readFile(file));
  const stamps = new Map<string, FileStamp>();
  for (const [i, { dir, prefix }] of roots.entries()) {
    hash.update(`${resolve(dir)}\n`);
    // The seeds folder must be readable (a FolderError, before any snapshot answers); the others may be missing.
    const { files } = i === 0 ? await listSeedFiles(dir) : await listSeedFiles(dir).catch(() => ({ files: [] }));
    const stats = await stampsOf(files.map(({ path }) => path));
    files.forEach(({ file }, i) => {
      const stamp = stats[i];
      if (!stamp) return;
      stamps.set(`${prefix}${file}`, stamp);
      hash.update(`${prefix}${file}\0${stamp.size}\0${stamp.mtimeMs}\n`);
    });
  }
  return { key: hash.digest('hex').slice(0, 32), stamps };
}

const SNAPSHOT_NAME = (key: string): string => `index-${key}.snapshot`;
const snapshotPath = (dataDir: string, key: string): string => join(dataDir, 'snapshots', SNAPSHOT_NAME(key));

/** Write atomically and drop older snapshots: one per data folder is enough. */
async function writeSnapshot(dataDir: string, key: string, kb: KnowledgeBase, warnings: LoadWarning[]): Promise<void> {
  const dir = join(dataDir, 'snapshots');
  await mkdir(dir, { recursive: true });
  const path = snapshotPath(dataDir, key);
  const file: SnapshotFile = { warnings, ...kb.toSnapshot() };
  await writeSnapshotFile(`${path}.tmp`, FORMAT, key, file);
  await rename(`${path}.tmp`, path);
  for (const name of await readdir(dir)) if (name !== SNAPSHOT_NAME(key)) await rm(join(dir, name), { force: true });
}

export interface LoadedKnowledge {
  kb: KnowledgeBase;
  warnings: LoadWarning[];
  from: 'snapshot' | 'documents';
}

/** Something that loads the seeds folder again and again: on this thread, or in a worker. */
export interface KnowledgeSource {
  load(): Promise<LoadedKnowledge>;
}

/**
 * Loads the knowledge base of one seeds folder, again and again (start, reloads): through the
 * snapshot when it matches, else re-reading only the files that changed since the last load.
 * Throws a FolderError when the seeds folder cannot be read.
 */
export class KnowledgeLoader implements KnowledgeSource {
  private readonly roots: CorpusRoot[];
  /** One parse cache per root, by prefix. */
  private readonly parsed = new Map<string, ParseCache>();

  constructor(
    seedsDir: string,
    private readonly dataDir: string,
    private readonly logger: Logger,
  ) {
    this.roots = corpusRoots(seedsDir, dataDir);
    for (const { prefix } of this.roots) this.parsed.set(prefix, new Map());
  }

  async load(): Promise<LoadedKnowledge> {
    const { key, stamps } = await fingerprint(this.roots, DEFAULT_OPTIONS);
    try {
      const saved = await readSnapshotFile<SnapshotFile>(snapshotPath(this.dataDir, key), FORMAT, key);
      if (saved) {
        const kb = KnowledgeBase.fromSnapshot(saved);
        this.remember(kb.documents, stamps);
        return { kb, warnings: saved.warnings, from: 'snapshot' };
      }
    } catch (error) {
      this.logger.warn({ err: error }, 'index snapshot unusable; rebuilding');
    }
    const [seeds, ...others] = await Promise.all(
      this.roots.map(async ({ dir, prefix }, i) => {
        // Only the seeds folder must exist: the others appear when something is saved there.
        if (
          i > 0 &&
          !(await stat(dir).then(
            () => true,
            () => false,
          ))
        )
          return { documents: [], warnings: [] };
        return loadCorpus(dir, this.parsed.get(prefix), { prefix });
      }),
    );
    const documents = [seeds!, ...others].flatMap((corpus) => corpus.documents);
    const warnings = [seeds!, ...others].flatMap((corpus) => corpus.warnings);
    const kb = new KnowledgeBase(documents);
    await writeSnapshot(this.dataDir, key, kb, warnings).catch((error: unknown) =>
      this.logger.warn({ err: error }, 'could not save the index snapshot'),
    );
    return { kb, warnings, from: 'documents' };
  }

  /** A snapshot's documents count as parsed: the stamps are the ones its key was made from. */
  private remember(documents: readonly Document[], stamps: Map<string, FileStamp>): void {
    for (const cache of this.parsed.values()) cache.clear();
    // The last root whose prefix a file has (the seeds' prefix is empty): made once, not per document.
    const caches = [...this.roots]
      .reverse()
      .map((root) => ({ prefix: root.prefix, cache: this.parsed.get(root.prefix) }));
    for (const document of documents) {
      const stamp = stamps.get(document.file);
      if (!stamp) continue;
      const { cache } = caches.find((root) => document.file.startsWith(root.prefix))!;
      cache?.set(document.file, { size: stamp.size, mtimeMs: stamp.mtimeMs, document });
    }
  }
}

/**
 * Save a knowledge base built from SEEDS_DIR as the snapshot the next start loads: for the bench,
 * which builds once and then measures a start from it.
 */
export async function saveKnowledge(
  seedsDir: string,
  dataDir: string,
  kb: KnowledgeBase,
  warnings: LoadWarning[],
): Promise<void> {
  const { key } = await fingerprint(corpusRoots(seedsDir, dataDir), DEFAULT_OPTIONS);
  await writeSnapshot(dataDir, key, kb, warnings);
}

/** Build the KnowledgeBase from SEEDS_DIR, through a snapshot in DATA_DIR when one matches. */
export const loadKnowledge = (seedsDir: string, dataDir: string, logger: Logger): Promise<LoadedKnowledge> =>
  new KnowledgeLoader(seedsDir, dataDir, logger).load();
