/** A search query as typed: free words plus "quoted phrases" that must appear word for word. */
import { termsOf } from './terms.ts';

export interface ParsedQuery {
  /** Every processed term, phrases' terms included, for MiniSearch. */
  terms: string[];
  /** Each phrase as its processed terms, to check adjacency in a passage. */
  phrases: string[][];
}

export function parseQuery(query: string): ParsedQuery {
  const phrases: string[][] = [];
  const rest = query.replace(/["“„”]([^"“„”]+)["“„”]/g, (_, phrase: string) => {
    const terms = termsOf(phrase);
    if (terms.length > 0) phrases.push(terms);
    return ' ';
  });
  return { terms: [...phrases.flat(), ...termsOf(rest)], phrases };
}

/** True when `terms` holds `phrase` as a contiguous run. */
export function containsPhrase(terms: readonly string[], phrase: readonly string[]): boolean {
  outer: for (let i = 0; i + phrase.length <= terms.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (terms[i + j] !== phrase[j]) continue outer;
    return true;
  }
  return false;
}
