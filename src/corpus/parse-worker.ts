/**
 * A parse worker's side (parse-pool.ts is the caller's): one file's bytes in, its Document or the
 * reason it cannot be used out, one job at a time. Whatever a library prints here (pdf.js warns on
 * the console) goes to the log as a warning, never to the terminal's stderr.
 */
import { parentPort } from 'node:worker_threads';
import { format } from 'node:util';
import { extname } from 'node:path';
import { blocksToLines } from './blocks.ts';
import { withinBudget } from './budget.ts';
import { removeChrome } from './chrome.ts';
import { parseFile } from './load.ts';
import { readFormat } from './readers/index.ts';
import { withoutTextCopy } from './sections.ts';
import type { ParseJob, ParseOutcome } from './parse-pool.ts';
import { skipReasonOf } from './warnings.ts';

const port = parentPort!;
const library = (...args: unknown[]) =>
  port.postMessage({ kind: 'log', message: format(...args) } satisfies ParseOutcome);
console.log = library;
console.info = library;
console.warn = library;
console.error = library;
console.debug = library;

/** A page's text lines: its format's reader, chrome removed (no extraction), within the budget. */
async function readLines(job: ParseJob): Promise<string[]> {
  const { blocks } = await withinBudget(
    readFormat(extname(job.file).toLowerCase(), new Uint8Array(job.bytes)),
    job.budget,
  );
  return blocksToLines(removeChrome(blocks));
}

/** One job: its answer is posted when it is done, whatever the outcome. */
function run(job: ParseJob): Promise<void> {
  if (job.want === 'lines')
    return readLines(job).then(
      (lines) => port.postMessage({ kind: 'lines', id: job.id, lines } satisfies ParseOutcome),
      (error: unknown) =>
        port.postMessage({ kind: 'refused', id: job.id, reason: skipReasonOf(error) } satisfies ParseOutcome),
    );
  return parseFile(job.file, new Uint8Array(job.bytes), job.budget).then(
    // Sent without its text, which is its sections' (a third less to copy): the pool reads it from them.
    (document) =>
      port.postMessage({ kind: 'parsed', id: job.id, document: withoutTextCopy(document) } satisfies ParseOutcome),
    (error: unknown) =>
      port.postMessage({ kind: 'refused', id: job.id, reason: skipReasonOf(error) } satisfies ParseOutcome),
  );
}

// The pool may send a job while another is running: jobs run one after the other, in the order
// sent (the pool takes answers in that order, and each job's budget starts when it starts).
let running = Promise.resolve();
port.on('message', (job: ParseJob) => {
  running = running.then(() => run(job));
});
port.postMessage({ kind: 'ready' } satisfies ParseOutcome);
