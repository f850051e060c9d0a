/**
 * Reloads off the main thread: a worker (load-worker.ts) reads the seeds folder, parses and builds
 * the index; this side receives it in small messages, the postings' arrays handed over whole
 * without a copy, and puts the index's words in its term tree in batches (`fromPartsAsync`), so
 * interactions and gateway heartbeats keep being served throughout.
 * The worker stays alive between reloads (its parse cache with it) but never keeps the process up.
 */
import { Worker } from 'node:worker_threads';
import type { Document, LoadWarning } from '../corpus/types.ts';
import { FolderError, type FolderProblem } from '../corpus/warnings.ts';
import type { Logger } from '../logger.ts';
import { KnowledgeBase, type KnowledgeBaseOptions } from './knowledge-base.ts';
import type { CompactParts } from './compact-postings.ts';
import type { LoadedKnowledge } from './loader.ts';

export interface WorkerSetup {
  seedsDir: string;
  dataDir: string;
  logLevel: string;
}

/** A slice of one part of the knowledge base, as a JSON array. */
export interface Batch {
  kind: 'documents' | 'words' | 'vocabulary' | 'stems';
  json: string;
}

export type WorkerReply =
  | Batch
  | {
      kind: 'done';
      /** The index but its words (sent in batches before): the postings' arrays are transferred. */
      index: Omit<CompactParts, 'words'>;
      options: KnowledgeBaseOptions;
      builtAt: string;
      warnings: LoadWarning[];
      from: LoadedKnowledge['from'];
    }
  | { kind: 'failed'; message: string; folder?: FolderProblem };

/** load-worker.mjs registers tsx and imports load-worker.ts; nothing inherited from this thread's flags. */
const startWorker = (setup: WorkerSetup): Worker =>
  new Worker(new URL('./load-worker.mjs', import.meta.url), { workerData: setup, execArgv: [] });

/**
 * How long one reload may take before its thread is terminated and the previous index stays. Each
 * file has its own deadline in the parse workers; this bounds the whole, whatever else holds it.
 */
export const RELOAD_DEADLINE_MS = 10 * 60 * 1000;

export class BackgroundLoader {
  private worker?: Worker;

  constructor(
    private readonly setup: WorkerSetup,
    private readonly logger: Logger,
    private readonly deadlineMs = RELOAD_DEADLINE_MS,
  ) {}

  /** One load at a time (the Reindexer queues reloads); rejects when it is not done by the deadline. */
  load(): Promise<LoadedKnowledge> {
    const worker = (this.worker ??= this.spawn());
    const documents: Document[] = [];
    const words: string[] = [];
    const vocabulary: string[] = [];
    const stems: [string, string[]][] = [];
    return new Promise<LoadedKnowledge>((resolve, reject) => {
      const deadline = setTimeout(() => {
        finish();
        if (this.worker === worker) this.worker = undefined;
        void worker.terminate();
        reject(new Error(`the reload took longer than ${this.deadlineMs / 1000} s and was stopped`));
      }, this.deadlineMs);
      const finish = () => {
        clearTimeout(deadline);
        worker.off('message', onMessage);
        worker.off('exit', onExit);
        worker.unref();
      };
      const onExit = (code: number) => {
        finish();
        reject(new Error(`the loading thread stopped (exit code ${code})`));
      };
      const parts = { documents, words, vocabulary, stems } as Record<Batch['kind'], unknown[]>;
      const onMessage = (reply: WorkerReply) => {
        if ('json' in reply) {
          for (const item of JSON.parse(reply.json) as unknown[]) parts[reply.kind].push(item);
          setImmediate(() => worker.postMessage('next')); // one slice per turn: the loop keeps serving
        } else {
          finish();
          if (reply.kind === 'failed')
            return reject(reply.folder ? new FolderError(reply.folder) : new Error(reply.message));
          const transfer = {
            options: reply.options,
            builtAt: reply.builtAt,
            documents,
            vocabulary,
            stems,
            index: { ...reply.index, words },
          };
          KnowledgeBase.fromTransfer(transfer).then(
            (kb) => resolve({ kb, warnings: reply.warnings, from: reply.from }),
            reject,
          );
        }
      };
      worker.on('message', onMessage);
      worker.on('exit', onExit);
      worker.ref(); // a load in progress keeps the process alive (`ask documents reload`)
      worker.postMessage('load');
    });
  }

  /** Stop the worker (it never keeps the process alive, but tests and shutdown may end it early). */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private spawn(): Worker {
    const worker = startWorker(this.setup);
    worker.unref();
    worker.on('error', (error) => this.logger.error({ err: error }, 'loading thread failed'));
    worker.on('exit', () => {
      if (this.worker === worker) this.worker = undefined;
    });
    return worker;
  }
}
