/**
 * Documents added and removed from Discord. A new file is checked (name, type, size), parsed
 * before anything is written (a file that cannot be used changes nothing), written atomically into
 * the seeds folder, kept with its bytes in the state database (for the other hosts) and indexed; a
 * removed one is moved aside into DATA_DIR, marked removed in the database, and the index rebuilt.
 */
import { readFile } from 'node:fs/promises';
import { MAX_FILE_BYTES, isSupportedFile } from '../corpus/load.ts';
import { parseInWorker } from '../corpus/parse-pool.ts';
import type { Document } from '../corpus/types.ts';
import { skipReasonOf, type SkipReason } from '../corpus/warnings.ts';
import { describeReason } from '../i18n/reasons.ts';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import type { Store } from '../store/store.ts';
import { FileExists, inside, sha256, moveAside, safeFileName, writeAtomically } from './files.ts';
import type { Reindexer, ReloadResult } from './reindexer.ts';

export type Problem =
  'name' | 'type' | 'size' | 'unreadable' | 'exists' | 'unknown' | 'source' | 'download' | 'timeout';

/** Why a document was refused; the command words it in the user's language. */
export class DocumentRefused extends Error {
  constructor(
    readonly problem: Problem,
    readonly detail: string,
    /** For an unreadable file: why, to be worded in the user's language (`detail` is its English). */
    readonly reason?: SkipReason,
  ) {
    super(`${problem}: ${detail}`);
  }
}

export interface DocumentManagerOptions {
  seedsDir: string;
  /** Where removed files are moved. */
  removedDir: string;
  store: () => Promise<Store>;
  reindexer: Reindexer;
  kb: () => KnowledgeBase;
  clock: () => Date;
}

export interface AddRequest {
  name: string;
  bytes: Uint8Array;
  replace?: boolean;
  addedBy?: string;
}

export interface AddOutcome {
  file: string;
  /** What was extracted (the same parse the index makes). */
  document: Document;
  replaced: boolean;
  reload: ReloadResult;
}

export interface RemoveOutcome {
  document: Document;
  /** Where the file went; undefined when it was already gone from disk. */
  movedTo?: string;
  reload: ReloadResult;
}

/** The name a file would be saved under; refuses names with nothing usable and unsupported types. */
export function acceptName(name: string): string {
  const file = safeFileName(name);
  if (!file) throw new DocumentRefused('name', name);
  if (!isSupportedFile(file)) throw new DocumentRefused('type', file);
  return file;
}

/** Refuses files over the corpus size limit (the same one loadCorpus applies). */
export function acceptSize(bytes: number): void {
  if (bytes > MAX_FILE_BYTES) throw new DocumentRefused('size', `${(bytes / 1024 / 1024).toFixed(1)} MB`);
}

export class DocumentManager {
  constructor(private readonly options: DocumentManagerOptions) {}

  /** An indexed document by its file (or id). */
  find(fileOrId: string): Document | undefined {
    return this.options.kb().documents.find((d) => d.file === fileOrId) ?? this.options.kb().document(fileOrId);
  }

  async add(request: AddRequest): Promise<AddOutcome> {
    const file = acceptName(request.name);
    acceptSize(request.bytes.byteLength);
    // In a parse worker with a hard deadline: the event loop keeps serving (the deferral goes out in time).
    const document = await parseInWorker(file, request.bytes).catch((error: unknown) => {
      const reason = skipReasonOf(error);
      throw new DocumentRefused('unreadable', describeReason(reason, 'en'), reason);
    });
    const clash = this.options.kb().document(document.id);
    if (clash && clash.file !== file) throw new DocumentRefused('exists', clash.file);
    const path = inside(this.options.seedsDir, file);
    if (!path) throw new DocumentRefused('name', request.name);
    const replaced = await writeAtomically(path, request.bytes, request.replace === true).catch((error: unknown) => {
      throw error instanceof FileExists ? new DocumentRefused('exists', file) : error;
    });
    const store = await this.options.store();
    await store.documents.save(
      { file, addedBy: request.addedBy, addedAt: this.options.clock(), sha256: sha256(request.bytes) },
      request.bytes,
    );
    return { file, document, replaced, reload: await this.options.reindexer.reload() };
  }

  async remove(fileOrId: string): Promise<RemoveOutcome> {
    const document = this.find(fileOrId);
    const path = document && inside(this.options.seedsDir, document.file);
    if (!document || !path) throw new DocumentRefused('unknown', fileOrId);
    const removedHash = await readFile(path).then(sha256, () => undefined);
    const movedTo = await moveAside(path, this.options.removedDir, this.options.clock()).catch((error: unknown) => {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    });
    if (removedHash)
      await (await this.options.store()).documents.remove(document.file, this.options.clock(), removedHash);
    return { document, movedTo, reload: await this.options.reindexer.reload() };
  }
}
