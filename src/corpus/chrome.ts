/**
 * Page chrome removed on the block tree, in English and Czech: cookie and consent banners, share
 * bars, breadcrumbs, skip links, feedback widgets, "related articles" sections. The HTML reader
 * already leaves out chrome marked up as such (nav, footer, class names); these rules catch what
 * is only recognisable by its words, in any format.
 */
import type { Block } from './blocks.ts';
import { fold } from './clean.ts';

const COOKIE = /\b(cookies?|souhlas\w* se zpracovanim|consent|gdpr)\b/;
const COOKIE_ACTION =
  /\b(accept|agree|allow|reject|settings|prijmout|prijimam|souhlasim|povolit|odmitnout|nastaveni|rozumim)\b/;
const SHARE =
  /^(?:share|sdilet|sdílet|share this|sdilejte)\b|\b(facebook|twitter|linkedin|whatsapp)\b.*\b(facebook|twitter|linkedin|whatsapp|e-?mail|x)\b/;
const FEEDBACK =
  /^(?:was this (?:page|article|information) (?:helpful|useful)|byla (?:pro vas )?tato (?:stranka|informace) uzitecna|je tato stranka uzitecna|hodnoceni stranky|rate this page)/;
const SKIP = /^(?:skip to|jump to|prejit na|preskocit na|prejdi na)\b/;
/** Headings of lists of other pages: the section they head is chrome. */
const RELATED =
  /^(?:related(?: articles| news| content| pages| links)?|see also|read also|more news|latest news|other news|you may also like|most read|souvisejici(?: clanky| zpravy| odkazy)?|dalsi (?:clanky|zpravy|aktuality)|mohlo by vas zajimat|nejctenejsi|prectete si take|tags|stitky)$/;
/** "Home › News › Article", "Úvod / Aktuality / Článek": short steps joined by separators. */
const BREADCRUMB = /^[^›»>/|]{1,40}(?:\s*[›»>/|]\s*[^›»>/|]{1,60}){1,6}$/u;
const BREADCRUMB_START =
  /^(?:home|homepage|domu|uvod|hlavni strana|titulni strana|you are here|jste zde|nachazite se)\b/;

const folded = (text: string): string => fold(text).replace(/\s+/g, ' ').trim();

function isChromeText(text: string): boolean {
  const f = folded(text);
  if (f.length <= 400 && COOKIE.test(f) && COOKIE_ACTION.test(f)) return true;
  if (f.length <= 200 && (SHARE.test(f) || FEEDBACK.test(f) || SKIP.test(f))) return true;
  if (f.length <= 200 && BREADCRUMB_START.test(f) && BREADCRUMB.test(text.trim())) return true;
  return false;
}

function isChromeBlock(block: Block): boolean {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return isChromeText(block.text);
    case 'list':
      return block.items.every(isChromeText) || isChromeText(block.items.join(' '));
    default:
      return false;
  }
}

/** The tree without chrome; a "related articles" heading takes its section with it. */
export function removeChrome(blocks: readonly Block[]): Block[] {
  const kept: Block[] = [];
  let skipUnder: number | undefined;
  for (const block of blocks) {
    if (block.type === 'heading') {
      if (skipUnder !== undefined && block.level > skipUnder) continue;
      skipUnder = RELATED.test(folded(block.text).replace(/[:.]$/, '')) ? block.level : undefined;
      if (skipUnder !== undefined) continue;
    } else if (skipUnder !== undefined) continue;
    if (block.type === 'quote') {
      const inner = removeChrome(block.blocks);
      if (inner.length > 0) kept.push({ ...block, blocks: inner });
      continue;
    }
    if (!isChromeBlock(block)) kept.push(block);
  }
  return kept;
}
