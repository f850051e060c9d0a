/**
 * Blocks -> Document: chrome removed from the tree, the tree rendered once as cleaned lines for
 * the line rules, then every extractor in turn (./extractors). Generic heuristics over the shapes
 * of news items, database entries, contact pages, treaties, bulletins and e-mails; never a rule
 * for one file.
 */
import { createHash } from 'node:crypto';
import { blockPassages, blocksToLines, joinBrokenSentences, type Block, type ReadResult } from './blocks.ts';
import { removeChrome } from './chrome.ts';
import { cleanLines, fold } from './clean.ts';
import { extractFacts } from './extractors/index.ts';
import { splitFieldValues } from './fields.ts';
import { readText } from './readers/text.ts';
import type { Document, DocumentRecord } from './types.ts';

export { sectionsText } from './sections.ts';

/** A stable id from the file name: citations survive re-indexing and reordering. */
export function documentId(file: string): string {
  const id = fold(file.replace(/\.[^./]+$/, ''))
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  // A name with no Latin letters or digits (Cyrillic, Greek ...) still needs an id of its own.
  return id || `doc-${createHash('sha256').update(file).digest('hex').slice(0, 12)}`;
}

/** The facts of a document read by any reader; `check` runs between stages (the time budget). */
export function buildDocument(file: string, read: ReadResult, check?: (stage: string) => void): Document {
  const blocks = joinBrokenSentences(removeChrome(read.blocks));
  const { lines, headerEnd } = cleanLines(blocksToLines(blocks).join('\n'));
  check?.('chrome');
  const facts = extractFacts({ file, blocks, meta: read.meta, lines, headerEnd }, check);
  return {
    id: documentId(file),
    file,
    title: facts.title ?? file,
    kind: facts.kind ?? 'policy',
    language: facts.language ?? 'en',
    date: facts.date,
    dates: facts.dates ?? [],
    country: facts.country,
    countries: facts.countries ?? [],
    themes: splitFieldValues(facts.fields?.values.themes ?? []),
    developmentType: facts.fields?.values.type?.[0]?.replace(/\s*<[^>]*>/g, ''),
    sources: facts.sources ?? [],
    sections: facts.sections ?? [],
    text: facts.text ?? '',
    contacts: facts.contacts ?? [],
    agreements: facts.agreements ?? [],
    ...(facts.items && facts.items.length > 0 ? { items: facts.items } : {}),
    ...recordsOf(blocks),
  };
}

/** Table rows and cards, each with the heading above it. */
function recordsOf(blocks: readonly Block[]): { records?: DocumentRecord[] } {
  const records = blockPassages(blocks)
    .filter((unit) => unit.kind === 'table' || unit.kind === 'pairs')
    .map((unit) => (unit.path.length > 0 ? { heading: unit.path.at(-1), text: unit.text } : { text: unit.text }));
  return records.length > 0 ? { records } : {};
}

/** A plain-text document (the shape of text exports): read by line heuristics, then extracted. */
export function parseDocument(file: string, raw: string): Document {
  return buildDocument(file, readText(raw));
}
