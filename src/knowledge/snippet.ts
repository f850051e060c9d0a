/**
 * Snippets: a quote cut to a length at word boundaries, as segments so the caller decides how to
 * highlight (Markdown bold in Discord). A quote longer than the length keeps the window with the
 * most matched words that also holds the answer asked for; words inside a URL are never marked.
 */
import { holdsAnswer, type AnswerKind } from './question.ts';
import { processTerm } from './terms.ts';

export interface Snippet {
  segments: Array<{ text: string; match: boolean }>;
  /** Text was cut before / after the window. */
  cutStart: boolean;
  cutEnd: boolean;
}

interface Word {
  start: number;
  end: number;
  match: boolean;
}

const URL = /\bhttps?:\/\/\S+|\bwww\.\S+|\S+@\S+\.\w+/g;

function words(text: string, terms: ReadonlySet<string>): Word[] {
  const urls = [...text.matchAll(URL)].map((m) => [m.index, m.index + m[0].length] as const);
  const inUrl = (at: number) => urls.some(([from, to]) => at >= from && at < to);
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    match: !inUrl(m.index) && terms.has(processTerm(m[0]) ?? ''),
  }));
}

/** Pick the `length`-character window of `text` holding the most matched words (and the answer, when asked). */
export function makeSnippet(text: string, matchedTerms: Iterable<string>, length = 240, kind?: AnswerKind): Snippet {
  const flat = text.replace(/\s+/g, ' ').trim();
  const all = words(flat, new Set(matchedTerms));
  let from = 0;
  if (flat.length > length) {
    // The densest window that starts at a word, preferring windows that hold the answer.
    let best = { from: 0, score: -1 };
    for (let i = 0; i < all.length; i++) {
      const start = all[i]!.start;
      if (i > 0 && !all[i]!.match && !all[i - 1]!.match) continue;
      let count = 0;
      let end = start;
      for (let j = i; j < all.length && all[j]!.end - start <= length; j++) {
        if (all[j]!.match) count++;
        end = all[j]!.end;
      }
      const score = count + (kind && holdsAnswer(flat.slice(start, end), kind) ? 2 : 0) - (i === 0 ? 0 : 0.5);
      if (score > best.score) best = { from: start, score };
    }
    from = best.from;
  }
  let to = Math.min(flat.length, from + length);
  if (to < flat.length) {
    const lastWord = [...all].reverse().find((w) => w.end <= to);
    to = lastWord && lastWord.end > from ? lastWord.end : to;
    // End at a sentence end inside the window when one is near its end.
    const stop = flat.slice(from, to).search(/[.!?](?=\s)[^.!?]*$/);
    if (stop > 0 && from + stop + 1 > from + length * 0.6) to = from + stop + 1;
  }
  const segments: Snippet['segments'] = [];
  let cursor = from;
  for (const word of all) {
    if (word.start < from || word.end > to || !word.match) continue;
    if (word.start > cursor) segments.push({ text: flat.slice(cursor, word.start), match: false });
    segments.push({ text: flat.slice(word.start, word.end), match: true });
    cursor = word.end;
  }
  if (cursor < to) segments.push({ text: flat.slice(cursor, to), match: false });
  return { segments, cutStart: from > 0, cutEnd: to < flat.length };
}
