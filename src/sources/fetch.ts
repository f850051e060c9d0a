/**
 * Polite, bounded HTTP GETs with Node's fetch: conditional requests (ETag, Last-Modified), one
 * timeout over the whole exchange (redirects and body included, so a stalled body ends too), a
 * size limit enforced while streaming, a User-Agent naming the bot, a few redirects each checked
 * again, and a minimum spacing between requests to the same host. Connections go through an
 * undici Agent whose DNS lookup refuses non-public addresses (address.ts).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { Agent } from 'undici';
import { AddressRefused, checkUrl, guardedLookup } from './address.ts';

export type FetchProblem = 'scheme' | 'private' | 'timeout' | 'too-large' | 'redirects' | 'http' | 'network';

/** A request that failed, with the problem a user can be told about. */
export class FetchFailed extends Error {
  override readonly name = 'FetchFailed';
  constructor(
    readonly problem: FetchProblem,
    readonly detail: string,
    /** From a Retry-After header (429, 503). */
    readonly retryAfterMs?: number,
  ) {
    super(`${problem}: ${detail}`);
  }
}

export interface Conditional {
  etag?: string;
  lastModified?: string;
}

export type Fetched =
  | { status: 'not-modified'; url: string }
  | { status: 'ok'; url: string; bytes: Uint8Array; contentType: string; etag?: string; lastModified?: string };

export interface FetcherOptions {
  userAgent: string;
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  /** Least time between two requests to the same host. */
  hostSpacingMs: number;
  allowPrivate: boolean;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

function retryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/** What a rejected fetch means, from its cause chain (undici wraps the real error in TypeError: fetch failed). */
function failureOf(error: unknown, signal: AbortSignal, timeoutMs: number): FetchFailed {
  if (error instanceof FetchFailed) return error;
  if (signal.aborted) return new FetchFailed('timeout', `no complete answer within ${timeoutMs / 1000} s`);
  for (let cause: unknown = error; cause; cause = (cause as { cause?: unknown }).cause) {
    if (cause instanceof AddressRefused) return new FetchFailed(cause.problem, cause.detail);
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
      return new FetchFailed('network', 'the host name does not resolve');
    if (typeof code === 'string' && /^(E[A-Z]+|UND_ERR_[A-Z_]+)$/.test(code)) return new FetchFailed('network', code);
  }
  return new FetchFailed('network', error instanceof Error ? error.message : String(error));
}

/** Read a body chunk by chunk, giving up as soon as it passes `maxBytes`. */
async function readLimited(body: ReadableStream<Uint8Array> | null, maxBytes: number): Promise<Uint8Array> {
  if (!body) return new Uint8Array();
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new FetchFailed('too-large', `more than ${Math.round(maxBytes / 1024)} KiB`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

export class Fetcher {
  private agent?: Agent;
  /** Per host: the earliest time the next request may start. */
  private readonly nextStart = new Map<string, number>();

  constructor(readonly options: FetcherOptions) {}

  /** Wait for this host's turn, keeping the requests to one host `hostSpacingMs` apart. */
  private async turn(host: string): Promise<void> {
    const now = Date.now();
    const start = Math.max(now, this.nextStart.get(host) ?? 0);
    this.nextStart.set(host, start + this.options.hostSpacingMs);
    if (start > now) await sleep(start - now);
  }

  /** GET `url`; 304 is `not-modified`; any other failure is a FetchFailed. */
  async get(url: string, accept: string, conditional: Conditional = {}): Promise<Fetched> {
    const { timeoutMs, maxBytes, maxRedirects, allowPrivate, userAgent } = this.options;
    const signal = AbortSignal.timeout(timeoutMs);
    let current = url;
    try {
      for (let hop = 0; hop <= maxRedirects; hop++) {
        const target = checkUrl(current, allowPrivate);
        await this.turn(target.host);
        const headers: Record<string, string> = { 'user-agent': userAgent, accept };
        if (conditional.etag) headers['if-none-match'] = conditional.etag;
        if (conditional.lastModified) headers['if-modified-since'] = conditional.lastModified;
        const init = { headers, redirect: 'manual', signal, dispatcher: this.dispatcher() } as RequestInit;
        const response = await fetch(target, init);
        const location = response.headers.get('location');
        if (REDIRECTS.has(response.status) && location) {
          await response.body?.cancel().catch(() => undefined);
          current = new URL(location, target).toString();
          continue;
        }
        if (response.status === 304) {
          await response.body?.cancel().catch(() => undefined);
          return { status: 'not-modified', url: target.toString() };
        }
        if (!response.ok) {
          await response.body?.cancel().catch(() => undefined);
          throw new FetchFailed('http', `HTTP ${response.status}`, retryAfter(response.headers.get('retry-after')));
        }
        const declared = Number(response.headers.get('content-length') ?? NaN);
        if (declared > maxBytes) {
          await response.body?.cancel().catch(() => undefined);
          throw new FetchFailed('too-large', `more than ${Math.round(maxBytes / 1024)} KiB`);
        }
        const bytes = await readLimited(response.body, maxBytes);
        return {
          status: 'ok',
          url: target.toString(),
          bytes,
          contentType: response.headers.get('content-type') ?? '',
          etag: response.headers.get('etag') ?? undefined,
          lastModified: response.headers.get('last-modified') ?? undefined,
        };
      }
      throw new FetchFailed('redirects', `more than ${maxRedirects} redirects`);
    } catch (error) {
      throw failureOf(error, signal, timeoutMs);
    }
  }

  /** Connections whose DNS lookup refuses non-public addresses; made on first use, again after close. */
  private dispatcher(): Agent {
    this.agent ??= new Agent({ connect: { lookup: guardedLookup(this.options.allowPrivate) }, connections: 4 });
    return this.agent;
  }

  async close(): Promise<void> {
    const agent = this.agent;
    this.agent = undefined;
    await agent?.close();
  }
}
