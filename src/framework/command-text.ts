/**
 * What a user of one language reads about a command: its name, description, options and choice
 * labels, from that language's pack. A command the packs do not know (a test's) shows its own
 * name and the names of its options.
 */
import { pack, type Locale } from '../i18n/locale.ts';
import type { Command } from './define.ts';

export interface OptionText {
  name: string;
  description: string;
  /** Labels by choice value. */
  choices?: Readonly<Record<string, string>>;
}

export interface CommandText {
  name: string;
  description: string;
  options?: Readonly<Record<string, OptionText>>;
  subcommands?: Readonly<
    Record<string, { name: string; description: string; options?: Readonly<Record<string, OptionText>> }>
  >;
}

/** A command's words in a language (a command the packs do not know is named by its own name). */
export function commandText(name: string, locale: Locale): CommandText {
  const commands = pack(locale).commands as Readonly<Record<string, CommandText | undefined>>;
  return commands[name] ?? { name, description: name };
}

/** The name and description a user of `locale` sees. */
export const localName = (command: Command, locale: Locale): string => commandText(command.name, locale).name;
export const localDescription = (command: Command, locale: Locale): string =>
  commandText(command.name, locale).description;

/** A subcommand's words. */
export function subcommandText(
  command: string,
  subcommand: string,
  locale: Locale,
): { name: string; description: string } {
  return commandText(command, locale).subcommands?.[subcommand] ?? { name: subcommand, description: subcommand };
}

/** An option's words (the lookup options `hide` and `mention` included). */
export function optionText(
  command: string,
  subcommand: string | undefined,
  option: string,
  locale: Locale,
): OptionText {
  const words = commandText(command, locale);
  const options = subcommand ? words.subcommands?.[subcommand]?.options : words.options;
  const lookup = pack(locale).lookupOptions as Readonly<Record<string, OptionText | undefined>>;
  return options?.[option] ?? lookup[option] ?? { name: option, description: option };
}
