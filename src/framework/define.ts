/**
 * A command is plain data plus two functions. From the one definition come the Discord
 * registration body (src/discord/registration.ts), the terminal's option parser and validation
 * (options.ts), and, through the types below, the type of `options` inside `run`.
 */
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import type { Locale, Messages } from '../i18n/messages.ts';
import type { Reply } from './reply.ts';
import type { FeedbackLog } from './feedback.ts';

export type OptionType = 'string' | 'integer' | 'number' | 'boolean' | 'user' | 'channel' | 'attachment';

export interface OptionSpec {
  type: OptionType;
  description: string;
  /** Czech description (Discord `description_localizations.cs`). */
  descriptionCs: string;
  required?: boolean;
  /** Length for strings, value for numbers. */
  min?: number;
  max?: number;
  choices?: readonly { name: string; value: string }[];
  autocomplete?: boolean;
}

export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

export interface SubcommandSpec {
  description: string;
  descriptionCs: string;
  options?: OptionSpecs;
}

export interface Attachment {
  name: string;
  url: string;
  size: number;
  contentType?: string;
}

type ValueOf<T extends OptionType> = T extends 'string' | 'user' | 'channel'
  ? string
  : T extends 'integer' | 'number'
    ? number
    : T extends 'boolean'
      ? boolean
      : Attachment;

type RequiredKeys<S extends OptionSpecs> = { [K in keyof S]: S[K]['required'] extends true ? K : never }[keyof S];

/** The options object `run` receives, derived from the specs: required ones are not optional. */
export type OptionsOf<S extends OptionSpecs | undefined> = S extends OptionSpecs
  ? { [K in RequiredKeys<S>]: ValueOf<S[K]['type']> } & { [K in Exclude<keyof S, RequiredKeys<S>>]?: ValueOf<S[K]['type']> }
  : Record<string, never>;

type SubcommandOptions<S extends Readonly<Record<string, SubcommandSpec>>> = {
  [K in keyof S]: { subcommand: K } & OptionsOf<S[K]['options']>;
}[keyof S];

export interface Member {
  userId: string;
  /** Discord permission bit set, as a decimal string. */
  permissions: string;
  roles: readonly string[];
}

/** Side effects a command may need, supplied by the transport (or a test). */
export interface Ports {
  /** Post messages to a channel; resolves with the ids of the messages sent. */
  post?(channelId: string, replies: Reply[]): Promise<string[]>;
  /** Whether the bot may send messages in a channel. */
  canPost?(channelId: string): Promise<boolean>;
  /** Fetch an attachment's bytes. */
  download?(attachment: Attachment): Promise<Uint8Array>;
}

export interface Context extends Ports {
  /** The knowledge base in force now (it can be swapped by a reload). */
  kb: KnowledgeBase;
  locale: Locale;
  t: Messages;
  now: Date;
  transport: 'discord' | 'terminal' | 'http';
  member?: Member;
  channelId?: string;
  guildId?: string;
  /** Services owned by the application (store, reindexer), looked up by the commands that need them. */
  services: Record<string, unknown>;
  /** Unanswered questions and votes on answers (absent where nothing is recorded: the terminal). */
  feedback?: FeedbackLog;
}

export interface Choice {
  name: string;
  value: string;
}

export interface Focused {
  name: string;
  value: string;
  subcommand?: string;
}

interface CommandBase {
  name: string;
  /** Czech name (Discord `name_localizations.cs`): Czech users may type this instead. */
  nameCs: string;
  description: string;
  descriptionCs: string;
  /** Adds `hide` (ephemeral) and `mention` (point the answer at a user) options. */
  lookup?: boolean;
  /** Manage Messages by default in Discord, and checked again on the server. */
  moderatorOnly?: boolean;
  /** Every answer is for the person asking only, so a slow one is deferred privately too. */
  private?: boolean;
  autocomplete?(focused: Focused, ctx: Context): Choice[];
  /** Button presses whose custom_id starts with `${name}:` come here with the rest of the id. */
  button?(customId: string, ctx: Context): Reply | Promise<Reply>;
}

export interface SimpleCommand<S extends OptionSpecs = OptionSpecs> extends CommandBase {
  options?: S;
  run(options: OptionsOf<S>, ctx: Context): Reply | Promise<Reply>;
}

export interface GroupCommand<S extends Readonly<Record<string, SubcommandSpec>> = Readonly<Record<string, SubcommandSpec>>>
  extends CommandBase {
  subcommands: S;
  run(options: SubcommandOptions<S>, ctx: Context): Reply | Promise<Reply>;
}

export type Command = SimpleCommand<any> | GroupCommand<any>;

export const defineCommand = <const S extends OptionSpecs>(command: SimpleCommand<S>): SimpleCommand<S> => command;

export const defineGroup = <const S extends Readonly<Record<string, SubcommandSpec>>>(command: GroupCommand<S>): GroupCommand<S> =>
  command;

export const isGroup = (command: Command): command is GroupCommand<any> => 'subcommands' in command;

/** The options of a command, or of one of its subcommands, with the lookup options added. */
export function optionSpecs(command: Command, subcommand?: string): OptionSpecs {
  const base = isGroup(command) ? (subcommand ? command.subcommands[subcommand]?.options : undefined) : command.options;
  return command.lookup ? { ...base, ...LOOKUP_OPTIONS } : { ...base };
}

export const LOOKUP_OPTIONS = {
  hide: { type: 'boolean', description: 'Only you see the answer', descriptionCs: 'Odpověď uvidíte jen vy' },
  mention: { type: 'user', description: 'Point the answer at this person', descriptionCs: 'Komu odpověď určit' },
} as const satisfies OptionSpecs;
