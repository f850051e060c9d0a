/** The one interface every extractor implements: blocks (and what came before) in, facts out. */
import type { Block, ReadMeta } from '../blocks.ts';
import type { Document } from '../types.ts';
import type { FieldBlock } from '../fields.ts';

/** What every extractor reads: the tree without chrome, and the same as cleaned lines. */
export interface ExtractInput {
  file: string;
  blocks: readonly Block[];
  meta: ReadMeta;
  /** Cleaned lines of every block (headings as '#' lines, pairs as "Key: value"), the shape line rules read. */
  lines: readonly string[];
  /** Lines before this index are the site's header (chrome ahead of the first sentence). */
  headerEnd: number;
}

/** Facts found so far; each extractor adds its own and may read those of the extractors before it. */
export type Facts = Partial<Omit<Document, 'id' | 'file'>> & {
  /** Labelled fields read from the text and front matter. */
  fields?: FieldBlock;
  /** Title, body and sources as one text, for extractors that read prose. */
  fullText?: string;
};

export interface Extractor {
  name: string;
  extract(input: ExtractInput, facts: Facts): Facts;
}
