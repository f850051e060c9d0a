/**
 * Phone numbers in free text, and in the value of a labelled contact line ("Secretariat: a; b - 24/7").
 * Candidates are digit groups joined by single separators (space . / -), so notes such as
 * "- 24/7" or "; 601 123 456" never glue onto a number (libphonenumber's own finder reads
 * "; 601" as an extension). Each candidate is validated with libphonenumber-js "max" metadata
 * (precise per-type patterns, not only lengths). Country names map to regions via countries.ts.
 */
import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { findCountry } from '../countries.ts';
import { fold } from '../clean.ts';
import { findDates } from '../dates.ts';
import type { PhoneNumber } from '../types.ts';

export type { CountryCode };

/** One number as found in a text: formats when valid, the raw text otherwise. */
export interface FoundPhone {
  raw: string;
  /** Offset of raw in the text searched. */
  index: number;
  e164?: string;
  international: string;
  national: string;
}

const GROUP = String.raw`(?:\(\d{1,4}\)|\d{1,5})`;
/** Optional + or 00, then three to eight digit groups with at most one separator between them. */
const PHONE_CANDIDATE = new RegExp(String.raw`(?<![\w+/.-])(?:\+ ?)?${GROUP}(?:[ ./-]?${GROUP}){2,7}(?![\w/])`, 'g');
/**
 * A number written the German way, its area code and extension set off by a spaced dash or slash:
 * "0 35 01 - 7 95 70 21", "0 99 72 - 94 07 - 10 10", "0172 / 3 84 91 06". It starts with the
 * trunk 0 (or a country code), so a note after a number ("974 000 000 - 24/7") never joins it.
 */
const SPACED_CANDIDATE =
  /(?<![\w+/.-])(?:\+ ?\d{1,3} ?(?:\(0\) ?)?|0)\d{0,5}(?: \d{1,5})*(?: [/-] \d{1,5}(?: \d{1,5})*){1,2}(?![\w/])/g;
const MIN_DIGITS = 6;
const MAX_DIGITS = 15;

const digitCount = (text: string): number => text.replace(/\D/g, '').length;

/** A run that is really a date ("06.02.2026", "2026-02-06") is never a phone number. */
const looksLikeDate = (text: string): boolean => findDates(text).length > 0;

/**
 * Where a number written with a trunk 0 may be from when the document's own region does not fit it
 * (Czech numbers have no trunk 0): the neighbours that dial one, so a German number on a page
 * mostly about Czechia is still read ("0 35 01 - 79 50 888").
 */
const TRUNK_ZERO_REGIONS: readonly CountryCode[] = ['SK', 'DE', 'AT', 'HU', 'PL'];

/**
 * Regions whose numbers run on into extensions of any length ("+43 59133 30 4100": a switchboard,
 * then the desk): a library's grouping splits them where nobody does ("+43 59 1333 04100"), so
 * they keep the groups they were written in.
 */
const WRITTEN_GROUPS: ReadonlySet<CountryCode> = new Set(['AT']);

/** A number's forms in its own groups: "0 59133 30 4100" is "+43 59133 30 4100" from abroad. */
function writtenGroups(raw: string, callingCode: string): { international: string; national: string } {
  const groups = raw
    .replace(/\(0\)/g, ' ')
    .replace(/[()./]/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  const head = groups[0] ?? '';
  let rest: string[];
  if (head.startsWith('+') || head.startsWith('00')) {
    const code = head.replace(/^\+|^00/, '');
    rest = code === callingCode ? groups.slice(1) : [code.slice(callingCode.length), ...groups.slice(1)];
  } else rest = [head.replace(/^0/, ''), ...groups.slice(1)];
  rest = rest.filter(Boolean);
  return { international: `+${callingCode} ${rest.join(' ')}`, national: `0${rest.join(' ')}` };
}

/** Validate one candidate; an invalid one keeps its raw text in every format. */
function formatPhone(raw: string, defaultRegion?: CountryCode): Omit<FoundPhone, 'index'> {
  const direct = parsePhoneNumberFromString(raw, defaultRegion);
  let parsed = direct;
  if (!direct?.isValid() && /^\(?0/.test(raw)) {
    const valid = TRUNK_ZERO_REGIONS.filter((region) => region !== defaultRegion)
      .map((region) => parsePhoneNumberFromString(raw, region))
      .filter((candidate) => candidate?.isValid());
    // Of the neighbours it is valid in, the one whose area code is the group it was written with
    // ("09431 8896-0" is Schwandorf's 09431, not a Slovak 0943 …).
    const area = /^\(?(0\d+)/.exec(raw)?.[1];
    const byArea = valid.filter((candidate) => candidate?.formatNational().split(/[\s-]/)[0] === area);
    // A desk's extension after a hyphen ("0851 95988-0", "-199") is how German and Austrian numbers are written.
    const extension = /\d-\d{1,4}$/.test(raw);
    parsed =
      (extension
        ? byArea.find((candidate) => candidate?.country === 'DE' || candidate?.country === 'AT')
        : undefined) ??
      byArea[0] ??
      valid[0] ??
      direct;
  }
  if (parsed?.isValid()) {
    if (parsed.country && WRITTEN_GROUPS.has(parsed.country))
      return { raw, e164: parsed.number, ...writtenGroups(raw, parsed.countryCallingCode) };
    return { raw, e164: parsed.number, international: parsed.formatInternational(), national: parsed.formatNational() };
  }
  return { raw, international: raw, national: raw };
}

/** Every phone-number-like run of digits in a text, valid or not, in order. */
export function parsePhoneNumbers(text: string, defaultRegion?: CountryCode): FoundPhone[] {
  const found: FoundPhone[] = [];
  const spaced = [...text.matchAll(SPACED_CANDIDATE)].filter((match) => {
    const digits = digitCount(match[0]);
    return digits >= MIN_DIGITS && digits <= MAX_DIGITS;
  });
  const inSpaced = (at: number) => spaced.some((m) => at >= m.index && at < m.index + m[0].length);
  const candidates = [...spaced, ...[...text.matchAll(PHONE_CANDIDATE)].filter((m) => !inSpaced(m.index))].sort(
    (a, b) => a.index - b.index,
  );
  for (const match of candidates) {
    const raw = match[0].trim();
    const digits = digitCount(raw);
    if (digits < MIN_DIGITS || digits > MAX_DIGITS || looksLikeDate(raw)) continue;
    found.push({ ...formatPhone(raw, defaultRegion), index: (match.index ?? 0) + match[0].indexOf(raw) });
  }
  return found;
}

/** Labels and notes that describe a number (compared folded). */
export const PHONE_LABEL =
  /\b(tel|telephone|telefon|phone|fax|telefax|fernruf|rufnummer|mobile?|mob|gsm|hotline|linka|cislo|number)\b/;
const FAX = /\b(fax|telefax)\b/;
const AVAILABLE_247 =
  /24\s*\/\s*7|\bstala sluzba\b|\bpermanent service\b|\bduty officer\b|\b24\s*-?\s*(?:h|hrs?|hours?|hod\w*)\b|\bnon-?stop\b|round[- ]the[- ]clock|around the clock|nepretrzit|rund um die uhr/;

export const has247 = (text: string): boolean => AVAILABLE_247.test(fold(text));

/** An e-mail address, starting only where a word starts: one attempt per word keeps it linear. */
const EMAIL_LIKE = /(?<![^\s,;<(])[^\s@,;<>()]+@[^\s,;<>()]+/g;

type PhoneSegment = { label: string; numbers: FoundPhone[]; note: string };

/** The pieces of a value between commas, semicolons and "or", each with its own label if it has one ("fax: ..."). */
export function segmentsOf(value: string, label: string): Array<{ label: string; text: string }> {
  // Spaces collapsed first: a split pattern starting with \s* retried along a long run of spaces is quadratic.
  return value
    .replace(/\s+/g, ' ')
    .split(/ ?[;,] ?| (?:or|nebo|alebo|oder) /)
    .filter((segment) => segment.trim() !== '')
    .map((segment) => {
      const sublabelled = /^(\p{L}[\p{L}. /-]{0,20}?)\s*:\s*(.*)$/u.exec(segment);
      return sublabelled
        ? { label: (sublabelled[1] ?? '').trim(), text: sublabelled[2] ?? '' }
        : { label, text: segment };
    });
}

function readSegment(segment: { label: string; text: string }, region?: CountryCode): PhoneSegment {
  const isPhoneLabel = PHONE_LABEL.test(fold(segment.label));
  const numbers = parsePhoneNumbers(segment.text, region).filter((phone) => phone.e164 !== undefined || isPhoneLabel);
  // The note is the text between the numbers, cut at their offsets: one replace per number would be quadratic.
  const pieces: string[] = [];
  let from = 0;
  for (const phone of numbers) {
    pieces.push(segment.text.slice(from, phone.index));
    from = phone.index + phone.raw.length;
  }
  pieces.push(segment.text.slice(from));
  return {
    label: segment.label,
    numbers,
    note: pieces
      .join(' ')
      .replace(/[\s()[\]–—-]+/g, ' ')
      .trim(),
  };
}

/** Whether a text marks a number as a fax, or as reachable around the clock. */
const describes = (text: string) => {
  const folded = fold(text);
  return { fax: FAX.test(folded), available247: AVAILABLE_247.test(folded) };
};

/**
 * Phones in a value. A note standing after the last number ("- 24/7", "- FAX 24/7 service") or in
 * a piece of its own describes the whole line; a note between numbers describes only its piece.
 */
export function phonesInValue(label: string, value: string, region?: CountryCode): PhoneNumber[] {
  const read = segmentsOf(value.replace(EMAIL_LIKE, ' '), label).map((segment) => readSegment(segment, region));
  const numbered = read.filter((segment) => segment.numbers.length > 0);
  const innerNotes = numbered.slice(0, -1).some((segment) => segment.note !== '');
  const lastNote = innerNotes ? '' : (numbered[numbered.length - 1]?.note ?? '');
  const line = describes(
    [...read.filter((segment) => segment.numbers.length === 0).map((segment) => segment.note), lastNote].join(' '),
  );
  return numbered.flatMap((segment) => {
    // Each text is folded and tested once per piece, never once per number: a long line stays linear.
    const own = describes(`${segment.label} ${innerNotes ? segment.note : ''}`);
    const fax = line.fax || own.fax;
    const available247 = line.available247 || own.available247;
    return segment.numbers.map(({ raw, e164, international, national }) => ({
      label: segment.label,
      raw,
      ...(e164 ? { e164 } : {}),
      international,
      national,
      fax,
      available247,
    }));
  });
}

/** "Czechia", "Czech Republic" or "Czech" → "CZ" (via the shared country table); undefined when unknown. */
export function regionForCountry(country: string | undefined): CountryCode | undefined {
  const code = country ? findCountry(country)?.code : undefined;
  return code && isSupportedCountry(code) ? code : undefined;
}
