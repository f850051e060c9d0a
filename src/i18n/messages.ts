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
    `“${value}” is not a date I understand. Use 2026-02-06, 6.2.2026, 6 February 2026, 30d, last month or 2025 (years 1900–2100).`,
  badOption: (name: string, reason: string) => `Option “${name}”: ${reason}.`,
  unknownCommand: (name: string) => `There is no command “${name}”. Try \`help\`.`,
  somethingWrong: (id: string) => `Something went wrong on my side. It has been logged as **${id}**; please try again.`,
  notModerator: 'Only moderators (Manage Messages) can do this.',
  helpTitle: 'liaison: commands',
  /** Why an option value is refused (the end of badOption's sentence). */
  reason: {
    wholeNumber: (raw: string) => `expected a whole number written in digits, got “${raw}”`,
    number: (raw: string) => `expected a number written in digits, got “${raw}”`,
    atLeast: (min: number) => `must be at least ${min}`,
    atMost: (max: number) => `must be at most ${max}`,
    trueOrFalse: 'expected true or false',
    idOrMention: (kind: string) => `expected a ${kind} id or mention`,
    file: 'expected a file',
    empty: 'must not be empty',
    minChars: (min: number) => `must be at least ${min} characters`,
    maxChars: (max: number) => `must be at most ${max} characters`,
    oneOf: (values: string) => `must be one of ${values}`,
    required: 'is required',
    unknown: (known: string) => (known ? `unknown; this command takes ${known}` : 'unknown; this command takes no options'),
  },
  noSubcommand: (command: string, given: string) => `/${command} has no subcommand “${given}”.`,
  needsSubcommand: (command: string, names: string, given?: string) => `/${command} needs one of: ${names}${given ? ` (not “${given}”)` : ''}.`,
  /** The terminal's own words: reading the command line and the seeds folder. */
  cli: {
    noCommand: (name: string, commands: string) => `There is no command “${name}”. Commands: ${commands}.`,
    whichCommand: 'Which command? Try `help`.',
    unexpected: (word: string) => `Unexpected “${word}”: options are written --name value.`,
    needsValue: (name: string) => `Option --${name} needs a value.`,
    badLocale: '--locale must be en or cs.',
    writeOptionsAs: (names: string) => `Write options as name: value (options: ${names || 'none'}).`,
    seedsMissing: (dir: string) => `The seeds folder “${dir}” does not exist; set --seeds or SEEDS_DIR to a folder of documents.`,
    seedsUnreadable: (dir: string, code: string) => `The seeds folder “${dir}” cannot be read (${code}).`,
    internal: (id: string) => `Something went wrong on my side (logged as ${id}).`,
  },
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
  badDate: (value) => `„${value}“ není datum, kterému rozumím. Použijte 2026-02-06, 6.2.2026, 30d, last month nebo 2025 (roky 1900–2100).`,
  badOption: (name, reason) => `Volba „${name}“: ${reason}.`,
  unknownCommand: (name) => `Příkaz „${name}“ neexistuje. Zkuste \`help\`.`,
  somethingWrong: (id) => `Na mé straně se něco pokazilo. Zaznamenáno jako **${id}**; zkuste to prosím znovu.`,
  notModerator: 'Tohle mohou jen moderátoři (Správa zpráv).',
  helpTitle: 'liaison: příkazy',
  reason: {
    wholeNumber: (raw) => `čekám celé číslo zapsané číslicemi, ne „${raw}“`,
    number: (raw) => `čekám číslo zapsané číslicemi, ne „${raw}“`,
    atLeast: (min) => `musí být alespoň ${min}`,
    atMost: (max) => `může být nejvýše ${max}`,
    trueOrFalse: 'čekám true nebo false (ano, ne)',
    idOrMention: (kind) => `čekám id nebo zmínku (${kind === 'user' ? 'uživatel' : 'kanál'})`,
    file: 'čekám soubor',
    empty: 'nesmí být prázdná',
    minChars: (min) => `musí mít alespoň ${min} znaků`,
    maxChars: (max) => `může mít nejvýše ${max} znaků`,
    oneOf: (values) => `musí být jedna z hodnot ${values}`,
    required: 'je povinná',
    unknown: (known) => (known ? `neznámá; tento příkaz bere ${known}` : 'neznámá; tento příkaz nebere žádné volby'),
  },
  noSubcommand: (command, given) => `/${command} nemá podpříkaz „${given}“.`,
  needsSubcommand: (command, names, given) => `/${command} potřebuje jeden z podpříkazů: ${names}${given ? ` (ne „${given}“)` : ''}.`,
  cli: {
    noCommand: (name, commands) => `Příkaz „${name}“ neexistuje. Příkazy: ${commands}.`,
    whichCommand: 'Který příkaz? Zkuste `help`.',
    unexpected: (word) => `Nečekané „${word}“: volby se píšou --název hodnota.`,
    needsValue: (name) => `Volba --${name} potřebuje hodnotu.`,
    badLocale: '--locale musí být en nebo cs.',
    writeOptionsAs: (names) => `Volby pište jako název: hodnota (volby: ${names || 'žádné'}).`,
    seedsMissing: (dir) => `Složka dokumentů „${dir}“ neexistuje; nastavte --seeds nebo SEEDS_DIR na složku s dokumenty.`,
    seedsUnreadable: (dir, code) => `Složku dokumentů „${dir}“ nelze číst (${code}).`,
    internal: (id) => `Na mé straně se něco pokazilo (zaznamenáno jako ${id}).`,
  },
};

export type Locale = 'en' | 'cs';

const MESSAGES: Record<Locale, Messages> = { en, cs };

/** Discord locales are "cs", "en-US", "en-GB" ...; anything not Czech gets English. */
export const toLocale = (discordLocale: string | undefined): Locale => (discordLocale?.startsWith('cs') ? 'cs' : 'en');

export const messages = (locale: Locale): Messages => MESSAGES[locale];
