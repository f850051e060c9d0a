/**
 * The files of a seeds folder, walked by hand so that what is not read is said: hidden names
 * (editors' temporary files, .git), symbolic links (never followed: they could lead outside the
 * folder) and anything that is not a regular file (FIFOs, sockets, devices) are skipped with a
 * warning that says why. A file or folder that vanishes while it is walked is simply not there.
 */
import { closeSync, constants, fstatSync, openSync, readFileSync, statSync, type Dirent, type Stats } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { LoadWarning } from './types.ts';
import { FileProblem, FolderError, folderProblemOf, type SkipReason } from './warnings.ts';

interface SeedFile {
  /** Absolute (or as given) path. */
  path: string;
  /** Relative to the seeds folder, with forward slashes: the name documents and warnings use. */
  file: string;
}

export interface Listing {
  files: SeedFile[];
  skipped: LoadWarning[];
}

export const isGone = (error: unknown): boolean =>
  ['ENOENT', 'ENOTDIR'].includes((error as NodeJS.ErrnoException | null)?.code ?? '');

function specialKind(entry: Dirent | Stats): Extract<SkipReason, { code: 'special-file' }>['kind'] {
  if (entry.isFIFO()) return 'fifo';
  if (entry.isSocket()) return 'socket';
  if (entry.isBlockDevice() || entry.isCharacterDevice()) return 'device';
  return 'other';
}

/** Why an entry is not read, or undefined for a regular file or a folder to walk into. */
function skipReason(entry: Dirent): SkipReason | undefined {
  if (entry.name.startsWith('.')) return { code: 'dot-file', folder: entry.isDirectory() };
  if (entry.isSymbolicLink()) return { code: 'symlink' };
  if (entry.isFile() || entry.isDirectory()) return undefined;
  return { code: 'special-file', kind: specialKind(entry) };
}

/**
 * Every regular file under `dir` (sorted), and a warning for each entry skipped. Throws (a
 * FolderError) only when `dir` itself cannot be read.
 */
export async function listSeedFiles(dir: string): Promise<Listing> {
  const files: SeedFile[] = [];
  const skipped: LoadWarning[] = [];
  const name = (path: string) => relative(dir, path).split(sep).join('/');
  const walk = async (folder: string, root: boolean): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (error) {
      if (root) throw new FolderError(folderProblemOf(error));
      if (!isGone(error))
        skipped.push({
          file: name(folder),
          reason: { code: 'unreadable', errno: (error as NodeJS.ErrnoException).code ?? 'error', folder: true },
        });
      return;
    }
    for (const entry of entries) {
      const path = join(folder, entry.name);
      const reason = skipReason(entry);
      if (reason) skipped.push({ file: name(path), reason });
      else if (entry.isDirectory()) await walk(path, false);
      else files.push({ path, file: name(path) });
    }
  };
  await walk(dir, true);
  files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { files, skipped };
}

/** Files `stampsOf` stamps between two turns of the event loop. */
const STAMPS_PER_TURN = 500;

/**
 * Each file's size and modification time, in order, undefined for one that vanished since it was
 * listed. A synchronous `stat` in batches between event-loop turns: a promise per file cost the
 * loading thread about 13 µs a file (1.3 s of a start from the snapshot at 100,000 files) where
 * `statSync` costs 2 µs, and a batch holds the event loop about a millisecond.
 */
export async function stampsOf(
  paths: readonly string[],
): Promise<Array<{ size: number; mtimeMs: number } | undefined>> {
  const stamps: Array<{ size: number; mtimeMs: number } | undefined> = [];
  for (let at = 0; at < paths.length; at++) {
    if (at > 0 && at % STAMPS_PER_TURN === 0) await new Promise((resolve) => setImmediate(resolve));
    try {
      const { size, mtimeMs } = statSync(paths[at]!);
      stamps.push({ size, mtimeMs });
    } catch (error) {
      if (isGone(error)) stamps.push(undefined);
      else throw error;
    }
  }
  return stamps;
}

/**
 * Open flags for a listed file: never through a symbolic link (ELOOP), and never waiting for a
 * writer (a FIFO opens at once and is refused by what fstat says).
 */
const LISTED_FILE_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;

/**
 * A listed file, opened once: its stamp from fstat on that descriptor, then (unless `unchanged`
 * says the stamp is known) its bytes from the same descriptor. What was listed as a file but is a
 * link, a FIFO, a socket or a device by now is refused with that reason; a file larger than
 * `maxBytes` with `tooLarge`; undefined when it vanished.
 *
 * Synchronous calls: a file is at most `maxBytes`, and a promise for each of open, fstat, read and
 * close cost the loading thread about 80 µs a file, a fifth of its time while two workers parsed
 * (issue 26).
 */
export async function readListedFile(
  path: string,
  maxBytes: number,
  tooLarge: () => Error,
  unchanged?: (stamp: { size: number; mtimeMs: number }) => boolean,
): Promise<{ stamp: { size: number; mtimeMs: number }; bytes?: Uint8Array } | undefined> {
  let descriptor;
  try {
    descriptor = openSync(path, LISTED_FILE_FLAGS);
  } catch (error) {
    if (isGone(error)) return undefined;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') throw new FileProblem({ code: 'symlink' });
    if (code === 'ENXIO') throw new FileProblem({ code: 'special-file', kind: 'socket' });
    throw error;
  }
  try {
    const stats = fstatSync(descriptor);
    if (!stats.isFile()) throw new FileProblem({ code: 'special-file', kind: specialKind(stats) });
    const stamp = { size: stats.size, mtimeMs: stats.mtimeMs };
    if (unchanged?.(stamp)) return { stamp };
    if (stats.size > maxBytes) throw tooLarge();
    const bytes = readFileSync(descriptor);
    // It grew between fstat and the read: the limit is on what was read.
    if (bytes.byteLength > maxBytes) throw tooLarge();
    return { stamp, bytes };
  } finally {
    closeSync(descriptor);
  }
}
