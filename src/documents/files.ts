/**
 * Files in the seeds folder, written safely: a file name from Discord becomes a plain name inside
 * the folder (no path, no traversal, no hidden or control characters), a file is written to a
 * temporary name and then renamed or linked into place (never half-written, never overwritten by
 * accident), and a removed file is moved aside rather than deleted.
 */
import { createHash, randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, link, mkdir, open, rename, rm, stat, unlink } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Longest file name kept (Discord autocomplete values hold 100 characters). */
const MAX_NAME_LENGTH = 100;

/** A plain file name from any name a user sent, or undefined when nothing usable is left. */
export function safeFileName(name: string): string | undefined {
  const last = name.split(/[\\/]/).pop() ?? '';
  const cleaned = last
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .replace(/[^\p{L}\p{N} ._()-]/gu, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  const extension = extname(cleaned).toLowerCase();
  const stem = cleaned
    .slice(0, cleaned.length - extension.length)
    .slice(0, MAX_NAME_LENGTH - extension.length)
    .trim();
  return stem && !/^[._ -]*$/.test(stem) ? `${stem}${extension}` : undefined;
}

/** `file` (relative) resolved inside `dir`, or undefined when it would lead outside. */
export function inside(dir: string, file: string): string | undefined {
  const path = resolve(dir, file);
  const rel = relative(resolve(dir), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? path : undefined;
}

export const exists = (path: string): Promise<boolean> =>
  stat(path).then(
    () => true,
    () => false,
  );

const errorCode = (error: unknown): string | undefined => (error as NodeJS.ErrnoException | null)?.code;

/** Put `temp` at `path` unless something is there: a hard link fails rather than overwrite. */
async function placeExclusive(temp: string, path: string): Promise<void> {
  try {
    await link(temp, path);
  } catch (error) {
    if (errorCode(error) === 'EEXIST') throw error;
    await copyFile(temp, path, constants.COPYFILE_EXCL);
  }
}

export class FileExists extends Error {
  override readonly name = 'FileExists';
}

/**
 * Write `bytes` to `path` through a hidden temporary file in the same folder (synced, then renamed
 * or linked into place). Without `replace`, an existing file is left alone and FileExists thrown.
 * Resolves with whether a file was replaced.
 */
export async function writeAtomically(path: string, bytes: Uint8Array, replace: boolean): Promise<boolean> {
  await mkdir(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    const existed = await exists(path);
    if (replace) await rename(temp, path);
    else await placeExclusive(temp, path);
    return existed;
  } catch (error) {
    if (errorCode(error) === 'EEXIST') throw new FileExists(basename(path));
    throw error;
  } finally {
    await rm(temp, { force: true });
  }
}

/** Move a file into `dir` under a time-stamped name (copy and delete across file systems). */
export async function moveAside(path: string, dir: string, now: Date): Promise<string> {
  await mkdir(dir, { recursive: true });
  const target = join(dir, `${now.toISOString().replace(/[:.]/g, '-')}-${basename(path)}`);
  try {
    await rename(path, target);
  } catch (error) {
    if (errorCode(error) !== 'EXDEV') throw error;
    await copyFile(path, target, constants.COPYFILE_EXCL);
    await unlink(path);
  }
  return target;
}
