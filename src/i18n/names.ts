/**
 * Names the bot shows for values the documents hold in English: document kinds (from the language
 * packs), and countries (through Intl.DisplayNames, which Node carries for every language).
 * Filters and custom_ids keep the canonical English value; only what a person reads is translated.
 */
import { findCountry } from '../corpus/countries.ts';
import type { DocumentKind } from '../corpus/types.ts';
import { intlTag, pack, type Locale } from './locale.ts';

/** A kind as the reader's language names it; a value that is not a kind stays as written. */
export const kindName = (kind: string, locale: Locale): string => pack(locale).kinds[kind as DocumentKind] ?? kind;

const regionNames = new Map<Locale, Intl.DisplayNames>();

/** "Czechia" in Czech is "Česko"; a name the country table does not know stays as written. */
export function countryName(country: string, locale: Locale): string {
  const code = findCountry(country)?.code;
  if (locale === 'en' || !code) return country;
  let names = regionNames.get(locale);
  if (!names) regionNames.set(locale, (names = new Intl.DisplayNames([intlTag(locale)], { type: 'region' })));
  return names.of(code) ?? country;
}
