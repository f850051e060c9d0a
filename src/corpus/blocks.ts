/**
 * The document model every reader produces: a list of blocks in reading order, each knowing the
 * headings above it (its path) and, for PDFs, its page. Nesting that matters is kept inside a
 * block (a table's rows, a quote's blocks); everything else is flat, which is all the extractors
 * and the passages need. Plain data, JSON-serialisable.
 */

export interface Link {
  text: string;
  href: string;
}

interface BlockBase {
  /** Texts of the headings above this block, outermost first. */
  path?: string[];
  /** 1-based page, PDFs only. */
  page?: number;
  /** tel:, mailto: and web links inside the block, as written. */
  links?: Link[];
}

export type Block =
  | (BlockBase & { type: 'heading'; level: number; text: string })
  /** Lines of one paragraph ('\n' where the source broke the line on purpose). `address` for <address>. */
  | (BlockBase & { type: 'paragraph'; text: string; role?: 'address' })
  | (BlockBase & { type: 'list'; ordered: boolean; items: string[] })
  | (BlockBase & { type: 'table'; header: string[]; rows: string[][] })
  /** Key/value pairs: <dl>, two-column tables, e-mail headers (`role: 'email-header'`, never contacts). */
  | (BlockBase & { type: 'pairs'; pairs: Array<{ key: string; value: string }>; role?: 'email-header' })
  | (BlockBase & { type: 'quote'; blocks: Block[] });

type BlockType = Block['type'];

/** What a reader learnt about the document besides its blocks. */
export interface ReadMeta {
  /** The page's own title (<title> without the site's suffix, front matter `title`). */
  title?: string;
  /** The document's own date as the source states it (front matter, <time datetime>, article meta). */
  date?: string;
  /** Front-matter fields, lowercase keys. */
  fields?: Record<string, string>;
  /** The file is an e-mail (headers found at the top). */
  email?: boolean;
}

export interface ReadResult {
  blocks: Block[];
  meta: ReadMeta;
}

/** A block's text as lines, the shape the line-based extractors read ("Key: value", "- item", "a | b"). */
function blockLines(block: Block): string[] {
  switch (block.type) {
    case 'heading':
      return [`${'#'.repeat(Math.min(6, Math.max(1, block.level)))} ${block.text}`];
    case 'paragraph':
      return block.text.split('\n');
    case 'list':
      return block.items.map((item) => (block.ordered ? item : `- ${item}`));
    case 'table':
      return [block.header, ...block.rows].filter((row) => row.length > 0).map((row) => row.join(' | '));
    case 'pairs':
      return block.pairs.map(({ key, value }) => (key ? `${key}: ${value}` : value));
    case 'quote':
      return block.blocks.flatMap((inner) => [...blockLines(inner), '']);
  }
}

/** Every block as lines, a blank line between blocks. */
export function blocksToLines(blocks: readonly Block[]): string[] {
  return blocks.flatMap((block) => [...blockLines(block), '']);
}

/** The plain text of a block (cells and pairs joined), for matching. */
export const blockText = (block: Block): string => blockLines(block).join('\n');

/** Blocks in reading order with quotes opened: a quoted part's blocks follow the quote's place. */
export function* walkBlocks(blocks: readonly Block[], quoted = false): Generator<{ block: Block; quoted: boolean }> {
  for (const block of blocks) {
    if (block.type === 'quote') yield* walkBlocks(block.blocks, true);
    else yield { block, quoted };
  }
}

/** A sentence broken off mid-way: six words at least, and no end of a sentence, a label or a salutation ("Sehr geehrte …,"). */
const BROKEN_OFF = /(?:\S+\s+){5,}[^\s.,!?:;…"”)]+$/u;

/**
 * Paragraphs that are one sentence set out over several (a gazette notice centring its date: "…
 * nach seinem Artikel 16 Absatz 1" / "am 1. Oktober 2025" / "in Kraft getreten ist."), joined: a
 * paragraph that breaks off mid-sentence goes on in the next when that one starts in lower case.
 */
export function joinBrokenSentences(blocks: readonly Block[]): Block[] {
  const joined: Block[] = [];
  for (const block of blocks) {
    const last = joined.at(-1);
    if (
      last?.type === 'paragraph' &&
      block.type === 'paragraph' &&
      !last.role &&
      !block.role &&
      last.page === block.page &&
      /^\p{Ll}/u.test(block.text) &&
      BROKEN_OFF.test(last.text.split('\n').at(-1)!)
    )
      joined[joined.length - 1] = {
        ...last,
        text: `${last.text} ${block.text}`,
        ...(block.links ? { links: [...(last.links ?? []), ...block.links] } : {}),
      };
    else joined.push(block);
  }
  return joined;
}

/** Give every block the path of headings above it (readers emit flat lists in order). */
export function withPaths(blocks: Block[]): Block[] {
  const stack: Array<{ level: number; text: string }> = [];
  for (const block of blocks) {
    if (block.type === 'heading') {
      while (stack.length > 0 && stack[stack.length - 1]!.level >= block.level) stack.pop();
      if (stack.length > 0) block.path = stack.map((h) => h.text);
      stack.push({ level: block.level, text: block.text });
    } else if (stack.length > 0) {
      block.path = stack.map((h) => h.text);
    }
  }
  return blocks;
}

/** One unit a search can quote: a paragraph, a list, one table row, a group of pairs, with the headings above it. */
export interface BlockPassage {
  /** Headings above, outermost first. */
  path: string[];
  text: string;
  kind: Exclude<BlockType, 'heading' | 'quote'>;
  page?: number;
}

/**
 * The units of a block tree for ranking and quoting: a table row reads "Header: cell; ..." so a
 * row stands on its own, a card (pairs under a heading) is one unit, quoted parts are opened.
 */
export function blockPassages(blocks: readonly Block[]): BlockPassage[] {
  const units: BlockPassage[] = [];
  for (const { block } of walkBlocks(blocks)) {
    const base = { path: block.path ?? [], ...(block.page ? { page: block.page } : {}) };
    if (block.type === 'table') {
      for (const row of block.rows) {
        const cells = row
          .map((cell, i) => (block.header[i] ? `${block.header[i]}: ${cell}` : cell))
          .filter((cell) => cell.trim());
        if (cells.length > 0) units.push({ ...base, kind: 'table', text: cells.join('; ') });
      }
    } else if (block.type !== 'heading' && block.type !== 'quote') {
      units.push({ ...base, kind: block.type, text: blockLines(block).join('\n') });
    }
  }
  return units;
}
