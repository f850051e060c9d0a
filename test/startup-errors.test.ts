/**
 * Start-up that explains itself: a token Discord rejects, a token that cannot be one, Discord out
 * of reach. Each is one line saying what to check, in the reader's language, never a stack trace:
 * the bot (startBot, as `npm start` runs it) and deploy-commands, in process against the fake
 * Discord on 127.0.0.1.
 */
import { createServer, type AddressInfo } from 'node:net';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PermissionFlagsBits, REST } from 'discord.js';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../src/config.ts';
import { deployCommands } from '../src/discord/deploy.ts';
import { startBot } from '../src/discord/start.ts';
import { startupLine, terminalLocale } from '../src/discord/startup.ts';
import { loadCommands } from '../src/framework/registry.ts';
import { cs } from '../src/i18n/packs/cs.ts';
import { en } from '../src/i18n/packs/en.ts';
import { createLogger } from '../src/logger.ts';
import { startFakeDiscord, type FakeDiscord } from './fake-discord/index.ts';
import { INVITE_PERMISSIONS } from '../src/discord/permissions.ts';
import { readFileSync } from 'node:fs';
import { SEEDS_DIR } from './support/bot.ts';

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await startFakeDiscord();
});
afterAll(async () => {
  await fake.close();
});

/** A well-formed token Discord has never issued. */
const UNKNOWN_TOKEN = `${Buffer.from('1300000000000000001').toString('base64url')}.abcdef.${'x'.repeat(27)}`;

async function startFailure(env: Record<string, string>): Promise<unknown> {
  const config = readConfig({
    SEEDS_DIR,
    DATA_DIR: await mkdtemp(join(tmpdir(), 'liaison-startup-')),
    LOG_LEVEL: 'silent',
    DISCORD_API_URL: fake.apiBase,
    DISCORD_TOKEN: fake.token,
    ...env,
  });
  return startBot(config, createLogger('silent')).then(
    (running) => running.stop().then(() => new Error('the bot started')),
    (error: unknown) => error,
  );
}

/** A port on 127.0.0.1 where nothing listens. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const expectOneLine = (line: string | undefined) => {
  expect(line).toBeDefined();
  expect(line).not.toContain('\n');
  expect(line).not.toMatch(/Error\b|node:internal|\.ts:\d+/);
};

describe.each([
  ['en', en],
  ['cs', cs],
] as const)('start-up failures in %s', (locale, words) => {
  it('a token Discord rejects (401) is one line naming DISCORD_TOKEN', async () => {
    fake.failNext({ method: 'GET', route: '/gateway/bot' }, 401, { message: '401: Unauthorized', code: 0 });
    const line = startupLine(await startFailure({}), locale);
    expectOneLine(line);
    expect(line).toBe(words.startup.tokenRejected);
    expect(line).toContain('DISCORD_TOKEN');
  });

  it('a token the gateway refuses is the same line', async () => {
    const line = startupLine(await startFailure({ DISCORD_TOKEN: UNKNOWN_TOKEN }), locale);
    expect(line).toBe(words.startup.tokenRejected);
  });

  it('a malformed token is refused before anything connects, in one line', () => {
    let error: unknown;
    try {
      readConfig({ DISCORD_TOKEN: 'paste-your-token-here' });
    } catch (thrown) {
      error = thrown;
    }
    const line = startupLine(error, locale);
    expectOneLine(line);
    expect(line).toBe(words.startup.tokenMalformed);
  });

  it('Discord out of reach is one line naming the address tried', async () => {
    const api = `http://127.0.0.1:${await closedPort()}/api`;
    const line = startupLine(await startFailure({ DISCORD_API_URL: api }), locale, api);
    expectOneLine(line);
    expect(line).toBe(words.startup.unreachable(api));
  });

  it('deploy-commands: a rejected token and Discord out of reach, one line each', async () => {
    const registry = await loadCommands();
    fake.failNext({ method: 'PUT' }, 401, { message: '401: Unauthorized', code: 0 });
    const rejected = await deployCommands(
      new REST({ api: fake.apiBase }).setToken(UNKNOWN_TOKEN),
      fake.applicationId,
      registry,
    ).catch((error: unknown) => error);
    expect(startupLine(rejected, locale)).toBe(words.startup.tokenRejected);
    const api = `http://127.0.0.1:${await closedPort()}/api`;
    const unreachable = await deployCommands(
      new REST({ api, retries: 0 }).setToken(fake.token),
      fake.applicationId,
      registry,
    ).catch((error: unknown) => error);
    expect(startupLine(unreachable, locale, api)).toBe(words.startup.unreachable(api));
  });
});

describe('the language of a start-up line', () => {
  it('follows --locale, else the terminal (LANG), else English', () => {
    expect(terminalLocale('de', { LANG: 'cs_CZ.UTF-8' })).toBe('de');
    expect(terminalLocale(undefined, { LANG: 'cs_CZ.UTF-8' })).toBe('cs');
    expect(terminalLocale(undefined, { LANG: 'fr_FR.UTF-8' })).toBe('en');
    expect(terminalLocale(undefined, {})).toBe('en');
  });

  it('leaves a failure it does not know to the caller', () => {
    expect(startupLine(new Error('disk full'), 'en')).toBeUndefined();
  });
});

describe('a scheduled channel where the bot may not post', () => {
  it.each([
    ['en', en, 'en_GB.UTF-8'],
    ['cs', cs, 'cs_CZ.UTF-8'],
  ] as const)('is named at start-up in one line with what it lacks (%s)', async (_locale, words, lang) => {
    // Members (and so the bot) may only view channels: no Send Messages, no Embed Links.
    const readOnly = await startFakeDiscord({
      everyonePermissions: PermissionFlagsBits.ViewChannel | PermissionFlagsBits.UseApplicationCommands,
    });
    const config = readConfig({
      SEEDS_DIR,
      DATA_DIR: await mkdtemp(join(tmpdir(), 'liaison-startup-')),
      LOG_LEVEL: 'silent',
      DISCORD_API_URL: readOnly.apiBase,
      DISCORD_TOKEN: readOnly.token,
    });
    const first = await startBot(config, createLogger('silent'));
    const store = await first.app.moderation.store();
    const now = new Date();
    await store.schedules.save({
      channelId: readOnly.channels.main,
      every: 'daily',
      at: '08:00',
      locale: 'en',
      createdAt: now,
      lastSlot: now,
    });
    await first.stop();

    const lines: string[] = [];
    const logger = pino({ level: 'warn' }, { write: (line: string) => void lines.push(line) });
    const before = process.env.LANG;
    process.env.LANG = lang;
    try {
      const second = await startBot(config, logger);
      await second.stop();
    } finally {
      process.env.LANG = before;
      await readOnly.close();
    }
    const warnings = lines.map((line) => JSON.parse(line) as { msg: string });
    expect(warnings.map((w) => w.msg)).toContain(
      words.startup.missingPermissions('#general', 'SendMessages, EmbedLinks'),
    );
  });
});

describe('what the README tells an admin', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const example = readFileSync(new URL('../.env.example', import.meta.url), 'utf8');

  it('gives the invite link with the permissions the bot checks, as computed from PermissionFlagsBits', () => {
    expect(readme).toContain(`permissions=${INVITE_PERMISSIONS}`);
    for (const name of [
      'View Channel',
      'Send Messages',
      'Embed Links',
      'Create Public Threads',
      'Send Messages in Threads',
    ])
      expect(readme.replace(/\s+/g, ' ')).toContain(name);
  });

  it('.env.example lists every variable of the configuration table', () => {
    const table = [...readme.matchAll(/^\| `([A-Z][A-Z0-9_]+)` /gm)].map((match) => match[1]!);
    expect(table.length).toBeGreaterThan(15);
    const listed = new Set([...example.matchAll(/^([A-Z][A-Z0-9_]+)=/gm)].map((match) => match[1]!));
    expect(table.filter((name) => !listed.has(name))).toEqual([]);
  });
});
