/**
 * .eml (an e-mail as it is saved: RFC 5322 headers, MIME parts, quoted-printable or base64, any
 * charset) -> blocks. postal-mime decodes the message; its headers become the header block the
 * text reader makes of a pasted e-mail, and its body is read as that text is (or as HTML when the
 * message has no text part), so an e-mail reads the same however it reached the folder.
 */
import PostalMime, { type Address } from 'postal-mime';
import { withPaths, type Block, type ReadResult } from '../blocks.ts';
import { FileProblem } from '../warnings.ts';
import { describeError } from '../../util/errors.ts';
import { readHtml } from './html.ts';
import { readText } from './text.ts';

/** "Andrea Pichler <andrea.pichler@polizei.gv.at>", as a mail client shows an address. */
const shown = (address: Address): string => {
  if (address.group) return `${address.name}: ${address.group.map(shown).join(', ')}`;
  return address.name ? `${address.name} <${address.address}>` : (address.address ?? '');
};

export async function readEmail(bytes: Uint8Array): Promise<ReadResult> {
  let mail: Awaited<ReturnType<typeof PostalMime.parse>>;
  try {
    mail = await PostalMime.parse(bytes, { attachmentEncoding: 'arraybuffer', maxNestingDepth: 32 });
  } catch (error) {
    throw new FileProblem({ code: 'broken-email', detail: describeError(error) });
  }
  // The Date header as written ("Tue, 3 Feb 2026 09:14:27 +0100"), which the date reader reads.
  const header = (key: string) => mail.headers.find((h) => h.key === key)?.value.trim();
  const pairs = [
    { key: 'From', value: mail.from ? shown(mail.from) : '' },
    { key: 'To', value: (mail.to ?? []).map(shown).join(', ') },
    { key: 'Cc', value: (mail.cc ?? []).map(shown).join(', ') },
    { key: 'Subject', value: mail.subject ?? '' },
    { key: 'Date', value: header('date') ?? mail.date ?? '' },
  ].filter((pair) => pair.value !== '');
  const body = mail.text?.trim() ? readText(mail.text) : mail.html ? readHtml(mail.html) : undefined;
  if (pairs.length === 0 && !body?.blocks.length) throw new FileProblem({ code: 'no-text' });
  const headerBlock: Block[] = pairs.length > 0 ? [{ type: 'pairs', pairs, role: 'email-header' }] : [];
  return {
    blocks: withPaths([...headerBlock, ...(body?.blocks ?? [])]),
    meta: { ...body?.meta, ...(mail.subject ? { title: mail.subject } : {}), email: true },
  };
}
