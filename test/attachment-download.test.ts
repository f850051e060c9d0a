/**
 * Attachment downloads for /documents add, against real servers on 127.0.0.1: only Discord's hosts
 * (here the configured API host), no redirect elsewhere, a deadline, and a body cut off at the limit.
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachmentUrl, download } from '../src/documents/download.ts';
import { DocumentRefused } from '../src/documents/manager.ts';

const TEXT = 'Czechia and Slovakia agree on joint patrols along the border.\n';
let api: Server;
let elsewhere: Server;
let apiBase: string;
let elsewhereBase: string;
/** Bytes the "lying" route managed to send before the client hung up. */
let sent = 0;
const HUGE = 64 * 1024 * 1024;

const drainedOrClosed = (res: ServerResponse) =>
  new Promise<void>((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });

async function stream(res: ServerResponse): Promise<void> {
  res.writeHead(200, { 'content-type': 'text/plain' });
  const chunk = Buffer.alloc(64 * 1024, 'a');
  sent = 0;
  while (sent < HUGE && !res.destroyed) {
    sent += chunk.length;
    if (!res.write(chunk)) await drainedOrClosed(res);
  }
  res.end();
}

const listen = async (server: Server): Promise<string> => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
};

beforeAll(async () => {
  elsewhere = createServer((_req, res) => res.end(TEXT));
  elsewhereBase = await listen(elsewhere);
  api = createServer((req, res) => {
    if (req.url === '/files/ok.txt') return res.end(TEXT);
    if (req.url === '/files/hop.txt') return res.writeHead(302, { location: '/files/ok.txt' }).end();
    if (req.url === '/files/away.txt') return res.writeHead(302, { location: `${elsewhereBase}/secret.txt` }).end();
    if (req.url === '/files/hang.txt') return res.writeHead(200, { 'content-type': 'text/plain' }).write('partial');
    if (req.url === '/files/lying.txt') return void stream(res);
    if (req.url === '/files/declared.txt') return res.writeHead(200, { 'content-length': String(HUGE) }).end();
    res.writeHead(404).end();
  });
  apiBase = await listen(api);
});

afterAll(() => {
  api.closeAllConnections();
  elsewhere.closeAllConnections();
  api.close();
  elsewhere.close();
});

const attachment = (url: string, size = TEXT.length) => ({ name: 'note.txt', url, size });

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DocumentRefused);
  return (error as DocumentRefused).problem;
}

describe('attachment downloads', () => {
  it('accepts only https on Discord attachment hosts, or the configured API host', () => {
    expect(attachmentUrl('https://cdn.discordapp.com/attachments/1/2/a.txt')?.hostname).toBe('cdn.discordapp.com');
    expect(attachmentUrl('https://media.discordapp.net/attachments/1/2/a.txt')?.hostname).toBe('media.discordapp.net');
    for (const url of [
      'http://cdn.discordapp.com/a.txt',
      'https://cdn.discordapp.com.evil.example/a.txt',
      'https://user:pw@cdn.discordapp.com/a.txt',
      'https://cdn.discordapp.com:8443/a.txt',
      'file:///etc/passwd',
      'data:text/plain,hello',
      'http://127.0.0.1/a.txt',
      'http://localhost:80/a.txt',
      'http://[::1]/a.txt',
      'not a url',
    ])
      expect(attachmentUrl(url, apiBase), url).toBeUndefined();
    expect(attachmentUrl(`${apiBase}/files/ok.txt`, `${apiBase}/api`)?.href).toBe(`${apiBase}/files/ok.txt`);
  });

  it('downloads from the API host and follows a redirect that stays there', async () => {
    expect(
      Buffer.from(await download(attachment(`${apiBase}/files/ok.txt`), { api: `${apiBase}/api` })).toString(),
    ).toBe(TEXT);
    expect(
      Buffer.from(await download(attachment(`${apiBase}/files/hop.txt`), { api: `${apiBase}/api` })).toString(),
    ).toBe(TEXT);
  });

  it('refuses loopback pages, data: and file: URLs, and redirects elsewhere', async () => {
    const options = { api: `${apiBase}/api` };
    expect(await refusal(download(attachment(`${elsewhereBase}/secret.txt`), options))).toBe('source');
    expect(await refusal(download(attachment('data:text/plain,hello%20world'), options))).toBe('source');
    expect(await refusal(download(attachment('file:///etc/hostname'), options))).toBe('source');
    expect(await refusal(download(attachment(`${apiBase}/files/away.txt`), options))).toBe('source');
  });

  it('stops a download that hangs, with its own reason', async () => {
    expect(await refusal(download(attachment(`${apiBase}/files/hang.txt`), { api: apiBase, timeoutMs: 300 }))).toBe(
      'timeout',
    );
  });

  it('stops reading a body that is larger than declared once it passes the limit', async () => {
    expect(await refusal(download(attachment(`${apiBase}/files/lying.txt`, 1024), { api: apiBase }))).toBe('size');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(sent).toBeLessThan(HUGE / 2);
    expect(await refusal(download(attachment(`${apiBase}/files/declared.txt`, 1024), { api: apiBase }))).toBe('size');
  });
});
