/** The side effects commands may ask of Discord (post to a channel, check rights, fetch a file), via discord.js. */
import { ChannelType, Client, SnowflakeUtil } from 'discord.js';
import type { Ports } from '../framework/define.ts';
import type { Reply } from '../answers/reply.ts';
import { UserError } from '../i18n/user-error.ts';
import { idOfToken } from '../config.ts';
import { download } from '../documents/download.ts';
import { footerLine, textsOf, toDiscordMessage, toDiscordMessages } from '../render/discord.ts';
import { discordText } from './messages.ts';
import { toMessageOptions } from './responder.ts';
import { CHANNEL_PERMISSIONS, THREAD_PERMISSIONS } from './permissions.ts';

/** Pages of 100 messages searched for a digest message of unknown fate. */
const HISTORY_PAGES = 10;

const NEEDED = Object.values(CHANNEL_PERMISSIONS);
const NEEDED_FOR_THREADS = Object.values(THREAD_PERMISSIONS);

const isForum = (channel: unknown): boolean => (channel as { type?: unknown } | null)?.type === ChannelType.GuildForum;

/** A discord.js client that never connects to the gateway: REST calls only (posting, history). */
export function restOnlyClient(token: string, api?: string): Client {
  const client = new Client({ intents: [], ...(api ? { rest: { api } } : {}) });
  client.token = token;
  client.rest.setToken(token);
  return client;
}

/**
 * The permissions the bot lacks in a channel, by name (none: it may post); undefined when it cannot
 * tell (the channel is gone, or its server is not cached here).
 */
export async function missingPermissions(
  client: Client,
  channelId: string,
  threads = false,
): Promise<string[] | undefined> {
  const channel = await client.channels.fetch(channelId, { allowUnknownGuild: true }).catch(() => null);
  if (!channel || !client.user || !('permissionsFor' in channel)) return undefined;
  try {
    const granted = channel.permissionsFor(client.user);
    if (!granted) return undefined;
    const needed = threads || isForum(channel) ? THREAD_PERMISSIONS : CHANNEL_PERMISSIONS;
    return Object.entries(needed)
      .filter(([, bit]) => !granted.has(bit))
      .map(([name]) => name);
  } catch {
    return undefined;
  }
}

export function discordPorts(client: Client): Ports {
  // The REST host (DISCORD_API_URL) may serve attachments too: the fake Discord in tests.
  const api = client.options.rest?.api;
  // With shards, a scheduled digest may go to a server this process does not cache.
  const fetchChannel = (channelId: string) =>
    client.channels.fetch(channelId, { allowUnknownGuild: true }).catch(() => null);
  const sendable = async (channelId: string) => {
    const channel = await fetchChannel(channelId);
    return channel && channel.isSendable() ? channel : undefined;
  };
  return {
    async canPost(channelId, threads = false) {
      const channel = await fetchChannel(channelId);
      if (!channel || !(channel.isSendable() || isForum(channel))) return false;
      // Without the gateway (REST only) roles are not cached: Discord's answer to the post decides.
      if (!client.user) return true;
      if (!('permissionsFor' in channel)) return true;
      try {
        return (
          channel.permissionsFor(client.user)?.has(threads || isForum(channel) ? NEEDED_FOR_THREADS : NEEDED) ?? false
        );
      } catch {
        return false; // a server this process does not cache: its roles are unknown here
      }
    },
    async post(channelId: string, reply: Reply, nonce: string) {
      const channel = await sendable(channelId);
      if (!channel) throw UserError.of(discordText, 'cannotPost', channelId);
      const messages = toDiscordMessages(reply);
      const last = messages.pop()!;
      // A headline goes first, without the nonce: the message recorded (and found again) is the last.
      for (const message of messages) await channel.send(toMessageOptions(message));
      return (await channel.send({ ...toMessageOptions(last), nonce, enforceNonce: true })).id;
    },
    async findPosted(channelId: string, footer: string, after: Date) {
      const channel = await sendable(channelId);
      if (!channel || !('messages' in channel)) return undefined;
      const self = client.user?.id ?? idOfToken(client.token);
      let cursor = SnowflakeUtil.generate({ timestamp: after }).toString();
      for (let page = 0; page < HISTORY_PAGES; page++) {
        const batch = await channel.messages.fetch({ after: cursor, limit: 100, cache: false });
        const found = batch.find(
          (message) =>
            message.author.id === self &&
            textsOf(message.components.map((component) => component.toJSON())).includes(footerLine(footer)),
        );
        if (found) return found.id;
        if (batch.size < 100) return undefined;
        cursor = batch.reduce((newest, message) => (BigInt(message.id) > BigInt(newest) ? message.id : newest), cursor);
      }
      return undefined;
    },
    isForum: async (channelId) => isForum(await fetchChannel(channelId)),
    async openThread(channelId: string, name: string, starter: Reply) {
      const channel = await fetchChannel(channelId);
      const message = toMessageOptions(toDiscordMessage(starter));
      if (channel?.type === ChannelType.GuildForum)
        return (await channel.threads.create({ name: name.slice(0, 100), message })).id;
      if (!channel || !channel.isSendable()) throw UserError.of(discordText, 'cannotPost', channelId);
      const sent = await channel.send(message);
      return (await sent.startThread({ name: name.slice(0, 100) })).id;
    },
    download: (attachment) => download(attachment, { api }),
  };
}
