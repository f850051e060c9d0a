/**
 * The one path every transport takes: find the command, check who may run it, validate options,
 * run, then apply the lookup options (`hide`, `mention`) the same way for every command.
 */
import { isGroup, type Choice, type Command, type Context, type Focused } from './define.ts';
import { validateOptions, type RawValue } from './options.ts';
import type { Reply } from '../answers/reply.ts';
import { UserError } from '../i18n/user-error.ts';
import { frameworkText } from './messages.ts';
import type { Registry } from './registry.ts';

export interface Invocation {
  command: string;
  subcommand?: string;
  options: Readonly<Record<string, RawValue>>;
}

/** Who may run a moderator command is the transport's decision, made when it builds the Member. */
const isModerator = (ctx: Context): boolean => ctx.member?.isModerator === true;

function find(registry: Registry, name: string): Command {
  const command = registry.get(name);
  if (!command) throw UserError.of(frameworkText, 'unknownCommand', name);
  return command;
}

function checkSubcommand(command: Command, subcommand: string | undefined): void {
  if (!isGroup(command)) {
    if (subcommand) throw UserError.of(frameworkText, 'noSubcommand', command.name, subcommand);
    return;
  }
  const names = Object.keys(command.subcommands);
  if (!subcommand || !names.includes(subcommand)) {
    throw UserError.of(frameworkText, 'needsSubcommand', command.name, names, subcommand);
  }
}

export async function runInvocation(registry: Registry, invocation: Invocation, ctx: Context): Promise<Reply> {
  const command = find(registry, invocation.command);
  checkSubcommand(command, invocation.subcommand);
  if (command.moderatorOnly && !isModerator(ctx)) throw UserError.of(frameworkText, 'notModerator');
  const { hide, mention, ...options } = validateOptions(command, invocation.subcommand, invocation.options);
  const withSubcommand =
    isGroup(command) && invocation.subcommand ? { ...options, subcommand: invocation.subcommand } : options;
  const reply = await command.run(withSubcommand, ctx);
  return {
    ...reply,
    ephemeral: reply.ephemeral || hide === true,
    mentionUserId: typeof mention === 'string' ? mention : reply.mentionUserId,
  };
}

/** Autocomplete never fails loudly: a broken suggester answers with no choices. */
export function autocomplete(registry: Registry, name: string, focused: Focused, ctx: Context): Choice[] {
  const command = registry.get(name);
  const choices = command?.autocomplete?.(focused, ctx) ?? [];
  return choices
    .filter((choice) => choice.name.trim().length > 0 && choice.value.length > 0)
    .slice(0, 25)
    .map((choice) => ({ name: truncateChoice(choice.name), value: choice.value.slice(0, 100) }));
}

const truncateChoice = (name: string): string => (name.length <= 100 ? name : `${name.slice(0, 99)}…`);

/** Buttons carry `command:rest` in their custom_id. */
export async function pressButton(registry: Registry, customId: string, ctx: Context): Promise<Reply> {
  const [name = '', ...parts] = customId.split(':');
  const command = find(registry, name);
  const rest = parts.join(':');
  if (!command.button) throw UserError.of(frameworkText, 'buttonGone');
  if (command.moderatorOnly && !isModerator(ctx)) throw UserError.of(frameworkText, 'notModerator');
  return command.button(rest, ctx);
}
