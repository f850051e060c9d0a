/**
 * The corpus stage's entry: every supported file under a folder -> Documents, plus one warning per
 * file that could not be used. One bad file never stops the rest.
 */
import { extname } from 'node:path';
import { capDocument, deadline, DEFAULT_BUDGET, withinBudget, type ParseBudget } from './budget.ts';
import { listSeedFiles, readListedFile } from './listing.ts';
import { buildDocument } from './parse.ts';
import { endIdleParseWorkers, parseInWorker, widenParsePool, type Parser } from './parse-pool.ts';
import { readFormat, SUPPORTED_EXTENSIONS } from './readers/index.ts';
import { withoutTextCopy } from './sections.ts';
import { SharedStrings } from '../util/shared-strings.ts';
import type { Document, LoadWarning } from './types.ts';
import { FileProblem, skipReasonOf } from './warnings.ts';

/** Files larger than this are skipped: a 5 MB export is already far beyond any real page. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export interface Corpus {
  documents: Document[];
  warnings: LoadWarning[];
}

export interface FileStamp {
  size: number;
  mtimeMs: number;
}

/**
 * Documents parsed before, by file (relative path): a file whose size and modification time are
 * unchanged is not read or parsed again. `loadCorpus` keeps it current.
 */
export type ParseCache = Map<string, FileStamp & { document: Document }>;

const tooLarge = () => new FileProblem({ code: 'too-large', megabytes: MAX_FILE_BYTES / 1024 / 1024 });

export const isSupportedFile = (name: string): boolean =>
  (SUPPORTED_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase());

/**
 * Parse one file's bytes within a time budget; throws a FileProblem saying why the file cannot be
 * used. A document over the index caps comes back cut, with `capped` saying so.
 */
export async function parseFile(
  file: string,
  bytes: Uint8Array,
  budget: ParseBudget = DEFAULT_BUDGET,
): Promise<Document> {
  if (bytes.byteLength === 0) throw new FileProblem({ code: 'empty' });
  if (bytes.byteLength > MAX_FILE_BYTES) throw tooLarge();
  const check = deadline(budget);
  const read = await withinBudget(Promise.resolve(readFormat(extname(file).toLowerCase(), bytes)), budget);
  check('reading');
  const document = capDocument(buildDocument(file, read, check), budget);
  if (document.text.trim().length < 20) throw new FileProblem({ code: 'no-text' });
  return document;
}

/**
 * A load parsing at least this many files parses on every core, and ends the pool's workers when
 * it is done: what one allocated parsing 100,000 documents stays in its heap until it ends, and
 * starting one again (a fraction of a second) is nothing beside such a load. A small folder is
 * parsed by the one worker kept for the next load.
 */
const LARGE_LOAD = 1_000;

/** Files read (and handed to the parse workers) ahead: enough to keep every worker busy, few enough to bound memory. */
const READ_AHEAD = 32;

/** A file's parsed document; undefined when it vanished since it was listed. */
type Read = { stamp: FileStamp; document: Document } | undefined;

async function readEntry(
  path: string,
  file: string,
  cache: ParseCache | undefined,
  parse: (bytes: Uint8Array) => Promise<Document>,
): Promise<Read> {
  const known = cache?.get(file);
  const read = await readListedFile(
    path,
    MAX_FILE_BYTES,
    tooLarge,
    (stamp) => known !== undefined && known.size === stamp.size && known.mtimeMs === stamp.mtimeMs,
  );
  if (!read) return undefined;
  if (!read.bytes) return { stamp: read.stamp, document: known!.document };
  return { stamp: read.stamp, document: await parse(read.bytes) };
}

/**
 * Load every file under `dir`. Warnings name each skipped file (relative to `dir`, after `prefix`)
 * and why. With a cache, unchanged files are taken from it, and it is updated to what the folder
 * holds now. Throws a FolderError when `dir` itself cannot be read.
 */
export async function loadCorpus(
  dir: string,
  cache?: ParseCache,
  {
    prefix = '',
    budget = DEFAULT_BUDGET,
    parse = parseInWorker,
  }: {
    prefix?: string;
    budget?: ParseBudget;
    /** Where files are parsed: the worker pool (a hard deadline per file), or `parseFile` on this thread. */
    parse?: Parser;
  } = {},
): Promise<Corpus> {
  const documents: Document[] = [];
  const warnings: LoadWarning[] = [];
  const listing = await listSeedFiles(dir);
  warnings.push(...listing.skipped.map((warning) => ({ ...warning, file: `${prefix}${warning.file}` })));
  const files = listing.files.map((entry) => ({ ...entry, file: `${prefix}${entry.file}` }));
  const supported = files.filter(({ file }) => {
    if (isSupportedFile(file)) return true;
    warnings.push({ file, reason: { code: 'unsupported-type', extension: extname(file) } });
    return false;
  });
  const large = parse === parseInWorker && supported.length >= LARGE_LOAD;
  if (large) widenParsePool();
  // Reads and parses run ahead in a window (the parses in the workers); results are taken in order.
  const reads = new Map<number, Promise<Read>>();
  const startRead = (i: number) => {
    const entry = supported[i];
    if (!entry) return;
    const read = readEntry(entry.path, entry.file, cache, (bytes) => parse(entry.file, bytes, budget));
    read.catch(() => undefined); // handled when its turn comes; never an unhandled rejection meanwhile
    reads.set(i, read);
  };
  for (let i = 0; i < READ_AHEAD; i++) startRead(i);
  const seen = new Map<string, FileStamp & { document: Document }>();
  const fileOfId = new Map<string, string>();
  // For this load only: a string that lives on is one a document holds.
  const strings = new SharedStrings();
  for (let i = 0; i < supported.length; i++) {
    const { file } = supported[i]!;
    const pending = reads.get(i)!;
    reads.delete(i);
    startRead(i + READ_AHEAD);
    try {
      const read = await pending;
      if (!read) continue;
      const { document } = read;
      if (document.capped) warnings.push({ file, reason: document.capped });
      const clash = fileOfId.get(document.id);
      if (clash) throw new FileProblem({ code: 'duplicate-id', other: clash });
      fileOfId.set(document.id, file);
      const kept = strings.share(withoutTextCopy(document));
      documents.push(kept);
      seen.set(file, { ...read.stamp, document: kept });
    } catch (error) {
      warnings.push({ file, reason: skipReasonOf(error) });
    }
  }
  if (large) endIdleParseWorkers();
  if (cache) {
    cache.clear();
    for (const [file, entry] of seen) cache.set(file, entry);
  }
  return { documents, warnings };
}
