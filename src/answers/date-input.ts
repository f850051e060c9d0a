/**
 * Dates typed by a user: ISO and day-first dates ("2026-02-06", "6.2.2026", "6 February 2026"),
 * relative forms ("30d", "2w", "6m", "1y", "today", "yesterday", "last week", "last month",
 * "this year") and periods ("2025", "2025-03", "March 2025"). Each becomes an inclusive range of
 * ISO dates, so `since` takes its start and `until` its end.
 */
import {
  endOfMonth, endOfYear, format, isValid, parse, startOfMonth, startOfYear, subDays, subMonths, subWeeks, subYears,
} from 'date-fns';
import { parseDate } from '../corpus/dates.ts';
import type { Messages } from '../i18n/messages.ts';
import { UserError } from '../framework/errors.ts';


export interface DateRange {
  start: string;
  end: string;
}

const iso = (date: Date): string => format(date, 'yyyy-MM-dd');
const day = (date: Date): DateRange => ({ start: iso(date), end: iso(date) });
const upToNow = (from: Date, now: Date): DateRange => ({ start: iso(from), end: iso(now) });
const month = (date: Date): DateRange => ({ start: iso(startOfMonth(date)), end: iso(endOfMonth(date)) });

const RELATIVE = /^(\d{1,4})\s*(d|days?|w|weeks?|m|months?|y|years?)$/;

function relative(text: string, now: Date): DateRange | undefined {
  const match = RELATIVE.exec(text);
  if (!match) return undefined;
  const amount = Number(match[1]);
  const unit = match[2]![0];
  const from = unit === 'd' ? subDays(now, amount) : unit === 'w' ? subWeeks(now, amount) : unit === 'm' ? subMonths(now, amount) : subYears(now, amount);
  return upToNow(from, now);
}

function named(text: string, now: Date): DateRange | undefined {
  switch (text) {
    case 'today':
    case 'dnes':
      return day(now);
    case 'yesterday':
    case 'vcera':
      return day(subDays(now, 1));
    case 'last week':
    case 'this week':
      return upToNow(subWeeks(now, 1), now);
    case 'last month':
      return month(subMonths(now, 1));
    case 'this month':
      return month(now);
    case 'last year':
      return { start: iso(startOfYear(subYears(now, 1))), end: iso(endOfYear(subYears(now, 1))) };
    case 'this year':
      return { start: iso(startOfYear(now)), end: iso(endOfYear(now)) };
    default:
      return undefined;
  }
}

function period(text: string): DateRange | undefined {
  if (/^\d{4}$/.test(text)) return { start: `${text}-01-01`, end: `${text}-12-31` };
  for (const pattern of ['yyyy-MM', 'MMMM yyyy', 'MMM yyyy', 'M/yyyy', 'M.yyyy']) {
    const date = parse(text, pattern, new Date(2000, 0, 1));
    if (isValid(date) && date.getFullYear() >= 1900) return month(date);
  }
  return undefined;
}

/** The years a date may fall in: anything else is a typo (9999y, 0001-01-01), not a filter. */
export const YEARS = { first: 1900, last: 2100 };

// start <= end as well: date-fns writes a year BC (9999y ago) as a positive one.
const withinYears = (range: DateRange): boolean =>
  /^\d{4}-/.test(range.start) && /^\d{4}-/.test(range.end) && range.start <= range.end &&
  Number(range.start.slice(0, 4)) >= YEARS.first && Number(range.end.slice(0, 4)) <= YEARS.last;

/** The range a typed date stands for, or undefined when it is not one (or falls outside YEARS). */
export function parseDateInput(value: string, now: Date): DateRange | undefined {
  const text = value.trim().toLowerCase().replace(/\s+/g, ' ');
  const exact = parseDate(value);
  const range = exact ? { start: exact, end: exact } : relative(text, now) ?? named(text, now) ?? period(value.trim());
  return range && withinYears(range) ? range : undefined;
}

/**
 * A date option as the filter it stands for: `since` takes the start of the range, `until` its
 * end; undefined stays undefined; anything unreadable is the user's mistake, said in their language.
 */
export function dateOption(value: string | undefined, edge: keyof DateRange, ctx: { now: Date; t: Messages }): string | undefined {
  if (value === undefined) return undefined;
  const range = parseDateInput(value, ctx.now);
  if (!range) throw new UserError(ctx.t.badDate(value));
  return range[edge];
}
