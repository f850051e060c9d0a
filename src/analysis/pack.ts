/**
 * A language pack: what the index needs to know of one document language. Its stop words (never
 * indexed, never asked about) and its stems: keys that join a word's inflected forms ("hlídkách",
 * "hlídky"; "Abkommens", "Abkommen"). Each key starts with the letter of the analyser that made it,
 * so keys of two analysers never collide. One file per language beside this one; `packs.ts` lists them.
 */
export interface LanguagePack {
  /** Function words, folded (NFKD, marks stripped, lower case). */
  stopWords: readonly string[];
  /** Stem keys of one word, given as written in lower case and folded; [] when it has no forms to join. */
  stems(lower: string, folded: string): string[];
}

/** Words shorter than this are not stemmed: their endings are the word. */
export const MIN_STEMMED = 3;
