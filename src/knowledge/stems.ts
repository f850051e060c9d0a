/**
 * Which indexed words share a stem: built while indexing from the words as written (so Czech
 * stems see their diacritics), asked at query time to match "ratification" with "ratified" and
 * "hlídkách" with "hlídky" without a second index. Kept with the snapshot.
 */
import { fold } from '../corpus/clean.ts';
import { processTerm, stemKeys } from './terms.ts';

export class StemIndex {
  private readonly words = new Map<string, Set<string>>();
  /** Words as written already recorded: stemming each distinct form once keeps indexing fast. */
  private readonly seen = new Set<string>();

  constructor(saved?: ReadonlyArray<readonly [string, readonly string[]]>) {
    for (const [key, words] of saved ?? []) this.words.set(key, new Set(words));
  }

  /** Note one word as written in a document. */
  record(written: string): void {
    if (this.seen.has(written)) return;
    this.seen.add(written);
    const term = processTerm(written);
    if (term === null) return;
    for (const key of stemKeys(written)) {
      let words = this.words.get(key);
      if (!words) this.words.set(key, (words = new Set()));
      words.add(term);
    }
  }

  /** Indexed words sharing a stem with `written` (a query word), itself left out. */
  variants(written: string): string[] {
    const self = fold(written);
    const found = new Set<string>();
    for (const key of stemKeys(written)) for (const word of this.words.get(key) ?? []) if (word !== self) found.add(word);
    return [...found];
  }

  /** Recording is done: the forms seen are not needed to answer. */
  seal(): void {
    this.seen.clear();
  }

  toJSON(): Array<[string, string[]]> {
    return [...this.words].map(([key, words]) => [key, [...words]]);
  }
}
