/**
 * Which language a text is written in, among the languages the team's documents come in: Czech,
 * Slovak, English, German, Polish and Hungarian. Read from stop-word profiles (the short function
 * words every sentence is built with) and from letters only one of the languages writes, which is
 * what tells Czech from Slovak ("ě", "ř", "ů" against "ä", "ľ", "ô", and "který" against "ktorý").
 * Cheap (one pass over at most a few thousand characters), deterministic and without a model.
 */
import { fold } from './clean.ts';

export const LANGUAGES = ['cs', 'sk', 'en', 'de', 'pl', 'hu'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * The countries whose own language each is (ISO 3166 codes), the first the likeliest: a German page
 * naming no country dials German numbers, and a Czech one is a Czech page, while an English one is
 * nobody's in particular.
 */
export const COUNTRIES_OF_LANGUAGE: Readonly<Record<Language, readonly string[]>> = {
  cs: ['CZ'],
  sk: ['SK'],
  en: [],
  de: ['DE', 'AT'],
  pl: ['PL'],
  hu: ['HU'],
};

/**
 * Function words of each language, folded. A word two languages share ("a", "na", "je" in Czech
 * and Slovak) counts for both: only the words that differ decide between them.
 */
const PROFILES: Record<Language, ReadonlySet<string>> = {
  cs: words(
    'a se je na v ve ze z do pro ktery ktera ktere kteri jsou byl byla bylo byly jako ale nebo take tez jeho jeji ' +
      'jejich by jsme jste bude budou mezi podle pri tak uz jiz jen tento tato toto tyto co kde kdy jak neni ' +
      'muze musi mel mela jsem aby ci od po pred nez take jeste vsak tedy dne',
  ),
  sk: words(
    'a sa je na v vo zo z do pre ze ktory ktora ktore ktori su bol bola bolo boli ako ale alebo tiez jeho jej ' +
      'ich by sme ste bude budu medzi podla pri tak uz len tento tato toto tieto co kde ked ako nie je moze ' +
      'musi mal mala som aby ci od po pred nez aj este vsak teda dna ktorej ktorom ktoru',
  ),
  en: words(
    'the and of to in is are was were be been for on with as by at from that this which it its an a or not ' +
      'have has had will would shall should their they he she we our can may also into than who whom when',
  ),
  de: words(
    'der die das und ist sind war waren ein eine einer eines einem den dem des zu mit von auf fur im nicht ' +
      'sich auch als bei nach aus wird werden wurde wurden hat haben oder dass uber unter vom zum zur sowie',
  ),
  pl: words(
    'i w na z do sie jest sa byl byla bylo oraz ze nie to jak przez dla od po przy ktory ktora ktore ktorzy ' +
      'tak jego jej ich lub takze rowniez tym tej jako zostal zostala',
  ),
  hu: words(
    'a az es hogy nem is egy van volt meg mint csak de vagy ez azt ami aki kell lesz lett szerint kozott ' +
      'utan alatt soran valamint illetve',
  ),
};

/** Letters one language writes and the others here do not (as written, lower case). */
const LETTERS: Record<Language, RegExp> = {
  cs: /[ěřů]/g,
  sk: /[äľĺŕô]/g,
  en: /(?!)/g,
  de: /[ßöü]/g,
  pl: /[łąęśźżńć]/g,
  hu: /[őű]/g,
};

/** A characteristic letter counts as this many function words. */
const LETTER_WEIGHT = 2;
/** Characters read: enough for a verdict, cheap for a long document. */
const SAMPLE = 4000;

function words(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/));
}

/**
 * The languages each function word counts for, as bits (1 << its place in LANGUAGES): one lookup
 * a word of the text instead of one a language (detectLanguage runs on every document).
 */
const LANGUAGES_OF = new Map<string, number>();
for (const [at, language] of LANGUAGES.entries())
  for (const word of PROFILES[language]) LANGUAGES_OF.set(word, (LANGUAGES_OF.get(word) ?? 0) | (1 << at));

/**
 * The language of a text, or `fallback` when the text holds too few function words to tell (a
 * heading, a table row, a phone number).
 */
export function detectLanguage(text: string, fallback?: Language): Language | undefined {
  const sample = text.slice(0, SAMPLE);
  const tokens = fold(sample).match(/\p{L}+/gu) ?? [];
  const lower = sample.toLowerCase();
  let best: Language | undefined;
  let bestScore = 0;
  let runnerUp = 0;
  const words = LANGUAGES.map(() => 0);
  for (const token of tokens) {
    const languages = LANGUAGES_OF.get(token);
    if (languages) for (let at = 0; at < words.length; at++) if (languages & (1 << at)) words[at]!++;
  }
  for (const [at, language] of LANGUAGES.entries()) {
    const score = words[at]! + LETTER_WEIGHT * (lower.match(LETTERS[language])?.length ?? 0);
    if (score > bestScore) {
      runnerUp = bestScore;
      bestScore = score;
      best = language;
    } else if (score > runnerUp) runnerUp = score;
  }
  // Two function words at least, and a clear lead: a row of names and numbers says nothing.
  if (!best || bestScore < 2 || bestScore === runnerUp) return fallback;
  return best;
}
