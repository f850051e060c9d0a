/**
 * Watch the seeds folder (recursively) and call back once things settle: files dropped in, edited
 * or deleted on disk are picked up without a command. Hidden files (our own temp files) and
 * unsupported types are ignored.
 */
import { watch, type FSWatcher } from 'node:fs';
import { basename, extname } from 'node:path';
import { isSupportedFile } from '../corpus/load.ts';
import type { Logger } from '../logger.ts';

export interface WatchOptions {
  dir: string;
  /** Quiet time before calling back. */
  debounceMs?: number;
  onChange(files: string[]): void;
  logger: Logger;
}

export interface Closeable {
  close(): void;
}

/** A change worth a reload: a supported file, or a folder (no extension), never a hidden file. */
const isRelevant = (file: string): boolean =>
  !basename(file).startsWith('.') && (isSupportedFile(file) || extname(file) === '');

export function watchFolder({ dir, debounceMs = 500, onChange, logger }: WatchOptions): Closeable {
  const changed = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let watcher: FSWatcher;
  const fire = () => {
    const files = [...changed].sort();
    changed.clear();
    onChange(files);
  };
  try {
    watcher = watch(dir, { recursive: true, persistent: false }, (_event, file) => {
      const name = file?.toString() ?? '';
      if (!name || !isRelevant(name)) return;
      changed.add(name);
      clearTimeout(timer);
      timer = setTimeout(fire, debounceMs);
    });
  } catch (error) {
    logger.warn({ dir, err: error }, 'cannot watch the seeds folder; use /documents reload');
    return { close: () => undefined };
  }
  watcher.on('error', (error) => logger.warn({ dir, err: error }, 'seeds folder watcher failed'));
  return {
    close() {
      clearTimeout(timer);
      watcher.close();
    },
  };
}
