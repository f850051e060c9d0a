/** Discord-flavoured Markdown helpers: document text is data, never formatting or a mention. */

/** Escape Markdown and mention syntax so text from a document renders as written. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/([\\*_~`|[\]])/g, '\\$1')
    .replace(/^(\s*)([>#-])/gm, '$1\\$2')
    .replace(/@(everyone|here)/g, '@\u200b$1')
    .replace(/<([@#&!:])/g, '<\u200b$1');
}

/** Cut at a word boundary to at most `max` characters, with an ellipsis when anything was cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return '…'.slice(0, max);
  const cut = text.slice(0, max - 1);
  const space = cut.search(/\s\S*$/);
  const base = space > max * 0.6 ? cut.slice(0, space) : cut;
  return `${base.replace(/[\s,;:.\\]+$/, '')}…`;
}

const percentEncode = (char: string): string => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;

/** A masked link; brackets and spaces in the URL are percent-encoded so they cannot end it early. */
export const markdownLink = (label: string, url: string): string =>
  `[${label}](${url.replace(/[()\s]/g, percentEncode)})`;

/** A file name as inline code (a backtick in the name cannot close it). */
export const inlineFile = (file: string): string => `\`${file.replace(/`/g, "'")}\``;
