/**
 * Day-first date parsing with date-fns: "6 February 2026", "16 January, 2025", "06.02.2026",
 * "09/11/2016" (9 November), "2026-02-06". Returns ISO yyyy-mm-dd strings: dates without a time
 * zone stay dates, so a document dated 6 February never becomes 5 February in UTC-1.
 */
import { format, isValid, parse } from 'date-fns';

const REFERENCE = new Date(2000, 0, 1);

/** Formats tried in order; day first wherever the order is ambiguous. */
const FORMATS = [
  'yyyy-MM-dd',
  'd.M.yyyy',
  'd. M. yyyy',
  'd/M/yyyy',
  'd-M-yyyy',
  'd MMMM yyyy',
  'd MMMM, yyyy',
  'd MMM yyyy',
  'd MMM, yyyy',
  'MMMM d, yyyy',
  'MMMM d yyyy',
  'MMM d, yyyy',
  'd. MMMM yyyy',
];

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const MONTH_ABBR = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
const MONTH = `(?:${MONTHS}|${MONTH_ABBR})\\.?`;

/** Date-like runs inside free text. Order matters: longest forms first. */
const DATE_IN_TEXT = new RegExp(
  [
    `\\b\\d{4}-\\d{2}-\\d{2}\\b`,
    `\\b\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?\\d{4}\\b`,
    `\\b\\d{1,2}/\\d{1,2}/\\d{4}\\b`,
    `\\b\\d{1,2}-\\d{1,2}-\\d{4}\\b`,
    `\\b\\d{1,2}\\.? ${MONTH},? \\d{4}\\b`,
    `\\b${MONTH} \\d{1,2},? \\d{4}\\b`,
  ].join('|'),
  'gi',
);

/** The one yyyy-MM-dd formatter: a Date as the ISO day it falls on (local time). */
export const isoDay = (date: Date): string => format(date, 'yyyy-MM-dd');

/** An inclusive range of ISO dates: a period, a date option's meaning. */
export interface DateRange {
  start: string;
  end: string;
}

/** Parse one date written on its own; undefined when it is not a plausible date. */
export function parseDate(text: string): string | undefined {
  const cleaned = text
    .trim()
    .replace(/(\d)(st|nd|rd|th)\b/gi, '$1')
    .replace(/\s+/g, ' ')
    .replace(/\b(Sept)\b/i, 'Sep')
    .replace(/\b([A-Za-z]{3,})\./, '$1');
  for (const pattern of FORMATS) {
    const date = parse(cleaned, pattern, REFERENCE);
    if (isValid(date) && date.getFullYear() >= 1900 && date.getFullYear() <= 2200) return isoDay(date);
  }
  return undefined;
}

/** Every date written in a text, in order of appearance, as ISO strings. */
export function findDates(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(DATE_IN_TEXT)) {
    const iso = parseDate(match[0]);
    if (iso) found.push(iso);
  }
  return found;
}
