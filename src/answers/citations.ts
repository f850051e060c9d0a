/** Citations and snippets as Markdown: every answer says where it came from. */
import type { Document } from '../corpus/types.ts';
import type { Snippet } from '../knowledge/snippet.ts';
import type { Messages } from '../i18n/messages.ts';
import { escapeMarkdown, inlineFile, markdownLink } from '../util/markdown.ts';

/** The first source URL a document names, if any. */
export const sourceUrl = (document: Document): string | undefined => document.sources.find((source) => source.url)?.url;

/** "[Source](url) · `file` · 2026-02-06": one line that cites a document. */
export function citation(document: Document, t: Messages): string {
  const url = sourceUrl(document);
  return [url ? markdownLink(t.source, url) : undefined, inlineFile(document.file), document.date]
    .filter(Boolean)
    .join(' · ');
}

/** A snippet with its matched words in bold and document text escaped. */
export function snippetMarkdown(snippet: Snippet): string {
  const body = snippet.segments.map((s) => (s.match ? `**${escapeMarkdown(s.text)}**` : escapeMarkdown(s.text))).join('');
  return `${snippet.cutStart ? '…' : ''}${body}${snippet.cutEnd ? '…' : ''}`;
}
