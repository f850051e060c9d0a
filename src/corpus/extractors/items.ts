/**
 * Dated items of a bulletin or newsletter: a heading (or a list item, or a paragraph) that opens
 * with or carries a date starts an item; the blocks under it are its text. Two or more make the
 * document a collection of developments, each with its own date and country.
 */
import { type Block, walkBlocks } from '../blocks.ts';
import { splitSentences } from '../agreements/sentences.ts';
import { countriesMentioned } from '../countries.ts';
import { datesIn } from '../dates.ts';
import type { DocumentItem } from '../types.ts';
import type { Extractor } from './types.ts';

const MAX_SUMMARY = 320;

/** The date a text opens with (within its first words), and the text after it. */
function leadingDate(text: string): { date: string; rest: string } | undefined {
  const [first] = datesIn(text.slice(0, 60));
  // Only a weekday may stand before it ("Monday, 12 March 2026"); "On 12 March ..." is prose.
  if (!first || !/^(?:\p{L}{4,},?\s+)?$/u.test(text.slice(0, first.index))) return undefined;
  return { date: first.date, rest: text.slice(first.end).replace(/^[\s,.:;|–—-]+/u, '') };
}

/** The first one or two sentences, at most about `max` characters ("Dne 27. března" and "Col. Novák" go on). */
export function summaryOf(text: string, max = MAX_SUMMARY): string {
  const sentences = splitSentences(text);
  let summary = sentences[0]?.trim() ?? text;
  const second = sentences[1]?.trim();
  if (second && summary.length + second.length + 1 <= max) summary = `${summary} ${second}`;
  return summary.length <= max ? summary : `${summary.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

function item(date: string, title: string, body: string): DocumentItem {
  const countries = countriesMentioned(`${title} ${body}`);
  return {
    date,
    title,
    summary: summaryOf(body || title),
    ...(countries[0] ? { country: countries[0] } : {}),
    countries,
  };
}

const textOf = (block: Block): string =>
  block.type === 'paragraph' || block.type === 'heading'
    ? block.text.replace(/\n/g, ' ')
    : block.type === 'list'
      ? block.items.join(' ')
      : '';

function itemsUnderHeadings(blocks: readonly Block[]): DocumentItem[] {
  const found: DocumentItem[] = [];
  let open: { date?: string; title: string; level: number; body: string[] } | undefined;
  const close = () => {
    if (open?.date) found.push(item(open.date, open.title, open.body.join(' ')));
    open = undefined;
  };
  for (const { block } of walkBlocks(blocks)) {
    if (block.type === 'heading') {
      const dated = leadingDate(block.text);
      const date = dated?.date ?? datesIn(block.text)[0]?.date;
      // An undated sub-heading inside a dated item is part of it; any other heading starts anew.
      if (!date && open?.date && block.level > open.level) {
        open.body.push(block.text);
        continue;
      }
      close();
      open = { date, title: dated?.rest || block.text, level: block.level, body: [] };
      continue;
    }
    if (!open) continue;
    const text = textOf(block);
    // A dateline right under the heading ("12 March 2026") dates the item.
    const dated = !open.date && open.body.length === 0 ? leadingDate(text) : undefined;
    if (dated) {
      open.date = dated.date;
      if (dated.rest) open.body.push(dated.rest);
    } else if (text) open.body.push(text);
  }
  close();
  return found;
}

function itemsInLines(blocks: readonly Block[]): DocumentItem[] {
  const found: DocumentItem[] = [];
  for (const { block } of walkBlocks(blocks)) {
    const entries =
      block.type === 'list' ? block.items : block.type === 'paragraph' ? [block.text.replace(/\n/g, ' ')] : [];
    for (const entry of entries) {
      const dated = leadingDate(entry);
      if (dated && dated.rest.split(' ').length >= 4) found.push(item(dated.date, summaryOf(dated.rest), dated.rest));
    }
  }
  return found;
}

export const items: Extractor = {
  name: 'items',
  extract({ blocks }, facts) {
    if (facts.fields?.values.type || facts.fields?.values.themes) return { items: [] };
    const headed = itemsUnderHeadings(blocks);
    const found = headed.length >= 2 ? headed : itemsInLines(blocks);
    return { items: found.length >= 2 ? found : [] };
  },
};
