/**
 * Command definitions -> the JSON body Discord registers (PUT /applications/{id}/commands).
 * Names, descriptions, options and choices of every language pack but English go to the
 * `*_localizations` fields; moderator commands get
 * `default_member_permissions` = Manage Messages and stay in servers where the bot is installed;
 * read-only lookups also work in DMs and as a user-installed app. Required options come first, as
 * Discord demands. The message context-menu command "Search liaison" goes with them.
 */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  ChannelType,
  InteractionContextType,
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandSubcommandOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord.js';
import {
  isGroup,
  optionSpecs,
  type Command,
  type OptionSpec,
  type OptionSpecs,
  type SubcommandSpec,
} from '../framework/define.ts';
import type { Registry } from '../framework/registry.ts';
import { localDescription, localName, optionText, subcommandText } from '../framework/command-text.ts';
import { LOCALES, pack, type Locale } from '../i18n/locale.ts';
import { MODERATOR_PERMISSION } from './permissions.ts';

const OPTION_TYPES = {
  string: ApplicationCommandOptionType.String,
  integer: ApplicationCommandOptionType.Integer,
  boolean: ApplicationCommandOptionType.Boolean,
  user: ApplicationCommandOptionType.User,
  role: ApplicationCommandOptionType.Role,
  channel: ApplicationCommandOptionType.Channel,
  number: ApplicationCommandOptionType.Number,
  attachment: ApplicationCommandOptionType.Attachment,
} as const satisfies Record<OptionSpec['type'], ApplicationCommandOptionType>;

/** Where a command can be used: moderator commands only in a server that installed the bot. */
const SERVER_ONLY = {
  integration_types: [ApplicationIntegrationType.GuildInstall],
  contexts: [InteractionContextType.Guild],
};
const EVERYWHERE = {
  integration_types: [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall],
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel],
};

/** Discord's `*_localizations` object: every language but English, under each Discord locale it answers. */
function localizations(word: (locale: Locale) => string): Partial<Record<string, string>> {
  return Object.fromEntries(
    LOCALES.filter((locale) => locale !== 'en').flatMap((locale) =>
      pack(locale).meta.discord.map((code) => [code, word(locale)] as const),
    ),
  );
}

/** Right-click a message, "Apps", "Search liaison": the answer to its text, privately. */
const searchMessage = (): RESTPostAPIContextMenuApplicationCommandsJSONBody => ({
  type: ApplicationCommandType.Message,
  name: pack('en').messageCommand,
  name_localizations: localizations((locale) => pack(locale).messageCommand),
  ...EVERYWHERE,
});

/** Moderators: right-click a message, "Apps", "Save as answer": it becomes a team answer /search finds. */
const saveAnswerMessage = (): RESTPostAPIContextMenuApplicationCommandsJSONBody => ({
  type: ApplicationCommandType.Message,
  name: pack('en').saveAnswerCommand,
  name_localizations: localizations((locale) => pack(locale).saveAnswerCommand),
  default_member_permissions: MODERATOR_PERMISSION.toString(),
  ...SERVER_ONLY,
});

/** Whether a message command is "Save as answer" (else it is "Search liaison"). */
export const isSaveAnswerCommand = (name: string): boolean => name === pack('en').saveAnswerCommand;

/** Where a digest can go unless an option says otherwise: text and announcement channels. */
const POSTABLE_CHANNELS = [ChannelType.GuildText, ChannelType.GuildAnnouncement];

function optionJSON(
  command: string,
  subcommand: string | undefined,
  name: string,
  spec: OptionSpec,
): APIApplicationCommandBasicOption {
  const words = (locale: Locale) => optionText(command, subcommand, name, locale);
  const option: Record<string, unknown> = {
    type: OPTION_TYPES[spec.type],
    name,
    name_localizations: localizations((locale) => words(locale).name),
    description: words('en').description,
    description_localizations: localizations((locale) => words(locale).description),
    required: spec.required ?? false,
  };
  if (spec.type === 'string') {
    if (spec.min !== undefined) option.min_length = spec.min;
    if (spec.max !== undefined) option.max_length = spec.max;
  } else if (spec.type === 'integer' || spec.type === 'number') {
    if (spec.min !== undefined) option.min_value = spec.min;
    if (spec.max !== undefined) option.max_value = spec.max;
  }
  if (spec.type === 'channel') option.channel_types = spec.channelTypes ?? POSTABLE_CHANNELS;
  if (spec.choices)
    option.choices = spec.choices.map((value) => {
      const label = (locale: Locale) => words(locale).choices?.[value] ?? value;
      return { name: label('en'), name_localizations: localizations(label), value };
    });
  if (spec.autocomplete) option.autocomplete = true;
  return option as unknown as APIApplicationCommandBasicOption;
}

function optionsJSON(
  command: string,
  subcommand: string | undefined,
  specs: OptionSpecs,
): APIApplicationCommandBasicOption[] {
  const all = Object.entries(specs);
  const required = all.filter(([, spec]) => spec.required);
  const optional = all.filter(([, spec]) => !spec.required);
  return [...required, ...optional].map(([name, spec]) => optionJSON(command, subcommand, name, spec));
}

function commandJSON(command: Command): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const body: RESTPostAPIChatInputApplicationCommandsJSONBody = {
    type: ApplicationCommandType.ChatInput,
    name: command.name,
    name_localizations: localizations((locale) => localName(command, locale)),
    description: localDescription(command, 'en'),
    description_localizations: localizations((locale) => localDescription(command, locale)),
    ...(command.moderatorOnly ? SERVER_ONLY : EVERYWHERE),
    options: isGroup(command)
      ? Object.keys(command.subcommands as Record<string, SubcommandSpec>).map(
          (name): APIApplicationCommandSubcommandOption => ({
            type: ApplicationCommandOptionType.Subcommand,
            name,
            name_localizations: localizations((locale) => subcommandText(command.name, name, locale).name),
            description: subcommandText(command.name, name, 'en').description,
            description_localizations: localizations(
              (locale) => subcommandText(command.name, name, locale).description,
            ),
            options: optionsJSON(command.name, name, optionSpecs(command, name)),
          }),
        )
      : optionsJSON(command.name, undefined, optionSpecs(command)),
  };
  if (command.moderatorOnly) body.default_member_permissions = MODERATOR_PERMISSION.toString();
  return body;
}

type RegistrationBody =
  RESTPostAPIChatInputApplicationCommandsJSONBody | RESTPostAPIContextMenuApplicationCommandsJSONBody;

export const registrationBody = (registry: Registry): RegistrationBody[] => [
  ...[...registry.values()].map(commandJSON),
  searchMessage(),
  saveAnswerMessage(),
];
