/**
 * The files of a seeds folder, walked by hand so that what is not read is said: hidden names
 * (editors' temporary files, .git), symbolic links (never followed: they could lead outside the
 * folder) and anything that is not a regular file (FIFOs, sockets, devices) are skipped with a
 * warning that says why. A file or folder that vanishes while it is walked is simply not there.
 */
import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { LoadWarning } from './types.ts';
import { FolderError, folderProblemOf, type SkipReason } from './warnings.ts';

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

function specialKind(entry: Dirent): Extract<SkipReason, { code: 'special-file' }>['kind'] {
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

/** A file's size and modification time, or undefined when it vanished since it was listed. */
export async function stampOf(path: string): Promise<{ size: number; mtimeMs: number } | undefined> {
  try {
    const { size, mtimeMs } = await stat(path);
    return { size, mtimeMs };
  } catch (error) {
    if (isGone(error)) return undefined;
    throw error;
  }
}
