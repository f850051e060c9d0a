/**
 * Term processing shared by indexing, querying and snippets, so that all three agree:
 * NFKD, marks stripped, lowercase ("Müller", "muller" and "MÜLLER" are one term).
 */
import { fold } from '../corpus/clean.ts';

/** Words too common to rank by, in the corpus's two languages. */
const STOP_WORDS = new Set(
  ('a an and are as at be by for from has have in is it its of on or that the their this to was were ' +
    'which with will also been into not but they he she we our a i k o s u v z ve ze na se je do za po pro jak ' +
    'ktery ktera ktere jsou byl byla bylo nebo ale tak')
    .split(' '),
);

/** A word as the index stores it, or null for a stop word. */
export function processTerm(term: string): string | null {
  const folded = fold(term);
  return folded.length === 0 || STOP_WORDS.has(folded) ? null : folded;
}

/** Split text into words: letters and digits, keeping e-mail addresses and inner hyphens apart. */
export function tokenize(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The processed terms of a text, in order, stop words left out. */
export function termsOf(text: string): string[] {
  return tokenize(text)
    .map(processTerm)
    .filter((term): term is string => term !== null);
}
