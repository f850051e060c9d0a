/** Citations and snippets as Markdown: every answer says where it came from. */
import type { Document } from '../corpus/types.ts';
import type { Snippet } from '../knowledge/snippet.ts';
import type { Locale } from '../i18n/locale.ts';
import { readableDate } from '../i18n/dates.ts';
import { answerText } from './messages.ts';
import { escapeMarkdown, inlineFile, markdownLink } from '../util/markdown.ts';

/** The first source URL a document names, if any. */
export const sourceUrl = (document: Document): string | undefined => document.sources.find((source) => source.url)?.url;

/**
 * "[Source](url) · § Kontakty · `file` · 6 February 2026": one line that cites a document, and the
 * section of it a passage stands under when one is given (where in a long page to look).
 */
export function citation(document: Document, locale: Locale, section?: string): string {
  const url = sourceUrl(document);
  const heading = section && section !== document.title ? section.replace(/\s+/g, ' ').trim() : undefined;
  return [
    url ? markdownLink(answerText(locale).source, url) : undefined,
    heading && `§ ${escapeMarkdown(heading.length > 80 ? `${heading.slice(0, 79)}…` : heading)}`,
    inlineFile(document.file),
    document.date && readableDate(document.date, locale),
  ]
    .filter(Boolean)
    .join(' · ');
}

/** A snippet with its matched words in bold and document text escaped. */
export function snippetMarkdown(snippet: Snippet): string {
  const body = snippet.segments
    .map((s) => (s.match ? `**${escapeMarkdown(s.text)}**` : escapeMarkdown(s.text)))
    .join('');
  return `${snippet.cutStart ? '…' : ''}${body}${snippet.cutEnd ? '…' : ''}`;
}
