/**
 * Fetching an attachment from Discord, as nothing else: only https on Discord's attachment hosts
 * (or the configured API host, a fake Discord in tests), redirects followed only while they stay
 * there, a deadline for the whole download, and the body streamed and cut off once it passes the
 * size limit (a declared size is only a claim). Every refusal is a DocumentRefused the command words.
 */
import { MAX_FILE_BYTES } from '../corpus/load.ts';
import type { Attachment } from '../framework/define.ts';
import { DocumentRefused } from './manager.ts';

/** Where Discord serves attachments. */
const ATTACHMENT_HOSTS = ['cdn.discordapp.com', 'media.discordapp.net'];

export interface DownloadOptions {
  /** DISCORD_API_URL: its origin is trusted as well (the fake Discord in tests). */
  api?: string;
  limit?: number;
  timeoutMs?: number;
}

const MAX_REDIRECTS = 3;
const DOWNLOAD_TIMEOUT_MS = 15_000;

const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The URL when Discord could have served it, else undefined. */
export function attachmentUrl(text: string, api?: string): URL | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  if (url.username || url.password) return undefined;
  if (url.protocol === 'https:' && ATTACHMENT_HOSTS.includes(url.hostname) && (url.port === '' || url.port === '443'))
    return url;
  const trusted = api ? new URL(api).origin : undefined;
  return trusted && url.origin === trusted ? url : undefined;
}

/** The response for `url`, following redirects only to allowed places. */
async function fetchAllowed(start: URL, api: string | undefined, signal: AbortSignal): Promise<Response> {
  let url = start;
  for (let hop = 0; ; hop++) {
    const response = await fetch(url, { redirect: 'manual', signal });
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || !location) return response;
    await response.body?.cancel();
    const next = attachmentUrl(new URL(location, url).href, api);
    if (!next || hop >= MAX_REDIRECTS) throw new DocumentRefused('source', new URL(location, url).host);
    url = next;
  }
}

/** Read the body, refusing (and stopping) as soon as it passes `limit` bytes. */
async function readLimited(response: Response, limit: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > limit) {
    await response.body?.cancel();
    throw new DocumentRefused('size', megabytes(declared));
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body ?? []) {
    size += chunk.byteLength;
    if (size > limit) {
      await response.body?.cancel().catch(() => undefined);
      throw new DocumentRefused('size', `> ${megabytes(limit)}`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
}

export async function download(attachment: Attachment, options: DownloadOptions = {}): Promise<Uint8Array> {
  const limit = options.limit ?? MAX_FILE_BYTES;
  if (attachment.size > limit) throw new DocumentRefused('size', megabytes(attachment.size));
  const url = attachmentUrl(attachment.url, options.api);
  if (!url) throw new DocumentRefused('source', attachment.url.slice(0, 100));
  const signal = AbortSignal.timeout(options.timeoutMs ?? DOWNLOAD_TIMEOUT_MS);
  try {
    const response = await fetchAllowed(url, options.api, signal);
    if (!response.ok) {
      await response.body?.cancel();
      throw new DocumentRefused('download', `HTTP ${response.status}`);
    }
    return await readLimited(response, limit);
  } catch (error) {
    if (error instanceof DocumentRefused) throw error;
    if (signal.aborted)
      throw new DocumentRefused('timeout', String(Math.round((options.timeoutMs ?? DOWNLOAD_TIMEOUT_MS) / 1000)));
    throw new DocumentRefused('download', (error as Error).name === 'TypeError' ? 'network error' : String(error));
  }
}
