/** The framework's own words: what goes wrong finding, checking and running a command. */
import { texts } from '../i18n/locale.ts';

const list = (names: readonly string[]): string => names.join(', ');

const en = {
  unknownCommand: (name: string) => `There is no command “${name}”. Try \`help\`.`,
  noSubcommand: (command: string, subcommand: string) => `/${command} has no subcommand “${subcommand}”.`,
  needsSubcommand: (command: string, names: readonly string[], given?: string) =>
    `/${command} needs one of: ${list(names)}${given ? ` (not “${given}”)` : ''}.`,
  notModerator: 'Only moderators (Manage Messages) can do this.',
  buttonGone: 'This button is no longer supported.',
  somethingWrong: (id: string) => `Something went wrong on my side. It has been logged as **${id}**; please try again.`,
  unknownOption: (name: string, known: readonly string[]) =>
    `Option “${name}”: unknown; ${known.length ? `this command takes ${list(known)}` : 'this command takes no options'}.`,
  required: (name: string) => `Option “${name}”: is required.`,
  notNumber: (name: string, whole: boolean, raw: string) =>
    `Option “${name}”: expected a ${whole ? 'whole ' : ''}number written in digits, got “${raw}”.`,
  atLeast: (name: string, min: number) => `Option “${name}”: must be at least ${min}.`,
  atMost: (name: string, max: number) => `Option “${name}”: must be at most ${max}.`,
  notBoolean: (name: string) => `Option “${name}”: expected true or false.`,
  notUser: (name: string) => `Option “${name}”: expected a user id or mention.`,
  notChannel: (name: string) => `Option “${name}”: expected a channel id or mention.`,
  notRole: (name: string) => `Option “${name}”: expected a role id or mention.`,
  notFile: (name: string) => `Option “${name}”: expected a file.`,
  empty: (name: string) => `Option “${name}”: must not be empty.`,
  tooShort: (name: string, min: number) => `Option “${name}”: must be at least ${min} characters.`,
  tooLong: (name: string, max: number) => `Option “${name}”: must be at most ${max} characters.`,
  notAChoice: (name: string, choices: readonly string[]) => `Option “${name}”: must be one of ${list(choices)}.`,
  helpful: 'Helpful',
  notHelpful: 'Not helpful',
  voteThanks: 'Thank you: noted for the moderators.',
  alreadyVoted: 'You have already rated this answer.',
  slowDown: 'Slow down a little, please: I answer a few questions a minute per person. Ask again in a minute.',
  askWhat: 'Ask me a question after the mention, e.g. “who do I call at night about a SIRENE hit?”',
  noTextToSearch: 'That message has no text to search.',
};

const cs: typeof en = {
  unknownCommand: (name) => `Příkaz „${name}“ neexistuje. Zkuste \`help\`.`,
  noSubcommand: (command, subcommand) => `/${command} nemá podpříkaz „${subcommand}“.`,
  needsSubcommand: (command, names, given) =>
    `/${command} potřebuje jeden z podpříkazů: ${list(names)}${given ? ` (ne „${given}“)` : ''}.`,
  notModerator: 'Tohle mohou jen moderátoři (Správa zpráv).',
  buttonGone: 'Toto tlačítko už nefunguje.',
  somethingWrong: (id) => `Na mé straně se něco pokazilo. Zaznamenáno jako **${id}**; zkuste to prosím znovu.`,
  unknownOption: (name, known) =>
    `Volba „${name}“: neznámá; ${known.length ? `tento příkaz má volby ${list(known)}` : 'tento příkaz nemá žádné volby'}.`,
  required: (name) => `Volba „${name}“: je povinná.`,
  notNumber: (name, whole, raw) =>
    `Volba „${name}“: čekám ${whole ? 'celé ' : ''}číslo zapsané číslicemi, ne „${raw}“.`,
  atLeast: (name, min) => `Volba „${name}“: musí být alespoň ${min}.`,
  atMost: (name, max) => `Volba „${name}“: může být nejvýše ${max}.`,
  notBoolean: (name) => `Volba „${name}“: čekám true nebo false (ano/ne).`,
  notUser: (name) => `Volba „${name}“: čekám ID nebo zmínku uživatele.`,
  notChannel: (name) => `Volba „${name}“: čekám ID nebo zmínku kanálu.`,
  notRole: (name) => `Volba „${name}“: čekám ID nebo zmínku role.`,
  notFile: (name) => `Volba „${name}“: čekám soubor.`,
  empty: (name) => `Volba „${name}“: nesmí být prázdná.`,
  tooShort: (name, min) => `Volba „${name}“: musí mít alespoň ${min} znaků.`,
  tooLong: (name, max) => `Volba „${name}“: může mít nejvýše ${max} znaků.`,
  notAChoice: (name, choices) => `Volba „${name}“: musí být jedna z ${list(choices)}.`,
  helpful: 'Pomohlo',
  notHelpful: 'Nepomohlo',
  voteThanks: 'Děkuji: předáno moderátorům.',
  alreadyVoted: 'Tuto odpověď jste už hodnotili.',
  slowDown:
    'Trochu zpomalte, prosím: odpovídám jen na několik dotazů za minutu od každého. Zeptejte se znovu za minutu.',
  askWhat: 'Za zmínku napište otázku, např. „koho volat v noci kvůli hitu v SIRENE?“',
  noTextToSearch: 'Ta zpráva neobsahuje text, který by šlo hledat.',
};

export const frameworkText = texts({ en, cs });
