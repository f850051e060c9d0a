/**
 * A language pack: what the index needs to know of one document language. Its stop words (never
 * indexed, never asked about) and its stems: keys that join a word's inflected forms ("hlídkách",
 * "hlídky"; "Abkommens", "Abkommen"). Each key starts with the letter of the analyser that made it,
 * so keys of two analysers never collide. One file per language beside this one; `packs.ts` lists them.
 */
export interface LanguagePack {
  /** Function words, folded (NFKD, marks stripped, lower case). */
  stopWords: readonly string[];
  /**
   * The letters the language writes beyond a–z (lower case). A word with any other letter is not
   * of this language: "sítě" is no English word, though folded it is "site".
   */
  letters: string;
  /**
   * Stem keys of one word, given as written in lower case and folded; [] when it has no forms to
   * join. `parts`: a compound's parts' keys too (a text's word, to be found by its parts), not
   * for a word that is looked up whole (a lexicon term).
   */
  stems(lower: string, folded: string, parts: boolean): string[];
  /**
   * Function words of this language that another language writes as content words ("die", "war"
   * in German): never stop words of a document, whose language may be mixed, but dropped from a
   * question told to be in this language ("Welche Nummer hat die Pressestelle?" asks of no death).
   */
  questionStopWords?: readonly string[];
}

/** Words shorter than this are not stemmed: their endings are the word. */
export const MIN_STEMMED = 3;

/** Whether a word (lower case, as written) could be of the pack's language: every letter is one it writes. */
export function writes(pack: LanguagePack, lower: string): boolean {
  for (const char of lower) if (char > 'z' && /\p{L}/u.test(char) && !pack.letters.includes(char)) return false;
  return true;
}
