/**
 * Names the bot shows for values the documents hold in English: document kinds, and countries
 * (through Intl.DisplayNames, which Node carries for every language). Filters and custom_ids keep
 * the canonical English value; only what a person reads is translated.
 */
import { findCountry } from '../corpus/countries.ts';
import type { DocumentKind } from '../corpus/types.ts';
import { intlTag, texts, type Locale } from './locale.ts';

const en: Record<DocumentKind, string> = {
  development: 'development',
  news: 'news',
  contact: 'contact',
  treaty: 'treaty',
  minutes: 'minutes',
  bulletin: 'bulletin',
  email: 'e-mail',
  project: 'project',
  policy: 'policy',
};

const cs: typeof en = {
  development: 'vývoj',
  news: 'zpráva',
  contact: 'kontakty',
  treaty: 'smlouva',
  minutes: 'zápis',
  bulletin: 'zpravodaj',
  email: 'e-mail',
  project: 'projekt',
  policy: 'politika',
};

const kindText = texts({ en, cs });

/** A kind as the reader's language names it; a value that is not a kind stays as written. */
export const kindName = (kind: string, locale: Locale): string => kindText(locale)[kind as DocumentKind] ?? kind;

const regionNames = new Map<Locale, Intl.DisplayNames>();

/** "Czechia" in Czech is "Česko"; a name the country table does not know stays as written. */
export function countryName(country: string, locale: Locale): string {
  const code = findCountry(country)?.code;
  if (locale === 'en' || !code) return country;
  let names = regionNames.get(locale);
  if (!names) regionNames.set(locale, (names = new Intl.DisplayNames([intlTag(locale)], { type: 'region' })));
  return names.of(code) ?? country;
}
