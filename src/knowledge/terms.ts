/**
 * Term processing shared by indexing, querying and snippets, so that all three agree:
 * NFKD, marks stripped, lowercase ("Müller", "muller" and "MÜLLER" are one term); stop words of
 * English and Czech left out; Snowball stems of both languages to join a word's inflected forms.
 */
import snowball from 'snowball-stemmers';
import { fold } from '../corpus/clean.ts';

/**
 * Words too common to rank by, in the corpus's two languages: function words, question words and
 * the verbs questions are built with. Domain words ("strana", "článek", "police") are kept.
 */
const STOP_WORDS = new Set(
  // English
  (
    'a an and are as at be been being by for from has have had in is it its of on or that the their them this ' +
    'these those to was were which with will would also into not but they he she we our i you your me my us his her ' +
    'who whom whose what when where why how much many did do does done can could should shall may might must get got ' +
    'there here than then so such any some all each other about over under after before up down out off very just ' +
    'still again yet if is are am being towards toward per via whether while far quickly often' +
    // Czech (folded)
    ' a i k o s u v z ve ze na se si je jsou byl byla bylo byli byly do za po pro jak ktery ktera ktere kteri kterou ' +
    'kterem kterym nebo ale tak to ten ta ty ti tu tom tim tento tato toto jeho jeji jejich kdo koho komu kym kdy kde ' +
    'kam odkud proc co ceho cemu cim kolik jaky jaka jake jakou jakym uz jiz jeste take tez by bych bude budou ' +
    'bylo mel mela mit ma maji muze muzou musi od ze az pri pred pod nad mezi bez dle podle jen pouze ' +
    // "Jaké je číslo na ...": the number asked for, not a word to find
    'cislo cisla cisle cislu cislem'
  ).split(/\s+/),
);

const english = snowball.newStemmer('english');
const czech = snowball.newStemmer('czech');

/** A word as the index stores it, or null for a stop word. */
export function processTerm(term: string): string | null {
  const folded = fold(term);
  return folded.length === 0 || STOP_WORDS.has(folded) ? null : folded;
}

/** Numbers and years match only as written: never by prefix, never fuzzily. */
export const isNumeric = (term: string): boolean => /\d/.test(term);

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

/**
 * The English stem of a word when it is much shorter than the word: a derivation ("ratification"
 * -> "ratif", "smuggling" -> "smuggl") whose other forms Snowball stems differently ("ratified" ->
 * "ratifi"), so words starting with it count as forms of the word.
 */
export function derivationStem(word: string): string | undefined {
  const folded = fold(word);
  if (isNumeric(folded)) return undefined;
  const stem = english.stem(folded);
  return stem.length >= 5 && folded.length - stem.length >= 3 ? stem : undefined;
}

/** Keys of English stems and of Czech stems: one letter apart, so the two never collide. */
export const ENGLISH_KEY = 'e';
const CZECH_KEY = 'c';

/**
 * The stems a word as written may share with its other forms, in the given languages (both for a
 * question, whose language is not known): English on the folded word; Czech on the word with its
 * diacritics (Snowball's Czech rules read them) and on the folded word, so that "hlídkách",
 * "hlídky" and "hlidky" meet.
 */
export function stemKeys(word: string, languages: ReadonlyArray<'en' | 'cs'> = ['en', 'cs']): string[] {
  if (isNumeric(word)) return [];
  const lower = word.toLowerCase();
  const folded = fold(lower);
  if (folded.length < 3) return [];
  const keys: string[] = [];
  if (languages.includes('en')) keys.push(`${ENGLISH_KEY}${english.stem(folded)}`);
  if (languages.includes('cs')) {
    keys.push(`${CZECH_KEY}${fold(czech.stem(lower))}`);
    if (folded !== lower) keys.push(`${CZECH_KEY}${czech.stem(folded)}`);
  }
  return keys;
}
