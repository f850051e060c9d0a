/** Discord-flavoured Markdown helpers: document text is data, never formatting or a mention. */

/** Escape Markdown and mention syntax so text from a document renders as written. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/([\\*_~`|[\]])/g, '\\$1')
    .replace(/^(\s*)([>#-])/gm, '$1\\$2')
    .replace(/@(everyone|here)/g, '@\u200b$1')
    .replace(/<([@#&!:])/g, '<\u200b$1');
}

export const bold = (text: string): string => (text ? `**${text}**` : '');

/** Cut at a word boundary to at most `max` characters, with an ellipsis when anything was cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return '…'.slice(0, max);
  const cut = text.slice(0, max - 1);
  const space = cut.search(/\s\S*$/);
  const base = space > max * 0.6 ? cut.slice(0, space) : cut;
  return `${base.replace(/[\s,;:.\\]+$/, '')}…`;
}
