/** Every document language's pack, by its code: adding a language is a file beside this one and a line here. */
import { LANGUAGES, type Language } from '../corpus/language.ts';
import { cs } from './cs.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { hu } from './hu.ts';
import { writes, type LanguagePack } from './pack.ts';
import { pl } from './pl.ts';
import { sk } from './sk.ts';

export const PACKS: Readonly<Record<Language, LanguagePack>> = { cs, sk, en, de, pl, hu };

/** Stop words of every language: a question's language is a guess, and documents mix languages. */
export const STOP_WORDS: ReadonlySet<string> = new Set(Object.values(PACKS).flatMap((pack) => pack.stopWords));

/** The shortest stem that is a key (a key is its analyser's letter and the stem). */
const MIN_KEY_STEM = 4;

/**
 * Stem keys of a word in the given languages (every language when the word's language is not
 * known), of those whose letters it is written in. A stem shorter than four letters joins
 * unrelated words ("nová" and "Čína" both stem to "n" in Czech, "treaty" and "třetina" to "tre"):
 * it is no key.
 */
export function stemKeysIn(
  lower: string,
  folded: string,
  languages: readonly Language[],
  { name = false, parts = true }: { name?: boolean; parts?: boolean } = {},
): string[] {
  const keys = new Set<string>();
  // A name is inflected by the grammar of the sentence it stands in, whatever letters it has:
  // "ve Waldmünchenu" is a Czech form of a German name.
  const writing = name ? languages : languages.filter((language) => writes(PACKS[language], lower));
  // A document's word in letters its language does not write ("Ľubomír" in a Czech page) is
  // stemmed by the languages that write it.
  const analysers = writing.length > 0 ? writing : LANGUAGES.filter((language) => writes(PACKS[language], lower));
  for (const language of analysers)
    for (const key of PACKS[language].stems(lower, folded, parts)) if (key.length > MIN_KEY_STEM) keys.add(key);
  return [...keys];
}
