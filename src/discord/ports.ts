/** The side effects commands may ask of Discord (post to a channel, check rights, fetch a file), via discord.js. */
import { PermissionFlagsBits, type Client } from 'discord.js';
import type { Ports } from '../framework/define.ts';
import { type Reply } from '../framework/reply.ts';
import { UserError } from '../framework/errors.ts';
import { download } from '../documents/download.ts';
import { toDiscordMessage } from '../render/discord.ts';
import { toMessageOptions } from './responder.ts';

const NEEDED = [PermissionFlagsBits.ViewChannel, PermissionFlagsBits.SendMessages, PermissionFlagsBits.EmbedLinks];

export function discordPorts(client: Client): Ports {
  // The REST host (DISCORD_API_URL) may serve attachments too: the fake Discord in tests.
  const api = client.options.rest?.api;
  // With shards, a scheduled digest may go to a server this process does not cache.
  const fetchChannel = (channelId: string) => client.channels.fetch(channelId, { allowUnknownGuild: true }).catch(() => null);
  const sendable = async (channelId: string) => {
    const channel = await fetchChannel(channelId);
    return channel && channel.isSendable() ? channel : undefined;
  };
  return {
    async canPost(channelId) {
      const channel = await fetchChannel(channelId);
      if (!channel || !channel.isSendable() || !client.user) return false;
      if (!('permissionsFor' in channel)) return true;
      try {
        return channel.permissionsFor(client.user)?.has(NEEDED) ?? false;
      } catch {
        return false; // a server this process does not cache: its roles are unknown here
      }
    },
    async post(channelId: string, replies: Reply[]) {
      const channel = await sendable(channelId);
      if (!channel) throw new UserError(`I cannot post in <#${channelId}>.`);
      const ids: string[] = [];
      for (const reply of replies) ids.push((await channel.send(toMessageOptions(toDiscordMessage(reply)))).id);
      return ids;
    },
    download: (attachment) => download(attachment, { api }),
  };
}
