/**
 * The document's own date, and every date it mentions. Its own date is the one it states about
 * itself: front matter, <time datetime> or article metadata, a date field, the signing line of a
 * its lead's "published / Rozeslána dne / Vyhlásené / Ausgegeben am", the signing line of a
 * treaty ("Done at Vienna on 6 February 2026", "Dáno v Praze dne ..."), an e-mail's Date header,
 * its first source; only then the first date of its lead. A date it merely quotes never wins, nor
 * a page's clock ("Dnes je 15. jún 2024, sobota").
 */
import { datesIn, findDates, parseDate } from '../dates.ts';
import type { Extractor } from './types.ts';
import { walkBlocks } from '../blocks.ts';

/** The closing formula of a treaty: "Done at Prague on 6 February 2026", "Dáno v Praze dne 6. února 2026". */
const SIGNING_LINE =
  /(?<!\p{L})(?:[Dd]one|[Dd][áa]no|[Ss]eps[áa]no|[Uu][čc]in[ěe]no)\s+(?:at|in|v|ve)\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})\s*,?\s*(?:on|dne|the)?\s*/u;

/** Place and date of a signing line, when a date follows the place closely. */
export function signingOf(text: string): { place: string; date: string } | undefined {
  for (const match of text.matchAll(new RegExp(SIGNING_LINE.source, 'gu'))) {
    const after = text.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + 40);
    const date = findDates(after)[0];
    if (date && match[1]) return { place: match[1], date };
  }
  return undefined;
}

/**
 * "Published 30 April 2026", "Aktualizováno: 3. 2. 2026", "Presseaussendung vom 13.10.2026",
 * "Artikel Nr: 468214 vom Freitag, 12. Juni 2026": the date a document gives as its own, in its lead
 * or at its foot.
 */
const PUBLISHED =
  /(?<!\p{L})(?:published|updated|issued|posted|released|dated|last (?:reviewed|updated|modified)|vydáno|zveřejněno|aktualizováno|publikováno|datum vydání|rozeslána|rozesláno|poslední aktualizace|posledná aktualizácia|aktualizácia|aktualizace|stav k|vyhlásené|vyhlásená|vyhlásený|vyhlásenie|zverejnené|publikované|aktualizované|dátum vydania|ausgegeben|veröffentlicht|aktualisiert|zuletzt geändert|stand|presseaussendung|pressemitteilung|pressemeldung|medieninformation|tisková zpráva|tlačová správa|press release|artikel\s+nr\.?\s*:?\s*\d+)(?!\p{L})\s*:?\s*(?:(?:on|dne|dňa|am|vom|ze dne|zo dňa|of)\s+)?(?:\p{L}+,\s*)?/giu;

/** A page's clock ("Dnes je 15. jún 2024, sobota", "Today is …", "Heute ist …"): today's date where it was saved, not the page's. */
const CLOCK =
  /(?<!\p{L})(?:dnes\s+je|dnes\s+jest|dnešní\s+datum|dnešný\s+dátum|today\s+is|heute\s+ist|dnes)\s*:?\s*(?:\p{L}+,?\s+)?/giu;

/** The text with its clock dates blanked (same length, so positions hold). */
export function withoutClocks(text: string): string {
  let out = text;
  for (const match of text.matchAll(CLOCK)) {
    const from = (match.index ?? 0) + match[0].length;
    const date = datesIn(text.slice(from, from + 40))[0];
    if (date && date.index === 0) out = out.slice(0, from) + ' '.repeat(date.end) + out.slice(from + date.end);
  }
  return out;
}

function publishedDate(lead: string): string | undefined {
  for (const match of lead.matchAll(PUBLISHED)) {
    const start = (match.index ?? 0) + match[0].length;
    const found = datesIn(lead.slice(start, start + 40))[0];
    if (found && found.index === 0) return found.date;
  }
  return undefined;
}

const dateOf = (values: readonly string[] | undefined): string | undefined => {
  for (const value of values ?? []) {
    const iso = parseDate(value) ?? findDates(value)[0];
    if (iso) return iso;
  }
  return undefined;
};

function emailDate(blocks: Parameters<Extractor['extract']>[0]['blocks']): string | undefined {
  for (const { block, quoted } of walkBlocks(blocks)) {
    if (quoted || block.type !== 'pairs' || block.role !== 'email-header') continue;
    const header = block.pairs.find((pair) => /^(?:date|sent|datum|odesláno|odeslano)$/i.test(pair.key));
    return header ? dateOf([header.value]) : undefined;
  }
  return undefined;
}

export const dates: Extractor = {
  name: 'dates',
  extract({ meta, blocks }, facts) {
    const fullText = withoutClocks(facts.fullText ?? '');
    const own =
      dateOf(meta.date ? [meta.date] : undefined) ??
      dateOf(facts.fields?.values.date) ??
      publishedDate(fullText.slice(0, 800)) ??
      signingOf(fullText)?.date ??
      // "Posledná aktualizácia: 2. 6. 2026" at the foot of a page: its own date too.
      publishedDate(fullText.slice(-600)) ??
      emailDate(blocks) ??
      facts.sources?.find((source) => source.date)?.date ??
      findDates(fullText.slice(0, 800))[0];
    return { date: own, dates: [...new Set([...(own ? [own] : []), ...findDates(fullText)])].sort() };
  },
};
