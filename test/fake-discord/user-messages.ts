// Messages people write (MESSAGE_CREATE dispatches), kept in the message store
// so the bot can reply to them. `mentions` is worked out from the content's
// <@id> tokens, as Discord does. The store keeps the whole message; what the
// client receives is `FakeDiscord.readable` of it (no text without the Message
// Content intent, unless it mentions the bot or is a DM).
import { ChannelType, MessageReferenceType, MessageType } from 'discord.js';
import type { MessageStore, FakeMessage } from './messages.ts';
import { guildMember, makeUser, type FakeUser, type FakeWorld } from './world.ts';
import { snowflake } from './ids.ts';

export interface UserMessageInput {
  content: string;
  user?: Partial<FakeUser> & { id?: string };
  channelId?: string;
  /** Written to the bot in a DM (from the world's user): no guild, no member. */
  dm?: boolean;
  /** The message's id (a forum post's first message has the post's). */
  id?: string;
  /** The author's roles in the server (e.g. the world's moderator role). */
  roles?: string[];
  /** A reply to this message (in the same channel). */
  replyTo?: string;
  /** Embeds of the message (a link preview, a bot's card). */
  embeds?: unknown[];
  /** Forwards this message: no content of its own, the forwarded one in `message_snapshots`. */
  forward?: FakeMessage;
}

/** The `d` of MESSAGE_CREATE for a message a person wrote in the guild, or to the bot in a DM. */
export type UserMessage = FakeMessage & { member?: unknown; channel_type: number };

export function userMessage(world: FakeWorld, store: MessageStore, input: UserMessageInput): UserMessage {
  const author =
    input.user && !input.dm ? { ...makeUser(input.user.id ?? snowflake(), 'someone'), ...input.user } : world.user;
  const channelId = input.dm ? world.dmChannelId : (input.channelId ?? world.channels.main);
  const body = {
    content: input.content,
    ...(input.embeds ? { embeds: input.embeds } : {}),
    ...(input.replyTo ? { message_reference: { message_id: input.replyTo } } : {}),
  };
  const stored = store.create({ channelId, body, author, type: MessageType.Default, id: input.id });
  if (input.forward) {
    const {
      content,
      embeds,
      attachments,
      timestamp,
      edited_timestamp,
      mentions,
      mention_roles,
      type,
      flags,
      components,
    } = input.forward;
    stored.content = '';
    stored.message_reference = {
      type: MessageReferenceType.Forward,
      message_id: input.forward.id,
      channel_id: input.forward.channel_id,
      guild_id: input.forward.guild_id,
    };
    stored.message_snapshots = [
      {
        message: {
          content,
          embeds,
          attachments,
          timestamp,
          edited_timestamp,
          mentions,
          mention_roles,
          type,
          flags,
          components,
        },
      },
    ];
  }
  // channel_type: as Discord sends it, so a client that has not cached the DM channel can make it.
  if (input.dm) return { ...stored, channel_type: ChannelType.DM };
  const known = [world.botUser, world.user, author];
  const mentioned = [...input.content.matchAll(/<@!?(\d+)>/g)].map(
    ([, id]) => known.find((user) => user.id === id) ?? makeUser(id!, 'someone'),
  );
  const { user: _user, ...member } = guildMember(author, input.roles);
  return {
    ...stored,
    channel_type: ChannelType.GuildText,
    mentions: mentioned.map((user) => ({ ...user, member: guildMember(user) })),
    member,
  };
}
