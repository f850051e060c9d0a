/**
 * Bytes -> raw text, one reader per format. Headings come out as Markdown '#' lines so the parser
 * sees the same shape whatever the format. Every reader throws an Error whose message is the
 * reason shown to the user ("not valid UTF-8", "broken PDF").
 */
import { compile, type FormatCallback } from 'html-to-text';

export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.pdf'] as const;

function decodeUtf8(bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new Error('binary file (contains NUL bytes)');
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new Error('not valid UTF-8 text');
  }
}

/** Markdown -> text: headings kept as '#' lines, links and emphasis reduced to their words. */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/^```[\s\S]*?^```/gm, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\(([^)\s]+)[^)]*\)/g, '$1 <$2>')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(?<![\w*])([*_])(?!\s)(.+?)(?<!\s)\1(?![\w*])/g, '$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/^>\s?/gm, '')
    .replace(/^\s*[-*_]{3,}\s*$/gm, '')
    .replace(/^\s*[*+]\s+/gm, '- ');
}

const markdownHeading: FormatCallback = (elem, walk, builder, options) => {
  const level = Number(/^h([1-6])$/.exec(elem.name ?? '')?.[1] ?? 2);
  builder.openBlock({ leadingLineBreaks: options.leadingLineBreaks ?? 2 });
  builder.addLiteral(`${'#'.repeat(level)} `);
  walk(elem.children, builder);
  builder.closeBlock({ trailingLineBreaks: options.trailingLineBreaks ?? 2 });
};

const SKIPPED = ['nav', 'header', 'footer', 'aside', 'script', 'style', 'noscript', 'template', 'form', 'button', 'img', 'svg', 'iframe', 'select'];

/** Compiled once: html-to-text's selector matching is costly to build and cheap to reuse. */
const convertHtml = compile({
  wordwrap: false,
  formatters: { markdownHeading },
  selectors: [
    ...SKIPPED.map((selector) => ({ selector, format: 'skip' })),
    ...[1, 2, 3, 4, 5, 6].map((level) => ({ selector: `h${level}`, format: 'markdownHeading' })),
    { selector: 'a', options: { hideLinkHrefIfSameAsText: true, linkBrackets: ['<', '>'] as [string, string] } },
    { selector: 'ul', options: { itemPrefix: '- ' } },
    { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
    { selector: '[role=navigation]', format: 'skip' },
    { selector: '[aria-hidden=true]', format: 'skip' },
  ],
});

/** HTML -> text, page chrome left out: navigation, header, footer, scripts, forms, images. */
export function htmlToText(html: string): string {
  const title = /<title[^>]*>([^<]*)<\/title>/i.exec(html)?.[1]?.trim();
  const body = convertHtml(html);
  const hasHeading = /^#\s/m.test(body);
  return hasHeading || !title ? body : `# ${title}\n\n${body}`;
}

async function pdfToText(bytes: Uint8Array): Promise<string> {
  const { extractText, getDocumentProxy } = await import('unpdf');
  let pages: string[];
  try {
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    pages = (await extractText(pdf, { mergePages: false })).text;
  } catch (error) {
    throw new Error(`broken PDF (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
  return pages.join('\n\n');
}

/** Raw text of a file's bytes, by extension (lowercase, with the dot). */
export async function readFormat(extension: string, bytes: Uint8Array): Promise<string> {
  switch (extension) {
    case '.pdf':
      return pdfToText(bytes);
    case '.html':
    case '.htm':
      return htmlToText(decodeUtf8(bytes));
    case '.md':
    case '.markdown':
      return markdownToText(decodeUtf8(bytes));
    case '.txt':
      return decodeUtf8(bytes);
    default:
      throw new Error(`unsupported file type "${extension || '(none)'}"`);
  }
}
