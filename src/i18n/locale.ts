/**
 * The one localisation mechanism: one language pack per UI language (packs/en.ts, cs.ts, de.ts),
 * each holding every string the bot shows, typed as the English one so a missing or extra key is
 * a type error. Adding a language is adding its pack file (and its line in PACKS below).
 * Everything is reached the same way: `searchText(ctx.locale)`, `pack(locale).commands`.
 * Document text is never translated.
 */
import { cs } from './packs/cs.ts';
import { de } from './packs/de.ts';
import { en, type Pack } from './packs/en.ts';

export type { Pack } from './packs/en.ts';

/** Every UI language; English first (the default, and the language Discord registers names in). */
const PACKS = { en, cs, de } as const satisfies Record<string, Pack>;

export type Locale = keyof typeof PACKS;

export const LOCALES = Object.keys(PACKS) as readonly Locale[];

export const pack = (locale: Locale): Pack => PACKS[locale];

/** Discord locales are "cs", "de", "en-US", "en-GB" ...; anything without a pack gets English. */
export const toLocale = (discordLocale: string | undefined): Locale =>
  LOCALES.find((locale) => PACKS[locale].meta.discord.some((code) => discordLocale?.startsWith(code.slice(0, 2)))) ??
  'en';

export const isLocale = (value: string): value is Locale => (LOCALES as readonly string[]).includes(value);

/** A message table in every language, looked up by locale. */
export type Texts<T> = (locale: Locale) => T;

/** One area of the packs (`texts('search')`), looked up by locale. */
export const texts =
  <K extends keyof Pack>(area: K): Texts<Pack[K]> =>
  (locale) =>
    PACKS[locale][area];

/** The BCP 47 tag Intl formatters take for a locale. */
export const intlTag = (locale: Locale): string => PACKS[locale].meta.intl;
