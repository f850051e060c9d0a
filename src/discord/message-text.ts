/**
 * What a message says, as text: its own content, what it forwards (message snapshots: a forwarded
 * message's content is empty, its words are in the snapshot), and the words of its embeds.
 */
import type { Message, MessageSnapshot } from 'discord.js';

export function messageText(message: Message | MessageSnapshot): string {
  const parts: (string | null | undefined)[] = [message.content];
  for (const snapshot of message.messageSnapshots?.values() ?? []) parts.push(messageText(snapshot));
  for (const embed of message.embeds ?? []) {
    parts.push(embed.title, embed.description, ...embed.fields.map((field) => `${field.name}: ${field.value}`));
  }
  return parts
    .map((part) => part?.trim())
    .filter(Boolean)
    .join('\n');
}
