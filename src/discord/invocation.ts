/**
 * Interaction data -> Invocation, for both transports. The gateway hands discord.js option
 * objects, HTTP the raw API JSON; both reduce to OptionData first.
 */
import { ApplicationCommandOptionType } from 'discord.js';
import type { Attachment, Focused, Member } from '../framework/define.ts';
import type { RawValue } from '../framework/options.ts';
import type { Invocation } from '../framework/dispatch.ts';
import { isModeratorMember } from './permissions.ts';

export interface OptionData {
  name: string;
  /** Subcommand, subcommand group, attachment, or a value's type. */
  type: ApplicationCommandOptionType;
  value?: string | number | boolean;
  options?: readonly OptionData[];
  focused?: boolean;
  attachment?: Attachment;
}

const SUBCOMMAND = ApplicationCommandOptionType.Subcommand;
const SUBCOMMAND_GROUP = ApplicationCommandOptionType.SubcommandGroup;

/** The subcommand (if any) and the flat list of option values under it. */
function flatten(options: readonly OptionData[]): { subcommand?: string; values: readonly OptionData[] } {
  const sub = options.find((o) => o.type === SUBCOMMAND || o.type === SUBCOMMAND_GROUP);
  if (!sub) return { values: options };
  if (sub.type === SUBCOMMAND_GROUP) {
    const inner = flatten(sub.options ?? []);
    return { subcommand: inner.subcommand ? `${sub.name} ${inner.subcommand}` : sub.name, values: inner.values };
  }
  return { subcommand: sub.name, values: sub.options ?? [] };
}

export function toInvocation(command: string, options: readonly OptionData[]): Invocation {
  const { subcommand, values } = flatten(options);
  const raw: Record<string, RawValue> = {};
  for (const option of values) {
    const value = option.attachment ?? option.value;
    if (value !== undefined) raw[option.name] = value;
  }
  return { command, subcommand, options: raw };
}

export function toFocused(options: readonly OptionData[]): Focused {
  const { subcommand, values } = flatten(options);
  const focused = values.find((o) => o.focused);
  return { name: focused?.name ?? '', value: String(focused?.value ?? ''), subcommand };
}

/**
 * The API's member object -> our Member (permissions as sent by Discord: resolved for the channel).
 * In a server the person is `member.user`; in a DM there is no member and the person is `user`
 * (`userId`), never a moderator: rate limits and votes count each person apart either way.
 */
export function toMember(
  member: { user?: { id: string }; permissions?: string; roles?: readonly string[] } | undefined,
  moderatorRoleId: string | undefined,
  userId?: string,
): Member | undefined {
  const id = member?.user?.id ?? userId;
  if (!id) return undefined;
  if (!member) return { userId: id, isModerator: false };
  return { userId: id, isModerator: isModeratorMember(member.permissions, member.roles ?? [], moderatorRoleId) };
}
