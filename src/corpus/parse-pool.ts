/**
 * Every parse runs in a worker thread with a hard deadline. The budget inside the parse (budget.ts)
 * is checked between stages, so a stage that runs long (a 10,000-page PDF, a reader stuck in one
 * pathological input) went on long after it was "skipped"; here the caller stops waiting at the
 * deadline and the worker doing the work is terminated, so the work really stops. The worker's
 * heap is capped too: a file that needs more memory ends its worker, not the bot. The main thread
 * only waits, so interactions (and the deferral Discord needs within 3 s) keep being served.
 *
 * One process-wide pool (`parseInWorker`), started on first use; idle workers never keep the
 * process alive.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { DEFAULT_BUDGET, type ParseBudget } from './budget.ts';
import { readingTextFromSections } from './sections.ts';
import type { Document } from './types.ts';
import { FileProblem, type SkipReason } from './warnings.ts';

export interface ParseJob {
  id: number;
  /** The whole document, or only the text lines of a page (what a watched page's change is judged by). */
  want: 'document' | 'lines';
  file: string;
  bytes: ArrayBuffer;
  budget: ParseBudget;
}

export type ParseOutcome =
  /** A document whose text is its sections' arrives without it (see `withoutTextCopy`). */
  | { kind: 'parsed'; id: number; document: Document | Omit<Document, 'text'> }
  | { kind: 'lines'; id: number; lines: string[] }
  | { kind: 'refused'; id: number; reason: SkipReason }
  /** Something a library printed (pdf.js warnings): for the log. */
  | { kind: 'log'; message: string }
  /** The worker has loaded its code. */
  | { kind: 'ready' };

export type Parser = (file: string, bytes: Uint8Array, budget?: ParseBudget) => Promise<Document>;

export interface ParsePoolOptions {
  /**
   * Workers parsing at once: one fewer than the cores, at least one, at most two, so a small load
   * leaves a core to the bot (a second worker's start made 30 loads of a small folder in a row,
   * test/loading.test.ts, 5-7 s instead of 1.1 s). A large load widens it (`widen`).
   */
  size?: number;
  /** Added to a job's budget before its worker is terminated (the budget's own check usually ends it first, naming the stage). */
  graceMs?: number;
  /**
   * A worker's heap limit in MB: a backstop (the bounds are the 5 MB input, the archive limits and
   * the time budget). V8 ends most runs over it by ending the worker; some allocation paths abort
   * the whole process instead, so it is set well above what any accepted file needs.
   */
  heapMb?: number;
  /** How long a worker may sit idle before it is ended (its heap given back); default 1 s. */
  idleMs?: number;
  /** Where libraries' messages go (the log); dropped when not given. */
  onLibraryMessage?: (message: string) => void;
}

interface Pending {
  job: ParseJob;
  resolve(result: Document | string[]): void;
  reject(error: unknown): void;
}

/**
 * Jobs a worker is sent at once. It parses them one after the other; the next waits in its own
 * message queue, so the worker starts on it as soon as it sends a result back instead of waiting
 * for this thread to answer (busy reading files and taking documents in, it left the worker idle
 * a quarter of the time at 20,000 documents: issue 26).
 */
const JOBS_PER_WORKER = 2;

interface Slot {
  worker: Worker;
  /** Its code is loaded: it starts on a job as soon as it gets one. */
  ready?: boolean;
  /** Sent and not yet answered, in the order sent; the first is the one being parsed. */
  jobs: Pending[];
  /** The hard deadline of the first job. */
  timer?: NodeJS.Timeout;
  /** Ends the worker once it has been idle a while: a large parse leaves a large heap behind. */
  idle?: NodeJS.Timeout;
}

const WORKER_URL = new URL('./parse-worker.mjs', import.meta.url);

/** Workers of a widened pool (`ParsePool.widen`): one per core, up to this many. */
const MAX_WIDE = 4;

export class ParsePool {
  private readonly size: number;
  /** Workers allowed now: `size`, or one per core while a large load runs (`widen`). */
  private width: number;
  private readonly graceMs: number;
  private readonly heapMb: number;
  private readonly idleMs: number;
  private readonly slots = new Set<Slot>();
  private readonly queue: Pending[] = [];
  private nextId = 1;

  constructor(private readonly options: ParsePoolOptions = {}) {
    this.size = options.size ?? Math.max(1, Math.min(2, availableParallelism() - 1));
    this.graceMs = options.graceMs ?? 1_000;
    this.heapMb = options.heapMb ?? 768;
    this.idleMs = options.idleMs ?? 1_000;
    this.width = this.size;
  }

  /**
   * For a large load: up to one worker per core until `endIdle`. Parsing is most of an ingest (at
   * 100,000 documents one worker parsed while the loading thread sat idle four fifths of the time:
   * issue 26); documents are still taken in order, so what is indexed does not change.
   */
  widen(): void {
    this.width = Math.max(this.size, Math.min(MAX_WIDE, availableParallelism()));
  }

  /** Workers running now (parsing, or idle until their idle time runs out). */
  get workers(): number {
    return this.slots.size;
  }

  /** The document of `bytes`, parsed in a worker; a FileProblem when it cannot be used or runs out of time or memory. */
  parse: Parser = (file, bytes, budget = DEFAULT_BUDGET) =>
    this.run('document', file, bytes, budget) as Promise<Document>;

  /** The cleaned text lines of `bytes` read as `file`'s format (chrome removed), in a worker. */
  lines = (file: string, bytes: Uint8Array, budget = DEFAULT_BUDGET): Promise<string[]> =>
    this.run('lines', file, bytes, budget) as Promise<string[]>;

  private run(want: ParseJob['want'], file: string, bytes: Uint8Array, budget: ParseBudget) {
    return new Promise<Document | string[]>((resolve, reject) => {
      // A copy the worker owns: the caller's bytes stay the caller's (documents add writes them next).
      // (A Buffer's slice() is a view, often into a shared pool: copy explicitly.)
      const copy = new Uint8Array(bytes.byteLength);
      copy.set(bytes);
      this.queue.push({ job: { id: this.nextId++, want, file, bytes: copy.buffer, budget }, resolve, reject });
      this.dispatch();
    });
  }

  /**
   * End every worker without a job now, as its idle timer would: a timer cannot fire while this
   * thread is busy, and after a large load it builds the index for seconds while an idle worker
   * holds all it allocated parsing (issue 26). A worker starts again when next needed; a widened
   * pool is back to its `size`.
   */
  endIdle(): void {
    this.width = this.size;
    for (const slot of [...this.slots]) {
      if (slot.jobs.length > 0) continue;
      clearTimeout(slot.idle);
      this.slots.delete(slot);
      void slot.worker.terminate();
    }
  }

  /** Terminate every worker (jobs in flight fail); the pool starts new ones when used again. */
  async close(): Promise<void> {
    const slots = [...this.slots];
    this.slots.clear();
    for (const slot of slots) {
      clearTimeout(slot.timer);
      clearTimeout(slot.idle);
      for (const pending of slot.jobs) pending.reject(new Error('the parse pool was closed'));
    }
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  /** Jobs go to an idle worker first, then to a new one, then behind a busy worker's job. */
  private dispatch(): void {
    while (this.queue.length > 0) {
      const slots = [...this.slots];
      const slot =
        slots.find((candidate) => candidate.jobs.length === 0) ??
        this.spawn() ??
        slots.find((candidate) => candidate.jobs.length < JOBS_PER_WORKER);
      if (!slot) return;
      const pending = this.queue.shift()!;
      // A job sent behind another is copied, not moved: if the one before it fails, the worker
      // is terminated and this one goes to another worker, so its bytes must still be here.
      const behind = slot.jobs.length > 0;
      clearTimeout(slot.idle);
      slot.jobs.push(pending);
      slot.worker.ref(); // a parse in progress keeps the process alive
      if (slot.ready) this.startClock(slot);
      slot.worker.postMessage(pending.job, behind ? [] : [pending.job.bytes]);
    }
  }

  private spawn(): Slot | undefined {
    if (this.slots.size >= this.width) return undefined;
    const worker = new Worker(WORKER_URL, {
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: this.heapMb },
    });
    worker.unref();
    const slot: Slot = { worker, jobs: [] };
    this.slots.add(slot);
    worker.on('message', (outcome: ParseOutcome) => {
      if (outcome.kind === 'log') return this.options.onLibraryMessage?.(outcome.message);
      if (outcome.kind === 'ready') {
        slot.ready = true;
        return this.startClock(slot);
      }
      const pending = slot.jobs[0];
      if (!pending || pending.job.id !== outcome.id) return;
      this.settle(slot);
      this.startClock(slot);
      if (outcome.kind === 'parsed')
        pending.resolve('text' in outcome.document ? outcome.document : readingTextFromSections(outcome.document));
      else if (outcome.kind === 'lines') pending.resolve(outcome.lines);
      else pending.reject(new FileProblem(outcome.reason));
      this.dispatch();
    });
    worker.on('error', (error: Error & { code?: string }) => {
      const memory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      this.fail(slot, memory ? new FileProblem({ code: 'parse-memory', megabytes: this.heapMb }) : error);
    });
    worker.on('exit', (code) => this.fail(slot, new Error(`the parse worker stopped (exit code ${code})`)));
    return slot;
  }

  /**
   * The first job's hard deadline counts from when its worker can start on it: a new worker loads
   * its code first, and a job sent behind another starts when that one is answered (the clock
   * starts when the answer arrives here, a little after the worker started).
   */
  private startClock(slot: Slot): void {
    const pending = slot.jobs[0];
    if (!pending || slot.timer) return;
    const { milliseconds } = pending.job.budget;
    slot.timer = setTimeout(
      () => this.fail(slot, new FileProblem({ code: 'parse-timeout', seconds: milliseconds / 1000 })),
      milliseconds + this.graceMs,
    );
  }

  /** The first job is answered (or failed): its clock stops; a worker left with no job is ended once idle a while. */
  private settle(slot: Slot): void {
    clearTimeout(slot.timer);
    slot.timer = undefined;
    slot.jobs.shift();
    if (slot.jobs.length > 0) return;
    slot.worker.unref();
    clearTimeout(slot.idle);
    slot.idle = setTimeout(() => {
      if (slot.jobs.length > 0 || !this.slots.delete(slot)) return;
      void slot.worker.terminate();
    }, this.idleMs);
    slot.idle.unref();
  }

  /**
   * The slot's first job fails with `error`; its worker is terminated, and the jobs sent behind it
   * (never started) go back to the front of the queue for another worker.
   */
  private fail(slot: Slot, error: unknown): void {
    if (!this.slots.delete(slot)) return;
    const [pending, ...waiting] = slot.jobs;
    clearTimeout(slot.timer);
    clearTimeout(slot.idle);
    slot.jobs = [];
    void slot.worker.terminate();
    pending?.reject(error);
    this.queue.unshift(...waiting);
    this.dispatch();
  }
}

let shared: ParsePool | undefined;

/** Where the shared pool sends libraries' messages (the app's log); set once at start. */
let libraryMessages: ((message: string) => void) | undefined;
export const logLibraryMessages = (sink: (message: string) => void): void => {
  libraryMessages = sink;
};

const sharedPool = (): ParsePool =>
  (shared ??= new ParsePool({ onLibraryMessage: (message) => libraryMessages?.(message) }));

/** Parse in the process-wide pool of workers (started on first use). */
export const parseInWorker: Parser = (file, bytes, budget) => sharedPool().parse(file, bytes, budget);

/** Let the process-wide pool use every core for a large load (see `ParsePool.widen`). */
export const widenParsePool = (): void => sharedPool().widen();

/** End the process-wide pool's idle workers now (see `ParsePool.endIdle`). */
export const endIdleParseWorkers = (): void => shared?.endIdle();

/** A page's cleaned text lines, read in the process-wide pool (`file`'s extension picks the reader). */
export const linesInWorker = (file: string, bytes: Uint8Array, budget?: ParseBudget): Promise<string[]> =>
  sharedPool().lines(file, bytes, budget);
