/** A search query as typed: free words plus "quoted phrases" that must appear word for word. */
import { monthOf } from '../corpus/dates.ts';
import { detectLanguage } from '../corpus/language.ts';
import { fold } from '../corpus/clean.ts';
import { PACKS } from '../analysis/packs.ts';
import { processTerm, termsOf, tokenize } from './terms.ts';

export interface ParsedQuery {
  /** Every processed term, phrases' terms included, for MiniSearch. */
  terms: string[];
  /** The same words as typed (one per term, stop words left out): Czech stems need the diacritics. */
  words: string[];
  /**
   * Words typed with a capital inside the question: names, which no fuzzy match may stand in for.
   * An abbreviation in brackets ("Evropské centrum pro boj proti převaděčství (EMSC)") glosses the
   * words before it: no name of its own.
   */
  names: string[];
  /** Each phrase as its processed terms, to check adjacency in a passage. */
  phrases: string[][];
}

export function parseQuery(query: string): ParsedQuery {
  const phrases: string[][] = [];
  for (const [, phrase] of query.matchAll(/["“„”]([^"“„”]+)["“„”]/g)) {
    const terms = termsOf(phrase!);
    if (terms.length > 0) phrases.push(terms);
  }
  // A question's own function words, told by its language ("die" in a German question).
  const language = detectLanguage(query);
  const own = new Set(language ? PACKS[language].questionStopWords : []);
  const queryWords = tokenize(query).filter((word) => !own.has(fold(word)));
  const words = new Map<string, string>();
  for (const word of queryWords) {
    const term = processTerm(word);
    if (term !== null && !words.has(term)) words.set(term, word);
  }
  // Capitalised words inside the question, acronyms ("NAKA") and roads ("A17", "D1") included; a
  // month ("in March 2026", "im März") is a time, which a German page writes in its own language.
  const glossed = new Set([...query.matchAll(/\(([\p{Lu}\d]{2,})\)/gu)].map((match) => match[1]!));
  const names = queryWords.filter(
    (word, i) =>
      i > 0 &&
      !glossed.has(word) &&
      /^\p{Lu}(?:\p{Ll}|\p{Lu}+$|\d{1,4}$)/u.test(word) &&
      processTerm(word) !== null &&
      monthOf(word) === undefined,
  );
  return { terms: [...words.keys()], words: [...words.values()], names, phrases };
}

/** True when `terms` holds `phrase` as a contiguous run. */
export function containsPhrase(terms: readonly string[], phrase: readonly string[]): boolean {
  outer: for (let i = 0; i + phrase.length <= terms.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (terms[i + j] !== phrase[j]) continue outer;
    return true;
  }
  return false;
}
