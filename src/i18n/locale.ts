/**
 * The one localisation mechanism. Each area keeps its own message table: an `en` object, and a
 * `cs` typed as `typeof en` so a missing or extra Czech message is a type error. `texts({ en, cs })`
 * turns the pair into a lookup by locale, reached the same way everywhere: `searchText(ctx.locale)`.
 * Document text is never translated.
 */

export type Locale = 'en' | 'cs';

const LOCALES: readonly Locale[] = ['en', 'cs'];

/** Discord locales are "cs", "en-US", "en-GB" ...; anything not Czech gets English. */
export const toLocale = (discordLocale: string | undefined): Locale => (discordLocale?.startsWith('cs') ? 'cs' : 'en');

export const isLocale = (value: string): value is Locale => (LOCALES as readonly string[]).includes(value);

/** A message table in both languages, looked up by locale. */
export type Texts<T> = (locale: Locale) => T;

export const texts =
  <T>(tables: { en: T; cs: NoInfer<T> }): Texts<T> =>
  (locale) =>
    tables[locale];

/** The BCP 47 tag Intl formatters take for a locale. */
export const intlTag = (locale: Locale): string => (locale === 'cs' ? 'cs-CZ' : 'en-GB');
