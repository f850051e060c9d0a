/**
 * Which indexed words share a stem: built while indexing from the words as written (so Czech
 * stems see their diacritics) in their document's language, asked at query time to match
 * "ratification" with "ratified" and "hlídkách" with "hlídky" without a second index. Kept with
 * the snapshot.
 */
import { fold } from '../corpus/clean.ts';
import type { Language } from '../corpus/types.ts';
import { derivationStem, ENGLISH_KEY, processTerm, stemKeys } from './terms.ts';

/** A derivation's stem joins stems at most this many letters longer ("ratif" -> "ratifi"). */
const DERIVATION_REACH = 2;

const EMPTY: ReadonlySet<string> = new Set();

export class StemIndex {
  private readonly words = new Map<string, Set<string>>();
  /**
   * Words as written already recorded, per language, with the term each became: stemming and
   * folding each distinct form once keeps indexing fast.
   */
  private readonly seen = new Map<Language, Map<string, string | null>>();
  /** English stem keys by their first letters, to find the stems a derivation's stem begins. */
  private byStart = new Map<string, string[]>();

  constructor(saved?: ReadonlyArray<readonly [string, readonly string[]]>) {
    for (const [key, words] of saved ?? []) this.words.set(key, new Set(words));
    if (saved) this.seal();
  }

  /** Note one word as written in a document of `language`; its term (`processTerm`). */
  record(written: string, language: Language): string | null {
    let seen = this.seen.get(language);
    if (!seen) this.seen.set(language, (seen = new Map()));
    const known = seen.get(written);
    if (known !== undefined) return known;
    const term = processTerm(written);
    seen.set(written, term);
    if (term === null) return term;
    // A word with Czech letters in an English document is a Czech name or quote: stem it as Czech too.
    const languages: Language[] = language !== 'en' || /^\p{ASCII}*$/u.test(written) ? [language] : [language, 'cs'];
    // A name keeps its light Slavic stem in any language: Czech and Slovak questions inflect
    // foreign names ("ve Waldmünchenu", "v Schwandorfu") as their own words.
    if (/^\p{Lu}/u.test(written) && !languages.includes('cs') && !languages.includes('sk')) languages.push('sk');
    for (const key of stemKeys(written, languages)) {
      let words = this.words.get(key);
      if (!words) this.words.set(key, (words = new Set()));
      words.add(term);
    }
    return term;
  }

  /** Indexed words sharing a stem with `written` (a query word, in either language), itself left out. */
  variants(written: string): string[] {
    const self = fold(written);
    const found = new Set<string>();
    const keys = stemKeys(written, undefined, { parts: false });
    const derivation = derivationStem(written);
    if (derivation) {
      const stem = `${ENGLISH_KEY}${derivation}`;
      for (const key of this.byStart.get(stem.slice(0, 6)) ?? []) {
        if (key.startsWith(stem) && key.length - stem.length <= DERIVATION_REACH) keys.push(key);
      }
    }
    for (const key of keys) for (const word of this.words.get(key) ?? []) if (word !== self) found.add(word);
    return [...found];
  }

  /** Indexed words one stem key joins (a key from `stemKeys`, as a lexicon term's word has). */
  wordsWithKey(key: string): ReadonlySet<string> {
    return this.words.get(key) ?? EMPTY;
  }

  /** Recording is done: the forms seen are not needed to answer. */
  seal(): void {
    this.seen.clear();
    this.byStart = new Map();
    for (const key of this.words.keys()) {
      if (!key.startsWith(ENGLISH_KEY) || key.length < 6) continue;
      const start = key.slice(0, 6);
      this.byStart.set(start, [...(this.byStart.get(start) ?? []), key]);
    }
  }

  toJSON(): Array<[string, string[]]> {
    return [...this.words].map(([key, words]) => [key, [...words]]);
  }
}
