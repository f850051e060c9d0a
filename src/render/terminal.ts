/** Reply -> plain terminal text: the same words as in Discord, Markdown reduced to what reads well. */
import type { Card, Reply } from '../answers/reply.ts';
import { allMessages } from './discord.ts';

/** Drop Markdown emphasis and escapes; keep links readable as "text <url>". */
export function plain(markdown: string): string {
  return markdown
    .replace(/(?<!\\)\[([^\]\n]+)\]\(<?([^)>\s]+)>?\)/g, '$1 <$2>')
    .replace(/\*\*(.+?)\*\*/gs, '$1')
    .replace(/(?<![\\*])\*(?!\s)(.+?)(?<!\s)\*/g, '$1')
    .replace(/__(.+?)__/g, '$1')
    .replace(/(?<!\\)`([^`\n]+)`/g, '$1')
    .replace(/\\([\\*_~`|>#\-[\]()])/g, '$1')
    .replace(/<t:(\d+)(?::\w)?>/g, (_, seconds: string) => new Date(Number(seconds) * 1000).toISOString())
    .replace(/\u200b/g, '');
}

function cardText(card: Card): string {
  const lines: string[] = [];
  if (card.title) lines.push(`== ${plain(card.title)} ==`);
  if (card.url) lines.push(card.url);
  if (card.description) lines.push(plain(card.description));
  for (const field of card.fields ?? []) lines.push(`${plain(field.name)}:`, indent(plain(field.value)));
  if (card.footer) lines.push(`-- ${plain(card.footer)}`);
  return lines.join('\n');
}

const indent = (text: string): string => text.replace(/^/gm, '  ');

export function toTerminalText(reply: Reply): string {
  return allMessages(reply)
    .map((message) => {
      const parts = [message.content ? plain(message.content) : '', ...message.cards.map(cardText)];
      const buttons = (message.buttons ?? []).filter((b) => b.url).map((b) => `[${b.label}] ${b.url}`);
      return [...parts, ...buttons].filter(Boolean).join('\n\n');
    })
    .join('\n\n');
}
