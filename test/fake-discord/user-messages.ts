// Messages people write (MESSAGE_CREATE dispatches), kept in the message store
// so the bot can reply to them. `mentions` is worked out from the content's
// <@id> tokens, as Discord does; the content is always delivered (the fake
// does not model the Message Content intent: tests check the bot's intents).
import { MessageType } from 'discord.js';
import type { MessageStore, FakeMessage } from './messages.ts';
import { guildMember, makeUser, type FakeUser, type FakeWorld } from './world.ts';
import { snowflake } from './ids.ts';

export interface UserMessageInput {
  content: string;
  user?: Partial<FakeUser> & { id?: string };
  channelId?: string;
}

/** The `d` of MESSAGE_CREATE for a message a person wrote in the guild. */
export function userMessage(world: FakeWorld, store: MessageStore, input: UserMessageInput): FakeMessage & { member: unknown } {
  const author = input.user ? { ...makeUser(input.user.id ?? snowflake(), 'someone'), ...input.user } : world.user;
  const stored = store.create({ channelId: input.channelId ?? world.channels.main, body: { content: input.content }, author, type: MessageType.Default });
  const known = [world.botUser, world.user, author];
  const mentioned = [...input.content.matchAll(/<@!?(\d+)>/g)].map(([, id]) => known.find((user) => user.id === id) ?? makeUser(id!, 'someone'));
  const { user: _user, ...member } = guildMember(author);
  return {
    ...stored,
    mentions: mentioned.map((user) => ({ ...user, member: guildMember(user) })),
    member,
  };
}
