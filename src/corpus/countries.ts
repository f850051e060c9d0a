/**
 * Country names in English and Czech, from i18n-iso-countries (every ISO 3166 country, with its
 * other names), plus the adjectives people write ("Czech", "Slovak police"), which no library
 * lists. Czech names are also matched inflected ("České republiky", "s Rakouskem", "do Německa")
 * by a light stemmer applied alike to names and text. Matching walks the words of a text once:
 * linear in its length, whatever the number of names.
 */
import { createRequire } from 'node:module';
import { fold } from './clean.ts';

export interface Country {
  /** Canonical English short name ("Czechia"). */
  name: string;
  code: string;
  /** Other names and adjectives, as they appear in text. */
  aliases: string[];
}

type CountryNames = { countries: Record<string, string | string[]> };
const require = createRequire(import.meta.url);
const EN = (require('i18n-iso-countries/langs/en.json') as CountryNames).countries;
const CS = (require('i18n-iso-countries/langs/cs.json') as CountryNames).countries;

/** Names this project has always shown, and the adjectives of the countries its users deal with. */
const PREFERRED: Record<string, [name: string, adjectives: string]> = {
  AL: ['Albania', 'Albanian'],
  AM: ['Armenia', 'Armenian'],
  AT: ['Austria', 'Austrian'],
  AZ: ['Azerbaijan', 'Azerbaijani'],
  BY: ['Belarus', 'Belarusian'],
  BE: ['Belgium', 'Belgian'],
  BA: ['Bosnia and Herzegovina', 'Bosnian'],
  BG: ['Bulgaria', 'Bulgarian'],
  HR: ['Croatia', 'Croatian'],
  CY: ['Cyprus', 'Cypriot'],
  CZ: ['Czechia', 'Czech Republic|Czech|Czechoslovak'],
  DK: ['Denmark', 'Danish'],
  EE: ['Estonia', 'Estonian'],
  FI: ['Finland', 'Finnish'],
  FR: ['France', 'French'],
  GE: ['Georgia', 'Georgian'],
  DE: ['Germany', 'German'],
  GR: ['Greece', 'Greek'],
  HU: ['Hungary', 'Hungarian'],
  IS: ['Iceland', 'Icelandic'],
  IE: ['Ireland', 'Irish'],
  IT: ['Italy', 'Italian'],
  XK: ['Kosovo', 'Kosovar'],
  LV: ['Latvia', 'Latvian'],
  LI: ['Liechtenstein', ''],
  LT: ['Lithuania', 'Lithuanian'],
  LU: ['Luxembourg', ''],
  MT: ['Malta', 'Maltese'],
  MD: ['Moldova', 'Moldovan|Republic of Moldova'],
  ME: ['Montenegro', 'Montenegrin'],
  NL: ['Netherlands', 'Dutch|the Netherlands'],
  MK: ['North Macedonia', 'Macedonian'],
  NO: ['Norway', 'Norwegian'],
  PL: ['Poland', 'Polish'],
  PT: ['Portugal', 'Portuguese'],
  RO: ['Romania', 'Romanian'],
  RU: ['Russia', 'Russian Federation|Russian'],
  RS: ['Serbia', 'Serbian'],
  SK: ['Slovakia', 'Slovak Republic|Slovak'],
  SI: ['Slovenia', 'Slovenian|Slovene'],
  ES: ['Spain', 'Spanish'],
  SE: ['Sweden', 'Swedish'],
  CH: ['Switzerland', 'Swiss'],
  TR: ['Türkiye', 'Turkey|Turkish'],
  UA: ['Ukraine', 'Ukrainian'],
  GB: ['United Kingdom', 'UK|British|Great Britain'],
  AF: ['Afghanistan', 'Afghan'],
  DZ: ['Algeria', 'Algerian'],
  BD: ['Bangladesh', 'Bangladeshi'],
  CN: ['China', 'Chinese'],
  EG: ['Egypt', 'Egyptian'],
  ER: ['Eritrea', 'Eritrean'],
  IN: ['India', 'Indian'],
  IR: ['Iran', 'Iranian'],
  IQ: ['Iraq', 'Iraqi'],
  JO: ['Jordan', 'Jordanian'],
  LB: ['Lebanon', 'Lebanese'],
  LY: ['Libya', 'Libyan'],
  MA: ['Morocco', 'Moroccan'],
  NG: ['Nigeria', 'Nigerian'],
  PK: ['Pakistan', 'Pakistani'],
  SO: ['Somalia', 'Somali'],
  SY: ['Syria', 'Syrian'],
  TN: ['Tunisia', 'Tunisian'],
  US: ['United States', 'USA|American'],
  VN: ['Vietnam', 'Vietnamese|Viet Nam'],
};

/** Names that are also everyday words or first names: matched only in a country field, never in prose. */
const PROSE_AMBIGUOUS = new Set([
  'chad',
  'jersey',
  'guernsey',
  'man',
  'us',
  'u.s.',
  'niger',
  'turkey',
  'georgia',
  'jordan',
  'china',
  'guinea',
]);

const list = (value: string | string[] | undefined): string[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];
const englishDisplay = new Intl.DisplayNames(['en'], { type: 'region' });

function buildCountries(): Country[] {
  const codes = new Set([...Object.keys(EN), ...Object.keys(PREFERRED)]);
  return [...codes].map((code) => {
    const preferred = PREFERRED[code];
    const name = preferred?.[0] ?? englishDisplay.of(code) ?? list(EN[code])[0] ?? code;
    const aliases = [...(preferred?.[1] ? preferred[1].split('|') : []), ...list(EN[code]), ...list(CS[code])];
    if (code === 'CZ') aliases.push('Česko', 'Česká republika');
    if (code === 'SK') aliases.push('Slovensko', 'Slovenská republika');
    return { code, name, aliases: [...new Set(aliases.filter((alias) => alias !== name && !alias.includes(',')))] };
  });
}

export const COUNTRIES: readonly Country[] = buildCountries();

const CZECH_ENDINGS = [
  'ami',
  'emi',
  'ach',
  'ech',
  'ich',
  'ych',
  'ou',
  'em',
  'um',
  'ie',
  'ii',
  'iu',
  'a',
  'e',
  'o',
  'u',
  'y',
  'i',
];

/**
 * A Czech word's stem: its case ending cut off, final c/k merged (republika, republice).
 * Crude but the same for names and text, which is all matching needs.
 */
export function czechStem(foldedWord: string): string {
  let stem = foldedWord;
  for (const ending of CZECH_ENDINGS) {
    if (stem.length - ending.length >= 4 && stem.endsWith(ending)) {
      stem = stem.slice(0, -ending.length);
      break;
    }
  }
  return stem.replace(/c$/, 'k');
}

const EXACT = new Map<string, Country>();
const STEMMED = new Map<string, Country>();
const MAX_WORDS = 5;

const wordsOf = (text: string): string[] => text.match(/\p{L}[\p{L}.'’-]*/gu)?.map((w) => w.replace(/\.$/, '')) ?? [];
const stemKey = (words: readonly string[]): string => words.map((w) => czechStem(fold(w))).join(' ');

for (const country of COUNTRIES) {
  for (const name of [country.name, country.code, ...country.aliases])
    if (!EXACT.has(fold(name))) EXACT.set(fold(name), country);
  for (const name of list(CS[country.code]).concat(country.code === 'CZ' ? ['Česko', 'Česká republika'] : [])) {
    const words = wordsOf(name);
    if (words.length > 0 && words.length <= MAX_WORDS && czechStem(fold(words[0]!)).length >= 4)
      STEMMED.set(stemKey(words), country);
  }
}

/** The country a name, alias, adjective, ISO code or inflected Czech name stands for ("České republiky" -> Czechia). */
export function findCountry(name: string): Country | undefined {
  const trimmed = name
    .trim()
    .replace(/<[^>]*>/g, '')
    .trim();
  return EXACT.get(fold(trimmed)) ?? STEMMED.get(stemKey(wordsOf(trimmed)));
}

const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word);

/** Countries mentioned in a text, most mentioned first (ties: first mentioned first). */
export function countriesMentioned(text: string): string[] {
  const counts = new Map<string, number>();
  const words = wordsOf(text);
  const folded = words.map(fold);
  const stems = folded.map(czechStem);
  for (let i = 0; i < words.length; i++) {
    if (!isCapitalised(words[i]!)) continue;
    let matched = 0;
    for (let n = Math.min(MAX_WORDS, words.length - i); n >= 1 && matched === 0; n--) {
      const key = n === 1 ? folded[i]! : folded.slice(i, i + n).join(' ');
      const exact = key.length > 2 && !PROSE_AMBIGUOUS.has(key) ? EXACT.get(key) : undefined;
      const country = exact ?? STEMMED.get(n === 1 ? stems[i]! : stems.slice(i, i + n).join(' '));
      if (country) {
        counts.set(country.name, (counts.get(country.name) ?? 0) + 1);
        matched = n;
      }
    }
    if (matched > 1) i += matched - 1;
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([name]) => name);
}
