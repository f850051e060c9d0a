/**
 * Re-indexing without a restart: read the seeds folder, build a new KnowledgeBase aside, and swap
 * it in only when it is complete. Queries during a reload keep answering from the old one; a
 * failed reload keeps the old one and says why. One reload at a time: requests during one are
 * served by a single reload after it.
 */
import type { LoadWarning } from '../corpus/types.ts';
import { FolderError, type FolderProblem, type SkipReason } from '../corpus/warnings.ts';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import type { Logger } from '../logger.ts';
import { describeError } from '../util/errors.ts';

/** Why a reload failed: the seeds folder could not be read, or something else (its own words). */
export type ReloadFailure = FolderProblem | Extract<SkipReason, { code: 'failed' }>;

export type ReloadResult =
  { ok: true; documents: number; warnings: LoadWarning[]; ms: number } | { ok: false; reason: ReloadFailure };

export interface ReindexerOptions {
  /** Read the folder and build a knowledge base (the App's goes through the index snapshot); throws a FolderError when it cannot be read. */
  load(): Promise<{ kb: KnowledgeBase; warnings: LoadWarning[] }>;
  /** Swap the new knowledge base in (App.replaceKnowledge). */
  apply(kb: KnowledgeBase, warnings: LoadWarning[]): void;
  logger: Logger;
}

export class Reindexer {
  private tail: Promise<unknown> = Promise.resolve();
  private queued?: Promise<ReloadResult>;

  constructor(private readonly options: ReindexerOptions) {}

  /** Reload now, or (while one runs) once after it; callers waiting for the same reload share it. */
  reload(): Promise<ReloadResult> {
    if (this.queued) return this.queued;
    const next = this.tail.then(() => {
      this.queued = undefined;
      return this.rebuild();
    });
    this.queued = next;
    this.tail = next;
    return next;
  }

  /** Never rejects: a failure is a result, and the old knowledge base stays. */
  private async rebuild(): Promise<ReloadResult> {
    const { logger } = this.options;
    const started = performance.now();
    try {
      const { kb, warnings } = await this.options.load();
      this.options.apply(kb, warnings);
      const ms = Math.round(performance.now() - started);
      logger.info({ documents: kb.documents.length, skipped: warnings.length, ms }, 'knowledge base reloaded');
      return { ok: true, documents: kb.documents.length, warnings, ms };
    } catch (error) {
      logger.error({ err: error }, 'reload failed; keeping the previous knowledge base');
      return {
        ok: false,
        reason: error instanceof FolderError ? error.problem : { code: 'failed', detail: describeError(error) },
      };
    }
  }
}
