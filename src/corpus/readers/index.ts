/**
 * Bytes -> blocks, one reader per format. Every reader throws an Error whose message is the reason
 * shown to the user ("not valid UTF-8 text", "broken PDF"). Adding a format is one module and one
 * line here.
 */
import type { ReadResult } from '../blocks.ts';
import { readDocx } from './docx.ts';
import { readHtml } from './html.ts';
import { readMarkdown } from './markdown.ts';
import { readPdf } from './pdf.ts';
import { readText } from './text.ts';

function decodeUtf8(bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new Error('binary file (contains NUL bytes)');
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new Error('not valid UTF-8 text');
  }
}

type Reader = (bytes: Uint8Array) => ReadResult | Promise<ReadResult>;

const READERS: Record<string, Reader> = {
  '.txt': (bytes) => readText(decodeUtf8(bytes)),
  '.md': (bytes) => readMarkdown(decodeUtf8(bytes)),
  '.markdown': (bytes) => readMarkdown(decodeUtf8(bytes)),
  '.html': (bytes) => readHtml(decodeUtf8(bytes)),
  '.htm': (bytes) => readHtml(decodeUtf8(bytes)),
  '.pdf': readPdf,
  '.docx': readDocx,
};

export const SUPPORTED_EXTENSIONS = Object.keys(READERS);

/** The blocks of a file's bytes, by extension (lowercase, with the dot). */
export async function readFormat(extension: string, bytes: Uint8Array): Promise<ReadResult> {
  const reader = READERS[extension];
  if (!reader) throw new Error(`unsupported file type "${extension || '(none)'}"`);
  return reader(bytes);
}
