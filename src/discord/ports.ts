/** The side effects commands may ask of Discord (post to a channel, check rights, fetch a file), via discord.js. */
import { PermissionFlagsBits, type Client } from 'discord.js';
import type { Attachment, Ports } from '../command/define.ts';
import { UserError, type Reply } from '../command/reply.ts';
import { toDiscordMessage } from '../render/discord.ts';
import { toMessageOptions } from './responder.ts';

const NEEDED = [PermissionFlagsBits.ViewChannel, PermissionFlagsBits.SendMessages, PermissionFlagsBits.EmbedLinks];

/** Largest attachment a command will download. */
export const MAX_DOWNLOAD_BYTES = 5 * 1024 * 1024;

export async function download(attachment: Attachment, limit = MAX_DOWNLOAD_BYTES): Promise<Uint8Array> {
  if (attachment.size > limit) throw new UserError(`“${attachment.name}” is larger than ${limit / 1024 / 1024} MB.`);
  const response = await fetch(attachment.url, { signal: AbortSignal.timeout(10_000) });
  if (!response.ok) throw new UserError(`Could not download “${attachment.name}” (HTTP ${response.status}).`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.byteLength > limit) throw new UserError(`“${attachment.name}” is larger than ${limit / 1024 / 1024} MB.`);
  return bytes;
}

export function discordPorts(client: Client): Ports {
  const sendable = async (channelId: string) => {
    const channel = await client.channels.fetch(channelId).catch(() => null);
    return channel && channel.isSendable() ? channel : undefined;
  };
  return {
    async canPost(channelId) {
      const channel = await client.channels.fetch(channelId).catch(() => null);
      if (!channel || !channel.isSendable() || !client.user) return false;
      if (!('permissionsFor' in channel)) return true;
      return channel.permissionsFor(client.user)?.has(NEEDED) ?? false;
    },
    async post(channelId: string, replies: Reply[]) {
      const channel = await sendable(channelId);
      if (!channel) throw new UserError(`I cannot post in <#${channelId}>.`);
      const ids: string[] = [];
      for (const reply of replies) ids.push((await channel.send(toMessageOptions(toDiscordMessage(reply)))).id);
      return ids;
    },
    download: (attachment) => download(attachment),
  };
}
