/** The side effects commands may ask of Discord (post to a channel, check rights, fetch a file), via discord.js. */
import { ChannelType, PermissionFlagsBits, type Client, type SendableChannels } from 'discord.js';
import type { Attachment, Placement, Ports } from '../framework/define.ts';
import { type Reply } from '../framework/reply.ts';
import { UserError } from '../framework/errors.ts';
import { MAX_FILE_BYTES } from '../corpus/load.ts';
import { toDiscordMessage } from '../render/discord.ts';
import { toMessageOptions } from './responder.ts';

const NEEDED = [PermissionFlagsBits.ViewChannel, PermissionFlagsBits.SendMessages, PermissionFlagsBits.EmbedLinks];
/** Also needed to open a thread (or forum post) and write in it. */
const NEEDED_FOR_THREADS = [PermissionFlagsBits.CreatePublicThreads, PermissionFlagsBits.SendMessagesInThreads];

/** Fetch an attachment, refusing more than a document may be (the corpus's own limit). */
export async function download(attachment: Attachment, limit = MAX_FILE_BYTES): Promise<Uint8Array> {
  if (attachment.size > limit) throw new UserError(`“${attachment.name}” is larger than ${limit / 1024 / 1024} MB.`);
  const response = await fetch(attachment.url, { signal: AbortSignal.timeout(10_000) });
  if (!response.ok) throw new UserError(`Could not download “${attachment.name}” (HTTP ${response.status}).`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.byteLength > limit) throw new UserError(`“${attachment.name}” is larger than ${limit / 1024 / 1024} MB.`);
  return bytes;
}

export function discordPorts(client: Client): Ports {
  // With shards, a scheduled digest may go to a server this process does not cache.
  const fetchChannel = (channelId: string) => client.channels.fetch(channelId, { allowUnknownGuild: true }).catch(() => null);
  const sendable = async (channelId: string) => {
    const channel = await fetchChannel(channelId);
    return channel && channel.isSendable() ? channel : undefined;
  };
  const isForum = (channel: unknown): boolean => (channel as { type?: unknown } | null)?.type === ChannelType.GuildForum;
  const sendAll = async (channel: SendableChannels, replies: readonly Reply[]): Promise<string[]> => {
    const ids: string[] = [];
    for (const reply of replies) ids.push((await channel.send(toMessageOptions(toDiscordMessage(reply)))).id);
    return ids;
  };
  /** Open a thread with the first reply (a forum post, or a thread started from a message) and post the rest in it. */
  const inThread = async (channelId: string, replies: Reply[], { threadName }: Placement): Promise<string[]> => {
    const [first, ...rest] = replies;
    const channel = await fetchChannel(channelId);
    if (!first || !channel) throw new UserError(`I cannot post in <#${channelId}>.`);
    const name = threadName.slice(0, 100);
    if (channel.type === ChannelType.GuildForum) {
      const thread = await channel.threads.create({ name, message: toMessageOptions(toDiscordMessage(first)) });
      return [thread.id, ...(await sendAll(thread, rest))];
    }
    if (!channel.isSendable() || !('threads' in channel)) throw new UserError(`I cannot open a thread in <#${channelId}>.`);
    const message = await channel.send(toMessageOptions(toDiscordMessage(first)));
    const thread = await message.startThread({ name });
    return [message.id, ...(await sendAll(thread, rest))];
  };
  return {
    async canPost(channelId, threads = false) {
      const channel = await fetchChannel(channelId);
      if (!channel || !client.user || !(channel.isSendable() || isForum(channel))) return false;
      if (!('permissionsFor' in channel)) return true;
      try {
        return channel.permissionsFor(client.user)?.has(threads || isForum(channel) ? [...NEEDED, ...NEEDED_FOR_THREADS] : NEEDED) ?? false;
      } catch {
        return false; // a server this process does not cache: its roles are unknown here
      }
    },
    isForum: async (channelId) => isForum(await fetchChannel(channelId)),
    async post(channelId: string, replies: Reply[], placement?: Placement) {
      if (placement) return inThread(channelId, replies, placement);
      const channel = await sendable(channelId);
      if (!channel) throw new UserError(`I cannot post in <#${channelId}>.`);
      return sendAll(channel, replies);
    },
    download: (attachment) => download(attachment),
  };
}
