/**
 * A small MiniSearch index over any list of records (contact points, agreements), each record a
 * few weighted text fields. Terms are folded exactly as in the passage index, so "sekretariat"
 * finds "Sekretariát"; prefix and fuzzy matches count for less than exact ones.
 */
import MiniSearch from 'minisearch';
import { DEFAULT_OPTIONS } from './knowledge-base.ts';
import { processTerm, termsOf, tokenize } from './terms.ts';
import { fold } from '../corpus/clean.ts';
import { czechStem } from '../corpus/countries.ts';
import { placeNameForms } from '../analysis/slavic.ts';

export interface FieldSpec<T> {
  /** A word in this field counts this many times a word in a field of boost 1. */
  boost: number;
  text(item: T): string;
}

export interface FieldHit<T> {
  item: T;
  score: number;
  /** The indexed terms that matched (folded), to tell which part of a record matched. */
  terms: string[];
  /** The query's own terms that matched one, processed as the index processes words. */
  queryTerms: string[];
}

type FieldValues = Record<string, string> & { id: number };

export class FieldIndex<T> {
  private readonly index: MiniSearch<FieldValues>;
  private readonly boost: Record<string, number>;

  constructor(
    private readonly items: readonly T[],
    fields: Readonly<Record<string, FieldSpec<T>>>,
  ) {
    const names = Object.keys(fields);
    this.boost = Object.fromEntries(names.map((name) => [name, fields[name]?.boost ?? 1]));
    this.index = new MiniSearch<FieldValues>({ idField: 'id', fields: names, tokenize, processTerm });
    this.index.addAll(
      items.map(
        (item, id) =>
          ({ id, ...Object.fromEntries(names.map((name) => [name, fields[name]?.text(item) ?? ''])) }) as FieldValues,
      ),
    );
  }

  /**
   * Records matching at least `minShare` of the query's words (exactly, by prefix or fuzzily), best
   * first, so one loosely matching word of several does not make an answer. An empty query matches nothing.
   */
  search(query: string, minShare = 0.5): FieldHit<T>[] {
    const words = new Set(termsOf(query)).size;
    if (words === 0) return [];
    const { fuzzy, minFuzzyLength, minPrefixLength, weights } = DEFAULT_OPTIONS;
    return this.index
      .search(query, {
        boost: this.boost,
        weights,
        prefix: (term) => term.length >= minPrefixLength,
        fuzzy: (term) => (term.length > minFuzzyLength ? fuzzy : false),
      })
      .flatMap((result) => {
        const item = this.items[result.id as number];
        if (item === undefined || result.queryTerms.length < words * minShare) return [];
        return [{ item, score: result.score, terms: result.terms, queryTerms: result.queryTerms }];
      });
  }
}

/**
 * The words of a query that some record holds (exactly, by prefix or with a typo), and, for a word
 * none holds, its Czech/Slovak stem when that does ("cizinecké" -> "cizineck", matching
 * "cizinecká"); the rest are unknown. Lookups score by the words they know and never give up on
 * one they do not.
 */
export function knownWords<T>(index: FieldIndex<T>, words: readonly string[]): { known: string[]; unknown: string[] } {
  const known: string[] = [];
  const unknown: string[] = [];
  for (const word of words) {
    const stem = czechStem(fold(word));
    if (index.search(word, 0).length > 0) known.push(word);
    else if (stem.length >= 4 && stem !== fold(word) && index.search(stem, 0).length > 0) known.push(stem);
    else {
      // A place typed in another case ("v Kútech", "v Komárně"): its nominative, when a record holds it as a word.
      const place =
        fold(word).length >= 4
          ? placeNameForms(fold(word)).find((form) => index.search(form, 0).some((hit) => hit.terms.includes(form)))
          : undefined;
      if (place) known.push(place);
      else unknown.push(word);
    }
  }
  return { known, unknown };
}

/** True when a text holds one of the (folded) terms a search matched. */
export const mentionsAny = (text: string | undefined, terms: readonly string[]): boolean =>
  text !== undefined && termsOf(text).some((term) => terms.includes(term));
