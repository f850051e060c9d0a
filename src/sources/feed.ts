/**
 * What a fetched source is: a feed (RSS 2.0, Atom, RDF or JSON Feed, parsed by feedsmith and
 * reduced to the few fields the bot uses), an HTML page that links its feed, or a plain page.
 */
import { parseFeed } from 'feedsmith';
import { Parser } from 'htmlparser2';

export interface FeedItem {
  /** Stable identity: guid or id, else the link. */
  key: string;
  title: string;
  link?: string;
  /** ISO instant, when the feed gives a parsable one. */
  published?: string;
  categories: string[];
  /** The feed's own summary or content (HTML or text), when it has one. */
  summary?: string;
}

export interface ParsedFeed {
  title?: string;
  items: FeedItem[];
}

const FEED_TYPES = /^(application\/(rss|atom|rdf|feed)\+(xml|json)|application\/(xml|json)|text\/xml)$/i;

/** Bytes as text, in the charset the server or the document declares (UTF-8 when none). */
export function decodeText(bytes: Uint8Array, contentType: string): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const declared =
    /charset=["']?([\w-]+)/i.exec(contentType)?.[1] ??
    /<\?xml[^>]*encoding=["']([\w-]+)/i.exec(head)?.[1] ??
    /<meta[^>]*charset=["']?([\w-]+)/i.exec(head)?.[1] ??
    'utf-8';
  try {
    return new TextDecoder(declared.toLowerCase()).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

const text = (value: unknown): string | undefined => {
  if (typeof value === 'string') return value.trim() || undefined;
  if (value && typeof value === 'object' && 'value' in value) return text((value as { value: unknown }).value);
  return undefined;
};

const instant = (value: unknown): string | undefined => {
  const raw = text(value);
  const time = raw ? Date.parse(raw) : NaN;
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
};

/** An entry of any of the four formats, read field by field; every value read is checked by text() or instant(). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- feedsmith's four entry types share no common shape
type Loose = Record<string, any>;

function atomLink(entry: Loose): string | undefined {
  const links = (entry.links ?? []) as Loose[];
  return (links.find((link) => !link.rel || link.rel === 'alternate') ?? links[0])?.href;
}

function toItem(entry: Loose, format: string): FeedItem | undefined {
  const link: string | undefined =
    format === 'atom' ? atomLink(entry) : format === 'json' ? (entry.url ?? entry.external_url) : text(entry.link);
  const key = text(entry.guid) ?? text(entry.id) ?? link;
  if (!key) return undefined;
  const categories = ((entry.categories ?? entry.tags ?? []) as unknown[])
    .map((category) =>
      typeof category === 'string' ? category : (text((category as Loose).name) ?? text((category as Loose).term)),
    )
    .filter((name): name is string => Boolean(name));
  return {
    key,
    title: text(entry.title) ?? link ?? key,
    link,
    published: instant(
      entry.pubDate ??
        entry.published ??
        entry.updated ??
        entry.date_published ??
        entry.dc?.date ??
        entry.dc?.dates?.[0],
    ),
    categories: [...new Set(categories)],
    summary:
      text(entry.content?.encoded) ??
      text(entry.content) ??
      text(entry.content_html) ??
      text(entry.summary) ??
      text(entry.description),
  };
}

/** The feed in `source`, or undefined when it is not a feed at all. Throws when it is a broken one. */
export function readFeed(source: string): ParsedFeed | undefined {
  let parsed: { format: string; feed: Loose };
  try {
    parsed = parseFeed(source) as unknown as { format: string; feed: Loose };
  } catch (error) {
    const looksLikeFeed =
      /<(rss|feed|rdf:RDF)[\s>]/i.test(source.slice(0, 2000)) || /^\s*\{[\s\S]*"items"/.test(source.slice(0, 2000));
    if (looksLikeFeed)
      throw new Error(`broken feed (${error instanceof Error ? error.message : String(error)})`, { cause: error });
    return undefined;
  }
  const { format, feed } = parsed;
  const entries = ((format === 'atom' ? feed.entries : feed.items) ?? []) as Loose[];
  return {
    title: text(feed.title),
    items: entries.map((entry) => toItem(entry, format)).filter((item): item is FeedItem => Boolean(item)),
  };
}

export const isFeedType = (contentType: string): boolean => FEED_TYPES.test(contentType.split(';')[0]!.trim());

/** The feed an HTML page links with `<link rel="alternate" type="application/rss+xml|atom+xml">`, absolute. */
export function feedLinkOf(html: string, base: string): string | undefined {
  let found: string | undefined;
  const parser = new Parser({
    onopentag(name, attributes) {
      if (found || name !== 'link') return;
      const rel = (attributes.rel ?? '').toLowerCase().split(/\s+/);
      const type = (attributes.type ?? '').toLowerCase();
      if (rel.includes('alternate') && /(rss|atom|feed)\+(xml|json)/.test(type) && attributes.href) {
        try {
          found = new URL(attributes.href, base).toString();
        } catch {
          // a malformed href: keep looking
        }
      }
    },
  });
  parser.write(html.slice(0, 200_000));
  parser.end();
  return found;
}
