/**
 * The document's own title: front matter `title`, else its first top-level heading (an <h1>, a
 * treaty's own heading, a '#' line), else the page's <title> without the site's name, else the
 * first heading-like line after the site header. Never a breadcrumb or a banner: chrome is gone
 * from the tree before this runs.
 */
import { fold, isSentence } from '../clean.ts';
import { labelOf } from '../fields.ts';
import type { Block } from '../blocks.ts';
import type { Extractor } from './types.ts';

const HEADING = /^#{1,6}\s+(.*)$/;
const MAX_TITLE = 200;
const LIST_ITEM = /^(?:[-•·*]|\d{1,2}[.)])\s+/u;

export const isHeadingShapedLine = (line: string): boolean =>
  HEADING.test(line) || (!/[.,;:]$/.test(line) && line.length <= 200 && !LIST_ITEM.test(line) && !isSentence(line));

/** "Title: ...", "Název: ...": a plain-text export that labels its title. */
const TITLE_LABEL = /^(?:title|n[áa]zev|titulek)\s*:\s*/iu;

function fromLines(lines: readonly string[], headerEnd: number, fileName: string): string {
  const body = lines.slice(headerEnd);
  const labelled = body.find((line) => line !== '');
  if (labelled && TITLE_LABEL.test(labelled) && labelled.replace(TITLE_LABEL, '') !== '')
    return labelled.replace(TITLE_LABEL, '');
  const marked = body.find((line) => HEADING.test(line));
  if (marked && body.indexOf(marked) < 5) return marked.replace(HEADING, '$1');
  const candidate = body.find(
    (line) => line !== '' && isHeadingShapedLine(line) && !labelOf(line) && line.split(' ').length >= 3,
  );
  return candidate ?? body.find((line) => line !== '') ?? fileName;
}

/** An e-mail's subject without its "Re:"/"Fwd:" prefixes. */
function emailSubject(blocks: readonly Block[]): string | undefined {
  const header = blocks.find((block) => block.type === 'pairs' && block.role === 'email-header');
  const subject =
    header?.type === 'pairs'
      ? header.pairs.find((pair) => /^(?:subject|předmět|predmet)$/i.test(pair.key))?.value
      : undefined;
  return subject?.replace(/^(?:\s*(?:re|fwd?|aw|wg|odp|fw|př|pr)\s*:\s*)+/iu, '').trim() || undefined;
}

export const title: Extractor = {
  name: 'title',
  extract({ blocks, meta, lines, headerEnd, file }) {
    const subject = meta.email ? emailSubject(blocks) : undefined;
    if (subject) return { title: subject };
    const topLevel = blocks.slice(0, 12).find((block) => block.type === 'heading' && block.level === 1);
    const heading = topLevel?.type === 'heading' && topLevel.text.split(' ').length >= 2 ? topLevel.text : undefined;
    const chosen = (meta.fields?.title ?? heading ?? meta.title ?? fromLines(lines, headerEnd, file))
      .replace(/\s+/g, ' ')
      .trim();
    // A title is a line, not a page: a document that is one long line keeps it as its body.
    return { title: chosen.length <= MAX_TITLE ? chosen : `${chosen.slice(0, MAX_TITLE - 1).replace(/\s+\S*$/, '')}…` };
  },
};

/**
 * Whether a line is the title again (as a heading or plain), so the body can leave it out: the
 * title folded once for every line of the document.
 */
export const isTitleLineOf = (titleText: string): ((line: string) => boolean) => {
  const title = fold(titleText);
  return (line) => fold(line.replace(HEADING, '$1').replace(TITLE_LABEL, '')) === title;
};
