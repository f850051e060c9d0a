/** The HTTP interactions endpoint with a real Ed25519 key pair, as Discord would call it. */
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, type AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { readConfig } from '../src/config.ts';
import { createInteractionsServer, MAX_BODY_BYTES } from '../src/discord/http.ts';
import { createLogger } from '../src/logger.ts';
import { SEEDS_DIR } from './support/bot.ts';
import { validateRequestBody } from './support/discord-spec.ts';
import { isPrivate, visibleLines, visibleText } from './support/visible-text.ts';

let server: Server;
let url: string;
let privateKey: KeyObject;
let publicKey: string;
let app: Awaited<ReturnType<typeof createApp>>;

beforeAll(async () => {
  const pair = generateKeyPairSync('ed25519');
  privateKey = pair.privateKey;
  publicKey = (pair.publicKey.export({ format: 'der', type: 'spki' }) as Buffer).subarray(-32).toString('hex');
  app = await createApp(
    readConfig({ SEEDS_DIR, DATA_DIR: await mkdtemp(join(tmpdir(), 'liaison-http-')), LOG_LEVEL: 'silent' }),
    { logger: createLogger('silent') },
  );
  server = createInteractionsServer(app, { publicKey });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/interactions`;
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

async function post(body: string, headers: Record<string, string> = sign_(body)) {
  const response = await fetch(url, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', ...headers },
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

function sign_(body: string, timestamp = String(Math.floor(Date.now() / 1000))) {
  const signature = sign(null, Buffer.from(timestamp + body), privateKey).toString('hex');
  return { 'x-signature-ed25519': signature, 'x-signature-timestamp': timestamp };
}

let nextId = 1300000000000000100n;
const interaction = (type: number, data?: object) =>
  JSON.stringify({
    type,
    id: String(nextId++),
    application_id: '1300000000000000002',
    token: 'interaction-token',
    version: 1,
    locale: 'en-US',
    guild_id: '1300000000000000003',
    channel_id: '1300000000000000004',
    member: { user: { id: '1300000000000000005', username: 'officer' }, permissions: '0', roles: [] },
    ...(data ? { data } : {}),
  });

describe('HTTP interactions endpoint', () => {
  it('answers PING with PONG', async () => {
    expect(await post(interaction(1))).toEqual({ status: 200, body: { type: 1 } });
  });

  it('answers a slash command through the same command path', async () => {
    const { status, body } = await post(
      interaction(2, { id: '1', name: 'search', type: 1, options: [{ name: 'query', type: 3, value: 'Havránková' }] }),
    );
    expect(status).toBe(200);
    expect(body.type).toBe(4);
    expect(visibleText(body.data)).toContain('International Cooperation');
    expect(body.data.allowed_mentions).toEqual({ parse: [] });
    expect(validateRequestBody('POST', '/api/v10/interactions/1/t/callback', body).errors).toEqual([]);
  });

  it("answers a message's context menu privately, through the same path as /search", async () => {
    const target = {
      id: '1300000000000000010',
      content: '<@1300000000000000002> havrankova',
      author: { id: '1300000000000000006' },
    };
    const data = {
      id: '2',
      name: 'Search liaison',
      type: 3,
      target_id: target.id,
      resolved: { messages: { [target.id]: target } },
    };
    const { status, body } = await post(interaction(2, data));
    expect(status).toBe(200);
    expect(body.type).toBe(4);
    expect(isPrivate(body.data)).toBe(true);
    expect(visibleLines(body.data)).toContain('**Search: havrankova**');
    expect(validateRequestBody('POST', '/api/v10/interactions/1/t/callback', body).errors).toEqual([]);
  });

  it('asks why in a form when an answer did not help, and counts the vote when the form comes back', async () => {
    const customId = 'search:vote:0:0a1b2c3d:frontex over http';
    const pressed = await post(interaction(3, { custom_id: customId, component_type: 2 }));
    expect(pressed.status).toBe(200);
    expect(pressed.body.type).toBe(9);
    expect(pressed.body.data.title).toBe('Why did it not help?');
    expect(validateRequestBody('POST', '/api/v10/interactions/1/t/callback', pressed.body).errors).toEqual([]);
    const components = [
      { type: 18, id: 1, component: { type: 3, id: 2, custom_id: 'reason', values: ['wrong'] } },
      { type: 18, id: 3, component: { type: 4, id: 4, custom_id: 'detail', value: 'Not since 2025.' } },
    ];
    const sent = await post(interaction(5, { custom_id: pressed.body.data.custom_id, components }));
    expect(sent.body.type).toBe(4);
    expect(isPrivate(sent.body.data)).toBe(true);
    expect(visibleText(sent.body.data)).toContain('Thank you');
    const store = await app.moderation.store();
    expect(await store.feedback.reasons('frontex over http')).toEqual([{ reason: 'wrong', detail: 'Not since 2025.' }]);
  });

  it('answers autocomplete from memory', async () => {
    const { body } = await post(
      interaction(4, {
        id: '1',
        name: 'search',
        type: 1,
        options: [{ name: 'country', type: 3, value: 'alb', focused: true }],
      }),
    );
    expect(body).toEqual({ type: 8, data: { choices: [{ name: 'Albania', value: 'Albania' }] } });
  });

  it('refuses a bad or missing signature with 401', async () => {
    const body = interaction(1);
    const forged = sign_(interaction(2));
    expect((await post(body, forged)).status).toBe(401);
    expect((await post(body, {})).status).toBe(401);
    expect((await post(body, { ...sign_(body), 'x-signature-timestamp': '1' })).status).toBe(401);
  });

  it('refuses an oversized body with 413 and anything but POST with 405', async () => {
    const huge = 'x'.repeat(MAX_BODY_BYTES + 1);
    expect((await post(huge)).status).toBe(413);
    expect((await fetch(url)).status).toBe(405);
  });

  it('refuses a signed body that is not JSON with 400', async () => {
    expect((await post('not json')).status).toBe(400);
  });

  it('refuses a valid signature over a timestamp that is not within minutes of now, or not a number', async () => {
    const now = Math.floor(Date.now() / 1000);
    const year = 365 * 24 * 3600;
    for (const timestamp of [
      '0',
      'abc',
      '',
      ' 1',
      `${now}.5`,
      `+${now}`,
      String(now - year),
      String(now + year),
      String(now - 600),
      String(now + 600),
    ]) {
      const body = interaction(1);
      expect((await post(body, sign_(body, timestamp))).status, JSON.stringify(timestamp)).toBe(401);
    }
    const body = interaction(1);
    expect((await post(body, sign_(body, String(now - 60)))).status).toBe(200);
  });

  it('answers an interaction once: every replay of the same signed request is refused', async () => {
    const body = interaction(2, {
      id: '1',
      name: 'search',
      type: 1,
      options: [{ name: 'query', type: 3, value: 'frontex' }],
    });
    const headers = sign_(body);
    expect((await post(body, headers)).status).toBe(200);
    const replays = await Promise.all(Array.from({ length: 70 }, () => post(body, headers)));
    expect(replays.map((r) => r.status)).toEqual(Array(70).fill(401));
    // Re-signed with a new timestamp, it is still the same interaction.
    expect((await post(body, sign_(body, String(Math.floor(Date.now() / 1000) + 1)))).status).toBe(401);
  });

  it('refuses signed bodies of the wrong shape with 400, never 500', async () => {
    const base = JSON.parse(interaction(2)) as Record<string, unknown>;
    const bodies = [
      'null',
      '[]',
      '1',
      '"x"',
      '{}',
      JSON.stringify({ ...base, type: '2' }),
      JSON.stringify({ ...base, id: 5 }),
      JSON.stringify({ ...base, data: 'x' }),
      JSON.stringify({ ...base, data: { name: 'search', options: 'x' } }),
      JSON.stringify({ ...base, data: { name: 'search', options: [null] } }),
      JSON.stringify({ ...base, data: { name: 'search', options: [{ name: 'query', type: 3, value: { a: 1 } }] } }),
      JSON.stringify({ ...base, data: { name: 'documents', options: [{ name: 'add', type: 1, options: 'x' }] } }),
      JSON.stringify({ ...base, member: { user: { id: '1' }, permissions: 'all' } }),
      JSON.stringify({ ...base, member: { roles: 'x' } }),
      JSON.stringify({ ...base, data: { name: 'documents', resolved: { attachments: { 1: { url: 5 } } } } }),
    ];
    for (const body of bodies) expect((await post(body)).status, body).toBe(400);
  });

  describe('slow clients', () => {
    let slow: Server;
    let port: number;

    beforeAll(async () => {
      slow = createInteractionsServer(app, { publicKey, timeouts: { headersMs: 300, bodyMs: 300, idleMs: 300 } });
      await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', resolve));
      port = (slow.address() as AddressInfo).port;
    });
    afterAll(() => new Promise((resolve) => slow.close(resolve)));

    /** Opens a socket, writes `text`, and resolves with what came back once the server hangs up. */
    const hangingClient = (text: string) =>
      new Promise<string>((resolve) => {
        const socket = connect(port, '127.0.0.1', () => socket.write(text));
        let received = '';
        socket.on('data', (chunk) => (received += chunk.toString()));
        socket.on('error', () => undefined);
        socket.on('close', () => resolve(received));
      });

    it('drops a client that never finishes its headers', async () => {
      await hangingClient('POST /interactions HTTP/1.1\r\nHost: x\r\nX-Slow: ');
    });

    it('drops a client that never finishes its body', async () => {
      const answer = await hangingClient(
        'POST /interactions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"type":',
      );
      expect(answer === '' || /^HTTP\/1\.1 (400|408)/.test(answer)).toBe(true);
    });

    it('closes an idle kept-alive connection', async () => {
      const body = interaction(1);
      const headers = Object.entries({
        ...sign_(body),
        'content-type': 'application/json',
        'content-length': String(body.length),
      })
        .map(([name, value]) => `${name}: ${value}\r\n`)
        .join('');
      const answer = await hangingClient(
        `POST /interactions HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\n${headers}\r\n${body}`,
      );
      expect(answer).toMatch(/^HTTP\/1\.1 200/);
    });
  });
});
