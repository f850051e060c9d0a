/**
 * A light stemmer for the West Slavic languages (Czech, Slovak, Polish) on folded words: it strips
 * one case or agreement ending, so that the forms of a noun or adjective meet, and so do Czech and
 * Slovak words that differ only in their ending or diacritics ("spolupráce", "spolupráca";
 * "Slovenskem", "Slovenskom"; "platnost", "platnosť"). Verbs and stems that change inside
 * ("smlouva", "zmluva") are left to the lexicon. In the spirit of Dolamic and Savoy's light Czech
 * stemmer, which measured better for retrieval than aggressive stemming.
 */
import { MIN_STEMMED } from './pack.ts';

/** Endings, longest first; a word keeps at least three letters. */
const ENDINGS = [
  'ovych',
  'ovymi',
  'atech',
  'atum',
  'aty',
  'ovou',
  'ovym',
  'ovem',
  'ovej',
  'ovho',
  'eho',
  'emu',
  'ych',
  'ymi',
  'ami',
  'emi',
  'ach',
  'ech',
  'ich',
  'imi',
  'iho',
  'imu',
  'ovi',
  'ove',
  'ova',
  'ovo',
  'ov',
  'ou',
  'om',
  'um',
  'ej',
  'em',
  'ho',
  'mu',
  'ia',
  'ie',
  'iu',
  'ii',
  'ym',
  'im',
  'a',
  'e',
  'i',
  'o',
  'u',
  'y',
].sort((a, b) => b.length - a.length);

/** The light stem of a folded Czech, Slovak or Polish word. */
export function slavicStem(folded: string): string {
  for (const ending of ENDINGS) {
    if (folded.endsWith(ending) && folded.length - ending.length >= MIN_STEMMED) return folded.slice(0, -ending.length);
  }
  return folded;
}

/** A relational adjective's stem keeps this much once its suffix is cut ("převaděčsk-" → "převaděč"). */
const MIN_DERIVED = 7;

/**
 * The keys of the light stem, shared by Czech, Slovak and Polish words: the stem, and for an
 * adjective in -ský/-ská/-ské (-ski in Polish) the noun it is made from too, so that "převaděčské
 * sítě" meets "převaděč" and "prevádzačskej" meets "prevádzač".
 */
export function slavicKeys(folded: string): string[] {
  const stem = slavicStem(folded);
  const keys = [`s${stem}`];
  if (/sk$/.test(stem) && stem.length - 2 >= MIN_DERIVED) keys.push(`s${stem.slice(0, -2)}`);
  // A vowel that comes and goes ("hlídek" of "hlídka", "hliadok" of "hliadka", "cizinec" of
  // "cizince", "článek" of "článku", "pravidel" and Slovak "pravidiel" of "pravidlo"): the stem without it too.
  const fleeting = /(?<=[^aeiouy])(?:ie|e|o)(?=[kclnr]$)/.exec(stem);
  if (fleeting && stem.length - fleeting[0].length >= MIN_FLEETING)
    keys.push(`s${stem.slice(0, fleeting.index)}${stem.slice(-1)}`);
  return keys;
}

/** A stem keeps this much once a fleeting vowel is dropped ("hlidk"). */
const MIN_FLEETING = 5;

/**
 * Case endings of Czech and Slovak place names (folded) and the endings of the nominative they may
 * stand for: "v Kútech" (Kúty), "v Piešťanech" (Piešťany), "v Košicích" (Košice), "v Komárně" /
 * "v Komárne" (Komárno), "v Ostravě" (Ostrava), "v Praze" (Praha), "do Brna" (Brno), "Ostravou"
 * (Ostrava), "Brnem" (Brno), "v Brodském" (Brodské), "v Kútoch" (Kúty), "v Košiciach" (Košice). Data, longest first.
 */
const PLACE_CASES: ReadonlyArray<readonly [ending: string, nominatives: readonly string[]]> = [
  ['iach', ['e', 'y']],
  ['ich', ['e', 'y']],
  ['ech', ['y', 'e', 'a']],
  ['ach', ['y', 'a']],
  ['och', ['y', 'e']],
  ['ou', ['a']],
  ['em', ['o', '', 'e']],
  ['om', ['o', '']],
  ['ze', ['ha', 'ga']],
  ['ce', ['ka', 'ca']],
  ['e', ['o', 'a', 'y', '']],
  ['u', ['o', 'a', '']],
  ['a', ['o', 'y', '']],
  ['i', ['e', 'a', 'y']],
];

/**
 * The nominatives a folded Czech or Slovak word may be the case form of, when it names a place:
 * candidates only ("kutech" -> kuty, kute, kuta), for a lookup to keep the one some document holds.
 * A stem keeps three letters at least.
 */
export function placeNameForms(folded: string): string[] {
  const forms: string[] = [];
  for (const [ending, nominatives] of PLACE_CASES) {
    if (!folded.endsWith(ending) || folded.length - ending.length < 3) continue;
    const stem = folded.slice(0, -ending.length);
    for (const nominative of nominatives) forms.push(stem + nominative);
  }
  return [...new Set(forms)].filter((form) => form !== folded);
}
