/** The digest's own words in English and Czech (document text stays as written). */
import { plural } from '../i18n/plural.ts';
import { texts } from '../i18n/locale.ts';

const en = {
  period: (start: string, end: string) => `Period ${start} – ${end}`,
  developments: (n: number) => plural(n, ['development', 'developments', 'developments']),
  alreadyPosted: (n: number) => `${n} already posted here`,
  part: (i: number, n: number) => `part ${i}/${n}`,
  number: (id: number) => `digest #${id}`,
  noCountry: 'No country',
  continued: (country: string) => `${country} (continued)`,
  source: 'source',
};

export type DigestText = typeof en;

const cs: DigestText = {
  period: (start, end) => `Období ${start} – ${end}`,
  developments: (n) => plural(n, ['novinka', 'novinky', 'novinek']),
  alreadyPosted: (n) => `${n} už zde zveřejněno`,
  part: (i, n) => `část ${i}/${n}`,
  number: (id) => `přehled č. ${id}`,
  noCountry: 'Bez země',
  continued: (country) => `${country} (pokračování)`,
  source: 'zdroj',
};

export const digestText = texts({ en, cs });
