/**
 * A time phrase inside a question, in Czech, Slovak, English or German ("since last month",
 * "od ledna", "letos", "seit Januar", "last week", "what is new"): the period it names, and the
 * question without it, so the phrase filters by date instead of being searched for as words.
 */
import { endOfMonth, endOfYear, startOfMonth, startOfYear, subDays, subMonths, subYears } from 'date-fns';
import { fold } from '../corpus/clean.ts';
import { isoDay, monthOf, type DateRange } from '../corpus/dates.ts';

export interface TimePhrase {
  range: DateRange;
  /** The question without the phrase. */
  rest: string;
  /**
   * The phrase is about what is new (last week, this month, recently), so a document's own date
   * answers it. A year or a month ("loni", "seit Januar") is more often the time of what a document
   * reports ("requests handled last year", published this year): a period for dated developments,
   * not for a document's date.
   */
  recent: boolean;
}

const local = (date: Date) => isoDay(date, 'local');
const upTo = (from: Date, now: Date): DateRange => ({ start: local(from), end: local(now) });

/** Periods by name, over the folded question; "since" before one keeps its start only. */
const PERIODS: ReadonlyArray<readonly [RegExp, (now: Date) => DateRange, recent?: true]> = [
  [
    /\b(?:last month|previous month|minul\w* mesic\w*|minul\w* mesiac\w*|letzten monat|vorigen monat|im letzten monat)\b/,
    (now) => ({ start: local(startOfMonth(subMonths(now, 1))), end: local(endOfMonth(subMonths(now, 1))) }),
    true,
  ],
  [
    /\b(?:this month|tento mesic|tento mesiac|tomto mesici|tomto mesiaci|diesen monat|in diesem monat)\b/,
    (now) => upTo(startOfMonth(now), now),
    true,
  ],
  [
    /\b(?:last year|loni|vloni|vlani|minul\w* rok\w*|letztes jahr|letzten jahr|im vorjahr|vorjahr)\b/,
    (now) => ({ start: local(startOfYear(subYears(now, 1))), end: local(endOfYear(subYears(now, 1))) }),
  ],
  [
    /\b(?:this year|letos|letosni\w*|tento rok|tohto roku|tomto roce|tomto roku|dieses jahr|diesem jahr|heuer)\b/,
    (now) => upTo(startOfYear(now), now),
  ],
  [
    /\b(?:last week|this week|past week|minul\w* tyden|minul\w* tyzden|tento tyden|tento tyzden|letzte woche|letzten woche|diese woche)\b/,
    (now) => upTo(subDays(now, 7), now),
    true,
  ],
  [
    /\b(?:recently|lately|what is new|what's new|whats new|nedavno|v posledni dobe|poslednou dobou|co je noveho|co je nove|kurzlich|in letzter zeit|was gibt es neues|neuigkeiten)\b/,
    (now) => upTo(subDays(now, 30), now),
    true,
  ],
];

/** "since January", "od ledna", "od januára", "seit Januar": from the start of that month. */
const SINCE_MONTH = /\b(?:since|from|od|seit|ab)\s+(\p{L}+)\b/u;
const SINCE = /\b(?:since|from|od|seit|ab)\s+$/;

/** The time phrase of a question, if it has one. */
export function readTimePhrase(question: string, now: Date): TimePhrase | undefined {
  const folded = fold(question);
  for (const [pattern, period, recent = false] of PERIODS) {
    const match = pattern.exec(folded);
    if (!match) continue;
    const before = folded.slice(0, match.index);
    const since = SINCE.exec(before);
    const range = period(now);
    const start = since ? since.index : match.index;
    // Other time words of the question ("what is new since last month") go with it.
    let rest = cut(question, start, match.index + match[0].length);
    for (const [other] of PERIODS) {
      const again = other.exec(fold(rest));
      if (again) rest = cut(rest, again.index, again.index + again[0].length);
    }
    return { range: since ? { start: range.start, end: local(now) } : range, rest, recent };
  }
  const month = SINCE_MONTH.exec(folded);
  const number = month && monthOf(month[1]!);
  if (month && number) {
    const thisYear = now.getMonth() + 1 >= number;
    const from = new Date(now.getFullYear() - (thisYear ? 0 : 1), number - 1, 1);
    return {
      range: upTo(from, now),
      rest: cut(question, month.index, month.index + month[0].length),
      recent: false,
    };
  }
  return undefined;
}

/** The question without characters [from, to) of its folded form (the same positions, unless folding changed its length). */
const cut = (question: string, from: number, to: number): string => {
  const text = fold(question).length === question.length ? question : fold(question);
  return `${text.slice(0, from)} ${text.slice(to)}`.replace(/\s+/g, ' ').trim();
};
