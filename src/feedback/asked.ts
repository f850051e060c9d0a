/**
 * Questions asked in this process, newest first, for `/search` to suggest while someone types:
 * kept in memory only (a restart forgets them), once each however it was spelled, at most `max`.
 */
import { fold } from '../corpus/clean.ts';
import { matchTyped } from '../knowledge/typeahead.ts';

export class AskedQuestions {
  private readonly byKey = new Map<string, string>();

  constructor(private readonly max = 500) {}

  remember(question: string): void {
    const text = question.trim().replace(/\s+/g, ' ');
    const key = fold(text);
    if (!key) return;
    this.byKey.delete(key);
    this.byKey.set(key, text);
    if (this.byKey.size > this.max) this.byKey.delete(this.byKey.keys().next().value!);
  }

  /** Earlier questions containing what is typed, newest and those starting with it first. */
  matching(typed: string, limit = 25): string[] {
    const newestFirst = [...this.byKey.entries()].reverse();
    return matchTyped(newestFirst, ([key]) => [key], typed, limit).map(([, text]) => text);
  }
}
