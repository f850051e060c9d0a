/**
 * A local HTTP server on 127.0.0.1 for the source tests: feeds and pages whose content the test
 * changes between fetches, ETags answered with 304, and the ways a site fails (500, a stalled
 * body, an oversized body, a redirect loop). Every request is logged with its headers.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FeedEntry {
  id: string;
  title: string;
  /** Path of the item's page on this server. */
  path: string;
  date: string;
  categories?: string[];
}

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

export interface LoggedRequest {
  path: string;
  headers: IncomingMessage['headers'];
}

export class FeedServer {
  readonly routes = new Map<string, Handler>();
  readonly requests: LoggedRequest[] = [];
  private readonly server: Server;
  private readonly open = new Set<ServerResponse>();

  private constructor() {
    this.server = createServer((request, response) => {
      const path = (request.url ?? '/').split('?')[0]!;
      this.requests.push({ path, headers: request.headers });
      this.open.add(response);
      response.on('close', () => this.open.delete(response));
      const handler = this.routes.get(path);
      if (handler) handler(request, response);
      else response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    });
  }

  static async start(): Promise<FeedServer> {
    const server = new FeedServer();
    await new Promise<void>((resolve) => server.server.listen(0, '127.0.0.1', resolve));
    return server;
  }

  get origin(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  url(path: string): string {
    return `${this.origin}${path}`;
  }

  /** Serve `body` with an ETag; a request carrying that ETag gets 304. */
  serve(path: string, contentType: string, body: () => string): void {
    this.routes.set(path, (request, response) => {
      const text = body();
      const etag = `"${createHash('sha1').update(text).digest('hex').slice(0, 16)}"`;
      if (request.headers['if-none-match'] === etag) return void response.writeHead(304, { etag }).end();
      response.writeHead(200, { 'content-type': contentType, etag }).end(text);
    });
  }

  /** An RSS 2.0 feed of `entries()`, read at each request. */
  rss(path: string, title: string, entries: () => FeedEntry[]): void {
    this.serve(path, 'application/rss+xml; charset=utf-8', () => rssOf(title, entries(), this.origin));
  }

  atom(path: string, title: string, entries: () => FeedEntry[]): void {
    this.serve(path, 'application/atom+xml', () => atomOf(title, entries(), this.origin));
  }

  html(path: string, body: () => string): void {
    this.serve(path, 'text/html; charset=utf-8', body);
  }

  requestsTo(path: string): LoggedRequest[] {
    return this.requests.filter((request) => request.path === path);
  }

  async close(): Promise<void> {
    for (const response of this.open) response.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function rssOf(title: string, entries: readonly FeedEntry[], origin: string): string {
  const items = entries.map(
    (
      entry,
    ) => `<item><title>${escape(entry.title)}</title><link>${origin}${entry.path}</link><guid isPermaLink="false">${entry.id}</guid>
      <pubDate>${new Date(entry.date).toUTCString()}</pubDate>${(entry.categories ?? []).map((c) => `<category>${escape(c)}</category>`).join('')}</item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${escape(title)}</title><link>${origin}/</link>
    <description>test feed</description>${items.join('\n')}</channel></rss>`;
}

function atomOf(title: string, entries: readonly FeedEntry[], origin: string): string {
  const items = entries.map(
    (
      entry,
    ) => `<entry><id>${entry.id}</id><title>${escape(entry.title)}</title><link rel="alternate" href="${origin}${entry.path}"/>
      <updated>${new Date(entry.date).toISOString()}</updated>${(entry.categories ?? []).map((c) => `<category term="${escape(c)}"/>`).join('')}</entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>${escape(title)}</title><id>urn:test</id>
    <updated>2026-01-01T00:00:00Z</updated>${items.join('\n')}</feed>`;
}

/** An article page: navigation and footer (left out by the readers) around the article's text. */
export function articlePage(title: string, paragraphs: readonly string[]): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escape(title)}</title></head><body>
    <nav><a href="/">Home</a> <a href="/news">News</a></nav>
    <main><h1>${escape(title)}</h1>${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}</main>
    <footer>Copyright the ministry</footer></body></html>`;
}
