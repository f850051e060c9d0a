/**
 * Plain text -> blocks by line heuristics: a blank line ends a paragraph (hard-wrapped lines stay
 * one paragraph, line breaks kept for the field reader), '#' lines are headings, '>' lines are a
 * quoted e-mail, a run of "From:/To:/Subject:" lines is an e-mail header block, and everything after
 * a "Forwarded message" / "Original Message" separator is the quoted e-mail.
 */
import { withPaths, type Block, type ReadResult } from '../blocks.ts';
import { normaliseLine } from '../clean.ts';

const HEADING = /^(#{1,6})\s+(.*)$/;
const HEADER_KEY =
  /^(from|to|cc|bcc|subject|date|sent|reply-to|od|komu|kopie|skryta kopie|predmet|datum|odeslano|odpovedet|message-id|in-reply-to|references|mime-version|content-type|content-transfer-encoding|return-path|importance|x-[\w-]+)\s*:\s*(.*)$/i;
const FORWARD_SEPARATOR =
  /^(?:-{2,}\s*(?:forwarded message|original message|přeposlaná zpráva|preposlana zprava|původní zpráva|puvodni zprava)\s*-{2,}|begin forwarded message:?)$/i;

const foldAscii = (text: string): string => text.normalize('NFKD').replace(/\p{M}/gu, '');

/** The header key of a line ("Předmět" -> "predmet"), when it is one. */
const headerKey = (line: string): RegExpExecArray | null => HEADER_KEY.exec(foldAscii(line));

function blocksOf(lines: string[], depth: number): { blocks: Block[]; email: boolean } {
  const blocks: Block[] = [];
  let email = false;
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ type: 'paragraph', text: paragraph.join('\n') });
    paragraph = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') {
      flush();
      continue;
    }
    if (line.startsWith('>') && depth < 8) {
      flush();
      const quoted: string[] = [];
      for (
        ;
        i < lines.length && (lines[i]!.startsWith('>') || (lines[i] === '' && lines[i + 1]?.startsWith('>')));
        i++
      ) {
        quoted.push(lines[i]!.replace(/^>\s?/, ''));
      }
      i--;
      blocks.push({ type: 'quote', blocks: blocksOf(quoted.map(normaliseLine), depth + 1).blocks });
      continue;
    }
    if (FORWARD_SEPARATOR.test(line) && depth < 8) {
      flush();
      blocks.push({ type: 'quote', blocks: blocksOf(lines.slice(i + 1), depth + 1).blocks });
      return { blocks, email: true };
    }
    // Two or more header lines in a row, at the top of a message: the e-mail's header block.
    if (paragraph.length === 0 && headerKey(line) && headerKey(lines[i + 1] ?? '')) {
      const pairs: Array<{ key: string; value: string }> = [];
      for (; i < lines.length && headerKey(lines[i]!); i++) {
        const colon = lines[i]!.indexOf(':');
        pairs.push({ key: lines[i]!.slice(0, colon).trim(), value: lines[i]!.slice(colon + 1).trim() });
      }
      i--;
      blocks.push({ type: 'pairs', pairs, role: 'email-header' });
      email ||= blocks.length === 1;
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      flush();
      blocks.push({ type: 'heading', level: heading[1]!.length, text: heading[2]! });
      continue;
    }
    paragraph.push(line);
  }
  flush();
  return { blocks, email };
}

export function readText(text: string): ReadResult {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map(normaliseLine);
  const { blocks, email } = blocksOf(lines, 0);
  return { blocks: withPaths(blocks), meta: email ? { email } : {} };
}
