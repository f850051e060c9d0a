/**
 * Stateless pagination for list answers. Items are packed into pages that fit one Discord message;
 * Previous/Next buttons carry the page and the query in their custom_id (`command:page|a|b|c`, at
 * most 100 characters), so a press re-runs the same query on the same knowledge and shows that
 * page. In the terminal every page is printed: the first page's reply carries the rest in `more`.
 */
import { answerText } from './messages.ts';
import type { Locale } from '../i18n/locale.ts';
import type { Button, Card, Reply } from './reply.ts';
import { LIMITS } from '../render/limits.ts';

const MAX_CUSTOM_ID: number = LIMITS.customId;
const SEPARATOR = '|';

/**
 * Greedy packing: a page takes items while it has fewer than `maxItems` and their sizes stay within
 * `maxChars`. Deterministic, so a page number means the same items on every press. Never empty:
 * no items give one empty page.
 */
export function packPages<T>(
  items: readonly T[],
  size: (item: T) => number,
  maxItems: number,
  maxChars: number,
): T[][] {
  const pages: T[][] = [[]];
  let used = 0;
  for (const item of items) {
    const current = pages[pages.length - 1]!;
    const length = size(item);
    if (current.length > 0 && (current.length >= maxItems || used + length > maxChars)) {
      pages.push([item]);
      used = length;
    } else {
      current.push(item);
      used += length;
    }
  }
  return pages;
}

/** `command:page|a|b`: empty values stay as empty slots, trailing ones are dropped; "|" inside a value becomes a space. */
function pageCustomId(command: string, page: number, state: readonly (string | undefined)[]): string {
  const values = state.map((value) => (value ?? '').replaceAll(SEPARATOR, ' '));
  while (values.length > 0 && values[values.length - 1] === '') values.pop();
  return [`${command}:${page}`, ...values].join(SEPARATOR);
}

/** The page and state values of a custom_id's rest (what follows `command:`); missing values are undefined. */
export function readPageId(rest: string): { page: number; state: Array<string | undefined> } {
  const [page = '0', ...values] = rest.split(SEPARATOR);
  const number = Number.parseInt(page, 10);
  return {
    page: Number.isFinite(number) && number >= 0 ? number : 0,
    state: values.map((value) => value || undefined),
  };
}

export interface Paging<T> {
  /** The command whose `button` handler reads the custom_id. */
  command: string;
  /** The query, as values the handler decodes again. */
  state: readonly (string | undefined)[];
  pages: readonly T[][];
  /** The page asked for (clamped to the pages there are). */
  page: number;
  /** One page as a reply; the pager adds the page number to its last card's footer, and the buttons. */
  render(items: T[], page: number): Reply;
}

function withFooter(reply: Reply, note: string): Reply {
  const cards = [...reply.cards];
  const last: Card = cards.pop() ?? {};
  return { ...reply, cards: [...cards, { ...last, footer: [last.footer, note].filter(Boolean).join(' · ') }] };
}

function buttons(paging: Paging<unknown>, page: number, words: ReturnType<typeof answerText>): Button[] | undefined {
  const last = paging.pages.length - 1;
  const previous = pageCustomId(paging.command, Math.max(0, page - 1), paging.state);
  const next = pageCustomId(paging.command, Math.min(last, page + 1), paging.state);
  if (previous.length > MAX_CUSTOM_ID || next.length > MAX_CUSTOM_ID) return undefined;
  return [
    { label: words.previous, customId: previous, disabled: page === 0 },
    { label: words.next, customId: next, disabled: page === last },
  ];
}

/** One page with Previous/Next buttons; in the terminal, with every following page in `more`. */
export function pagedReply<T>(paging: Paging<T>, ctx: { locale: Locale; canPressButtons: boolean }): Reply {
  const words = answerText(ctx.locale);
  const count = paging.pages.length;
  const page = Math.min(Math.max(0, paging.page), count - 1);
  const render = (index: number): Reply => paging.render([...(paging.pages[index] ?? [])], index);
  if (count === 1) return render(page);
  const controls = buttons(paging as Paging<unknown>, page, words);
  const terminal = !ctx.canPressButtons;
  const note = controls || terminal ? '' : ` · ${words.tooLong}`;
  const first: Reply = {
    ...withFooter(render(page), words.page(page + 1, count) + note),
    ...(controls ? { buttons: controls } : {}),
  };
  if (!terminal) return first;
  const following = paging.pages.map((_, index) => index).filter((index) => index > page);
  return {
    ...first,
    more: [...(first.more ?? []), ...following.map((index) => withFooter(render(index), words.page(index + 1, count)))],
  };
}
