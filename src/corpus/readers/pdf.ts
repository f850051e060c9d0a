/**
 * PDF -> blocks from pdf.js positioned text (through unpdf). Text items are grouped into lines by
 * their baseline; lines repeated at the top or bottom of several pages (running headers, footers)
 * and page numbers are dropped; wrapped lines join into paragraphs, a hyphen at a line end joining
 * the word again. A short line set in a larger font, or an "Article 5" / "Článek 5" line, is a
 * heading.
 */
import { withPaths, type Block, type ReadResult } from '../blocks.ts';
import { FileProblem } from '../warnings.ts';
import { describeError } from '../../util/errors.ts';

interface Line {
  text: string;
  y: number;
  x: number;
  size: number;
  page: number;
}

interface TextItem {
  str: string;
  transform: number[];
  height: number;
  hasEOL?: boolean;
}

const PAGE_NUMBER = /^(?:(?:page|strana|str\.|s\.)\s*)?[-–]?\s*\d{1,4}\s*[-–]?(?:\s*(?:\/|of|z|ze)\s*\d{1,4})?$/i;
const ARTICLE = /^(?:article|art\.|článek|clanek|čl\.)\s*\d+[a-z]?\b/iu;
/** Lines this close to the top or bottom of a page may be running headers or footers. */
const EDGE_LINES = 2;

function linesOf(items: readonly TextItem[], page: number): Line[] {
  const lines: Line[] = [];
  for (const item of items) {
    if (!item.str) continue;
    const [, , , , x = 0, y = 0] = item.transform;
    const size = item.height || Math.abs(item.transform[3] ?? 0);
    const last = lines[lines.length - 1];
    if (last && Math.abs(last.y - y) <= Math.max(1, size * 0.3)) {
      last.text += (x > last.x && !/\s$/.test(last.text) && !/^\s/.test(item.str) ? ' ' : '') + item.str;
    } else {
      lines.push({ text: item.str, y, x, size, page });
    }
  }
  return lines
    .map((line) => ({ ...line, text: line.text.replace(/\s+/g, ' ').trim() }))
    .filter((line) => line.text !== '');
}

/** A line's shape across pages: digits blurred, so "Page 3 of 9" and "Page 4 of 9" are one. */
const shape = (text: string): string => text.toLowerCase().replace(/\d+/g, '#');

function dropRunning(pages: Line[][]): Line[][] {
  const counts = new Map<string, number>();
  for (const lines of pages) {
    const edges = new Set([...lines.slice(0, EDGE_LINES), ...lines.slice(-EDGE_LINES)].map((line) => shape(line.text)));
    for (const key of edges) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const repeated = (line: Line) =>
    pages.length >= 2 && (counts.get(shape(line.text)) ?? 0) >= Math.max(2, Math.ceil(pages.length / 2));
  return pages.map((lines) =>
    lines.filter((line, i) => {
      const atEdge = i < EDGE_LINES || i >= lines.length - EDGE_LINES;
      return !(atEdge && (repeated(line) || PAGE_NUMBER.test(line.text)));
    }),
  );
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** The body text's size: the one most characters are set in. */
function mostCharacters(lines: readonly Line[]): number {
  const chars = new Map<number, number>();
  for (const line of lines)
    chars.set(Math.round(line.size), (chars.get(Math.round(line.size)) ?? 0) + line.text.length);
  return [...chars.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
}

function toBlocks(pages: Line[][]): Block[] {
  const all = pages.flat();
  const bodySize = mostCharacters(all);
  const gaps = pages
    .flatMap((lines) => lines.slice(1).map((line, i) => Math.abs(lines[i]!.y - line.y)))
    .filter((gap) => gap > 0);
  const lineGap = median(gaps) || bodySize * 1.2;
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let paragraphPage = 1;
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ type: 'paragraph', text: paragraph.join(' '), page: paragraphPage });
    paragraph = [];
  };
  const append = (text: string, page: number) => {
    if (paragraph.length === 0) paragraphPage = page;
    const last = paragraph[paragraph.length - 1];
    // "co-" + "operation" stays hyphenated only when the next part starts with a capital or digit.
    if (last && /\p{L}-$/u.test(last) && /^\p{Ll}/u.test(text))
      paragraph[paragraph.length - 1] = last.slice(0, -1) + text;
    else paragraph.push(text);
  };
  let previous: Line | undefined;
  for (const line of all) {
    const isHeading =
      (line.size > bodySize * 1.15 && line.text.length <= 120) || (ARTICLE.test(line.text) && line.text.length <= 100);
    const gap = previous && previous.page === line.page ? Math.abs(previous.y - line.y) : lineGap;
    if (isHeading) {
      flush();
      const last = blocks[blocks.length - 1];
      // A heading set on two lines ("Article 5" / "Joint patrols") is one heading.
      if (
        last?.type === 'heading' &&
        previous?.size === line.size &&
        gap <= line.size * 1.8 &&
        !ARTICLE.test(line.text)
      )
        last.text += ` ${line.text}`;
      else
        blocks.push({
          type: 'heading',
          level: ARTICLE.test(line.text) && line.size <= bodySize * 1.15 ? 2 : 1,
          text: line.text,
          page: line.page,
        });
    } else {
      const last = blocks[blocks.length - 1];
      // The line right under an "Article 5" heading, short and without a full stop, is its title.
      if (
        paragraph.length === 0 &&
        last?.type === 'heading' &&
        ARTICLE.test(last.text) &&
        last.text.length < 16 &&
        line.text.length <= 80 &&
        !/[.;:]$/.test(line.text) &&
        /^\p{Lu}/u.test(line.text) &&
        gap <= lineGap * 1.6
      ) {
        last.text += ` ${line.text}`;
      } else {
        const sizeChanged = previous !== undefined && Math.abs(previous.size - line.size) > 1;
        if (
          gap > lineGap * 1.4 ||
          sizeChanged ||
          (previous && /[.:;]$/.test(previous.text) && line.x > previous.x + bodySize)
        )
          flush();
        append(line.text, line.page);
      }
    }
    previous = line;
  }
  flush();
  return blocks;
}

export async function readPdf(bytes: Uint8Array): Promise<ReadResult> {
  const { getDocumentProxy } = await import('unpdf');
  const pages: Line[][] = [];
  try {
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      pages.push(linesOf(content.items as TextItem[], number));
    }
  } catch (error) {
    throw new FileProblem({ code: 'broken-pdf', detail: describeError(error) });
  }
  return { blocks: withPaths(toBlocks(dropRunning(pages))), meta: {} };
}
