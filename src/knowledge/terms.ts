/**
 * Term processing shared by indexing, querying and snippets, so that all three agree:
 * NFKD, marks stripped, lowercase ("Müller", "muller" and "MÜLLER" are one term); stop words of
 * every document language left out; stems of each language (languages/) join a word's inflected forms.
 */
import { fold } from '../corpus/clean.ts';
import { LANGUAGES, type Language } from '../corpus/language.ts';
import { englishStem } from '../analysis/en.ts';
import { STOP_WORDS, stemKeysIn } from '../analysis/packs.ts';
import { placeNameForms } from '../analysis/slavic.ts';

/** A word as the index stores it, or null for a stop word. */
export function processTerm(term: string): string | null {
  const folded = fold(term);
  return folded.length === 0 || STOP_WORDS.has(folded) ? null : folded;
}

/** Numbers and years match only as written: never by prefix, never fuzzily. */
export const isNumeric = (term: string): boolean => /\d/.test(term);

/** A capital letter and a number written apart: a road or a route ("A 17", "D 1"). */
const SPACED_DESIGNATION = /(?<![\p{L}\p{N}])\p{Lu} \d/u;

/**
 * Split text into words: letters and digits, keeping e-mail addresses and inner hyphens apart. A
 * road written "A 17" is also the one word "A17", as a question writes it.
 */
export function tokenize(text: string): string[] {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (!SPACED_DESIGNATION.test(text)) return words;
  return words.flatMap((word, i) =>
    i > 0 && /^\d{1,4}$/.test(word) && /^\p{Lu}$/u.test(words[i - 1]!) ? [word, `${words[i - 1]}${word}`] : [word],
  );
}

/** The processed terms of a text, in order, stop words left out. */
export function termsOf(text: string): string[] {
  return tokenize(text)
    .map(processTerm)
    .filter((term): term is string => term !== null);
}

/**
 * The English stem of a word when it is much shorter than the word: a derivation ("ratification"
 * -> "ratif", "smuggling" -> "smuggl") whose other forms Snowball stems differently ("ratified" ->
 * "ratifi"), so words starting with it count as forms of the word.
 */
export function derivationStem(word: string): string | undefined {
  const folded = fold(word);
  if (isNumeric(folded)) return undefined;
  const stem = englishStem(folded);
  return stem.length >= 5 && folded.length - stem.length >= 3 ? stem : undefined;
}

/** Keys of English stems start with this letter (see languages/en.ts). */
export const ENGLISH_KEY = 'e';

/**
 * The stems a word as written may share with its other forms, in the given languages (every
 * language for a question, whose language is a guess). `parts`: a German compound's parts' stems
 * too, for a text's word to be found by its parts; not for a question word's own forms
 * ("Waldmünchen" is not a form of "Wald" or "München").
 */
export function stemKeys(
  word: string,
  languages: readonly Language[] = LANGUAGES,
  { parts = true }: { parts?: boolean } = {},
): string[] {
  if (isNumeric(word)) return [];
  const lower = word.toLowerCase();
  return stemKeysIn(lower, fold(lower), languages, { name: /^\p{Lu}\p{Ll}/u.test(word), parts });
}

/**
 * Whether index terms hold a word in any case ending ("Strážný", "Strážném"), a place typed in
 * another case ("v Petroviciach") by the nominatives it may stand for: each form by all but its
 * last two letters, at least four.
 */
export function holdsInAnyEnding(terms: readonly string[], word: string): boolean {
  const folded = fold(word);
  const stems = [folded, ...placeNameForms(folded)].map((form) => form.slice(0, Math.max(4, form.length - 2)));
  return terms.some((term) => stems.some((stem) => term.startsWith(stem)));
}
