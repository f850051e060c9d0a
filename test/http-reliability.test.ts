/**
 * The HTTP interactions endpoint across instances and restarts, and what it reads of a body: a
 * replay refused by a second instance on the same database and by the same instance after a
 * restart (SQLite and PostgreSQL), two instances receiving one request at once answering it once,
 * bodies missing what their type needs refused with 400 and a reason, a DM's person being `user`
 * (rate limits and votes per person), and /search sharing the per-person question limit.
 */
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { readConfig } from '../src/config.ts';
import { createInteractionsServer } from '../src/discord/http.ts';
import { questionsAskedText } from '../src/framework/messages.ts';
import { createLogger } from '../src/logger.ts';
import { SEEDS_DIR } from './support/bot.ts';
import { isPrivate, visibleText } from './support/visible-text.ts';
import { describePostgres, postgresDatabase } from './support/pg-suite.ts';

const pair = generateKeyPairSync('ed25519');
const privateKey: KeyObject = pair.privateKey;
const publicKey = (pair.publicKey.export({ format: 'der', type: 'spki' }) as Buffer).subarray(-32).toString('hex');
const en = questionsAskedText('en');

interface Instance {
  app: App;
  server: Server;
  url: string;
  stop(): Promise<void>;
}

async function instance(env: Record<string, string>): Promise<Instance> {
  const app = await createApp(readConfig({ SEEDS_DIR, LOG_LEVEL: 'silent', ...env }), {
    logger: createLogger('silent'),
  });
  const server = createInteractionsServer(app, { publicKey });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/interactions`;
  const stop = async () => {
    await new Promise((resolve) => server.close(resolve));
    await app.moderation.stop();
  };
  return { app, server, url, stop };
}

function signed(body: string, timestamp = String(Math.floor(Date.now() / 1000))) {
  const signature = sign(null, Buffer.from(timestamp + body), privateKey).toString('hex');
  return { 'x-signature-ed25519': signature, 'x-signature-timestamp': timestamp };
}

async function post(url: string, body: string, headers: Record<string, string> = signed(body)) {
  const response = await fetch(url, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', ...headers },
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as any };
}

let nextId = BigInt(Date.now()) * 1000n;
const GUILD_MEMBER = { user: { id: '1300000000000000005', username: 'officer' }, permissions: '0', roles: [] };

/** An interaction body: in a server by default (`member`), in a DM with `{ user }` and no member. */
function interaction(
  type: number,
  data?: object,
  who: object = { member: GUILD_MEMBER, guild_id: '1300000000000000003' },
) {
  return JSON.stringify({
    type,
    id: String(nextId++),
    application_id: '1300000000000000002',
    token: 'interaction-token',
    version: 1,
    locale: 'en-US',
    channel_id: '1300000000000000004',
    ...who,
    ...(data ? { data } : {}),
  });
}

const search = (query: string) => ({
  id: '1',
  name: 'search',
  type: 1,
  options: [{ name: 'query', type: 3, value: query }],
});

/** The replay rules on one database, whichever: `env` names it (DATA_DIR for SQLite, DATABASE_URL). */
function replaySuite(env: () => Promise<Record<string, string>>) {
  let settings: Record<string, string>;
  let first: Instance;
  let second: Instance;

  beforeAll(async () => {
    settings = await env();
    first = await instance(settings);
    second = await instance(settings);
  });
  afterAll(async () => {
    await first.stop();
    await second.stop();
  });

  it('refuses at a second instance a request the first one answered', async () => {
    const body = interaction(2, search('frontex'));
    const headers = signed(body);
    expect((await post(first.url, body, headers)).status).toBe(200);
    expect((await post(second.url, body, headers)).status).toBe(401);
    const ping = interaction(1);
    const pingHeaders = signed(ping);
    expect((await post(second.url, ping, pingHeaders)).status).toBe(200);
    expect((await post(first.url, ping, pingHeaders)).status).toBe(401);
  });

  it('answers a request sent to two instances at once exactly once', async () => {
    for (let round = 0; round < 10; round++) {
      const body = interaction(1);
      const headers = signed(body);
      const statuses = (await Promise.all([post(first.url, body, headers), post(second.url, body, headers)])).map(
        (answer) => answer.status,
      );
      expect(statuses.sort()).toEqual([200, 401]);
    }
  });

  it('refuses after a restart a request answered before it', async () => {
    const body = interaction(2, search('europol'));
    const headers = signed(body);
    expect((await post(first.url, body, headers)).status).toBe(200);
    await first.stop();
    first = await instance(settings);
    expect((await post(first.url, body, headers)).status).toBe(401);
  });
}

describe('replays on SQLite', () => {
  replaySuite(async () => ({ DATA_DIR: await mkdtemp(join(tmpdir(), 'liaison-replay-')) }));
});

describePostgres('replays on PostgreSQL', () => {
  replaySuite(async () => ({
    DATA_DIR: await mkdtemp(join(tmpdir(), 'liaison-replay-pg-')),
    DATABASE_URL: await postgresDatabase(),
  }));
});

describe('one instance', () => {
  let one: Instance;
  beforeAll(async () => {
    one = await instance({
      DATA_DIR: await mkdtemp(join(tmpdir(), 'liaison-http-person-')),
      QUESTIONS_PER_MINUTE: '2',
    });
  });
  afterAll(() => one.stop());

  it('refuses bodies missing what their type needs with 400 and the reason, never 500', async () => {
    const target = { id: '1300000000000000010', content: 'frontex', author: { id: '1300000000000000006' } };
    const cases: [string, RegExp][] = [
      [interaction(2), /^data/],
      [interaction(3), /^data/],
      [interaction(4), /^data/],
      [interaction(2, { id: '1', type: 1 }), /^data\.name/],
      [interaction(2, { id: '1', name: 'search' }), /^data\.type/],
      [interaction(4, { id: '1', name: 'search' }), /^data\.type/],
      [interaction(2, { id: '2', name: 'Search liaison', type: 3, target_id: target.id }), /^data\.resolved/],
      [
        interaction(2, { id: '2', name: 'Search liaison', type: 3, target_id: target.id, resolved: {} }),
        /^data\.resolved\.messages/,
      ],
      [
        interaction(2, {
          id: '2',
          name: 'Search liaison',
          type: 3,
          target_id: target.id,
          resolved: { messages: { '1300000000000000011': target } },
        }),
        /^data\.resolved\.messages/,
      ],
      [interaction(2, { id: '2', name: 'Search liaison', type: 3, resolved: { messages: {} } }), /^data\.target_id/],
      [interaction(3, { component_type: 2 }), /^data\.custom_id/],
      [interaction(5, { components: [] }), /^data\.custom_id/],
      [interaction(9, { custom_id: 'x' }), /^type/],
      [interaction(2, { ...search('x'), resolved: { messages: { 1: { content: 5 } } } }), /^data\.resolved\.messages/],
    ];
    for (const [body, reason] of cases) {
      const answer = await post(one.url, body);
      expect(answer.status, body).toBe(400);
      expect(answer.body.reason, body).toMatch(reason);
    }
  });

  it("counts a DM's questions per person (user, no member): one person's limit leaves another's alone", async () => {
    const menu = (userId: string) => {
      const target = { id: '1300000000000000010', content: 'frontex', author: { id: '1300000000000000006' } };
      return interaction(
        2,
        {
          id: '2',
          name: 'Search liaison',
          type: 3,
          target_id: target.id,
          resolved: { messages: { [target.id]: target } },
        },
        { user: { id: userId, username: `user${userId}` } },
      );
    };
    const firstPerson = '1300000000000000101';
    const secondPerson = '1300000000000000102';
    for (let i = 0; i < 2; i++)
      expect(visibleText((await post(one.url, menu(firstPerson))).body.data)).toMatch(/^\*\*Search/m);
    expect(visibleText((await post(one.url, menu(firstPerson))).body.data)).toBe(en.slowDown);
    const other = await post(one.url, menu(secondPerson));
    expect(visibleText(other.body.data)).toMatch(/^\*\*Search/m);
  });

  it("counts a DM's votes per person: a second person's vote on the same answer is counted", async () => {
    const press = (userId: string) =>
      interaction(
        3,
        { component_type: 2, custom_id: 'search:vote:1:0a1b2c3d:frontex officers' },
        {
          user: { id: userId, username: `user${userId}` },
        },
      );
    const thanks = async (userId: string) => visibleText((await post(one.url, press(userId))).body.data);
    expect(await thanks('1300000000000000201')).toBe(en.voteThanks);
    expect(await thanks('1300000000000000202')).toBe(en.voteThanks);
    expect(await thanks('1300000000000000201')).toBe(en.alreadyVoted);
  });

  it('counts /search against the per-person question limit, privately told to slow down', async () => {
    const asker = { member: { ...GUILD_MEMBER, user: { id: '1300000000000000301', username: 'a' } }, guild_id: '1' };
    const someoneElse = {
      member: { ...GUILD_MEMBER, user: { id: '1300000000000000302', username: 'b' } },
      guild_id: '1',
    };
    for (let i = 0; i < 2; i++) {
      const answer = await post(one.url, interaction(2, search('frontex'), asker));
      expect(visibleText(answer.body.data)).toMatch(/^\*\*Search/m);
    }
    const over = await post(one.url, interaction(2, search('frontex'), asker));
    expect(over.body.type).toBe(4);
    expect(isPrivate(over.body.data)).toBe(true);
    expect(visibleText(over.body.data)).toBe(en.slowDown);
    const other = await post(one.url, interaction(2, search('frontex'), someoneElse));
    expect(visibleText(other.body.data)).toMatch(/^\*\*Search/m);
  });
});
