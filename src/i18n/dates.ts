/** Dates written for people, in the reader's language: "6 February 2026", "6. února 2026". */
import { intlTag, type Locale } from './locale.ts';

const formats = new Map<Locale, Intl.DateTimeFormat>();

/** An ISO date (yyyy-MM-dd) as a reader of `locale` writes it; anything else stays as it is. */
export function readableDate(iso: string, locale: Locale): string {
  // A month without its day ("signed in April 2015"): "April 2015", "duben 2015".
  if (/^\d{4}-\d{2}$/.test(iso))
    return new Intl.DateTimeFormat(intlTag(locale), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(`${iso}-01T00:00:00Z`),
    );
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(intlTag(locale), {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    formats.set(locale, format);
  }
  return format.format(new Date(`${iso}T00:00:00Z`));
}
