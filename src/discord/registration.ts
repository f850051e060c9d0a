/**
 * Command definitions -> the JSON body Discord registers (PUT /applications/{id}/commands).
 * Czech descriptions go to `description_localizations.cs`; moderator commands get
 * `default_member_permissions` = Manage Messages; required options come first, as Discord demands.
 */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ChannelType,
  InteractionContextType,
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandSubcommandOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { isGroup, optionSpecs, type Command, type OptionSpec, type OptionSpecs, type SubcommandSpec } from '../framework/define.ts';
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

export function commandJSON(command: Command): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const body: RESTPostAPIChatInputApplicationCommandsJSONBody = {
    type: ApplicationCommandType.ChatInput,
    name: command.name,
    name_localizations: { cs: command.nameCs },
    description: command.description,
    description_localizations: { cs: command.descriptionCs },
    contexts: [InteractionContextType.Guild],
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

export const registrationBody = (registry: Registry): RESTPostAPIChatInputApplicationCommandsJSONBody[] =>
  [...registry.values()].map(commandJSON);
