/**
 * Documents added or removed from Discord on any host, brought into this host's seeds folder: the
 * database holds their bytes (and a tombstone once removed), and each host writes what it lacks,
 * moves aside what was removed, and re-indexes when anything changed. Woken by PostgreSQL's
 * NOTIFY, and by polling besides (a notice can be missed while a connection is down).
 */
import { readFile } from 'node:fs/promises';
import type { Logger } from '../logger.ts';
import type { Store } from '../store/store.ts';
import { inside, moveAside, sha256, writeAtomically } from './files.ts';
import type { Reindexer } from './reindexer.ts';

const SYNC_EVERY_MS = 30_000;

export interface DocumentSyncOptions {
  seedsDir: string;
  removedDir: string;
  store: () => Promise<Store>;
  reindexer: Reindexer;
  clock: () => Date;
  logger: Logger;
  everyMs?: number;
}

/** The file's hash, or undefined when it is not there. */
const hashOf = (path: string): Promise<string | undefined> => readFile(path).then(sha256, () => undefined);

export class DocumentSync {
  private timer?: NodeJS.Timeout;
  private unlisten?: () => Promise<void>;
  private running: Promise<number> = Promise.resolve(0);

  constructor(private readonly options: DocumentSyncOptions) {}

  async start(): Promise<void> {
    const store = await this.options.store();
    this.unlisten = await store.documents.onChange(() => void this.sync());
    this.timer = setInterval(() => void this.sync(), this.options.everyMs ?? SYNC_EVERY_MS);
    this.timer.unref();
    await this.sync();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.unlisten?.();
    this.unlisten = undefined;
    await this.running;
  }

  /** Bring the folder in line with the database; resolves with the number of files changed. One at a time. */
  sync(): Promise<number> {
    const next = this.running
      .then(() => this.apply())
      .catch((error: unknown) => {
        this.options.logger.warn({ err: error }, 'documents from the database not synced; trying again later');
        return 0;
      });
    this.running = next;
    return next;
  }

  private async apply(): Promise<number> {
    const { seedsDir, removedDir, logger } = this.options;
    const store = await this.options.store();
    let changed = 0;
    for (const document of await store.documents.all()) {
      const path = inside(seedsDir, document.file);
      if (!path) continue;
      const local = await hashOf(path);
      if (document.removedAt) {
        // Only the copy that came from the database goes: a different file of that name stays.
        if (local !== document.sha256) continue;
        await moveAside(path, removedDir, this.options.clock());
      } else {
        if (local === document.sha256) continue;
        const content = await store.documents.content(document.file);
        if (!content || sha256(content) !== document.sha256) continue;
        await writeAtomically(path, content, true);
      }
      logger.info({ file: document.file, removed: Boolean(document.removedAt) }, 'document synced from the database');
      changed++;
    }
    if (changed > 0) await this.options.reindexer.reload();
    return changed;
  }
}
