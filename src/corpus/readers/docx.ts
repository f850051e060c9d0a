/** .docx -> HTML with mammoth (headings, lists, tables kept) -> the HTML reader. */
import { readHtml } from './html.ts';
import type { ReadResult } from '../blocks.ts';
import { FileProblem } from '../warnings.ts';
import { describeError } from '../../util/errors.ts';

export async function readDocx(bytes: Uint8Array): Promise<ReadResult> {
  const mammoth = (await import('mammoth')).default;
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
  } catch (error) {
    throw new FileProblem({ code: 'broken-docx', detail: describeError(error) });
  }
  return readHtml(html);
}
