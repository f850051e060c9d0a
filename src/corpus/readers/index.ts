/**
 * Bytes -> blocks, one reader per format. A reader throws a FileProblem saying why a file cannot be
 * read (binary, a broken PDF); text
 * formats are decoded in the encoding they declare or are detected in (../encoding.ts). Adding a format is one module and one line here.
 */
import type { ReadResult } from '../blocks.ts';
import { readDocx } from './docx.ts';
import { readEmail } from './email.ts';
import { readHtml } from './html.ts';
import { readMarkdown } from './markdown.ts';
import { readPdf } from './pdf.ts';
import { readText } from './text.ts';
import { FileProblem } from '../warnings.ts';
import { decodeText } from '../encoding.ts';

type Reader = (bytes: Uint8Array) => ReadResult | Promise<ReadResult>;

const READERS: Record<string, Reader> = {
  '.txt': (bytes) => readText(decodeText(bytes)),
  '.md': (bytes) => readMarkdown(decodeText(bytes)),
  '.markdown': (bytes) => readMarkdown(decodeText(bytes)),
  '.html': (bytes) => readHtml(decodeText(bytes)),
  '.htm': (bytes) => readHtml(decodeText(bytes)),
  '.pdf': readPdf,
  '.docx': readDocx,
  '.eml': readEmail,
};

export const SUPPORTED_EXTENSIONS = Object.keys(READERS);

/** The blocks of a file's bytes, by extension (lowercase, with the dot). */
export async function readFormat(extension: string, bytes: Uint8Array): Promise<ReadResult> {
  const reader = READERS[extension];
  if (!reader) throw new FileProblem({ code: 'unsupported-type', extension });
  return reader(bytes);
}
