/** Who counts as a moderator on Discord: Manage Messages, Administrator, or the MODERATOR_ROLE_ID role. */
import { PermissionFlagsBits } from 'discord.js';

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
