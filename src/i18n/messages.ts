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
  source: 'Source',
  badDate: (value: string) =>
    `“${value}” is not a date I understand. Use 2026-02-06, 6.2.2026, 6 February 2026, 30d, last month or 2025.`,
  badOption: (name: string, reason: string) => `Option “${name}”: ${reason}.`,
  unknownCommand: (name: string) => `There is no command “${name}”. Try \`help\`.`,
  somethingWrong: (id: string) => `Something went wrong on my side. It has been logged as **${id}**; please try again.`,
  notModerator: 'Only moderators (Manage Messages) can do this.',
  helpTitle: 'liaison: commands',
  helpful: 'Helpful',
  notHelpful: 'Not helpful',
  voteThanks: 'Thank you: noted for the moderators.',
  alreadyVoted: 'You have already rated this answer.',
  buttonGone: 'This button is no longer supported.',
  slowDown: 'Slow down a little, please: I answer a few questions a minute per person. Ask again in a minute.',
  askWhat: 'Ask me a question after the mention, e.g. “who do I call at night about a SIRENE hit?”',
  noTextToSearch: 'That message has no text to search.',
};

export type Messages = typeof en;

const cs: Messages = {
  searchTitle: (query) => `Hledání: ${query}`,
  resultsCount: (shown, total) => (total === 1 ? '1 výsledek' : `Prvních ${shown} z ${total} výsledků`),
  noResults: (query) => `Dokumentům neodpovídá nic pro „${query}“.`,
  didYouMean: (query) => `Měli jste na mysli **${query}**?`,
  withoutFilters: (total) => `Bez filtrů nalezeno ${total}: zkuste odebrat zemi nebo datum.`,
  tryOther: 'Zkuste méně nebo jiná slova, nebo `/search` s tématem, např. frontex, azyl, policejní spolupráce.',
  source: 'Zdroj',
  badDate: (value) => `„${value}“ není datum, kterému rozumím. Použijte 2026-02-06, 6.2.2026, 30d, last month nebo 2025.`,
  badOption: (name, reason) => `Volba „${name}“: ${reason}.`,
  unknownCommand: (name) => `Příkaz „${name}“ neexistuje. Zkuste \`help\`.`,
  somethingWrong: (id) => `Na mé straně se něco pokazilo. Zaznamenáno jako **${id}**; zkuste to prosím znovu.`,
  notModerator: 'Tohle mohou jen moderátoři (Správa zpráv).',
  helpTitle: 'liaison: příkazy',
  helpful: 'Pomohlo',
  notHelpful: 'Nepomohlo',
  voteThanks: 'Děkuji: předáno moderátorům.',
  alreadyVoted: 'Tuto odpověď jste už hodnotili.',
  buttonGone: 'Toto tlačítko už nefunguje.',
  slowDown: 'Trochu zpomalte, prosím: odpovídám jen na několik dotazů za minutu od každého. Zeptejte se znovu za minutu.',
  askWhat: 'Za zmínku napište otázku, např. „koho volat v noci kvůli hitu v SIRENE?“',
  noTextToSearch: 'Ta zpráva neobsahuje text, který by šlo hledat.',
};

export type Locale = 'en' | 'cs';

const MESSAGES: Record<Locale, Messages> = { en, cs };

/** Discord locales are "cs", "en-US", "en-GB" ...; anything not Czech gets English. */
export const toLocale = (discordLocale: string | undefined): Locale => (discordLocale?.startsWith('cs') ? 'cs' : 'en');

export const messages = (locale: Locale): Messages => MESSAGES[locale];
