/**
 * Dates typed by a user, in English, Czech or German: ISO and day-first dates ("2026-02-06",
 * "6.2.2026", "6 February 2026", "6. února 2026", "6. Februar 2026"), relative forms ("30d", "2w",
 * "6m", "1y", "30 dní", "30 Tage", "today", "dnes", "heute", "yesterday", "včera", "gestern",
 * "last week", "minulý týden", "letzte Woche", "last month", "minulý měsíc", "letzten Monat",
 * "this year", "letos", "dieses Jahr") and periods ("2025", "2025-03", "March 2025", "březen 2025",
 * "März 2025"). Each becomes an inclusive range of ISO dates, so `since` takes its start and
 * `until` its end.
 */
import {
  endOfMonth,
  endOfYear,
  isValid,
  parse,
  startOfMonth,
  startOfYear,
  subDays,
  subMonths,
  subWeeks,
  subYears,
} from 'date-fns';
import { fold } from '../corpus/clean.ts';
import { isoDay, parseDate, type DateRange } from '../corpus/dates.ts';
import { UserError } from '../i18n/user-error.ts';
import { answerText } from './messages.ts';

const day = (date: Date): DateRange => ({ start: isoDay(date, 'local'), end: isoDay(date, 'local') });
const upToNow = (from: Date, now: Date): DateRange => ({ start: isoDay(from, 'local'), end: isoDay(now, 'local') });
const month = (date: Date): DateRange => ({
  start: isoDay(startOfMonth(date), 'local'),
  end: isoDay(endOfMonth(date), 'local'),
});
const year = (date: Date): DateRange => ({
  start: isoDay(startOfYear(date), 'local'),
  end: isoDay(endOfYear(date), 'local'),
});

/**
 * Units in English, (folded) Czech and German: "30d", "2 weeks", "30 dni", "2 tydny", "6 mesicu",
 * "1 rok", "30 Tage", "2 Wochen", "6 Monate", "1 Jahr".
 */
const RELATIVE =
  /^(\d{1,4})\s*(d|days?|dn[iy]|den|tage?n?|w|weeks?|tydn[uy]|tyden|wochen?|m|months?|mesic[eu]?|monate?n?|y|years?|roky?|let|jahre?n?)$/;
const unitOf = (word: string): 'd' | 'w' | 'm' | 'y' =>
  /^(d|tag)/.test(word) ? 'd' : /^(w|ty)/.test(word) ? 'w' : /^m/.test(word) ? 'm' : 'y';

function relative(text: string, now: Date): DateRange | undefined {
  const match = RELATIVE.exec(text);
  if (!match) return undefined;
  const amount = Number(match[1]);
  const unit = unitOf(match[2]!);
  const from =
    unit === 'd'
      ? subDays(now, amount)
      : unit === 'w'
        ? subWeeks(now, amount)
        : unit === 'm'
          ? subMonths(now, amount)
          : subYears(now, amount);
  return upToNow(from, now);
}

/** Named ranges, English, folded Czech ("vcera" is "včera" without its marks) and German. */
const NAMED: Record<string, (now: Date) => DateRange> = {
  today: day,
  dnes: day,
  yesterday: (now) => day(subDays(now, 1)),
  vcera: (now) => day(subDays(now, 1)),
  'last week': (now) => upToNow(subWeeks(now, 1), now),
  'this week': (now) => upToNow(subWeeks(now, 1), now),
  'minuly tyden': (now) => upToNow(subWeeks(now, 1), now),
  'tento tyden': (now) => upToNow(subWeeks(now, 1), now),
  'last month': (now) => month(subMonths(now, 1)),
  'minuly mesic': (now) => month(subMonths(now, 1)),
  'this month': month,
  'tento mesic': month,
  'last year': (now) => year(subYears(now, 1)),
  'minuly rok': (now) => year(subYears(now, 1)),
  loni: (now) => year(subYears(now, 1)),
  'this year': year,
  'tento rok': year,
  letos: year,
  heute: day,
  gestern: (now) => day(subDays(now, 1)),
  'letzte woche': (now) => upToNow(subWeeks(now, 1), now),
  'vorige woche': (now) => upToNow(subWeeks(now, 1), now),
  'diese woche': (now) => upToNow(subWeeks(now, 1), now),
  'letzten monat': (now) => month(subMonths(now, 1)),
  'letzter monat': (now) => month(subMonths(now, 1)),
  'vorigen monat': (now) => month(subMonths(now, 1)),
  'diesen monat': month,
  'dieser monat': month,
  'letztes jahr': (now) => year(subYears(now, 1)),
  'voriges jahr': (now) => year(subYears(now, 1)),
  'dieses jahr': year,
};

/** A named range; only the table's own names (a typed `__proto__` or `constructor` is no name). */
const named = (text: string, now: Date): DateRange | undefined =>
  Object.hasOwn(NAMED, text) ? NAMED[text]!(now) : undefined;

/** Czech month names, folded, in the genitive ("6. unora 2026") and the nominative ("brezen 2025"). */
const CZECH_MONTHS = [
  ['ledna', 'leden'],
  ['unora', 'unor'],
  ['brezna', 'brezen'],
  ['dubna', 'duben'],
  ['kvetna', 'kveten'],
  ['cervna', 'cerven'],
  ['cervence', 'cervenec'],
  ['srpna', 'srpen'],
  ['zari', 'zari'],
  ['rijna', 'rijen'],
  ['listopadu', 'listopad'],
  ['prosince', 'prosinec'],
] as const;
/** German month names, folded ("marz" is "März"), with Austria's "Jänner" and "Feber". */
const GERMAN_MONTHS = [
  ['januar', 'janner'],
  ['februar', 'feber'],
  ['marz'],
  ['april'],
  ['mai'],
  ['juni'],
  ['juli'],
  ['august'],
  ['september'],
  ['oktober'],
  ['november'],
  ['dezember'],
] as const;
const CZECH_MONTH = new Map<string, number>(
  [...CZECH_MONTHS, ...GERMAN_MONTHS].flatMap((forms, i) => forms.map((form) => [form, (i % 12) + 1] as const)),
);
const CZECH_DATE = /^(\d{1,2})\.?\s*([a-z]+)\s+(\d{4})$/;
const CZECH_PERIOD = /^([a-z]+)\s+(\d{4})$/;

/** "6. unora 2026" -> "6.2.2026", "marz 2025" -> "3/2025": Czech and German month names as numbers, for the parsers below. */
function czechMonthsAsNumbers(folded: string): string {
  const date = CZECH_DATE.exec(folded);
  const dateMonth = date && CZECH_MONTH.get(date[2]!);
  if (date && dateMonth) return `${date[1]}.${dateMonth}.${date[3]}`;
  const period = CZECH_PERIOD.exec(folded);
  const periodMonth = period && CZECH_MONTH.get(period[1]!);
  return period && periodMonth ? `${periodMonth}/${period[2]}` : folded;
}

function period(text: string): DateRange | undefined {
  if (/^\d{4}$/.test(text)) return { start: `${text}-01-01`, end: `${text}-12-31` };
  for (const pattern of ['yyyy-MM', 'MMMM yyyy', 'MMM yyyy', 'M/yyyy', 'M.yyyy']) {
    const date = parse(text, pattern, new Date(2000, 0, 1));
    if (isValid(date) && date.getFullYear() >= 1900) return month(date);
  }
  return undefined;
}

/** The range a typed date stands for, or undefined when it is not one. */
export function parseDateInput(value: string, now: Date): DateRange | undefined {
  const folded = czechMonthsAsNumbers(fold(value.trim()).replace(/\s+/g, ' '));
  const exact = parseDate(value) ?? parseDate(folded);
  const range = exact
    ? { start: exact, end: exact }
    : (relative(folded, now) ?? named(folded, now) ?? period(value.trim()) ?? period(folded));
  return range && withinYears(range) ? range : undefined;
}

/** The years a date may fall in: anything else is a typo (9999y, 0001-01-01), not a filter. */
const YEARS = { first: 1900, last: 2100 };

// start <= end as well: date-fns writes a year BC (9999y ago) as a positive one.
const withinYears = (range: DateRange): boolean =>
  /^\d{4}-/.test(range.start) &&
  /^\d{4}-/.test(range.end) &&
  range.start <= range.end &&
  Number(range.start.slice(0, 4)) >= YEARS.first &&
  Number(range.end.slice(0, 4)) <= YEARS.last;

/**
 * A date option as the filter it stands for: `since` takes the start of the range, `until` its
 * end; undefined stays undefined; anything unreadable is the user's mistake, said in their language.
 */
export function dateOption(value: string | undefined, edge: keyof DateRange, ctx: { now: Date }): string | undefined {
  if (value === undefined) return undefined;
  const range = parseDateInput(value, ctx.now);
  if (!range) throw UserError.of(answerText, 'badDate', value);
  return range[edge];
}
