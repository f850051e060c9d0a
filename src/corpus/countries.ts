/**
 * Country names in English, Czech, Slovak and German, from i18n-iso-countries (every ISO 3166 country, with its
 * other names), plus the adjectives people write ("Czech", "Slovak police"), which no library
 * lists. Czech names are also matched inflected ("České republiky", "s Rakouskem", "do Německa")
 * by a light stemmer applied alike to names and text. Matching walks the words of a text once:
 * linear in its length, whatever the number of names.
 */
import { createRequire } from 'node:module';
import { fold } from './clean.ts';
import { RecentlyUsed } from '../util/memo.ts';

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
const SK = (require('i18n-iso-countries/langs/sk.json') as CountryNames).countries;
const DE = (require('i18n-iso-countries/langs/de.json') as CountryNames).countries;
/** Names inflected like Czech ones (Slovak: "Slovenskej republiky", "s Rakúskom"), matched by stem. */
const INFLECTED = [CS, SK];
/** The long forms gazettes use, which no list has ("Tschechischen Republik", "Slovenskej republiky"). */
const FORMAL: Record<string, string> = {
  CZ: 'Tschechische Republik|Tschechischen Republik|Tschechien|Česká republika|Česko',
  SK: 'Slowakische Republik|Slowakischen Republik|Slowakei|Slovenská republika|Slovensko',
  AT: 'Republik Österreich|Rakúska republika|Rakouská republika',
  DE: 'Bundesrepublik Deutschland|Spolková republika Nemecko|Spolková republika Německo',
  PL: 'Republik Polen|Poľská republika|Polská republika',
  HU: 'Ungarn|Maďarsko',
};

/** The abbreviations Czech and Slovak officials write for the republics ("dohoda vlád SR a ČR"). */
const ABBREVIATED: Record<string, string> = {
  CZ: 'ČR',
  SK: 'SR',
  DE: 'SRN|BRD',
};

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

/**
 * The beginnings of the lower-case adjectives Czech, Slovak and German write for a country
 * ("české policie", "česko-slovenské hlídky", "slovenská strana", "deutsch-tschechische Streife",
 * "der tschechischen Polizei"): how their texts name the countries they are about. No library lists
 * them; any ending follows.
 */
const ADJECTIVES: Record<string, string> = {
  CZ: 'česk|tschechisch',
  SK: 'slovensk|slowakisch',
  DE: 'německ|nemeck|deutsch',
  AT: 'rakousk|rakúsk|österreichisch',
  PL: 'polsk|poľsk|polnisch',
  HU: 'maďarsk|ungarisch',
  SI: 'slovinsk|slowenisch',
  UA: 'ukrajinsk|ukrainisch',
  RO: 'rumunsk|rumänisch',
  BG: 'bulharsk|bulgarisch',
  HR: 'chorvatsk|kroatisch',
  RS: 'srbsk|serbisch',
  IT: 'italsk|taliansk|italienisch',
  FR: 'francouzsk|francúzsk|französisch',
  NL: 'nizozemsk|holandsk|niederländisch',
  BE: 'belgick|belgisch',
  CH: 'švýcarsk|švajčiarsk|schweizerisch',
  SY: 'syrsk|syrisch',
  AF: 'afghánsk|afgánsk|afghanisch',
  TR: 'tureck|türkisch',
  MD: 'moldavsk|moldauisch',
  VN: 'vietnamsk|vietnamesisch',
};

/** The beginnings of ADJECTIVES as written and as typed without diacritics ("cesko-slovenske smlouve"). */
const adjectiveStems = (stems: string): string[] => [
  ...new Set(stems.split('|').flatMap((stem) => [stem, fold(stem)])),
];

/** An adjective of ADJECTIVES at the start of a word (after a space, a hyphen or the start), with its ending. */
const ADJECTIVE = new RegExp(
  `(?<![\\p{L}])(${Object.values(ADJECTIVES).flatMap(adjectiveStems).join('|')})\\p{L}*`,
  'giu',
);

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
    const aliases = [
      ...(preferred?.[1] ? preferred[1].split('|') : []),
      ...list(EN[code]),
      ...[CS, SK, DE].flatMap((names) => list(names[code])),
      ...(FORMAL[code]?.split('|') ?? []),
      ...(ABBREVIATED[code]?.split('|') ?? []),
    ];
    return { code, name, aliases: [...new Set(aliases.filter((alias) => alias !== name && !alias.includes(',')))] };
  });
}

export const COUNTRIES: readonly Country[] = buildCountries();

/** Each adjective's beginning (ADJECTIVES), lower case, and the canonical name of its country. */
const ADJECTIVE_COUNTRY = new Map(
  Object.entries(ADJECTIVES).flatMap(([code, stems]) => {
    const name = COUNTRIES.find((country) => country.code === code)!.name;
    return adjectiveStems(stems).map((stem) => [stem, name] as const);
  }),
);

const CZECH_ENDINGS = [
  'eho',
  'ymi',
  'ami',
  'emi',
  'ach',
  'ech',
  'ich',
  'ych',
  'ou',
  'ej',
  'om',
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
  // An abbreviation wins over another country's ISO code it folds to ("ČR" is not Costa Rica's "CR").
  for (const name of ABBREVIATED[country.code]?.split('|') ?? []) EXACT.set(fold(name), country);
  for (const name of [country.name, country.code, ...country.aliases])
    if (!EXACT.has(fold(name))) EXACT.set(fold(name), country);
  const inflected = INFLECTED.flatMap((names) => list(names[country.code]));
  for (const name of inflected.concat(FORMAL[country.code]?.split('|') ?? [])) {
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

/** The most words a name starting with a given first word has (folded for EXACT, stemmed for STEMMED). */
const EXACT_FIRST = longestByFirstWord(EXACT.keys());
const STEMMED_FIRST = longestByFirstWord(STEMMED.keys());

function longestByFirstWord(keys: Iterable<string>): Map<string, number> {
  const longest = new Map<string, number>();
  for (const key of keys) {
    const words = key.split(' ');
    longest.set(words[0]!, Math.max(longest.get(words[0]!) ?? 0, words.length));
  }
  return longest;
}

/** A word as wordsOf reads it, starting with a capital letter: only such words start a name in prose. */
const CAPITALISED_WORD = /(?<![\p{L}.'’-])\p{Lu}[\p{L}.'’-]*/gu;
/** The next word after a position, across whatever is not a letter. */
const NEXT_WORD = /[^\p{L}]*(\p{L}[\p{L}.'’-]*)/uy;

interface Word {
  folded: string;
  stem: string;
  end: number;
}

/**
 * Words as read, folded and stemmed, with what they can start: a text's capitalised words are few
 * and repeat ("The", "Police", a country's name), and every document's text is read. The 20,000
 * kept are read with `peek`: which word went in first matters less here than the cost of
 * reordering on every read.
 */
interface ReadWord {
  folded: string;
  stem: string;
  /** The most words a name starting with it has (0: it starts none). */
  most: number;
  /** The country it names as a German genitive ("Österreichs"), when it starts no name. */
  genitive: string | undefined;
}

const READ_WORDS = new RecentlyUsed<string, ReadWord>(20_000);

function readWord(raw: string): ReadWord {
  let read = READ_WORDS.peek(raw);
  if (!read) {
    const folded = fold(raw.replace(/\.$/, ''));
    const stem = czechStem(folded);
    const most = Math.min(MAX_WORDS, Math.max(EXACT_FIRST.get(folded) ?? 0, STEMMED_FIRST.get(stem) ?? 0));
    // A German genitive ("die Innenminister Österreichs und Tschechiens"): the name with its -s.
    const genitive = most === 0 && /^\p{Lu}\p{L}{4,}s$/u.test(raw) ? EXACT.get(folded.slice(0, -1))?.name : undefined;
    read = { folded, stem, most, genitive };
    READ_WORDS.set(raw, read);
  }
  return read;
}

const wordAt = (raw: string, end: number): Word => {
  const { folded, stem } = readWord(raw);
  return { folded, stem, end };
};

/** Up to `count` words after `from`, folded and stemmed. */
function wordsAfter(text: string, from: number, count: number): Word[] {
  const words: Word[] = [];
  NEXT_WORD.lastIndex = from;
  for (let match = NEXT_WORD.exec(text); match && words.length < count; match = NEXT_WORD.exec(text))
    words.push(wordAt(match[1]!, NEXT_WORD.lastIndex));
  return words;
}

/** A country named in a text: the words as written, where they stand, and the country's name. */
export interface CountryMention {
  text: string;
  index: number;
  country: string;
}

/**
 * Every mention of a country in a text, by name or adjective, in the order written ("ein
 * 38-jähriger ukrainischer Staatsangehöriger", "v Rakousku"). Only a capitalised word that can
 * start a name is folded and stemmed, and only then the words after it: most words of a text are
 * never touched; adjectives are found by one expression.
 */
export function countryMentions(text: string): CountryMention[] {
  const found: CountryMention[] = [];
  let consumedUntil = 0;
  for (const match of text.matchAll(CAPITALISED_WORD)) {
    if (match.index < consumedUntil) continue;
    // Most capitalised words start no name: known as such from the first time read.
    const { folded, stem, most, genitive } = readWord(match[0]);
    if (most === 0) {
      if (genitive) found.push({ text: match[0], index: match.index, country: genitive });
      continue;
    }
    const first: Word = { folded, stem, end: match.index + match[0].length };
    const words = [first, ...(most > 1 ? wordsAfter(text, first.end, most - 1) : [])];
    // The first n words' keys, folded and stemmed, for every n: tried longest first.
    const foldedKeys = [first.folded];
    const stemKeys = [first.stem];
    for (let n = 1; n < words.length; n++) {
      foldedKeys.push(`${foldedKeys[n - 1]!} ${words[n]!.folded}`);
      stemKeys.push(`${stemKeys[n - 1]!} ${words[n]!.stem}`);
    }
    for (let n = words.length; n >= 1; n--) {
      const key = foldedKeys[n - 1]!;
      const exact = key.length > 2 && !PROSE_AMBIGUOUS.has(key) ? EXACT.get(key) : undefined;
      const country = exact ?? STEMMED.get(stemKeys[n - 1]!);
      if (country) {
        consumedUntil = words[n - 1]!.end;
        found.push({ text: text.slice(match.index, consumedUntil), index: match.index, country: country.name });
        break;
      }
    }
  }
  for (const match of text.matchAll(ADJECTIVE)) {
    const country = ADJECTIVE_COUNTRY.get(match[1]!.toLowerCase());
    if (country) found.push({ text: match[0], index: match.index, country });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Two country codes or abbreviations joined by a slash or a dash ("SK/HU", "ČR – SR"). */
const CODE_PAIR = /(?<![\p{L}\p{N}])(\p{Lu}{2})\s?[/–-]\s?(\p{Lu}{2})(?![\p{L}\p{N}])/gu;

/**
 * The pairs of countries a text names by two codes joined ("SKP Čunovo – Rajka (SK/HU)", "ČR –
 * SR"): a joint unit's, where a lone code in prose names none ("IT", "DE").
 */
export function countryPairs(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(CODE_PAIR)) {
    const pair = [match[1]!, match[2]!].map((code) => EXACT.get(fold(code)));
    if (pair[0] && pair[1] && pair[0] !== pair[1]) for (const country of pair) found.add(country!.name);
  }
  return [...found];
}

/** Countries mentioned in a text, most mentioned first (ties: first mentioned first). */
export function countriesMentioned(text: string): string[] {
  const counts = new Map<string, number>();
  for (const { country } of countryMentions(text)) counts.set(country, (counts.get(country) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([name]) => name);
}
