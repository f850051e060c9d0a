/**
 * Lines -> sections of paragraphs: a blank line or a heading ends a paragraph; a line that ends a
 * sentence, or a list item, stands alone (text exports put one paragraph on each line); a wrapped
 * line (one that does not look like a heading, or starts in lower case) joins the one before it.
 */
import { monthOf } from './dates.ts';
import { isHeadingShapedLine } from './extractors/title.ts';
import type { Document, Section } from './types.ts';

const HEADING = /^#{1,6}\s+(.*)$/;
const LIST_ITEM = /^(?:[-•·*]|\d{1,2}[.)])\s+/u;

/** A line opening with a day and its month ("12. apríla 2001 …"): a wrapped date, not an item numbered 12. */
const startsWithDay = (line: string): boolean => {
  const day = /^\d{1,2}\.\s+(\p{L}+)/u.exec(line);
  return day !== null && monthOf(day[1]!) !== undefined;
};

/** A line that ends a sentence or a clause a heading would not end with. */
const ENDS_CLAUSE = /[.!?:;"”)]$/u;
const TABLE_ROW = / \| /;

/** A line nearly as long as a text's width, not ending a clause: broken where it was full. */
const cutAtWidth = (line: string, width: number): boolean => line.length >= 0.6 * width && !ENDS_CLAUSE.test(line);

/**
 * The width a text export was hard-wrapped at, if it was: e-mails and bulletins break a sentence
 * wherever the line is full, and a line breaking before a date or a name ("will take place on" /
 * "21 January 2027 in Mikulov") begins in upper case or a digit like a new paragraph would. A text
 * is wrapped when at least two of its long lines, ending mid-sentence, go on in lower case.
 */
function wrapWidth(lines: readonly string[]): number | undefined {
  const width = Math.max(0, ...lines.map((line) => line.length));
  if (width < 50 || width > 140) return undefined;
  let carried = 0;
  for (let i = 0; i + 1 < lines.length; i++)
    if (cutAtWidth(lines[i]!, width) && /^\p{Ll}/u.test(lines[i + 1]!)) carried++;
  return carried >= 2 ? width : undefined;
}

/** A long line with a clause after a comma ("…, že dne …", "…, which …"): prose, never a heading. */
const isClause = (line: string | undefined): boolean =>
  line !== undefined && line.split(/\s+/).length >= 10 && /\p{L},\s+\p{Ll}/u.test(line) && !LIST_ITEM.test(line);

/**
 * A long line cut off mid-sentence: it ends in a word in lower case ("… will take place on"), or
 * most of its words are ("the permanent service (24/7) of the International Police Cooperation").
 */
const isProse = (line: string | undefined): boolean => {
  if (line === undefined || LIST_ITEM.test(line)) return false;
  const words = line.split(/\s+/);
  const lower = words.filter((word) => /^\p{Ll}/u.test(word)).length;
  return words.length >= 10 && (/\p{Ll}$/u.test(line) ? lower >= 3 : words.length >= 12 && lower >= 4);
};

export function sectionsOf(lines: readonly string[]): Section[] {
  const wrappedAt = wrapWidth(lines);
  const isWrapped = (line: string) => wrappedAt !== undefined && cutAtWidth(line, wrappedAt);
  const sections: Section[] = [{ paragraphs: [] }];
  let open: string[] = [];
  const current = () => sections[sections.length - 1] as Section;
  const flush = () => {
    if (open.length > 0) current().paragraphs.push(open.join(' '));
    open = [];
  };
  for (const line of lines) {
    const heading = HEADING.exec(line)?.[1];
    if (line === '' || heading !== undefined) {
      flush();
      if (heading !== undefined) sections.push({ heading, paragraphs: [] });
      continue;
    }
    const previous = open[open.length - 1];
    // A line that starts in lower case carries on the sentence of a hard-wrapped line before it, and so does
    // any line after a clause cut off mid-sentence ("… sděluje, že dne 3. října 2025 byla v Tbilisi podepsána"),
    // after a line as long as the text's wrapping width, or within a paragraph already wrapped. A table row
    // ("Hungary | 412 | 388", "osoby zadržené | 63 | 58") is a paragraph of its own.
    const carriesOn =
      /^\p{Ll}/u.test(line) ||
      (!TABLE_ROW.test(line) &&
        previous !== undefined &&
        !TABLE_ROW.test(previous) &&
        (isWrapped(previous) || isClause(previous) || isProse(previous) || open.length >= 2));
    if (
      previous !== undefined &&
      (TABLE_ROW.test(line) ||
        TABLE_ROW.test(previous) ||
        (LIST_ITEM.test(line) && !startsWithDay(line)) ||
        /[.!?:"”]$/u.test(previous) ||
        // "(max. three per country)" closes a clause, not a sentence, when the next line goes on in lower case.
        (/\)$/u.test(previous) && !/^\p{Ll}/u.test(line)) ||
        (isHeadingShapedLine(previous) && !carriesOn))
    )
      flush();
    open.push(line);
  }
  flush();
  return sections.filter((section) => section.paragraphs.length > 0 || section.heading);
}

/** A document's clean text: its sections' headings and paragraphs, blank lines between. */
export const sectionsText = (sections: readonly Section[]): string =>
  sections.map((section) => [section.heading, ...section.paragraphs].filter(Boolean).join('\n\n')).join('\n\n');

/** The prototype of documents whose text is read from their sections when asked. */
const TEXT_FROM_SECTIONS = Object.freeze({
  get text(): string {
    return sectionsText((this as unknown as Document).sections);
  },
});

/**
 * `fields` made a document whose `text` is its sections' (`sectionsText`), read from them when
 * asked: in place (its prototype set), as every caller has an object of its own to give, just
 * parsed or received; a copy was one more object for each of 100,000 documents to collect.
 */
export function readingTextFromSections(fields: Omit<Document, 'text'>): Document {
  return Object.setPrototypeOf(fields, TEXT_FROM_SECTIONS) as Document;
}

/**
 * The document without its second copy of its words: a document's text is its sections' joined,
 * and kept as a string of its own it was a third of the memory every document took. A document
 * whose text is not its sections' (made by hand) is kept as it is. Spread or sent to another
 * thread, such a document has no `text` of its own: that side calls this again.
 */
export function withoutTextCopy(document: Document): Document {
  if (Object.getPrototypeOf(document) === TEXT_FROM_SECTIONS) return document;
  const { text, ...fields } = document;
  // No text at all: sent by a parse worker (see parse-pool.ts), maybe one started on newer code.
  return text === undefined || text === sectionsText(fields.sections) ? readingTextFromSections(fields) : document;
}
