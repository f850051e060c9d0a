/**
 * The bot's own words in English and Czech. Document text is never translated. A Discord locale
 * of "cs" answers in Czech, everything else in English.
 */

const en = {
  searchTitle: (query: string) => `Search: ${query}`,
  resultsCount: (shown: number, total: number) => (total === 1 ? '1 result' : `Top ${shown} of ${total} results`),
  noResults: (query: string) => `Nothing in the documents matches “${query}”.`,
  didYouMean: (query: string) => `Did you mean **${query}**?`,
  withoutFilters: (total: number) => `${total} found without the filters: try removing country or since.`,
  tryOther: 'Try fewer or other words, or `/search` with a topic such as frontex, asylum or police cooperation.',
  notInDocuments: (query: string) => `The documents don't answer “${query}”.`,
  closestDocuments: 'Closest documents (they do not answer it)',
  source: 'Source',
  badDate: (value: string) =>
    `“${value}” is not a date I understand. Use 2026-02-06, 6.2.2026, 6 February 2026, 30d, last month or 2025.`,
  badOption: (name: string, reason: string) => `Option “${name}”: ${reason}.`,
  unknownCommand: (name: string) => `There is no command “${name}”. Try \`help\`.`,
  somethingWrong: (id: string) => `Something went wrong on my side. It has been logged as **${id}**; please try again.`,
  notModerator: 'Only moderators (Manage Messages) can do this.',
  helpTitle: 'liaison: commands',
};

export type Messages = typeof en;

const cs: Messages = {
  searchTitle: (query) => `Hledání: ${query}`,
  resultsCount: (shown, total) => (total === 1 ? '1 výsledek' : `Prvních ${shown} z ${total} výsledků`),
  noResults: (query) => `Dokumentům neodpovídá nic pro „${query}“.`,
  didYouMean: (query) => `Měli jste na mysli **${query}**?`,
  withoutFilters: (total) => `Bez filtrů nalezeno ${total}: zkuste odebrat zemi nebo datum.`,
  tryOther: 'Zkuste méně nebo jiná slova, nebo `/search` s tématem, např. frontex, azyl, policejní spolupráce.',
  notInDocuments: (query) => `Dokumenty na „${query}“ neodpovídají.`,
  closestDocuments: 'Nejbližší dokumenty (odpověď neobsahují)',
  source: 'Zdroj',
  badDate: (value) => `„${value}“ není datum, kterému rozumím. Použijte 2026-02-06, 6.2.2026, 30d, last month nebo 2025.`,
  badOption: (name, reason) => `Volba „${name}“: ${reason}.`,
  unknownCommand: (name) => `Příkaz „${name}“ neexistuje. Zkuste \`help\`.`,
  somethingWrong: (id) => `Na mé straně se něco pokazilo. Zaznamenáno jako **${id}**; zkuste to prosím znovu.`,
  notModerator: 'Tohle mohou jen moderátoři (Správa zpráv).',
  helpTitle: 'liaison: příkazy',
};

export type Locale = 'en' | 'cs';

const MESSAGES: Record<Locale, Messages> = { en, cs };

/** Discord locales are "cs", "en-US", "en-GB" ...; anything not Czech gets English. */
export const toLocale = (discordLocale: string | undefined): Locale => (discordLocale?.startsWith('cs') ? 'cs' : 'en');

export const messages = (locale: Locale): Messages => MESSAGES[locale];
