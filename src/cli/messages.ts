/** What the terminal says: the session's greeting and help, and mistakes in a typed command line. */
import { texts } from '../i18n/locale.ts';

const en = {
  greeting: (documents: number) =>
    `liaison: ${documents} documents indexed. Type help, or a command such as /search query: frontex`,
  sessionHelp: 'Write options as name: value, for example /search query: policejni spoluprace. exit to leave.',
  skipped: (file: string, reason: string) => `warning: skipped ${file}: ${reason}`,
  noSuchCommand: (name: string, commands: readonly string[]) =>
    `There is no command “${name}”. Commands: ${commands.join(', ')}.`,
  whichCommand: 'Which command? Try `help`.',
  unexpected: (word: string) => `Unexpected “${word}”: options are written --name value.`,
  needsValue: (name: string) => `Option --${name} needs a value.`,
  badLocale: '--locale must be en or cs.',
  writeOptions: (names: readonly string[]) => `Write options as name: value (options: ${names.join(', ') || 'none'}).`,
  seedsMissing: (dir: string) =>
    `The seeds folder “${dir}” does not exist; set --seeds or SEEDS_DIR to a folder of documents.`,
  seedsUnreadable: (dir: string, code: string) => `The seeds folder “${dir}” cannot be read (${code}).`,
  internal: (id: string) => `Something went wrong on my side (logged as ${id}).`,
  /** The one error line of `ask`: its first word in the reader's language too. */
  errorLine: (text: string) => `error: ${text}`,
};

const cs: typeof en = {
  greeting: (documents) =>
    `liaison: zaindexováno dokumentů: ${documents}. Napište help, nebo příkaz, např. /search query: frontex`,
  sessionHelp: 'Volby pište jako název: hodnota, např. /search query: policejni spoluprace. Konec: exit.',
  skipped: (file, reason) => `varování: přeskočeno ${file}: ${reason}`,
  noSuchCommand: (name, commands) => `Příkaz „${name}“ neexistuje. Příkazy: ${commands.join(', ')}.`,
  whichCommand: 'Který příkaz? Zkuste `help`.',
  unexpected: (word) => `Nečekané „${word}“: volby se píší --název hodnota.`,
  needsValue: (name) => `Volba --${name} potřebuje hodnotu.`,
  badLocale: '--locale musí být en nebo cs.',
  writeOptions: (names) => `Volby pište jako název: hodnota (volby: ${names.join(', ') || 'žádné'}).`,
  seedsMissing: (dir) => `Složka dokumentů „${dir}“ neexistuje; nastavte --seeds nebo SEEDS_DIR na složku s dokumenty.`,
  seedsUnreadable: (dir, code) => `Složku dokumentů „${dir}“ nelze číst (${code}).`,
  internal: (id) => `Na mé straně se něco pokazilo (zaznamenáno jako ${id}).`,
  errorLine: (text) => `chyba: ${text}`,
};

export const cliText = texts({ en, cs });
