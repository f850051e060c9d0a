// Static files hosted by the fake Discord under /files/... (attachment
// downloads, uploaded attachments), like Discord's CDN.

import type { ServerResponse } from 'node:http';

export interface HostedFile {
  body: Buffer;
  contentType: string;
  /** A hand-written answer instead of the body: a redirect, a hanging or lying server. */
  respond?: (res: ServerResponse) => void;
}

export interface FileDownload {
  path: string;
  found: boolean;
  at: number;
}

export class FileHost {
  private readonly files = new Map<string, HostedFile>();
  readonly downloads: FileDownload[] = [];
  private origin = '';

  setOrigin(origin: string): void {
    this.origin = origin;
  }

  /** Hosts `body` at /files/<path> and returns its absolute URL. */
  serve(path: string, body: string | Buffer | Uint8Array, contentType = 'application/octet-stream'): string {
    const key = normalize(path);
    this.files.set(key, { body: Buffer.from(body), contentType });
    return this.url(key);
  }

  /** Answers /files/<path> with `respond` (status, headers and body as it likes); returns its URL. */
  serveCustom(path: string, respond: (res: ServerResponse) => void): string {
    const key = normalize(path);
    this.files.set(key, { body: Buffer.alloc(0), contentType: '', respond });
    return this.url(key);
  }

  url(path: string): string {
    const encoded = normalize(path).split('/').map(encodeURIComponent).join('/');
    return `${this.origin}/files/${encoded}`;
  }

  /** Looks up a request path such as `/files/a/b.pdf` (records the download). */
  lookup(requestPath: string): HostedFile | undefined {
    const key = normalize(decodeURIComponent(requestPath.replace(/^\/files\//, '')));
    const file = this.files.get(key);
    this.downloads.push({ path: key, found: Boolean(file), at: Date.now() });
    return file;
  }
}

function normalize(path: string): string {
  return path.replace(/^\/+/, '');
}
