/**
 * One check of one source: fetch it (conditionally), find what is new, read each new item's page,
 * and turn each into a document file, all in memory. Nothing is written here: the caller saves
 * the files and records the check together, so a failure anywhere leaves nothing half-saved.
 */
import type { Source } from '../store/sources.ts';
import { feedLinkOf, isFeedType, readFeed, decodeText, type FeedItem } from './feed.ts';
import type { Fetcher } from './fetch.ts';
import { contentHash, itemFile, pageText, type ItemContent, type ItemFile } from './items.ts';

/** At most this many new items are taken from one check, newest first (a first check of a long feed). */
const MAX_ITEMS_PER_CHECK = 20;

const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.5, */*;q=0.1';
const PAGE_ACCEPT = 'text/html, application/xhtml+xml, application/pdf;q=0.9, text/plain;q=0.8, */*;q=0.1';

/** A source check that failed for a reason the moderator can act on (not a fetch failure). */
export class SourceProblem extends Error {
  override readonly name = 'SourceProblem';
  constructor(
    readonly problem: 'not-a-feed' | 'broken-feed' | 'unreadable-item',
    readonly detail: string,
  ) {
    super(`${problem}: ${detail}`);
  }
}

export interface Found {
  items: Array<ItemFile & { key: string; title: string; published: string }>;
  etag?: string;
  lastModified?: string;
  contentHash?: string;
}

/** What following a URL means: the feed it is or links, or the page itself. */
export interface Resolved {
  kind: Source['kind'];
  fetchUrl: string;
  title?: string;
}

/** Fetch `url` once and decide what it is: a feed, a page that links one (then its feed), or a plain page. */
export async function resolveSource(fetcher: Fetcher, url: string): Promise<Resolved> {
  const fetched = await fetcher.get(url, FEED_ACCEPT);
  if (fetched.status !== 'ok') return { kind: 'feed', fetchUrl: fetched.url };
  const body = decodeText(fetched.bytes, fetched.contentType);
  const feed = readFeedOrProblem(body);
  if (feed) return { kind: 'feed', fetchUrl: fetched.url, title: feed.title };
  if (isFeedType(fetched.contentType)) throw new SourceProblem('not-a-feed', fetched.url);
  const linked = feedLinkOf(body, fetched.url);
  if (linked) {
    const feedPage = await fetcher.get(linked, FEED_ACCEPT);
    const linkedFeed =
      feedPage.status === 'ok' ? readFeedOrProblem(decodeText(feedPage.bytes, feedPage.contentType)) : undefined;
    if (!linkedFeed) throw new SourceProblem('not-a-feed', linked);
    return { kind: 'feed', fetchUrl: feedPage.url, title: linkedFeed.title };
  }
  await pageText(fetched.bytes, fetched.contentType).catch((error: unknown) => {
    throw new SourceProblem('not-a-feed', error instanceof Error ? error.message : String(error));
  });
  return { kind: 'page', fetchUrl: fetched.url, title: /<title[^>]*>([^<]*)</i.exec(body)?.[1]?.trim() };
}

function readFeedOrProblem(body: string): ReturnType<typeof readFeed> {
  try {
    return readFeed(body);
  } catch (error) {
    throw new SourceProblem('broken-feed', error instanceof Error ? error.message : String(error));
  }
}

const newestFirst = (a: FeedItem, b: FeedItem): number => (b.published ?? '').localeCompare(a.published ?? '');

/** The text of an item: its own page when it links one, else what the feed carries. */
async function itemText(fetcher: Fetcher, item: FeedItem): Promise<string> {
  if (!item.link) return item.summary ? pageText(new TextEncoder().encode(item.summary), 'text/html') : '';
  const page = await fetcher.get(item.link, PAGE_ACCEPT);
  if (page.status !== 'ok') return '';
  return pageText(page.bytes, page.contentType).catch((error: unknown) => {
    throw new SourceProblem(
      'unreadable-item',
      `${item.link}: ${error instanceof Error ? error.message : String(error)}`,
    );
  });
}

async function toFile(content: ItemContent, source: Source): Promise<Found['items'][number]> {
  const file = await itemFile(content, source).catch((error: unknown) => {
    throw new SourceProblem(
      'unreadable-item',
      `${content.link ?? content.title}: ${error instanceof Error ? error.message : String(error)}`,
    );
  });
  return { ...file, key: content.key, title: content.title, published: content.published };
}

/** Check a source: the new items as files, and the validators to send next time. Throws on any failure. */
export async function checkSource(
  fetcher: Fetcher,
  source: Source,
  known: ReadonlySet<string>,
  now: Date,
): Promise<Found> {
  const conditional = { etag: source.etag, lastModified: source.lastModified };
  const fetched = await fetcher.get(source.fetchUrl, source.kind === 'feed' ? FEED_ACCEPT : PAGE_ACCEPT, conditional);
  if (fetched.status === 'not-modified') return { items: [], ...conditional, contentHash: source.contentHash };
  const validators = { etag: fetched.etag, lastModified: fetched.lastModified };
  if (source.kind === 'page') {
    const text = await pageText(fetched.bytes, fetched.contentType);
    const hash = contentHash(text);
    if (hash === source.contentHash) return { items: [], ...validators, contentHash: hash };
    const title = /^#\s+(.+)$/m.exec(text)?.[1]?.trim() ?? source.name;
    const content = {
      key: `page:${hash}`,
      title,
      link: fetched.url,
      published: now.toISOString(),
      categories: [],
      text,
    };
    return { items: [await toFile(content, source)], ...validators, contentHash: hash };
  }
  const feed = readFeedOrProblem(decodeText(fetched.bytes, fetched.contentType));
  if (!feed) throw new SourceProblem('not-a-feed', fetched.url);
  const fresh = feed.items
    .filter((item) => !known.has(item.key))
    .sort(newestFirst)
    .slice(0, MAX_ITEMS_PER_CHECK);
  const items: Found['items'] = [];
  for (const item of fresh) {
    const text = await itemText(fetcher, item);
    const published = item.published ?? now.toISOString();
    items.push(
      await toFile(
        { key: item.key, title: item.title, link: item.link, published, categories: item.categories, text },
        source,
      ),
    );
  }
  return { items, ...validators };
}
