/**
 * Bytes -> text in the encoding the file is in. In order: a byte order mark (UTF-8, UTF-16 LE/BE);
 * a declaration inside the first bytes (HTML `<meta charset>` or `http-equiv` content-type, an XML
 * declaration's `encoding`) unless the bytes are valid UTF-8 (a page re-saved with its old
 * declaration); valid UTF-8; and when nothing is declared and the bytes are not UTF-8,
 * a detected legacy encoding. Detection is chardet's ranking restricted to the single-byte
 * encodings of the documents' languages, with windows-1250 and ISO-8859-2 told apart by which one
 * yields more letters of Czech, Slovak, German, Polish and Hungarian (chardet alone took English-
 * heavy pages in either for windows-1252). Then text that was decoded wrongly once before it was
 * saved as UTF-8 ("Oddìlení", "PolicejnÃ­") is repaired when the repair reads as better text.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { FileProblem } from './warnings.ts';

/** The single-byte encodings a Central European document may be in. */
const LEGACY = ['windows-1250', 'iso-8859-2', 'windows-1252', 'iso-8859-1', 'iso-8859-15', 'windows-1257'];

/** Letters of the four languages (and their neighbours) outside ASCII: the mark of a right decoding. */
const LETTERS = /[áäâąćčďéěëęíîĺľłńňóôöőŕřśšťúůüűýźżžÁÄÂĄĆČĎÉĚËĘÍÎĹĽŁŃŇÓÔÖŐŔŘŚŠŤÚŮÜŰÝŹŻŽß]/gu;
/** What a wrong decoding of those letters shows instead: letters of other languages amid Czech words, C1 controls. */
const WRONG = /[\u0080-\u009f\ufffdÃÅÆÈÌÏÐÑÒÕØÙÞãåæèìïðñòõøùþ¹¾µ]/gu;
/** Characters no right decoding yields: a repair that leaves one is no repair. */
const BROKEN = /[\u0080-\u009f\ufffd]/u;

const count = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;
/** How much a text reads as one of the documents' languages: their letters, less the debris of wrong decodings. */
export const letterScore = (text: string): number => count(text, LETTERS) - 2 * count(text, WRONG);

/** An encoding label as iconv-lite knows it; undefined when it does not. */
function known(label: string | undefined): string | undefined {
  const name = label?.trim().toLowerCase().replace(/^x-/, '');
  if (!name) return undefined;
  if (/^(?:utf-?8|unicode-1-1-utf-8)$/.test(name)) return 'utf-8';
  const normal = name === 'cp1250' ? 'windows-1250' : name === 'latin2' || name === 'l2' ? 'iso-8859-2' : name;
  return iconv.encodingExists(normal) ? normal : undefined;
}

/** The encoding a file declares in its first 2 KB: `<meta charset>`, `http-equiv` content type, XML declaration. */
export function declaredEncoding(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1];
  const meta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1];
  return known(xml ?? meta);
}

const BOMS: Array<[number[], string]> = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

function utf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The legacy encoding of undeclared bytes: chardet's candidates among LEGACY, the best-reading decoding of them. */
export function detectLegacy(bytes: Uint8Array): string {
  const ranked = chardet
    .analyse(bytes)
    .map((match) => known(match.name))
    .filter((name): name is string => name !== undefined && LEGACY.includes(name));
  const candidates = [...new Set([...ranked, 'windows-1250', 'iso-8859-2'])];
  let best = candidates[0]!;
  let bestScore = -Infinity;
  for (const name of candidates) {
    const score = letterScore(iconv.decode(Buffer.from(bytes), name));
    if (score > bestScore) [best, bestScore] = [name, score];
  }
  return best;
}

/**
 * Text decoded once with the wrong single-byte table and saved as UTF-8: "Oddìlení" (windows-1250
 * read as windows-1252) and "PolicejnÃ­" (UTF-8 read as windows-1252). Each repair is tried and kept
 * only when the text then reads better; text a table cannot hold is left as it is.
 */
export function repairMojibake(text: string): string {
  if (!WRONG.test(text)) return text;
  WRONG.lastIndex = 0;
  let best = text;
  let bestScore = letterScore(text);
  for (const seen of ['windows-1252', 'iso-8859-1']) {
    const bytes = iconv.encode(text, seen);
    if (iconv.decode(bytes, seen) !== text) continue; // characters the table cannot hold: not this mojibake
    for (const meant of ['utf-8', 'windows-1250', 'iso-8859-2']) {
      const repaired = meant === 'utf-8' ? utf8(bytes) : iconv.decode(bytes, meant);
      if (repaired === undefined || BROKEN.test(repaired)) continue;
      const score = letterScore(repaired);
      if (score > bestScore) [best, bestScore] = [repaired, score];
    }
  }
  return best;
}

/** A text file's bytes as text; throws a FileProblem for binary files and bytes no encoding reads. */
export function decodeText(bytes: Uint8Array): string {
  const bom = BOMS.find(([mark]) => mark.every((byte, i) => bytes[i] === byte));
  if (bom) return iconv.decode(Buffer.from(bytes.subarray(bom[0].length)), bom[1]);
  if (bytes.includes(0)) throw new FileProblem({ code: 'binary' });
  const declared = declaredEncoding(bytes);
  const text = utf8(bytes);
  // A page re-saved as UTF-8 that kept its old declaration: bytes valid as UTF-8 are UTF-8 (text in
  // a single-byte table almost never is, once it has letters outside ASCII).
  if (declared && declared !== 'utf-8' && text === undefined) return iconv.decode(Buffer.from(bytes), declared);
  if (text !== undefined) return repairMojibake(text);
  // Nothing declared, or UTF-8 declared by a page saved in a legacy encoding: detect it.
  return iconv.decode(Buffer.from(bytes), detectLegacy(bytes));
}
