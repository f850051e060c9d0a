/**
 * Dates in English, Czech, Slovak, German and Polish: "6 February 2026", "6. februára 2026", "6. März 2026", "February 6, 2026", "16 January, 2025",
 * "6. února 2026" (Czech month names in every case: února, květnu, prosince ...), "06.02.2026",
 * "6. 2. 2026", "09/11/2016" (day first: 9 November), "2026-02-06", ISO date-times. Returns ISO
 * yyyy-mm-dd strings: a date without a time zone stays that date. One pass over the text with
 * bounded patterns: linear in its length.
 */
import { format } from 'date-fns';
import { fold } from './clean.ts';

/**
 * The one yyyy-MM-dd formatter, for the two kinds of Date there are. A calendar day (a document's
 * date: front matter, a date read from the text) is held at UTC midnight and read in 'utc', so it
 * stays that day wherever the bot runs; an instant (now, a relative date option) is the day it
 * falls on where the bot runs: 'local'.
 */
export const isoDay = (date: Date, zone: 'utc' | 'local'): string =>
  zone === 'utc' ? date.toISOString().slice(0, 10) : format(date, 'yyyy-MM-dd');

/** An inclusive range of ISO dates: a period, a date option's meaning. */
export interface DateRange {
  start: string;
  end: string;
}

const ENGLISH = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
/** Every case of every Czech month (folded): leden, ledna, lednu, lednem ... */
const CZECH = [
  'leden ledna lednu lednem',
  'unor unora unoru unorem',
  'brezen brezna breznu breznem',
  'duben dubna dubnu dubnem',
  'kveten kvetna kvetnu kvetnem',
  'cerven cervna cervnu cervnem',
  'cervenec cervence cervenci cervencem',
  'srpen srpna srpnu srpnem',
  'zari zarim',
  'rijen rijna rijnu rijnem',
  'listopad listopadu listopadem',
  'prosinec prosince prosinci prosincem',
];

/** Slovak months in their cases (folded: január, januára, januári ...). */
const SLOVAK = [
  'januar januara januari',
  'februar februara februari',
  'marec marca marci',
  'april aprila aprili',
  'maj maja maji',
  'jun juna juni',
  'jul jula juli',
  'august augusta auguste',
  'september septembra septembri',
  'oktober oktobra oktobri',
  'november novembra novembri',
  'december decembra decembri',
];
/** German months, Austrian forms included (Jänner, Feber), and their abbreviations. */
const GERMAN = [
  'januar janner jan',
  'februar feber feb',
  'marz mrz',
  'april apr',
  'mai',
  'juni',
  'juli',
  'august aug',
  'september sept',
  'oktober okt',
  'november nov',
  'dezember dez',
];
/** Polish months in the nominative and genitive (folded: styczeń, stycznia ...). */
const POLISH = [
  'styczen stycznia',
  'luty lutego',
  'marzec marca',
  'kwiecien kwietnia',
  'maj maja',
  'czerwiec czerwca',
  'lipiec lipca',
  'sierpien sierpnia',
  'wrzesien wrzesnia',
  'pazdziernik pazdziernika',
  'listopad listopada',
  'grudzien grudnia',
];

const MONTHS = new Map<string, number>();
ENGLISH.forEach((name, i) => {
  MONTHS.set(name, i + 1);
  MONTHS.set(name.slice(0, 3), i + 1);
});
MONTHS.set('sept', 9);
for (const language of [CZECH, SLOVAK, GERMAN, POLISH])
  language.forEach((forms, i) => forms.split(' ').forEach((form) => MONTHS.set(form, i + 1)));

/** The month a word names (English full or abbreviated, Czech in any case), 1-12. */
export const monthOf = (word: string): number | undefined => MONTHS.get(fold(word).replace(/\.$/, ''));

const WORD = String.raw`\p{L}{3,12}\.?`;
const ISO = String.raw`(?<iso>(?<!\d)\d{4}-\d{2}-\d{2})(?!\d)`;
/** The forms that end with their year: "6. 2. 2026", "09/11/2016", "6 February 2026", "February 6, 2026". */
const YEAR_LAST = [
  String.raw`(?<!\d)(?<nd>\d{1,2})\.\s?(?<nm>\d{1,2})\.\s?(?<ny>\d{4})(?!\d)`,
  String.raw`(?<!\d)(?<sd>\d{1,2})[/-](?<sm>\d{1,2})[/-](?<sy>\d{4})(?!\d)`,
  String.raw`(?<!\d)(?<wd>\d{1,2})(?:st|nd|rd|th)?\.?\s(?:of\s)?(?<wm>${WORD}),?\s(?<wy>\d{4})(?!\d)`,
  String.raw`(?<![\p{L}])(?<mm>${WORD})\s(?<md>\d{1,2})(?:st|nd|rd|th)?,?\s(?<my>\d{4})(?!\d)`,
];
const DATE_IN_TEXT = new RegExp([ISO, ...YEAR_LAST].join('|'), 'gu');

/**
 * Every date has a year of four digits, so dates are looked for only around years: an ISO date
 * starting at one, or another form ending at one within the few characters before it. Scanning the
 * whole text with every form at every position cost more than all the other date work.
 */
const YEAR = /(?<!\d)\d{4}(?!\d)/g;
const ISO_AT = new RegExp(ISO, 'uy');
const YEAR_LAST_BEFORE = new RegExp(`(?:${YEAR_LAST.join('|')})$`, 'u');
/** Longer than any year-last form, with room for the character its look-behind reads. */
const LOOK_BACK = 40;

function iso(year: number, month: number | undefined, day: number): string | undefined {
  if (!month || year < 1900 || year > 2200 || day < 1) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return undefined;
  return isoDay(date, 'utc');
}

function fromMatch(groups: Record<string, string | undefined>): string | undefined {
  const n = (value: string | undefined) => Number(value);
  if (groups.iso) return iso(n(groups.iso.slice(0, 4)), n(groups.iso.slice(5, 7)), n(groups.iso.slice(8, 10)));
  if (groups.nd) return iso(n(groups.ny), n(groups.nm), n(groups.nd));
  if (groups.sd) return iso(n(groups.sy), n(groups.sm), n(groups.sd));
  if (groups.wd) return iso(n(groups.wy), monthOf(groups.wm ?? ''), n(groups.wd));
  if (groups.mm) return iso(n(groups.my), monthOf(groups.mm), n(groups.md));
  return undefined;
}

/** Every date written in a text with where it stands, in order of appearance. */
export function datesIn(text: string): Array<{ date: string; index: number; end: number }> {
  const found: Array<{ date: string; index: number; end: number }> = [];
  let end = 0;
  for (const year of text.matchAll(YEAR)) {
    const at = year.index;
    if (at < end) continue;
    const windowStart = Math.max(end, at - LOOK_BACK);
    const before = YEAR_LAST_BEFORE.exec(text.slice(windowStart, at + 4));
    const yearLast = before && fromMatch(before.groups ?? {});
    if (before && yearLast) {
      found.push({ date: yearLast, index: windowStart + before.index, end: at + 4 });
      end = at + 4;
      continue;
    }
    ISO_AT.lastIndex = at;
    const iso = ISO_AT.exec(text);
    const date = iso && fromMatch(iso.groups ?? {});
    if (iso && date) {
      found.push({ date, index: at, end: at + iso[0].length });
      end = at + iso[0].length;
    }
  }
  return found;
}

/** Every date written in a text, in order of appearance, as ISO strings. */
export const findDates = (text: string): string[] => datesIn(text).map((found) => found.date);

/** Parse one date written on its own (or an ISO date-time); undefined when it is not a plausible date. */
export function parseDate(text: string): string | undefined {
  const trimmed = text.trim();
  const [first] = findDates(trimmed);
  if (!first) return undefined;
  // On its own: nothing but the date, a weekday, a time or a zone around it.
  const rest = trimmed
    .replace(DATE_IN_TEXT, '')
    .replace(
      /\b(?:mon|tue|wed|thu|fri|sat|sun)\w*\b|\b(?:po|út|st|čt|pá|so|ne)\b|T?\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?|Z|[+-]\d{2}:?\d{2}|[\s,.()]/giu,
      '',
    );
  return rest.length <= 3 ? first : undefined;
}

/** Weekday names (folded) in English, Czech, Slovak and German, Monday first, in the forms after "on / v / vo / am / do". */
const WEEKDAYS = [
  'monday pondeli pondelka pondelku pondelok montag',
  'tuesday utery uterka uterku utorok utorka dienstag',
  'wednesday streda stredu stredy strede mittwoch',
  'thursday ctvrtek ctvrtka ctvrtku stvrtok stvrtka stvrtku donnerstag',
  'friday patek patku piatok piatka piatku freitag',
  'saturday sobota sobotu soboty sobote samstag',
  'sunday nedele nedeli nedelu nedela sonntag',
];
const WEEKDAY_OF = new Map<string, number>();
WEEKDAYS.forEach((forms, i) => forms.split(' ').forEach((form) => WEEKDAY_OF.set(form, (i + 1) % 7)));
/** "on Thursday", "ve čtvrtek", "vo štvrtok", "am Donnerstag", "yesterday / včera / včera / gestern", "today / dnes / heute". */
const RELATIVE_DAY =
  /(?<!\p{L})(?:(?:on|v|ve|vo|am)\s+(?!letzten|vergangenen)(\p{L}+)|(yesterday|včera|gestern|gestrigen|včerejší\p{L}*|včerajš\p{L}*)|(today|dnes|dnešním|heute)|(?:next|příští|budúci|budúcu|nächsten|kommenden)\s+(\p{L}+)|(?:last|minulý|minulou|minulú|minulého|(?:am\s+)?(?:letzten|vergangenen))\s+(\p{L}+))(?!\p{L})/giu;

/** A weekday by its name, or a German one with its time of day ("Montagabend", "Dienstagmorgen"). */
const weekdayOf = (word: string): number | undefined => {
  const folded = fold(word);
  return WEEKDAY_OF.get(folded) ?? WEEKDAY_OF.get(folded.replace(/(?:abend|morgen|nachmittag|vormittag|nacht)$/, ''));
};

/**
 * Every day a text's relative phrases name, counted from its dateline, with where each stands:
 * "came into force on Saturday" in an item of Monday 3 October is Saturday 1 October (a report
 * tells what has happened: the weekday on or before the dateline); "next Wednesday" is the
 * Wednesday of the week after the dateline's.
 */
export function relativeDays(
  text: string,
  dateline: string | undefined,
): Array<{ date: string; index: number; end: number }> {
  if (!dateline || !/^\d{4}-\d{2}-\d{2}$/.test(dateline)) return [];
  const anchor = new Date(`${dateline}T00:00:00Z`);
  const found: Array<{ date: string; index: number; end: number }> = [];
  /** The phrase `match`, `days` after the dateline (before it when negative). */
  const add = (match: RegExpMatchArray, days: number) =>
    found.push({
      date: isoDay(new Date(anchor.getTime() + days * 86_400_000), 'utc'),
      index: match.index!,
      end: match.index! + match[0].length,
    });
  /** Whether a phrase stands where one already read does. */
  const readAlready = (match: RegExpMatchArray) =>
    found.some((f) => f.index < match.index! + match[0].length && match.index! < f.end);
  /** Days from the dateline to a weekday of the week after its own. */
  const nextWeeks = (weekday: number) => 7 - ((anchor.getUTCDay() + 6) % 7) + ((weekday + 6) % 7);
  for (const match of text.matchAll(RELATIVE_DAY)) {
    if (match[2]) add(match, -1);
    else if (match[3]) add(match, 0);
    else {
      // "next Wednesday", "příští středu", "nächsten Mittwoch": that day of the week after the dateline's.
      const weekday = weekdayOf(match[4] ?? match[5] ?? match[1] ?? '');
      if (weekday === undefined) continue;
      const before = (anchor.getUTCDay() - weekday + 7) % 7;
      // "last Thursday" written on a Thursday is the week before's; "on Thursday" is that very day.
      add(match, match[4] ? nextWeeks(weekday) : match[5] ? -(before || 7) : -before);
    }
  }
  // "by Friday next week", "do pátku příštího týdne", "bis Freitag nächster Woche".
  for (const match of text.matchAll(DAY_NEXT_WEEK)) {
    const weekday = weekdayOf(match[1]!);
    if (weekday === undefined || readAlready(match)) continue;
    add(match, nextWeeks(weekday));
  }
  // "within ten days", "do deseti dnů od odeslání", "binnen 14 Tagen": the last day of the period.
  for (const match of text.matchAll(WITHIN_DAYS)) {
    const days = daysIn(match);
    if (days === undefined || readAlready(match)) continue;
    add(match, days);
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Counts of days written as words, in the forms after "within / do / binnen" (folded). */
const DAY_COUNTS = new Map<string, number>(
  Object.entries({
    2: 'two dvou dvoch zwei',
    3: 'three tri trech troch drei',
    5: 'five peti pet piatich pat funf',
    7: 'seven sedmi sedm siedmich sedem sieben',
    10: 'ten deseti deset desiatich desat zehn',
    14: 'fourteen ctrnacti ctrnact strnastich strnast vierzehn',
    15: 'fifteen patnacti patnact patnastich patnast funfzehn',
    30: 'thirty triceti tricet tridsiatich tridsat dreissig',
  }).flatMap(([days, forms]) => forms.split(' ').map((form) => [form, Number(days)] as const)),
);
/**
 * A period of days from the dateline, a deadline: "within 10 days", "do deseti dnů", "v lhůtě 7
 * dní", "binnen zehn Tagen". Each language's preposition with its own word for days ("do ten
 * days" is no deadline); "během tří dnů" tells what happened, not what is due.
 */
const WITHIN_DAYS =
  /(?<!\p{L})(?:(?:within)\s+(\d{1,2}|\p{L}+)\s+days|(?:do|v\s+lhůtě|v\s+lehote)\s+(\d{1,2}|\p{L}+)\s+(?:dnů|dní|dnu|dni)|(?:binnen|innerhalb\s+von)\s+(\d{1,2}|\p{L}+)\s+Tagen)(?!\p{L})/giu;

/** Whether a text names a period of days from its date ("do deseti dnů", "within 14 days"): a date to read by. */
export const namesPeriodOfDays = (text: string): boolean =>
  [...text.matchAll(WITHIN_DAYS)].some((match) => daysIn(match) !== undefined);

/** The number of days a `WITHIN_DAYS` match names, as digits or a word. */
const daysIn = (match: RegExpMatchArray): number | undefined => {
  const count = match[1] ?? match[2] ?? match[3] ?? '';
  return /^\d+$/.test(count) ? Number(count) : DAY_COUNTS.get(fold(count));
};

/** A weekday of the week after the dateline's: "Friday next week", "pátku příštího týdne", "Freitag nächster Woche". */
const DAY_NEXT_WEEK =
  /(?<!\p{L})(\p{L}+)\s+(?:of\s+)?(?:next\s+week|příštího\s+týdne|budúceho\s+týždňa|nächster\s+woche|kommender\s+woche)(?!\p{L})/giu;

/** The first day a news item's relative phrases name (see `relativeDays`); undefined when it has none. */
export const relativeDay = (text: string, dateline: string | undefined): string | undefined =>
  relativeDays(text, dateline)[0]?.date;

/** "in April 2015", "im September 2023", "v dubnu 2015", "v apríli 2015": a month of a year (no day). */
const MONTH_YEAR = /(?<![\p{L}\d])(\p{L}{3,12})\s+(\d{4})(?!\d)/gu;
/** "last April", "letzten April", "loni v dubnu", "minulý apríl": the month last passed before the dateline. */
const LAST_MONTH =
  /(?<!\p{L})(?:last|letzten|vergangenen|minul\p{L}*|loni\s+v|vlani\s+v|loni\s+ve|vlani\s+vo)\s+(\p{L}{3,12})(?!\p{L})/giu;

/** "in April last year", "im April letzten Jahres", "v dubnu minulého roku", "v apríli minulého roka": that month of the year before. */
const MONTH_LAST_YEAR =
  /(?<!\p{L})(\p{L}{3,12})\s+(?:of\s+)?(?:last\s+year|letzten\s+jahres|vergangenen\s+jahres|des\s+vorjahres|minulého\s+roku|minulého\s+roka|loňského\s+roku)(?!\p{L})/giu;

/** "next January", "nächsten Januar", "kommenden Januar": the month next to come after the dateline. */
const NEXT_MONTH = /(?<!\p{L})(?:next|nächsten|kommenden)\s+(\p{L}{3,12})(?!\p{L})/giu;

/** "in January next year", "im Januar nächsten Jahres", "v lednu příštího roku", "v januári budúceho roka": that month of the year after. */
const MONTH_NEXT_YEAR =
  /(?<!\p{L})(\p{L}{3,12})\s+(?:of\s+)?(?:next\s+year|nächsten\s+jahres|kommenden\s+jahres|příštího\s+roku|budúceho\s+roka)(?!\p{L})/giu;

const yearMonth = (year: number, month: number): string => `${year}-${String(month).padStart(2, '0')}`;

/**
 * A month named after a preposition, without a day or a year ("naplánována na září", "planned for
 * September", "im September", "v októbri"): which year it is in, only what is said around it tells.
 */
const BARE_MONTH =
  /(?<!\p{L})(?:in|for|by|until|v|ve|vo|na|do|od|im|ab|bis|für|fur)\s+(\p{L}{3,12})(?![\p{L}\d]|\.?\s*\d)/giu;

/**
 * The months a text names bare (`BARE_MONTH`), each as the first of that month to come on or after
 * the dateline's month: the reading of "the next action is planned for September" in an item of
 * May 2026 (September 2026), or in one of November (September of the year after).
 */
export function comingMonths(text: string, dateline: string): Array<{ date: string; index: number; end: number }> {
  if (!/^\d{4}-\d{2}/.test(dateline)) return [];
  const [year, now] = [Number(dateline.slice(0, 4)), Number(dateline.slice(5, 7))];
  const found: Array<{ date: string; index: number; end: number }> = [];
  for (const match of text.matchAll(BARE_MONTH)) {
    const month = monthOf(match[1]!);
    if (month === undefined || /\d\.?\s*$/.test(text.slice(Math.max(0, match.index - 4), match.index))) continue;
    found.push({
      date: yearMonth(month >= now ? year : year + 1, month),
      index: match.index,
      end: match.index + match[0].length,
    });
  }
  return found;
}

/**
 * Months a text names without a day, as "YYYY-MM", with where each stands: "signed in April
 * 2015", and, counted from the dateline, "last April" (in an item of 2 October 2016, April
 * 2016), "April last year" (April 2015), "next January" (January 2017) and "in January next
 * year" (January 2017). A month that is part of a full date ("14. April 2015") is none of them.
 */
export function monthsIn(text: string, dateline?: string): Array<{ date: string; index: number; end: number }> {
  const found: Array<{ date: string; index: number; end: number }> = [];
  for (const match of text.matchAll(MONTH_YEAR)) {
    const month = monthOf(match[1]!);
    if (month === undefined || /\d\.?\s*$/.test(text.slice(Math.max(0, match.index - 4), match.index))) continue;
    found.push({ date: yearMonth(Number(match[2]), month), index: match.index, end: match.index + match[0].length });
  }
  if (dateline && /^\d{4}-\d{2}/.test(dateline))
    for (const match of text.matchAll(LAST_MONTH)) {
      const month = monthOf(match[1]!);
      if (month === undefined) continue;
      const year = Number(dateline.slice(0, 4));
      // "loni / vlani": of last year, whatever the month; "last April": the April last passed.
      const lastYear = /^(?:loni|vlani)/iu.test(match[0]);
      const passed = !lastYear && month < Number(dateline.slice(5, 7)) ? year : year - 1;
      found.push({ date: yearMonth(passed, month), index: match.index, end: match.index + match[0].length });
    }
  if (dateline && /^\d{4}-\d{2}/.test(dateline)) {
    const year = Number(dateline.slice(0, 4));
    for (const match of text.matchAll(NEXT_MONTH)) {
      const month = monthOf(match[1]!);
      if (month === undefined) continue;
      const coming = month > Number(dateline.slice(5, 7)) ? year : year + 1;
      found.push({ date: yearMonth(coming, month), index: match.index, end: match.index + match[0].length });
    }
    for (const match of text.matchAll(MONTH_NEXT_YEAR)) {
      const month = monthOf(match[1]!);
      if (month !== undefined)
        found.push({ date: yearMonth(year + 1, month), index: match.index, end: match.index + match[0].length });
    }
  }
  if (dateline && /^\d{4}-\d{2}/.test(dateline))
    for (const match of text.matchAll(MONTH_LAST_YEAR)) {
      const month = monthOf(match[1]!);
      if (month === undefined) continue;
      const year = Number(dateline.slice(0, 4)) - 1;
      found.push({ date: yearMonth(year, month), index: match.index, end: match.index + match[0].length });
    }
  return found.sort((a, b) => a.index - b.index);
}

/** "13. srpna", "13 August", "am 13. August", "August 13": a day and a month word, no year after it. */
const DAY_MONTH =
  /(?<![\p{L}\d.])(?:(\d{1,2})(?:st|nd|rd|th)?\.?\s+(?:of\s+)?(\p{L}{3,12})\.?|(\p{L}{3,12})\s+(\d{1,2})(?:st|nd|rd|th)?)(?![\p{L}\d])(?!\.?\s*,?\s*\d)/gu;

/**
 * Days a text names by day and month alone, read by its dateline: the year that puts the day
 * nearest to it ("jsme 13. srpna ukončili" in an item of 21 August 2026 is 13 August 2026; "on
 * 3 January" in one of 28 December 2025 is 3 January 2026).
 */
export function yearlessDays(
  text: string,
  dateline: string | undefined,
): Array<{ date: string; index: number; end: number }> {
  if (!dateline || !/^\d{4}-\d{2}-\d{2}/.test(dateline)) return [];
  const anchor = Date.parse(`${dateline.slice(0, 10)}T00:00:00Z`);
  const year = Number(dateline.slice(0, 4));
  const found: Array<{ date: string; index: number; end: number }> = [];
  const pattern = new RegExp(DAY_MONTH);
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const word = match[2] ?? match[3] ?? '';
    // English months are written capitalised: "they may", "to march" are verbs.
    const month = /^(?:may|march)$/.test(word) ? undefined : monthOf(word);
    const day = Number(match[1] ?? match[4]);
    // "skončily 13. srpna": a word before a number is no month; the day may still start one.
    if (month === undefined) {
      pattern.lastIndex = match.index + 1;
      continue;
    }
    const nearest = [year - 1, year, year + 1]
      .map((y) => iso(y, month, day))
      .filter((date): date is string => date !== undefined)
      .sort((a, b) => Math.abs(Date.parse(a) - anchor) - Math.abs(Date.parse(b) - anchor))[0];
    if (nearest) found.push({ date: nearest, index: match.index, end: match.index + match[0].length });
  }
  return found;
}
