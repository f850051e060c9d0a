/**
 * Digest -> messages: one card per country (newest first), one line per development
 * (`**date** — summary — [source](url)`), split over as many messages as Discord's limits need
 * (5 cards and 4,000 characters of text a message), each ending with the period and the counts.
 */
import { sourceUrl } from '../answers/citations.ts';
import { COLORS, type Card, type Reply } from '../answers/reply.ts';
import type { Locale } from '../i18n/locale.ts';
import type { Development } from '../knowledge/developments.ts';
import { LIMITS } from '../render/limits.ts';
import { escapeMarkdown, inlineFile, markdownLink, truncate } from '../util/markdown.ts';
import type { Digest } from './build.ts';
import { digestText, type DigestText } from './text.ts';

/** Room kept in every message for its footer and the markup of its cards. */
const FOOTER_ROOM = 300;
const MESSAGE_BUDGET = LIMITS.textDisplayCharacters - FOOTER_ROOM;
const CARD_BUDGET = LIMITS.description;

interface Group {
  country: string;
  lines: Array<{ text: string; item: Development }>;
}

/** One message of a digest and the developments it carries (recorded once it is sent). */
export interface DigestPart {
  reply: Reply;
  items: Development[];
  /** The footer of its last card: how the message is recognised in the channel's history. */
  footer: string;
}

export interface PartsOptions {
  /** The digest's number once it is reserved: in every footer, so each is unique in its channel. */
  digestId?: number;
  /** The role the digest pings (on its first message). */
  roleId?: string;
  /** Open with a plain line (and the ping): a message of cards shows nothing in a push notification. */
  headline?: boolean;
}

/** One development as one line of Markdown, its title first; document text escaped. */
export function digestLine(development: Development, t: DigestText): string {
  const url = sourceUrl(development.document);
  const cite = url ? markdownLink(t.source, url) : inlineFile(development.document.file);
  const title = `**${escapeMarkdown(development.document.title)}**`;
  return truncate(`**${development.date}** — ${title} — ${escapeMarkdown(development.summary)} — ${cite}`, CARD_BUDGET);
}

/** Developments by country, countries in the order of their newest development. */
function byCountry(items: readonly Development[], t: DigestText): Group[] {
  const groups = new Map<string, Group>();
  for (const item of items) {
    const country = item.country ?? t.noCountry;
    const group = groups.get(country) ?? { country, lines: [] };
    group.lines.push({ text: digestLine(item, t), item });
    groups.set(country, group);
  }
  return [...groups.values()];
}

/** Pack the groups into messages of cards, each message within the embed count and character budget. */
function pack(groups: readonly Group[], t: DigestText): Array<{ cards: Card[]; items: Development[] }> {
  const messages: Array<{ cards: Card[]; items: Development[] }> = [];
  let cards: Card[] = [];
  let items: Development[] = [];
  let used = 0;
  const startMessage = () => {
    if (cards.length > 0) messages.push({ cards, items });
    cards = [];
    items = [];
    used = 0;
  };
  for (const group of groups) {
    let card: Card | undefined;
    for (const { text: line, item } of group.lines) {
      const extra = line.length + 1;
      if (card && (card.description ?? '').length + extra <= CARD_BUDGET && used + extra <= MESSAGE_BUDGET) {
        card.description = `${card.description}\n${line}`;
        items.push(item);
        used += extra;
        continue;
      }
      const title = card ? t.continued(group.country) : group.country;
      if (cards.length >= LIMITS.cardsPerMessage || used + title.length + line.length > MESSAGE_BUDGET) startMessage();
      card = { title, description: line, color: COLORS.info };
      cards.push(card);
      items.push(item);
      used += title.length + line.length;
    }
  }
  startMessage();
  return messages;
}

/** Which part of which digest a message is; the digest's number makes the footer unique in a channel. */
interface PartOf {
  index: number;
  of: number;
  digestId?: number;
}

/** The footer: period, counts, which part of the digest this message is, and the digest's number. */
export function digestFooter(digest: Digest, t: DigestText, part?: PartOf): string {
  return [
    t.period(digest.period.start, digest.period.end),
    t.developments(digest.items.length),
    digest.alreadyPosted > 0 ? t.alreadyPosted(digest.alreadyPosted) : undefined,
    part && part.of > 1 ? t.part(part.index, part.of) : undefined,
    part?.digestId === undefined ? undefined : t.number(part.digestId),
  ]
    .filter(Boolean)
    .join(' · ');
}

/**
 * Every message of a digest, in order, with what each carries (none when it is empty). The first
 * pings the role; with `headline` it opens with a plain line that carries the ping.
 */
export function digestParts(digest: Digest, locale: Locale, options: PartsOptions = {}): DigestPart[] {
  const t = digestText(locale);
  const { digestId, roleId } = options;
  const messages = pack(byCountry(digest.items, t), t);
  return messages.map(({ cards, items }, i) => {
    const footer = digestFooter(digest, t, { index: i + 1, of: messages.length, digestId });
    const last = cards[cards.length - 1];
    if (last) last.footer = footer;
    if (i > 0) return { reply: { cards }, items, footer };
    const headline = options.headline ? t.headline(digestId ?? 0, t.developments(digest.items.length)) : undefined;
    return {
      reply: { cards, ...(roleId ? { mentionRoleId: roleId } : {}), ...(headline ? { headline } : {}) },
      items,
      footer,
    };
  });
}

export const digestMessages = (digest: Digest, locale: Locale, roleId?: string): Reply[] =>
  digestParts(digest, locale, { roleId }).map((part) => part.reply);
