/**
 * The one path every transport takes: find the command, check who may run it, validate options,
 * run, then apply the lookup options (`hide`, `mention`) the same way for every command.
 */
import type { Messages } from '../i18n/messages.ts';
import { isGroup, type Choice, type Command, type Context, type Focused } from './define.ts';
import { validateOptions, type RawValue } from './options.ts';
import type { Reply } from './reply.ts';
import { UserError } from './errors.ts';
import type { Registry } from './registry.ts';
import { isVote, recordVote } from './feedback.ts';

export interface Invocation {
  command: string;
  subcommand?: string;
  options: Readonly<Record<string, RawValue>>;
}

/** Who may run a moderator command is the transport's decision, made when it builds the Member. */
const isModerator = (ctx: Context): boolean => ctx.member?.isModerator === true;

function find(registry: Registry, name: string, t: Messages): Command {
  const command = registry.get(name);
  if (!command) throw new UserError(t.unknownCommand(name));
  return command;
}

function checkSubcommand(command: Command, subcommand: string | undefined): void {
  if (!isGroup(command)) {
    if (subcommand) throw new UserError(`/${command.name} has no subcommand “${subcommand}”.`);
    return;
  }
  const names = Object.keys(command.subcommands);
  if (!subcommand || !names.includes(subcommand)) {
    throw new UserError(`/${command.name} needs one of: ${names.join(', ')}${subcommand ? ` (not “${subcommand}”)` : ''}.`);
  }
}

export async function runInvocation(registry: Registry, invocation: Invocation, ctx: Context): Promise<Reply> {
  const command = find(registry, invocation.command, ctx.t);
  checkSubcommand(command, invocation.subcommand);
  if (command.moderatorOnly && !isModerator(ctx)) throw new UserError(ctx.t.notModerator);
  const { hide, mention, ...options } = validateOptions(command, invocation.subcommand, invocation.options, ctx.t);
  const typed = isGroup(command) ? { subcommand: invocation.subcommand, ...options } : options;
  const reply = await command.run(typed as never, ctx);
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
  const command = find(registry, name, ctx.t);
  const rest = parts.join(':');
  if (command.lookup && isVote(rest)) return recordVote(command.name, rest, ctx);
  if (!command.button) throw new UserError(ctx.t.buttonGone);
  if (command.moderatorOnly && !isModerator(ctx)) throw new UserError(ctx.t.notModerator);
  return command.button(rest, ctx);
}
