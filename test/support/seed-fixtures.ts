/** Seeds folders for tests: a temp copy of seeds/ plus generated development entries. */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SEEDS_DIR } from './bot.ts';

export interface DevelopmentSpec {
  title: string;
  /** ISO date. */
  date: string;
  country: string;
  theme?: string;
  url?: string;
  /** Extra sentences, to make a summary long. */
  body?: string;
}

/** A development entry laid out as the EU database exports them (labelled fields at the end). */
export function developmentText(spec: DevelopmentSpec): string {
  const [year, month, day] = spec.date.split('-');
  const monthName = new Date(`${spec.date}T00:00:00Z`).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  const url =
    spec.url ??
    `https://example.org/news/${spec.date}-${encodeURIComponent(spec.title.toLowerCase().replace(/\W+/g, '-'))}`;
  return [
    spec.title,
    spec.body ??
      `On ${spec.date} the ministry of ${spec.country} announced ${spec.title.toLowerCase()}. The measure concerns police cooperation and migration.`,
    'Source(s)',
    `· Ministry of the Interior (${Number(day)} ${monthName}, ${year}), ${spec.title},${url}`,
    'Date of development',
    `${day}.${month}.${year}`,
    'Country',
    spec.country,
    'Thematic area(s)',
    spec.theme ?? 'Border procedures',
    'Development type',
    'Policy',
  ].join('\n');
}

export interface SeedsFolder {
  dir: string;
  add(file: string, text: string): void;
  remove(): void;
}

/** A temp folder with a copy of seeds/ (or empty) to add files to. */
export function seedsFolder(options: { copySeeds?: boolean } = {}): SeedsFolder {
  const dir = mkdtempSync(join(tmpdir(), 'liaison-seeds-'));
  if (options.copySeeds !== false) cpSync(SEEDS_DIR, dir, { recursive: true });
  return {
    dir,
    add: (file, text) => writeFileSync(join(dir, file), text),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export const tempDir = (prefix: string): string => mkdtempSync(join(tmpdir(), `liaison-${prefix}-`));
