// Builders of INTERACTION_CREATE payloads (slash command, autocomplete,
// button) with every field discord.js 14 reads: member + permissions,
// channel, entitlements, authorizing_integration_owners, locales, token.
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ComponentType,
  InteractionType,
  type APIApplicationCommandAutocompleteGuildInteraction,
  type APIChatInputApplicationCommandGuildInteraction,
  type APIMessageApplicationCommandGuildInteraction,
  type APIMessage,
  type APIMessageComponentButtonInteraction,
  type APIModalSubmitGuildInteraction,
  type Locale,
} from 'discord.js';
import type { FileHost } from './files.ts';
import { interactionToken, snowflake } from './ids.ts';
import type { MessageStore } from './messages.ts';
import { buildOptions, type OptionValue, type ResolvedData } from './options.ts';
import { guildMember, makeUser, MEMBER_PERMISSIONS, textChannel, type FakeUser, type FakeWorld } from './world.ts';

export type { OptionValue } from './options.ts';

export interface InteractionContext {
  world: FakeWorld;
  files: FileHost;
  store: MessageStore;
  /** The registered command with that name (id, guild_id if guild-scoped), if any. */
  registeredCommand: (name: string) => { id: string; guild_id?: string } | undefined;
}

/** Who/where an interaction comes from; every field has a sensible default. */
export interface InteractionSource {
  user?: Partial<FakeUser> & { id?: string };
  memberPermissions?: bigint | string;
  appPermissions?: bigint | string;
  roles?: string[];
  channelId?: string;
  guildId?: string;
  locale?: string;
  guildLocale?: string;
}

export interface ChatInputInput extends InteractionSource {
  name: string;
  options?: Record<string, OptionValue>;
  subcommand?: string;
  subcommandGroup?: string;
}

export interface AutocompleteInput extends InteractionSource {
  name: string;
  focused: { name: string; value: string | number; type?: ApplicationCommandOptionType };
  options?: Record<string, OptionValue>;
  subcommand?: string;
  subcommandGroup?: string;
}

export interface ButtonInput extends InteractionSource {
  customId: string;
  /** A message the fake knows (e.g. one the bot sent); by default a new bot message carrying the button. */
  messageId?: string;
}

export interface ModalSubmitInput extends InteractionSource {
  customId: string;
  /** The submitted fields by custom id: a text input's value, or a select's values. */
  fields: Record<string, string | string[]>;
  /** The message whose button opened the form, if any. */
  messageId?: string;
}

export interface MessageMenuInput extends InteractionSource {
  /** A message the fake knows (one a person wrote with `userMessage`). */
  targetMessageId: string;
  name?: string;
}

export type ChatInputInteraction = APIChatInputApplicationCommandGuildInteraction;
export type MessageMenuInteraction = APIMessageApplicationCommandGuildInteraction;
export type AutocompleteInteraction = APIApplicationCommandAutocompleteGuildInteraction;
export type ButtonInteraction = APIMessageComponentButtonInteraction;
export type ModalSubmitInteraction = APIModalSubmitGuildInteraction;
export type FakeInteraction =
  ChatInputInteraction | AutocompleteInteraction | ButtonInteraction | MessageMenuInteraction | ModalSubmitInteraction;

export function chatInputInteraction(ctx: InteractionContext, input: ChatInputInput): ChatInputInteraction {
  const { options, resolved } = buildOptions(ctx.files, input.options ?? {}, input.subcommand, input.subcommandGroup);
  return {
    ...base(ctx, input),
    type: InteractionType.ApplicationCommand,
    data: { ...commandData(ctx, input.name), options, ...withResolved(resolved) },
  } as ChatInputInteraction;
}

/** A message's context-menu command: the target message under data.resolved.messages. */
export function messageMenuInteraction(ctx: InteractionContext, input: MessageMenuInput): MessageMenuInteraction {
  const target = ctx.store.get(input.targetMessageId);
  if (!target) throw new Error(`fake-discord: messageMenuInteraction: unknown message ${input.targetMessageId}`);
  const command = commandData(ctx, input.name ?? 'Search liaison');
  return {
    ...base(ctx, input),
    type: InteractionType.ApplicationCommand,
    data: {
      ...command,
      type: ApplicationCommandType.Message,
      target_id: target.id,
      resolved: { messages: { [target.id]: target } },
    },
  } as unknown as MessageMenuInteraction;
}

export function autocompleteInteraction(ctx: InteractionContext, input: AutocompleteInput): AutocompleteInteraction {
  const focused = {
    name: input.focused.name,
    type: input.focused.type ?? focusedType(input.focused.value),
    value: input.focused.value,
    focused: true,
  };
  const { options } = buildOptions(ctx.files, input.options ?? {}, input.subcommand, input.subcommandGroup, focused);
  return {
    ...base(ctx, input),
    type: InteractionType.ApplicationCommandAutocomplete,
    data: { ...commandData(ctx, input.name), options },
  } as AutocompleteInteraction;
}

/** A form (modal) sent back: each field inside a label (type 18), as Discord sends them now. */
export function modalSubmitInteraction(ctx: InteractionContext, input: ModalSubmitInput): ModalSubmitInteraction {
  const components = Object.entries(input.fields).map(([customId, value], i) => ({
    type: ComponentType.Label,
    id: i + 1,
    component: Array.isArray(value)
      ? { type: ComponentType.StringSelect, id: 100 + i, custom_id: customId, values: value }
      : { type: ComponentType.TextInput, id: 100 + i, custom_id: customId, value },
  }));
  const message = input.messageId ? ctx.store.get(input.messageId) : undefined;
  return {
    ...base(ctx, input),
    type: InteractionType.ModalSubmit,
    data: { custom_id: input.customId, components },
    ...(message ? { message } : {}),
  } as unknown as ModalSubmitInteraction;
}

export function buttonInteraction(ctx: InteractionContext, input: ButtonInput): ButtonInteraction {
  const common = base(ctx, input);
  return {
    ...common,
    type: InteractionType.MessageComponent,
    data: { custom_id: input.customId, component_type: ComponentType.Button },
    message: buttonMessage(ctx, input, common.channel_id) as unknown as APIMessage,
  } as ButtonInteraction;
}

function base(ctx: InteractionContext, input: InteractionSource) {
  const { world } = ctx;
  const id = snowflake();
  const guildId = input.guildId ?? world.guildId;
  const channelId = input.channelId ?? world.channels.main;
  const user = input.user ? { ...makeUser(input.user.id ?? snowflake(), 'someone'), ...input.user } : world.user;
  const guildLocale = (input.guildLocale ?? 'en-US') as Locale;
  return {
    id,
    application_id: world.applicationId,
    token: interactionToken(id),
    version: 1 as const,
    guild_id: guildId,
    guild: { id: guildId, locale: guildLocale, features: [] },
    channel_id: channelId,
    channel: textChannel(world, channelId, channelId === world.channels.main ? 0 : 1),
    member: { ...guildMember(user, input.roles ?? []), permissions: permissionString(input.memberPermissions) },
    app_permissions: permissionString(input.appPermissions),
    locale: (input.locale ?? 'en-US') as Locale,
    guild_locale: guildLocale,
    entitlements: [],
    authorizing_integration_owners: { '0': guildId },
    context: 0,
    attachment_size_limit: 10 * 1024 * 1024,
  };
}

function commandData(ctx: InteractionContext, name: string) {
  const registered = ctx.registeredCommand(name);
  const data = { id: registered?.id ?? snowflake(), name, type: ApplicationCommandType.ChatInput };
  return registered?.guild_id ? { ...data, guild_id: registered.guild_id } : data;
}

function withResolved(resolved: ResolvedData | undefined) {
  return resolved ? { resolved } : {};
}

function permissionString(value: bigint | string | undefined): string {
  return String(value ?? MEMBER_PERMISSIONS);
}

function focusedType(value: string | number): ApplicationCommandOptionType {
  if (typeof value === 'string') return ApplicationCommandOptionType.String;
  return Number.isInteger(value) ? ApplicationCommandOptionType.Integer : ApplicationCommandOptionType.Number;
}

function buttonMessage(ctx: InteractionContext, input: ButtonInput, channelId: string) {
  if (input.messageId) {
    const known = ctx.store.get(input.messageId);
    if (!known) throw new Error(`fake-discord: buttonInteraction: unknown message ${input.messageId}`);
    return known;
  }
  const button = { type: ComponentType.Button, style: 1, label: 'Button', custom_id: input.customId };
  const row = { type: ComponentType.ActionRow, components: [button] };
  return ctx.store.create({ channelId, body: { content: 'A message with a button', components: [row] } });
}
