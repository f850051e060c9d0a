/**
 * Command definitions -> the JSON body Discord registers (PUT /applications/{id}/commands).
 * Czech descriptions go to `description_localizations.cs`; moderator commands get
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

/** Right-click a message, "Apps", "Search liaison": the answer to its text, privately. */
const SEARCH_MESSAGE: RESTPostAPIContextMenuApplicationCommandsJSONBody = {
  type: ApplicationCommandType.Message,
  name: 'Search liaison',
  name_localizations: { cs: 'Hledat v liaison' },
  ...EVERYWHERE,
};

/** Where a digest can go unless an option says otherwise: text and announcement channels. */
const POSTABLE_CHANNELS = [ChannelType.GuildText, ChannelType.GuildAnnouncement];

function optionJSON(name: string, spec: OptionSpec): APIApplicationCommandBasicOption {
  const option: Record<string, unknown> = {
    type: OPTION_TYPES[spec.type],
    name,
    description: spec.description,
    description_localizations: { cs: spec.descriptionCs },
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
  if (spec.choices) option.choices = spec.choices.map((choice) => ({ name: choice.name, value: choice.value }));
  if (spec.autocomplete) option.autocomplete = true;
  return option as unknown as APIApplicationCommandBasicOption;
}

function optionsJSON(specs: OptionSpecs): APIApplicationCommandBasicOption[] {
  const all = Object.entries(specs);
  const required = all.filter(([, spec]) => spec.required);
  const optional = all.filter(([, spec]) => !spec.required);
  return [...required, ...optional].map(([name, spec]) => optionJSON(name, spec));
}

function commandJSON(command: Command): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const body: RESTPostAPIChatInputApplicationCommandsJSONBody = {
    type: ApplicationCommandType.ChatInput,
    name: command.name,
    name_localizations: { cs: command.nameCs },
    description: command.description,
    description_localizations: { cs: command.descriptionCs },
    ...(command.moderatorOnly ? SERVER_ONLY : EVERYWHERE),
    options: isGroup(command)
      ? Object.entries(command.subcommands as Record<string, SubcommandSpec>).map(
          ([name, sub]): APIApplicationCommandSubcommandOption => ({
            type: ApplicationCommandOptionType.Subcommand,
            name,
            description: sub.description,
            description_localizations: { cs: sub.descriptionCs },
            options: optionsJSON(optionSpecs(command, name)),
          }),
        )
      : optionsJSON(optionSpecs(command)),
  };
  if (command.moderatorOnly) body.default_member_permissions = MODERATOR_PERMISSION.toString();
  return body;
}

type RegistrationBody =
  RESTPostAPIChatInputApplicationCommandsJSONBody | RESTPostAPIContextMenuApplicationCommandsJSONBody;

export const registrationBody = (registry: Registry): RegistrationBody[] => [
  ...[...registry.values()].map(commandJSON),
  SEARCH_MESSAGE,
];
