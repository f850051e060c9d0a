/** The side effects commands may ask of Discord (post to a channel, check rights, fetch a file), via discord.js. */
import { Client, PermissionFlagsBits, SnowflakeUtil } from 'discord.js';
import type { Attachment, Ports } from '../framework/define.ts';
import type { Reply } from '../framework/reply.ts';
import { UserError } from '../framework/errors.ts';
import { idOfToken } from '../config.ts';
import { MAX_FILE_BYTES } from '../corpus/load.ts';
import { toDiscordMessage } from '../render/discord.ts';
import { discordText } from './messages.ts';
import { toMessageOptions } from './responder.ts';

/** Pages of 100 messages searched for a digest message of unknown fate. */
const HISTORY_PAGES = 10;

const NEEDED = [PermissionFlagsBits.ViewChannel, PermissionFlagsBits.SendMessages, PermissionFlagsBits.EmbedLinks];

/** Fetch an attachment, refusing more than a document may be (the corpus's own limit). */
export async function download(attachment: Attachment, limit = MAX_FILE_BYTES): Promise<Uint8Array> {
  if (attachment.size > limit) throw UserError.of(discordText, 'tooLarge', attachment.name, limit / 1024 / 1024);
  const response = await fetch(attachment.url, { signal: AbortSignal.timeout(10_000) });
  if (!response.ok) throw UserError.of(discordText, 'downloadFailed', attachment.name, response.status);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.byteLength > limit) throw UserError.of(discordText, 'tooLarge', attachment.name, limit / 1024 / 1024);
  return bytes;
}

/** A discord.js client that never connects to the gateway: REST calls only (posting, history). */
export function restOnlyClient(token: string, api?: string): Client {
  const client = new Client({ intents: [], ...(api ? { rest: { api } } : {}) });
  client.token = token;
  client.rest.setToken(token);
  return client;
}

export function discordPorts(client: Client): Ports {
  // With shards, a scheduled digest may go to a server this process does not cache.
  const fetchChannel = (channelId: string) => client.channels.fetch(channelId, { allowUnknownGuild: true }).catch(() => null);
  const sendable = async (channelId: string) => {
    const channel = await fetchChannel(channelId);
    return channel && channel.isSendable() ? channel : undefined;
  };
  return {
    async canPost(channelId) {
      const channel = await fetchChannel(channelId);
      if (!channel || !channel.isSendable()) return false;
      // Without the gateway (REST only) roles are not cached: Discord's answer to the post decides.
      if (!client.user) return true;
      if (!('permissionsFor' in channel)) return true;
      try {
        return channel.permissionsFor(client.user)?.has(NEEDED) ?? false;
      } catch {
        return false; // a server this process does not cache: its roles are unknown here
      }
    },
    async post(channelId: string, reply: Reply, nonce: string) {
      const channel = await sendable(channelId);
      if (!channel) throw UserError.of(discordText, 'cannotPost', channelId);
      return (await channel.send({ ...toMessageOptions(toDiscordMessage(reply)), nonce, enforceNonce: true })).id;
    },
    async findPosted(channelId: string, footer: string, after: Date) {
      const channel = await sendable(channelId);
      if (!channel || !('messages' in channel)) return undefined;
      const self = client.user?.id ?? idOfToken(client.token);
      let cursor = SnowflakeUtil.generate({ timestamp: after }).toString();
      for (let page = 0; page < HISTORY_PAGES; page++) {
        const batch = await channel.messages.fetch({ after: cursor, limit: 100, cache: false });
        const found = batch.find((message) => message.author.id === self && message.embeds.at(-1)?.footer?.text === footer);
        if (found) return found.id;
        if (batch.size < 100) return undefined;
        cursor = batch.reduce((newest, message) => (BigInt(message.id) > BigInt(newest) ? message.id : newest), cursor);
      }
      return undefined;
    },
    download: (attachment) => download(attachment),
  };
}
