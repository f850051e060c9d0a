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

/** A line that is a date alone ("am 15. September 2025", "dne 1. března 2026"), as a gazette sets it apart. */
const DAY_ALONE = /^(?:am|vom|dne|dňa|on)?\s*\d{1,2}\.?\s*\p{L}+\.?\s+\d{4}$/u;

/**
 * A gazette sets a sentence's date on a line of its own between blank lines ("… ist nach ihrem
 * Artikel 12 Absatz 2 / am 15. September 2025 / in Kraft getreten"): the three are one paragraph.
 */
function withDatesJoined(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const [before, day, after] = [out.at(-1), blocks[i]!, blocks[i + 1]];
    if (
      before?.type === 'paragraph' &&
      day.type === 'paragraph' &&
      after?.type === 'paragraph' &&
      DAY_ALONE.test(day.text.trim()) &&
      !/[.!?:]$/.test(before.text.trim()) &&
      /^\p{Ll}/u.test(after.text.trim())
    ) {
      out[out.length - 1] = { type: 'paragraph', text: `${before.text}\n${day.text.trim()}\n${after.text}` };
      i++;
    } else out.push(day);
  }
  return out;
}

export function readText(text: string): ReadResult {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map(normaliseLine);
  const { blocks, email } = blocksOf(lines, 0);
  return { blocks: withPaths(withDatesJoined(blocks)), meta: email ? { email } : {} };
}
