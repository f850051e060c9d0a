/**
 * A command is plain data plus two functions. From the one definition come the Discord
 * registration body (src/discord/registration.ts), the terminal's option parser and validation
 * (options.ts), and, through the types below, the type of `options` inside `run`.
 */
import type { LoadWarning } from '../corpus/types.ts';
import type { FolderProblem } from '../corpus/warnings.ts';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import type { Locale } from '../i18n/locale.ts';
import type { Reply } from '../answers/reply.ts';
import type { Choice } from '../answers/choices.ts';

type OptionType = 'string' | 'integer' | 'number' | 'boolean' | 'user' | 'role' | 'channel' | 'attachment';

/**
 * An option as data; its name, description and choice labels a user reads are in the language
 * packs (`commands.<command>.options.<option>`), not here.
 */
export interface OptionSpec {
  type: OptionType;
  required?: boolean;
  /** Length for strings, value for numbers. */
  min?: number;
  max?: number;
  /** The values a string option takes; their labels are in the language packs. */
  choices?: readonly string[];
  autocomplete?: boolean;
  /** Channel options: the channel types offered (default text and announcement channels). */
  channelTypes?: readonly number[];
}

export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

export interface SubcommandSpec {
  options?: OptionSpecs;
}

export interface Attachment {
  name: string;
  url: string;
  size: number;
  contentType?: string;
}

type ValueOf<T extends OptionType> = T extends 'string' | 'user' | 'role' | 'channel'
  ? string
  : T extends 'integer' | 'number'
    ? number
    : T extends 'boolean'
      ? boolean
      : Attachment;

/** An option's value in `run`: one of its choices' values when it has choices, else its type's. */
type ValueOfSpec<O extends OptionSpec> = O extends { choices: readonly (infer V)[] } ? V : ValueOf<O['type']>;

type RequiredKeys<S extends OptionSpecs> = { [K in keyof S]: S[K]['required'] extends true ? K : never }[keyof S];

/** The options object `run` receives, derived from the specs: required ones are not optional. */
type OptionsOf<S extends OptionSpecs | undefined> = S extends OptionSpecs
  ? { [K in RequiredKeys<S>]: ValueOfSpec<S[K]> } & { [K in Exclude<keyof S, RequiredKeys<S>>]?: ValueOfSpec<S[K]> }
  : Record<string, never>;

type SubcommandOptions<S extends Readonly<Record<string, SubcommandSpec>>> = {
  [K in keyof S]: { subcommand: K } & OptionsOf<S[K]['options']>;
}[keyof S];

export interface Member {
  userId: string;
  /** Decided by the transport (Discord: Manage Messages, Administrator or MODERATOR_ROLE_ID). */
  isModerator: boolean;
}

/** Side effects a command may need, supplied by the transport (or a test); absent where it cannot. */
export interface Ports {
  /**
   * Post one message to a channel with a nonce Discord enforces (a second post with the same nonce
   * within minutes returns the first message); resolves with the message's id.
   */
  post?: (channelId: string, reply: Reply, nonce: string) => Promise<string>;
  /** The id of the bot's message in a channel, posted after `after`, whose last embed's footer is `footer`. */
  findPosted?: (channelId: string, footer: string, after: Date) => Promise<string | undefined>;
  /** Whether the bot may send messages in a channel. */
  canPost?: (channelId: string, threads?: boolean) => Promise<boolean>;
  /** Whether a channel is a forum (it takes posts, not messages). */
  isForum?: (channelId: string) => Promise<boolean>;
  /** Open a thread of a text channel from `starter`, or a forum post whose first message it is; resolves with its id. */
  openThread?: (channelId: string, name: string, starter: Reply) => Promise<string>;
  /** Fetch an attachment's bytes. */
  download?: (attachment: Attachment) => Promise<Uint8Array>;
}

/** Who asks, from where, and what their transport can do: filled in by the transport. */
export interface Invoker extends Ports {
  locale: Locale;
  member?: Member;
  channelId?: string;
  guildId?: string;
  /** Buttons on an answer can be pressed (Discord); otherwise every page of a list is sent at once. */
  canPressButtons: boolean;
  /** For a button or a message's menu: the message it is on (its link, and what it says, as text). */
  message?: { url: string; text: string };
}

/**
 * What the application lends every command (Sapphire's container). The framework owns the name and
 * declares it empty; the application fills it in by declaration merging (src/moderation.ts), so a
 * command sees typed services while the framework imports nothing above it.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by the application
export interface Services {}

/** Everything a command may use, as typed fields: the invoker's and the application's. */
export interface Context extends Invoker {
  /** The knowledge base in force now (it can be swapped by a reload). */
  kb: KnowledgeBase;
  /** Files the last load skipped, with the reason. */
  warnings: readonly LoadWarning[];
  /** Why the seeds folder could not be read at start, when it could not (nothing is indexed then). */
  seedsFolder?: FolderProblem;
  /** Every command, as registered. */
  commands: ReadonlyMap<string, Command>;
  /** What the application lends commands: digests, schedules, documents, sources, feedback. */
  services: Services;
  now: Date;
}

export type { Choice };

export interface Focused {
  name: string;
  value: string;
  subcommand?: string;
}

interface CommandBase {
  /** The command's name as registered (English); what users read, in every language, is in the packs. */
  name: string;
  /** What follows the command's name in the example /help shows (`query: frontex`; '' for the name alone). */
  example?: string;
  /** Adds `hide` (ephemeral) and `mention` (point the answer at a user) options. */
  lookup?: boolean;
  /** Manage Messages by default in Discord, and checked again on the server. */
  moderatorOnly?: boolean;
  /** Every answer is for the person asking only, so a slow one is deferred privately too. */
  private?: boolean;
  /** Each use counts against the person's questions a minute, the limit questions by mention share. */
  rateLimited?: boolean;
  /** Slow by nature (downloads, parses): acknowledged at once, before any work, and answered by an edit. */
  deferAtOnce?: boolean;
  autocomplete?(focused: Focused, ctx: Context): Choice[];
  /** Button presses whose custom_id starts with `${name}:` come here with the rest of the id. */
  button?(customId: string, ctx: Context): Reply | Promise<Reply>;
}

export interface SimpleCommand<S extends OptionSpecs = OptionSpecs> extends CommandBase {
  options?: S;
  run(options: OptionsOf<S>, ctx: Context): Reply | Promise<Reply>;
}

export interface GroupCommand<
  S extends Readonly<Record<string, SubcommandSpec>> = Readonly<Record<string, SubcommandSpec>>,
> extends CommandBase {
  subcommands: S;
  run(options: SubcommandOptions<S>, ctx: Context): Reply | Promise<Reply>;
}

/** An option value once validated, whatever its type. */
export type OptionValue = ValueOf<OptionType>;

/**
 * A command as the registry holds and the framework runs it, its option types erased: `run` gets
 * values already validated against the command's own specs. Every defined command is one.
 */
export interface Command extends CommandBase {
  options?: OptionSpecs;
  subcommands?: Readonly<Record<string, SubcommandSpec>>;
  run(options: Readonly<Record<string, OptionValue>> & { subcommand?: string }, ctx: Context): Reply | Promise<Reply>;
}

export const defineCommand = <const S extends OptionSpecs>(command: SimpleCommand<S>): SimpleCommand<S> => command;

export const defineGroup = <const S extends Readonly<Record<string, SubcommandSpec>>>(
  command: GroupCommand<S>,
): GroupCommand<S> => command;

export const isGroup = (command: Command): command is Command & Pick<GroupCommand, 'subcommands'> =>
  command.subcommands !== undefined;

/** The options of a command, or of one of its subcommands, with the lookup options added. */
export function optionSpecs(command: Command, subcommand?: string): OptionSpecs {
  const base = isGroup(command) ? (subcommand ? command.subcommands[subcommand]?.options : undefined) : command.options;
  return command.lookup ? { ...base, ...LOOKUP_OPTIONS } : { ...base };
}

const LOOKUP_OPTIONS = {
  hide: { type: 'boolean' },
  mention: { type: 'user' },
} as const satisfies OptionSpecs;
