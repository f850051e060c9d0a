/** .docx -> HTML with mammoth (headings, lists, tables kept) -> the HTML reader. */
import { readHtml } from './html.ts';
import type { ReadResult } from '../blocks.ts';

export async function readDocx(bytes: Uint8Array): Promise<ReadResult> {
  const mammoth = (await import('mammoth')).default;
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
  } catch (error) {
    throw new Error(`broken Word document (${error instanceof Error ? error.message : String(error)})`, {
      cause: error,
    });
  }
  return readHtml(html);
}
