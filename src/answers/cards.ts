/**
 * Pieces the structured answers (/contacts, /treaty, /developments) build their cards from: lists
 * cut at whole lines to fit a field, bullets of document text, the source field, a card's size.
 */
import type { Document } from '../corpus/types.ts';
import type { Locale } from '../i18n/locale.ts';
import { answerText } from './messages.ts';
import { embedLength, LIMITS } from '../render/limits.ts';
import { escapeMarkdown, truncate } from '../util/markdown.ts';
import { citation } from './citations.ts';
import type { Card, Field } from './reply.ts';

export const FIELD_VALUE_MAX: number = LIMITS.fieldValue;

/** Whole lines while they fit in `max` characters, then "… +N" for the lines left out. */
export function linesWithin(lines: readonly string[], max = FIELD_VALUE_MAX): string {
  const kept: string[] = [];
  let length = 0;
  for (const [i, line] of lines.entries()) {
    const rest = lines.length - i - 1;
    const reserve = rest > 0 ? ` … +${rest}`.length + 1 : 0;
    const cost = (kept.length > 0 ? 1 : 0) + line.length;
    if (length + cost + reserve > max) {
      if (kept.length === 0) return [truncate(line, max - reserve), ...(rest > 0 ? [`… +${rest}`] : [])].join('\n');
      return `${kept.join('\n')}\n… +${lines.length - kept.length}`;
    }
    kept.push(line);
    length += cost;
  }
  return kept.join('\n');
}

/** Document text as bullets ("• ..."), escaped, each cut at a word to `perItem` characters. */
export const bullets = (items: readonly string[], perItem = 240, max = FIELD_VALUE_MAX): string =>
  linesWithin(
    items.map((item) => `• ${truncate(escapeMarkdown(item), perItem)}`),
    max,
  );

/** "Title\n[Source](url) · `file` · date" for each document an answer comes from. */
export const sourceLines = (documents: readonly Document[], locale: Locale): string[] =>
  documents.map((document) => `${escapeMarkdown(document.title)}\n${citation(document, locale)}`);

export const sourceField = (documents: readonly Document[], locale: Locale): Field => ({
  name: answerText(locale).source,
  value: linesWithin(sourceLines(documents, locale)),
});

/** Characters a card counts towards Discord's 4,000 of text per message. */
export const cardLength = (card: Card): number =>
  embedLength({
    title: card.title,
    description: card.description,
    fields: card.fields,
    ...(card.footer ? { footer: { text: card.footer } } : {}),
  });
