/**
 * Bounded cost per document. Reading and extraction are linear, but a hostile or runaway file must
 * still not hold the bot: each document gets a time budget (checked between stages; over it, the
 * file is skipped with a warning saying so) and a cap on what it may add to the index (distinct
 * terms and passage-sized text; over it, the rest is left out and a warning says so).
 */
import { fold } from './clean.ts';
import type { Document, Section } from './types.ts';
import { FileProblem, type CapReason } from './warnings.ts';

export interface ParseBudget {
  /** Wall-clock milliseconds one document may take to read and extract. */
  milliseconds: number;
  /** Distinct words one document may add to the index. */
  maxTerms: number;
  /** Characters of text one document may add (about 600 a passage). */
  maxCharacters: number;
}

export const DEFAULT_BUDGET: ParseBudget = { milliseconds: 15_000, maxTerms: 25_000, maxCharacters: 1_500_000 };

/** A stage check that throws (a FileProblem) once the budget is spent. */
export function deadline(budget: ParseBudget): (stage: string) => void {
  const started = performance.now();
  return (stage) => {
    if (performance.now() - started > budget.milliseconds) {
      throw new FileProblem({ code: 'parse-timeout', seconds: budget.milliseconds / 1000, stage });
    }
  };
}

/** A promise that rejects when the budget runs out first (PDF reading is asynchronous). */
export function withinBudget<T>(work: Promise<T>, budget: ParseBudget): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new FileProblem({ code: 'parse-timeout', seconds: budget.milliseconds / 1000 })),
      budget.milliseconds,
    );
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The document cut to the caps: section headings and paragraphs in order until the distinct terms
 * or the characters run out. Facts already extracted stay (they are small); only indexed text is cut.
 */
export function capDocument(document: Document, budget: ParseBudget): Document {
  // A word and its separator take two characters at least: a short document cannot reach either cap.
  const length = document.sections.reduce(
    (sum, section) => sum + (section.heading?.length ?? 0) + section.paragraphs.join(' ').length,
    0,
  );
  if (length <= budget.maxCharacters && length < 2 * budget.maxTerms) return document;
  const terms = new Set<string>();
  let characters = 0;
  let reason: CapReason | undefined;
  /** The part of a text within the caps ('' when none is left); sets `reason` once a cap is reached. */
  const take = (text: string): string => {
    let cut = text.length;
    if (characters + text.length > budget.maxCharacters) {
      cut = budget.maxCharacters - characters;
      reason = { code: 'capped-characters', limit: budget.maxCharacters };
    }
    for (const word of text.slice(0, cut).matchAll(WORD)) {
      terms.add(fold(word[0]));
      if (terms.size > budget.maxTerms) {
        cut = word.index;
        reason = { code: 'capped-terms', limit: budget.maxTerms };
        break;
      }
    }
    characters += cut;
    return cut === text.length
      ? text
      : text
          .slice(0, cut)
          .replace(/\s+\S*$/, '')
          .trim();
  };
  const sections: Section[] = [];
  for (const section of document.sections) {
    const heading = section.heading === undefined ? undefined : take(section.heading);
    if (reason && !heading) break;
    const kept: string[] = [];
    for (const paragraph of section.paragraphs) {
      if (reason) break;
      const part = take(paragraph);
      if (part) kept.push(part);
    }
    sections.push({ ...section, ...(heading === undefined ? {} : { heading }), paragraphs: kept });
    if (reason) break;
  }
  if (!reason) return document;
  const text = sections.map((s) => [s.heading, ...s.paragraphs].filter(Boolean).join('\n\n')).join('\n\n');
  return { ...document, sections, text, records: undefined, capped: reason };
}
