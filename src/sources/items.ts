/**
 * A source's item -> a document file under DATA_DIR/sources. The item's own page is read by the
 * same readers as files on disk (readFormat), then written as Markdown with the labelled fields
 * the corpus already understands (date of publication, country, thematic areas, source), so the
 * loader reads it like any seed: a dated news item or development, cited with its URL.
 */
import { createHash } from 'node:crypto';
import { format } from 'date-fns';
import { fold } from '../corpus/clean.ts';
import { linesInWorker, parseInWorker } from '../corpus/parse-pool.ts';
import type { Document } from '../corpus/types.ts';
import { decodeText } from './feed.ts';

import { SOURCES_FOLDER } from '../config.ts';

export interface ItemContent {
  key: string;
  title: string;
  link?: string;
  /** ISO instant. */
  published: string;
  categories: readonly string[];
  /** The text of the item's page, as the readers extracted it. */
  text: string;
}

export interface ItemFile {
  /** Relative to DATA_DIR (and the document's `file`): sources/<source>/<day>-<title>-<hash>.md */
  file: string;
  bytes: Uint8Array;
  document: Document;
}

/** Lowercase ASCII words joined by '-', at most `max` characters. */
export const slug = (text: string, max = 48): string =>
  fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '') || 'item';

const EXTENSIONS: ReadonlyArray<[RegExp, string]> = [
  [/pdf/i, '.pdf'],
  [/html|xml/i, '.html'],
  [/text\/plain/i, '.txt'],
  [/markdown/i, '.md'],
];

/** A fetched page's main text, by the reader for its content type; throws when none reads it. */
export async function pageText(bytes: Uint8Array, contentType: string): Promise<string> {
  const extension = EXTENSIONS.find(([type]) => type.test(contentType))?.[1];
  if (!extension) throw new Error(`not a page the bot can read (${contentType.split(';')[0] || 'no content type'})`);
  const utf8 = extension === '.pdf' ? bytes : new TextEncoder().encode(decodeText(bytes, contentType));
  return (await linesInWorker(`page${extension}`, utf8)).join('\n');
}

/** The content that counts as a page's change: its text, whitespace folded. */
export const contentHash = (text: string): string =>
  createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex');

/** "1 December, 2026": the form the corpus's source lines use. */
const longDate = (iso: string): string => format(new Date(iso), 'd MMMM, yyyy');

/**
 * The document: the title, the page's text (less a heading repeating the title), and the fields. The
 * development type "News" makes every item a dated development, whatever its text looks like.
 */
function itemMarkdown(item: ItemContent, source: { name: string; country?: string }): string {
  const title = item.title.replace(/\s+/g, ' ').trim();
  const body = item.text
    .trim()
    .replace(/^#\s+(.*)\n*/, (line, heading: string) => (heading.trim() === title ? '' : line));
  return [
    `# ${title}`,
    body,
    '### Source(s)',
    `- ${source.name} (${longDate(item.published)}), ${title.replace(/,/g, ' ')}${item.link ? `, <${item.link}>` : ''}`,
    '### Date of publication',
    item.published.slice(0, 10),
    '### Development type',
    'News',
    ...(source.country ? ['### Country', source.country] : []),
    ...(item.categories.length > 0 ? ['### Thematic area(s)', item.categories.join(', ')] : []),
  ].join('\n\n');
}

/** The file an item becomes, parsed exactly as the loader will parse it (throws when unusable). */
export async function itemFile(item: ItemContent, source: { name: string; country?: string }): Promise<ItemFile> {
  const hash = createHash('sha256').update(item.key).digest('hex').slice(0, 8);
  const file = `${SOURCES_FOLDER}/${slug(source.name, 40)}/${item.published.slice(0, 10)}-${slug(item.title)}-${hash}.md`;
  const bytes = new TextEncoder().encode(`${itemMarkdown(item, source)}\n`);
  return { file, bytes, document: await parseInWorker(file, bytes) };
}
