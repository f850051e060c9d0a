/** Who counts as a moderator on Discord: Manage Messages, Administrator, or the MODERATOR_ROLE_ID role. */
import { PermissionFlagsBits } from 'discord.js';

/** What the bot needs in a channel it posts to (digests, answers by mention). */
export const CHANNEL_PERMISSIONS = {
  ViewChannel: PermissionFlagsBits.ViewChannel,
  SendMessages: PermissionFlagsBits.SendMessages,
  EmbedLinks: PermissionFlagsBits.EmbedLinks,
} as const;

/** And to open a thread (or forum post) and write in it. */
export const THREAD_PERMISSIONS = {
  ...CHANNEL_PERMISSIONS,
  CreatePublicThreads: PermissionFlagsBits.CreatePublicThreads,
  SendMessagesInThreads: PermissionFlagsBits.SendMessagesInThreads,
} as const;

/** The permissions integer of the invite link: everything the bot checks, computed, never written by hand. */
export const INVITE_PERMISSIONS: bigint = Object.values(THREAD_PERMISSIONS).reduce((all, bit) => all | bit, 0n);

/** The link that adds the bot to a server with its commands and the permissions it checks. */
export const inviteUrl = (applicationId: string): string =>
  `https://discord.com/oauth2/authorize?client_id=${applicationId}&scope=bot+applications.commands&permissions=${INVITE_PERMISSIONS}`;

/** What a moderator command needs by default (`default_member_permissions`). */
export const MODERATOR_PERMISSION = PermissionFlagsBits.ManageMessages;

/** `permissions` as Discord sends it: the member's resolved bit set, a decimal string. */
export function isModeratorMember(
  permissions: string | undefined,
  roles: readonly string[],
  moderatorRoleId?: string,
): boolean {
  if (moderatorRoleId && roles.includes(moderatorRoleId)) return true;
  const bits = BigInt(permissions || '0');
  return (bits & (PermissionFlagsBits.ManageMessages | PermissionFlagsBits.Administrator)) !== 0n;
}
