/**
 * Snippets: the window of a passage with the most matched terms, cut at word boundaries,
 * as segments so the caller decides how to highlight (Markdown bold in Discord).
 */
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

function words(text: string, terms: ReadonlySet<string>): Word[] {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    match: terms.has(processTerm(m[0]) ?? ''),
  }));
}

/** Pick the `length`-character window of `text` holding the most matched words. */
export function makeSnippet(text: string, matchedTerms: Iterable<string>, length = 240): Snippet {
  const flat = text.replace(/\s+/g, ' ').trim();
  const all = words(flat, new Set(matchedTerms));
  // The densest window that starts at a matched word.
  let best = { from: -1, count: 0, lastEnd: 0 };
  for (let i = 0; i < all.length; i++) {
    if (!all[i]!.match) continue;
    const start = all[i]!.start;
    let count = 0;
    let lastEnd = 0;
    for (let j = i; j < all.length && all[j]!.end - start <= length; j++) {
      if (all[j]!.match) {
        count++;
        lastEnd = all[j]!.end;
      }
    }
    if (count > best.count) best = { from: i, count, lastEnd };
  }
  const first = all[best.from];
  let from = 0;
  if (first) {
    // Some context before the first match, as long as the last match of the window still fits;
    // from the sentence start when that is close.
    from = Math.max(0, first.start - Math.floor(length / 4), best.lastEnd - length);
    const sentenceStart = flat.lastIndexOf('. ', first.start);
    if (sentenceStart >= 0 && sentenceStart + 2 >= from && sentenceStart + 2 <= first.start) from = sentenceStart + 2;
    else if (from > 0) from = all.find((w) => w.start >= from)?.start ?? from;
  }
  let to = Math.min(flat.length, from + length);
  if (to < flat.length) {
    const lastWord = [...all].reverse().find((w) => w.end <= to);
    to = lastWord && lastWord.end > from ? lastWord.end : to;
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
