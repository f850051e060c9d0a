/** Dates as people type them and read them, in English and Czech. */
import { describe, expect, it } from 'vitest';
import { dateOption, parseDateInput } from '../src/answers/date-input.ts';
import { findDates, relativeDays, yearlessDays } from '../src/corpus/dates.ts';
import { UserError } from '../src/i18n/user-error.ts';
import { readableDate } from '../src/i18n/dates.ts';
import { parseFile } from '../src/corpus/load.ts';
import { parseDocument } from '../src/corpus/parse.ts';

const NOW = new Date(2026, 1, 10, 12); // 10 February 2026, local time
const range = (value: string) => parseDateInput(value, NOW);

describe('date options', () => {
  it.each([
    ['2026-02-06', '2026-02-06', '2026-02-06'],
    ['6.2.2026', '2026-02-06', '2026-02-06'],
    ['6 February 2026', '2026-02-06', '2026-02-06'],
    ['6. února 2026', '2026-02-06', '2026-02-06'],
    ['6. unora 2026', '2026-02-06', '2026-02-06'],
    ['15. prosince 2025', '2025-12-15', '2025-12-15'],
    ['1. července 2025', '2025-07-01', '2025-07-01'],
    ['březen 2025', '2025-03-01', '2025-03-31'],
    ['March 2025', '2025-03-01', '2025-03-31'],
    ['2025', '2025-01-01', '2025-12-31'],
  ])('reads %s as %s to %s', (typed, start, end) => {
    expect(range(typed)).toEqual({ start, end });
  });

  it.each([
    ['yesterday', '2026-02-09', '2026-02-09'],
    ['včera', '2026-02-09', '2026-02-09'],
    ['dnes', '2026-02-10', '2026-02-10'],
    ['last month', '2026-01-01', '2026-01-31'],
    ['minulý měsíc', '2026-01-01', '2026-01-31'],
    ['this year', '2026-01-01', '2026-12-31'],
    ['letos', '2026-01-01', '2026-12-31'],
    ['loni', '2025-01-01', '2025-12-31'],
    ['minulý týden', '2026-02-03', '2026-02-10'],
    ['30d', '2026-01-11', '2026-02-10'],
    ['30 dní', '2026-01-11', '2026-02-10'],
    ['2 týdny', '2026-01-27', '2026-02-10'],
    ['6 měsíců', '2025-08-10', '2026-02-10'],
  ])('reads the relative %s as %s to %s', (typed, start, end) => {
    expect(range(typed)).toEqual({ start, end });
  });

  it.each([
    ['6. Februar 2026', '2026-02-06', '2026-02-06'],
    ['15. Dezember 2025', '2025-12-15', '2025-12-15'],
    ['3. Jänner 2026', '2026-01-03', '2026-01-03'],
    ['März 2025', '2025-03-01', '2025-03-31'],
    ['Mai 2025', '2025-05-01', '2025-05-31'],
    ['heute', '2026-02-10', '2026-02-10'],
    ['gestern', '2026-02-09', '2026-02-09'],
    ['letzten Monat', '2026-01-01', '2026-01-31'],
    ['dieses Jahr', '2026-01-01', '2026-12-31'],
    ['letztes Jahr', '2025-01-01', '2025-12-31'],
    ['letzte Woche', '2026-02-03', '2026-02-10'],
    ['30 Tage', '2026-01-11', '2026-02-10'],
    ['2 Wochen', '2026-01-27', '2026-02-10'],
    ['6 Monate', '2025-08-10', '2026-02-10'],
    ['1 Jahr', '2025-02-10', '2026-02-10'],
  ])('reads the German %s as %s to %s', (typed, start, end) => {
    expect(range(typed)).toEqual({ start, end });
  });

  it('refuses what is not a date, in the asker language', () => {
    expect(range('someday')).toBeUndefined();
    expect(range('32. února 2026')).toBeUndefined();
    let thrown: unknown;
    try {
      dateOption('someday', 'start', { now: NOW });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UserError);
    expect((thrown as UserError).text('en')).toContain('“someday” is not a date I understand');
    expect((thrown as UserError).text('cs')).toContain('„someday“ není datum');
  });

  it('gives since the start and until the end of a range', () => {
    expect(dateOption('březen 2025', 'start', { now: NOW })).toBe('2025-03-01');
    expect(dateOption('březen 2025', 'end', { now: NOW })).toBe('2025-03-31');
    expect(dateOption(undefined, 'end', { now: NOW })).toBeUndefined();
  });
});

describe('dates for people', () => {
  it('writes a date as the reader language does', () => {
    expect(readableDate('2026-02-06', 'en')).toBe('6 February 2026');
    expect(readableDate('2026-02-06', 'cs')).toBe('6. února 2026');
    expect(readableDate('2025-12-31', 'cs')).toBe('31. prosince 2025');
  });

  it('leaves what is not an ISO date as it is', () => {
    expect(readableDate('spring 2025', 'cs')).toBe('spring 2025');
  });
});

describe('days wherever the bot runs', () => {
  /** Run with the process in another time zone (Node reads TZ again when it is set). */
  async function inZone<T>(zone: string, run: () => T | Promise<T>): Promise<T> {
    const before = process.env.TZ;
    process.env.TZ = zone;
    try {
      return await run();
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  }
  const ZONES = ['UTC', 'Pacific/Auckland', 'Pacific/Honolulu'];

  it.each(ZONES)('keeps the day a document gives in its front matter or its text, in %s', async (zone) => {
    for (const date of ['2025-03-12', '!!timestamp 2025-03-12']) {
      const markdown = `---\ndate: ${date}\n---\n# Joint patrols\n\nOfficers of both countries began joint patrols.\n`;
      const fromFrontMatter = await inZone(zone, () => parseFile('entry.md', new TextEncoder().encode(markdown)));
      expect(fromFrontMatter.date, date).toBe('2025-03-12');
    }
    const fromText = await inZone(zone, () =>
      parseDocument('note.txt', 'Joint patrols\n\nSigned in Vienna on 1 January 2025.'),
    );
    expect(fromText.date).toBe('2025-01-01');
  });

  it('takes today as the day it is where the bot runs', async () => {
    const evening = new Date(Date.UTC(2026, 1, 9, 20)); // 9 February 20:00 UTC: already 10 February in Auckland
    expect(await inZone('UTC', () => parseDateInput('dnes', evening))).toEqual({
      start: '2026-02-09',
      end: '2026-02-09',
    });
    expect(await inZone('Pacific/Auckland', () => parseDateInput('today', evening))).toEqual({
      start: '2026-02-10',
      end: '2026-02-10',
    });
  });
});

describe('dates written in a text', () => {
  it('finds every form in order, English and Czech, and each only once', () => {
    expect(
      findDates(
        'Signed on 6. února 2026 (06.02.2026), in force 1 March 2026; reviewed February 6, 2027, 2027-03-01 and 09/11/2027.',
      ),
    ).toEqual(['2026-02-06', '2026-02-06', '2026-03-01', '2027-02-06', '2027-03-01', '2027-11-09']);
  });

  it('reads an ISO date after a numbered label, and no date in a bare year or an impossible day', () => {
    expect(findDates('Section 5, 2026-02-06')).toEqual(['2026-02-06']);
    expect(findDates('In 2026 the budget rose; 31 February 2026 is no day.')).toEqual([]);
  });
});

describe('days written without their year', () => {
  it('reads them by the dateline, in every language, and leaves verbs and full dates alone', () => {
    const days = (text: string) => yearlessDays(text, '2026-08-21').map((found) => found.date);
    expect(days('Kontroly skončily 13. srpna.')).toEqual(['2026-08-13']);
    expect(days('Hliadky začnú 1. septembra a skončia 3. januára.')).toEqual(['2026-09-01', '2027-01-03']);
    expect(days('On March 4th the centre opened; am 2. Juli kam der Minister.')).toEqual(['2026-03-04', '2026-07-02']);
    // "may" and "march" in lower case are verbs; a date with its year is another reader's.
    expect(days('Officers may 5 times a day; 5 may apply; signed on 13 August 2026.')).toEqual([]);
    expect(yearlessDays('Kontroly skončily 13. srpna.', undefined)).toEqual([]);
  });
});

describe('a weekday of next week', () => {
  it('reads "Friday next week", "do pátku příštího týdne", "bis Freitag nächster Woche" by the dateline', () => {
    // An e-mail of Tuesday 10 March 2026: Friday of the week after is 20 March.
    const days = (text: string) => relativeDays(text, '2026-03-10').map((found) => found.date);
    expect(days('Please send the names by Friday next week.')).toEqual(['2026-03-20']);
    expect(days('Jména pošlete do pátku příštího týdne.')).toEqual(['2026-03-20']);
    expect(days('Bitte bis Freitag nächster Woche antworten.')).toEqual(['2026-03-20']);
    expect(days('The meeting is next week.')).toEqual([]);
  });
});

describe('a weekday of last week', () => {
  it('reads "minulý čtvrtek", "last Thursday", "am letzten Donnerstag" written on a Thursday as the week before’s', () => {
    // An item of Thursday 12 February 2026.
    const days = (text: string) => relativeDays(text, '2026-02-12').map((found) => found.date);
    expect(days('Minulý čtvrtek ředitelství hostilo setkání vedoucích kanceláří SIRENE.')).toEqual(['2026-02-05']);
    expect(days('The heads met last Thursday in Prague.')).toEqual(['2026-02-05']);
    expect(days('Die Leiter trafen sich am letzten Donnerstag in Prag.')).toEqual(['2026-02-05']);
    // "On Thursday" in an item of that Thursday is the day itself; "last Monday" the Monday of this week.
    expect(days('Ministři ve čtvrtek podepsali protokol.')).toEqual(['2026-02-12']);
    expect(days('It began last Monday.')).toEqual(['2026-02-09']);
  });
});
