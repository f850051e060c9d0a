/**
 * The domain lexicon: concepts and the words that mean them in each language ("treaty", "smlouva",
 * "zmluva", "Vertrag"), kept as data (`lexicon.yaml` beside this file, and a moderator's
 * `lexicon.yaml` in DATA_DIR), plus every country's names from i18n-iso-countries. A question's
 * words are matched to concepts by their stems in every language, and each concept brings the
 * words of the other languages; the knowledge base weighs those below the words as asked.
 *
 * Matching is by stem keys (languages/), so a term is written once in its dictionary form and its
 * inflected forms follow ("smlouvy", "smlouvou"); forms whose stem changes are listed in the data.
 */
import { createRequire } from 'node:module';
import { fold } from '../corpus/clean.ts';
import { COUNTRIES, findCountry } from '../corpus/countries.ts';
import { LANGUAGES, type Language } from '../corpus/language.ts';
import { parseLexicon, shippedConcepts, type Concept } from './lexicon-file.ts';
import { writes } from './pack.ts';
import { PACKS, STOP_WORDS, stemKeysIn } from './packs.ts';
import { slavicStem } from './slavic.ts';

export { LexiconError, parseLexicon, type Concept } from './lexicon-file.ts';

/** One word of a term: as folded, and its stem keys in the term's language. */
interface TermWord {
  folded: string;
  keys: string[];
}

/** A concept's term in one language, read into words (stop words left out). */
interface ReadTerm {
  concept: number;
  language: Language;
  words: TermWord[];
}

/** Where one of a question's words points: a concept, matched alone or as part of a phrase. */
export interface ConceptMatch {
  concept: string;
  /** The question's words (their positions) that the matching term covers. */
  at: number[];
}

/** A word standing in this many concepts is generic: it does not expand a longer term it is part of. */
const GENERIC_SPREAD = 3;

const readTerm = (concept: number, language: Language, term: string): ReadTerm => ({
  concept,
  language,
  // A gloss in brackets says which sense is meant ("member (of a force)"): it is no word of the term.
  words: (term.replace(/\([^)]*\)/g, ' ').match(/[\p{L}\p{N}]+/gu) ?? [])
    .map((word) => ({ word, lower: word.toLowerCase(), folded: fold(word) }))
    // An acronym is kept though it folds to a stop word: "US national" is no "national", "IT department" no "department".
    .filter(({ word, folded }) => folded.length > 0 && (!STOP_WORDS.has(folded) || /^\p{Lu}{2,}$/u.test(word)))
    // A term's word is matched whole: a compound term ("Polizeieinsatz") is not every word that
    // shares one of its parts ("Polizeivertrag"); a text's compound is still found by its parts.
    .map(({ word, lower, folded }) => ({
      folded,
      keys: [
        `w${folded}`,
        ...stemKeysIn(lower, folded, [language], { parts: false }),
        ...(isForeignName(word, language) ? [`${DECLINED_NAME}${folded}`] : []),
      ],
    })),
});

/** Keys of a name as a Czech or Slovak sentence declines it start with this letter. */
const DECLINED_NAME = 'n';
/** The letters a declined name keeps at least once its ending is cut. */
const MIN_DECLINED_NAME = 6;
/** A name of a language that does not decline it ("Bundeskriminalamt", "Europol"): Czech and Slovak do ("Bundeskriminalamtu"). */
const isForeignName = (word: string, language: Language): boolean =>
  (language === 'en' || language === 'de') && /^\p{Lu}/u.test(word);
/**
 * A capitalised word's key as a declined name: the name without its Czech or Slovak case ending.
 * A short one is left out: German capitalises its nouns, and "Rady" (of the Council) is no "Rad".
 */
const declinedNameKey = (word: string): string[] => {
  const stem = slavicStem(fold(word));
  return /^\p{Lu}/u.test(word) && stem.length >= MIN_DECLINED_NAME ? [`${DECLINED_NAME}${stem}`] : [];
};

export class Lexicon {
  readonly concepts: readonly Concept[];
  private readonly terms: ReadTerm[] = [];
  /** Terms by the keys of their first word. */
  private readonly byKey = new Map<string, number[]>();
  private readonly byId = new Map<string, number>();
  /** In how many concepts each word stands. */
  private readonly spread = new Map<string, number>();
  /** The words of concepts other than countries: a country's name ("Svatý Tomáš a Princův ostrov") holds words that name people too. */
  private readonly common = new Set<string>();
  /** The words of places ("Furth im Wald", "Vídeň"): names, though the lexicon knows them. */
  private readonly places = new Set<string>();
  private readonly expansions = new Map<number, TermWord[]>();
  private readonly phrases = new Map<number, string[][]>();

  constructor(concepts: readonly Concept[]) {
    // A later concept with an id already seen extends it: a moderator's file adds words to ours.
    const merged: Concept[] = [];
    for (const concept of concepts) {
      const at = this.byId.get(concept.id);
      if (at === undefined) {
        this.byId.set(concept.id, merged.length);
        merged.push({ ...concept, terms: { ...concept.terms } });
        continue;
      }
      const into = merged[at]!;
      for (const language of LANGUAGES)
        if (concept.terms[language])
          into.terms[language] = [...new Set([...(into.terms[language] ?? []), ...concept.terms[language]!])];
    }
    this.concepts = merged;
    merged.forEach((concept, index) => {
      const conceptWords = new Set<string>();
      for (const language of LANGUAGES)
        for (const term of concept.terms[language] ?? []) {
          const read = readTerm(index, language, term);
          if (read.words.length === 0) continue;
          const position = this.terms.push(read) - 1;
          for (const word of new Set(read.words.map((w) => w.folded))) {
            if (!concept.id.startsWith('country-')) this.common.add(word);
            if (concept.group === 'place') this.places.add(word);
            if (!conceptWords.has(word)) {
              conceptWords.add(word);
              this.spread.set(word, (this.spread.get(word) ?? 0) + 1);
            }
          }
          for (const key of read.words[0]!.keys) {
            let list = this.byKey.get(key);
            if (!list) this.byKey.set(key, (list = []));
            if (list.at(-1) !== position) list.push(position);
          }
        }
    });
  }

  /**
   * The concepts a question's words name: each word alone, or with the words after it for a term
   * of several words ("entered into force", "stálá služba"). Words are the question's as typed,
   * stop words left out; `keysOf` gives a word's stem keys in every language.
   */
  match(words: readonly string[], keysOf: (word: string) => readonly string[]): ConceptMatch[] {
    const keys = words.map((word) => new Set([`w${fold(word)}`, ...keysOf(word), ...declinedNameKey(word)]));
    const lower = words.map((word) => word.toLowerCase());
    const found = new Map<string, ConceptMatch>();
    keys.forEach((own, start) => {
      const candidates = new Set<number>();
      for (const key of own) for (const term of this.byKey.get(key) ?? []) candidates.add(term);
      for (const position of candidates) {
        const term = this.terms[position]!;
        if (start + term.words.length > words.length) continue;
        // A word written in letters the term's language does not write is not that word ("sítě" is not "site").
        const fits = term.words.every(
          (word, i) =>
            word.keys.some((key) => keys[start + i]!.has(key)) && writes(PACKS[term.language], lower[start + i]!),
        );
        if (!fits) continue;
        const id = this.concepts[term.concept]!.id;
        const at = term.words.map((_, i) => start + i);
        const known = found.get(id);
        if (!known || known.at.length < at.length) found.set(id, { concept: id, at });
      }
    });
    return [...found.values()];
  }

  /** The country a concept names ("country-sk", or "slovak" by its English adjective) as the corpus names it, if any. */
  countryOf(id: string): string | undefined {
    if (id.startsWith('country-')) return COUNTRY_NAMES.get(id);
    const at = this.byId.get(id);
    if (at === undefined) return undefined;
    for (const term of this.concepts[at]!.terms.en ?? []) {
      const country = findCountry(term);
      // "by" (until) is no Belarus, "at" no Austria: a country's code names it only as written, in capitals.
      if (country && (term !== term.toLowerCase() || fold(term) !== fold(country.code))) return country.name;
    }
    return undefined;
  }

  /** The group a concept is filed under ("subject", "institution", "status"…), if any. */
  groupOf(id: string): string | undefined {
    const at = this.byId.get(id);
    return at === undefined ? undefined : this.concepts[at]!.group;
  }

  /** Whether a word (folded) is a word of some concept other than a country: a common word, not a name. */
  knows(folded: string): boolean {
    return this.common.has(folded);
  }

  /** Whether a word (folded) is a word of a place's name ("furth", "viden"). */
  namesPlace(folded: string): boolean {
    return this.places.has(folded);
  }

  /**
   * A concept's terms of several words, as their folded words in order ("action day", "hot
   * pursuit"): a text holding one says the concept, though its words alone are too common to.
   */
  phrasesOf(id: string): ReadonlyArray<readonly string[]> {
    const at = this.byId.get(id);
    if (at === undefined) return [];
    let phrases = this.phrases.get(at);
    if (!phrases) {
      phrases = this.terms
        .filter((term) => term.concept === at && term.words.length > 1)
        .map((term) => term.words.map((word) => word.folded));
      this.phrases.set(at, phrases);
    }
    return phrases;
  }

  /**
   * Every word of a concept's terms, in every language, with its stem keys: what a match expands
   * to. A word of a longer term that many concepts share ("republic" of "Czech Republic",
   * "mezinárodní" of "mezinárodní smlouva") is left out: it names none of them.
   */
  wordsOf(id: string): readonly TermWord[] {
    const at = this.byId.get(id);
    if (at === undefined) return [];
    let words = this.expansions.get(at);
    if (!words) {
      words = this.terms
        .filter((term) => term.concept === at)
        .flatMap((term) =>
          term.words.filter((word) => term.words.length === 1 || (this.spread.get(word.folded) ?? 0) < GENERIC_SPREAD),
        );
      this.expansions.set(at, words);
    }
    return words;
  }
}

const require = createRequire(import.meta.url);

/** The corpus's canonical name of each country concept ("country-cz" -> "Czechia"). */
const COUNTRY_NAMES = new Map(COUNTRIES.map((country) => [`country-${country.code.toLowerCase()}`, country.name]));
type CountryNames = { countries: Record<string, string | string[]> };

/** Every country's names (official and other) in each language, as concepts "country-cz". */
function countryConcepts(): Concept[] {
  const names = Object.fromEntries(
    (['en', 'cs', 'sk', 'de', 'pl', 'hu'] as const).map((language) => [
      language,
      (require(`i18n-iso-countries/langs/${language}.json`) as CountryNames).countries,
    ]),
  ) as Record<Language, CountryNames['countries']>;
  // The corpus's own names, adjectives and abbreviations ("Czech Republic", "Slovak", "ČR") join the
  // names in every language: a term matches only words written in its language's letters, so "ČR"
  // listed as English would never match.
  const aliases = new Map(COUNTRIES.map((country) => [country.code, [country.name, ...country.aliases]]));
  return Object.keys(names.en).map((code) => ({
    id: `country-${code.toLowerCase()}`,
    group: 'place',
    terms: Object.fromEntries(
      LANGUAGES.map((language) => [language, [...[names[language][code] ?? []].flat(), ...(aliases.get(code) ?? [])]]),
    ),
  }));
}

let builtIn: Lexicon | undefined;

/** The lexicon shipped with the bot: countries and every file of lexicon/. Read once. */
export function builtInLexicon(): Lexicon {
  builtIn ??= new Lexicon([...countryConcepts(), ...shippedConcepts()]);
  return builtIn;
}

/** The built-in lexicon extended by a moderator's file (its concepts add to ours, new ids are new concepts). */
export function extendedLexicon(text: string, file: string): Lexicon {
  const base = builtInLexicon();
  return new Lexicon([...base.concepts, ...parseLexicon(text, file)]);
}
