/**
 * What a message says, as text: its own content, what it forwards (message snapshots: a forwarded
 * message's content is empty, its words are in the snapshot), and the words of its embeds. Reads a
 * discord.js Message (the gateway) and the API's message object (HTTP interactions) alike.
 */
import type { APIMessage, Message, MessageSnapshot } from 'discord.js';

type Readable = Message | MessageSnapshot | Pick<APIMessage, 'content' | 'embeds' | 'message_snapshots'>;

const snapshotsOf = (message: Readable): Readable[] =>
  'messageSnapshots' in message && message.messageSnapshots
    ? [...message.messageSnapshots.values()]
    : 'message_snapshots' in message
      ? (message.message_snapshots ?? []).map((snapshot) => snapshot.message)
      : [];

export function messageText(message: Readable): string {
  const parts: (string | null | undefined)[] = [message.content];
  for (const snapshot of snapshotsOf(message)) parts.push(messageText(snapshot));
  for (const embed of message.embeds ?? []) {
    parts.push(embed.title, embed.description, ...(embed.fields ?? []).map((field) => `${field.name}: ${field.value}`));
  }
  return parts
    .map((part) => part?.trim())
    .filter(Boolean)
    .join('\n');
}
