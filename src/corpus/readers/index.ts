/**
 * Bytes -> blocks, one reader per format. A reader throws a FileProblem saying why a file cannot be
 * read (not UTF-8, a broken PDF). Adding a format is one module and one line here.
 */
import type { ReadResult } from '../blocks.ts';
import { readDocx } from './docx.ts';
import { readHtml } from './html.ts';
import { readMarkdown } from './markdown.ts';
import { readPdf } from './pdf.ts';
import { readText } from './text.ts';
import { FileProblem } from '../warnings.ts';

function decodeUtf8(bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new FileProblem({ code: 'binary' });
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new FileProblem({ code: 'not-utf8' });
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
  if (!reader) throw new FileProblem({ code: 'unsupported-type', extension });
  return reader(bytes);
}
