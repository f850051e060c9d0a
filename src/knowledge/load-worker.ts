/**
 * The worker thread's side of a reload (background-loader.ts is the main thread's): read the seeds
 * folder and build the KnowledgeBase here, with this thread's own KnowledgeLoader (its parse
 * cache lives as long as the worker), then send it back in small messages so that no single
 * message costs the main thread more than a moment to receive.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { FolderError } from '../corpus/warnings.ts';
import { logLibraryMessages } from '../corpus/parse-pool.ts';
import { createLogger } from '../logger.ts';
import { describeError } from '../util/errors.ts';
import { KnowledgeLoader } from './loader.ts';
import type { Batch, WorkerReply, WorkerSetup } from './background-loader.ts';

/**
 * Characters of JSON per message. Structured clone of index postings cost the receiving thread
 * ~0.1 ms per term (530 ms for one 4000-term batch): JSON text is copied cheaply and parsed on the
 * other side in slices this size, a few milliseconds each. (The postings are arrays now, moved
 * in one message without a copy; the words and documents still go this way.)
 */
const BATCH_CHARS = 256 * 1024;

const setup = workerData as WorkerSetup;
const logger = createLogger(setup.logLevel);
logLibraryMessages((message) => logger.warn({ library: message }, 'while reading a document'));
const loader = new KnowledgeLoader(setup.seedsDir, setup.dataDir, logger);
const port = parentPort!;
/**
 * Replies wait here and go one at a time, each when the main thread asks for the next: a port
 * delivers everything queued in one turn of the receiver's event loop, which was a 450 ms stall.
 */
let queue: Array<{ reply: WorkerReply; transfer?: ArrayBuffer[] }> = [];
/** Queue a reply; `transfer`: buffers it moves to the other thread instead of copying them. */
const post = (reply: WorkerReply, transfer?: ArrayBuffer[]) => queue.push({ reply, transfer });
const sendNext = () => {
  const next = queue.shift();
  if (next) port.postMessage(next.reply, next.transfer);
};

/** `items` as JSON arrays of about BATCH_CHARS characters, one message each. */
function sendInBatches(kind: Batch['kind'], items: readonly unknown[]): void {
  let parts: string[] = [];
  let chars = 0;
  const flush = () => {
    if (parts.length) post({ kind, json: `[${parts.join(',')}]` });
    parts = [];
    chars = 0;
  };
  for (const item of items) {
    const json = JSON.stringify(item);
    parts.push(json);
    chars += json.length;
    if (chars >= BATCH_CHARS) flush();
  }
  flush();
}

port.on('message', (request: 'load' | 'next') => {
  if (request === 'next') return sendNext();
  queue = [];
  loader.load().then(
    ({ kb, warnings, from }) => {
      const { documents, index, vocabulary, stems, options, builtAt } = kb.toTransfer();
      const { words, ...postings } = index;
      sendInBatches('documents', documents);
      sendInBatches('words', words);
      sendInBatches('vocabulary', vocabulary);
      sendInBatches('stems', stems);
      // This thread's index is not used again: its arrays go over as they are.
      const arrays = [postings.starts, postings.shortIds, postings.counts].map((array) => array.buffer as ArrayBuffer);
      post({ kind: 'done', index: postings, options, builtAt, warnings, from }, arrays);
      sendNext();
    },
    (error: unknown) => {
      const folder = error instanceof FolderError ? error.problem : undefined;
      post({ kind: 'failed', message: describeError(error), ...(folder ? { folder } : {}) });
      sendNext();
    },
  );
});
