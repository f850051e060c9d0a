/**
 * Text cleaning shared by every format: normalise Unicode and white space, drop site chrome
 * (menus, print/e-mail buttons, image file names, generator footers) and junk tokens.
 * Pure functions over strings; the vocabulary below is generic web-export chrome, never a rule
 * for one file.
 */

/** Lines that are navigation or page furniture when they stand alone (compared folded, lowercase). */
const CHROME_LINES = new Set([
  'go',
  'print',
  'e-mail',
  'email',
  'print e-mail',
  'share',
  'search',
  'menu',
  'main menu',
  'hlavni menu',
  'prejdi na',
  'skip to content',
  'skip to main content',
  'back to top',
  'tools',
  'page tools',
  'additional tools',
  'vytisknout',
  'vytisknout e-mailem',
  'e-mailem',
  'tisk',
  'sitemap',
  'text version',
  'textova verze',
  'mapa serveru',
  'english',
  'cesky',
  'read more',
  'vice informaci',
  'top',
  'home',
  'domu',
  'uvod',
]);

/**
 * The text of a link whose address the export lost: "More information is available here.",
 * "Click here for details", "Read more here". Short, and pointing "here" at nothing.
 */
const DANGLING_LINK =
  /^(?:(?:(?:for )?(?:more|further) (?:information|details)|click|read more|find out more|see)\b.{0,40}\bhere\b[.!]?|click here\b.{0,40})$/i;

/** Lines that start a run of links ("Quick links: Sitemap Text version ..."). */
const CHROME_PREFIXES = ['quick links', 'rychle linky', 'you are here', 'jste zde', 'share this', 'sdilet'];

const IMAGE_FILE = /^[\w.-]+\.(?:png|jpe?g|gif|svg|webp|bmp|tiff?)$/i;
const GENERATED_ON = /^(?:document )?generated on\b/i;
/**
 * A token of one letter repeated four or more times ("xxxxxx"): export junk, never a word. Found in
 * two steps: a bounded test for four equal letters, then whole tokens; a back-reference repeated
 * without bound overflows the regex stack on a long run of one letter.
 */
const FOUR_EQUAL_LETTERS = /(\p{L})\1\1\1/u;
const TOKEN = /[\p{L}\p{N}]{4,}/gu;
const isJunkToken = (token: string): boolean => /^\p{L}/u.test(token) && token === token[0]!.repeat(token.length);
const withoutJunkTokens = (line: string): string =>
  FOUR_EQUAL_LETTERS.test(line) ? line.replace(TOKEN, (token) => (isJunkToken(token) ? '' : token)) : line;
const BULLET_ONLY = /^[\s•·\-–—*|.]*$/u;

/** Lowercase and strip diacritics; used to compare labels and chrome, not for display. */
export function fold(text: string): string {
  // Most text is plain ASCII: nothing to decompose (and this is on every line of every document).
  // eslint-disable-next-line no-control-regex -- the ASCII range starts at NUL
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[łđøßæœı]/g, (letter) => UNDECOMPOSED[letter] ?? letter);
}

/** Letters Unicode does not decompose into a base letter and a mark (Polish ł, Croatian đ ...). */
const UNDECOMPOSED: Record<string, string> = { ł: 'l', đ: 'd', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i' };

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** NFC, every kind of space (NBSP, tabs, thin spaces) to a plain space, trimmed, junk tokens out. */
export function normaliseLine(line: string): string {
  // Printable ASCII has nothing to compose and no special spaces (most lines of most documents).
  const spaced = PRINTABLE_ASCII.test(line)
    ? line
    : line
        .normalize('NFC')
        .replace(/[\u00a0\u2007\u202f\u2000-\u200a\t\u3000]/g, ' ')
        .replace(/[\u200b-\u200d\ufeff\u00ad]/g, '');
  return withoutJunkTokens(spaced).replace(/ {2,}/g, ' ').trim();
}

/** Longer than any chrome line or row of chrome words: only a chrome prefix can mark such a line. */
const LONGEST_CHROME_LINE = 120;

export function isChromeLine(line: string): boolean {
  if (line.length > LONGEST_CHROME_LINE) {
    const head = fold(line.slice(0, 20));
    return CHROME_PREFIXES.some((prefix) => head.startsWith(prefix)) || GENERATED_ON.test(line);
  }
  const folded = fold(line)
    .replace(/[:»›>]+$/u, '')
    .trim();
  if (CHROME_LINES.has(folded)) return true;
  if (CHROME_PREFIXES.some((prefix) => folded.startsWith(prefix))) return true;
  if (IMAGE_FILE.test(line)) return true;
  if (GENERATED_ON.test(line)) return true;
  if (DANGLING_LINK.test(line)) return true;
  // A row of chrome words only, such as "Print E-mail" or "vytisknout e-mailem".
  const words = folded.split(' ');
  return words.length > 1 && words.length <= 4 && words.every((word) => CHROME_LINES.has(word));
}

/** A line that reads as running prose: it ends a sentence and has a few words. */
export const isSentence = (line: string): boolean => /[.!?]["”]?$/u.test(line) && line.split(' ').length >= 8;

export interface CleanLines {
  lines: string[];
  /**
   * How many of `lines` belong to the site header: everything before the last chrome line that
   * comes ahead of the first sentence ("Policie ... / Přejdi na / Hlavní menu" then the page).
   */
  headerEnd: number;
}

/**
 * Clean a whole text: normalised lines, chrome dropped, at most one blank line in a row,
 * no leading or trailing blank lines. Line structure is kept: the parser reads it.
 */
export function cleanLines(raw: string): CleanLines {
  const lines: string[] = [];
  let headerEnd = 0;
  let proseSeen = false;
  for (const rawLine of raw.replace(/\r\n?/g, '\n').split('\n')) {
    const line = normaliseLine(rawLine);
    if (line === '' || BULLET_ONLY.test(line)) {
      if (lines.length > 0 && lines[lines.length - 1] !== '') lines.push('');
      continue;
    }
    if (isChromeLine(line)) {
      if (!proseSeen) headerEnd = lines.length;
      continue;
    }
    proseSeen ||= isSentence(line);
    lines.push(line);
  }
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return { lines, headerEnd: Math.min(headerEnd, lines.length) };
}

export const cleanText = (raw: string): string => cleanLines(raw).lines.join('\n');
