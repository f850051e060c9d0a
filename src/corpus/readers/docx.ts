/** .docx -> HTML with mammoth (headings, lists, tables kept) -> the HTML reader. */
import { readHtml } from './html.ts';
import type { ReadResult } from '../blocks.ts';
import { FileProblem } from '../warnings.ts';
import { describeError } from '../../util/errors.ts';
import { checkArchive } from '../archive.ts';

export async function readDocx(bytes: Uint8Array): Promise<ReadResult> {
  await checkArchive(bytes); // sizes, ratio, entries and XML depth before mammoth inflates anything
  const mammoth = (await import('mammoth')).default;
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
  } catch (error) {
    throw new FileProblem({ code: 'broken-docx', detail: describeError(error) });
  }
  return readHtml(html);
}
