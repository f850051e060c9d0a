/**
 * Following sources against a local HTTP server on 127.0.0.1 with Node's real fetch: feeds and
 * pages that change between checks, 304 to conditional requests, and sites that fail in every way.
 * Driven through the terminal commands (`sources follow|list|check|unfollow`), as a moderator would.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { parseArgs } from '../src/cli/args.ts';
import { answer } from '../src/cli/terminal.ts';
import { readConfig } from '../src/config.ts';
import type { Reply } from '../src/answers/reply.ts';
import { createLogger } from '../src/logger.ts';
import { articlePage, FeedServer, type FeedEntry } from './support/feed-server.ts';
import { seedsFolder, tempDir, type SeedsFolder } from './support/seed-fixtures.ts';

const NOW = new Date('2026-12-03T10:00:00Z');

interface World {
  server: FeedServer;
  seeds: SeedsFolder;
  data: string;
  app: App;
  clock: { now: Date };
}

async function world(env: Record<string, string> = {}): Promise<World> {
  const server = await FeedServer.start();
  const seeds = seedsFolder();
  const data = tempDir('sources');
  const clock = { now: NOW };
  const config = readConfig({
    SEEDS_DIR: seeds.dir,
    DATA_DIR: data,
    LOG_LEVEL: 'silent',
    SOURCES_ALLOW_PRIVATE: 'true',
    SOURCES_TIMEOUT_MS: '1500',
    SOURCES_MAX_BYTES: String(64 * 1024),
    SOURCES_HOST_SPACING_MS: '0',
    ...env,
  });
  const app = await createApp(config, { logger: createLogger('silent'), clock: () => clock.now });
  return { server, seeds, data, app, clock };
}

async function close(w: World): Promise<void> {
  await w.app.moderation.stop();
  await w.server.close();
  w.seeds.remove();
}

const ask = (w: World, ...argv: string[]): Promise<string> => answer(w.app, parseArgs(w.app.registry, argv), 'en');
const sourceFiles = (w: World): string[] =>
  existsSync(join(w.data, 'sources'))
    ? readdirSync(join(w.data, 'sources'), { recursive: true })
        .map(String)
        .filter((f) => f.endsWith('.md'))
    : [];
const sourceDocuments = (w: World) => w.app.kb.documents.filter((d) => d.file.startsWith('sources/'));

function entry(n: number, title: string, day: string, categories?: string[]): FeedEntry {
  return { id: `urn:item:${n}`, title, path: `/items/${n}`, date: `${day}T09:00:00Z`, categories };
}

/** Item pages with enough text to be documents, in English and Czech. */
function servePages(server: FeedServer, entries: readonly FeedEntry[]): void {
  for (const item of entries) {
    server.html(item.path, () =>
      articlePage(item.title, [
        `${item.title}: the ministry announced it on ${item.date.slice(0, 10)} after talks with the police of the neighbouring countries.`,
        'Policie obou zemí budou spolupracovat při společných hlídkách a výměně informací o přeshraniční trestné činnosti.',
      ]),
    );
  }
}

describe('following feeds', () => {
  let w: World;
  const ministry: FeedEntry[] = [
    entry(1, 'Czech and Austrian police open a joint patrol centre', '2026-12-01', ['Police cooperation']),
    entry(2, 'Ministry publishes its report on irregular migration', '2026-12-02', ['Irregular migration']),
  ];
  const agency: FeedEntry[] = [entry(3, 'Slovakia extends temporary border controls with Hungary', '2026-12-02')];

  beforeAll(async () => {
    w = await world();
    w.server.rss('/ministry/feed.xml', 'Ministry of the Interior', () => ministry);
    w.server.atom('/agency/atom.xml', 'Agency developments', () => agency);
    w.server.html(
      '/agency/',
      () =>
        `<html><head><title>Agency</title><link rel="alternate" type="application/atom+xml" href="/agency/atom.xml"></head><body><p>News of the agency</p></body></html>`,
    );
    servePages(w.server, [
      ...ministry,
      ...agency,
      entry(4, 'Poland and Czechia agree on faster readmission', '2026-12-03'),
    ]);
  });
  afterAll(() => close(w));

  it('follows an RSS feed, and a page through the Atom feed it links', async () => {
    expect(
      await ask(w, 'sources', 'follow', '--url', w.server.url('/ministry/feed.xml'), '--country', 'Czechia'),
    ).toContain('Following Ministry of the Interior (feed)');
    expect(await ask(w, 'sources', 'follow', '--url', w.server.url('/agency/'), '--name', 'Agency')).toContain(
      `<${w.server.url('/agency/atom.xml')}>`,
    );
    const list = await ask(w, 'sources', 'list');
    expect(list).toContain('Followed sources (2)');
    expect(list.match(/0 items · last success never/g)).toHaveLength(2);
    expect(w.server.requests[0]!.headers['user-agent']).toMatch(/^liaison-bot\/.*Discord bot/);
  });

  it('saves each new item as a document, indexes it, and a second check adds nothing', async () => {
    const check = await ask(w, 'sources', 'check');
    expect(check).toContain('Agency: 1 new item');
    expect(check).toContain('Ministry of the Interior: 2 new items');
    expect(sourceFiles(w)).toHaveLength(3);
    expect(
      sourceDocuments(w)
        .map((d) => d.title)
        .sort(),
    ).toEqual([...agency, ...ministry].map((e) => e.title).sort());
    const patrol = sourceDocuments(w).find((d) => d.title.startsWith('Czech and Austrian'))!;
    expect(patrol).toMatchObject({ date: '2026-12-01', country: 'Czechia', themes: ['Police cooperation'] });
    expect(patrol.sources[0]?.url).toBe(w.server.url('/items/1'));
    expect(patrol.text).not.toContain('Copyright the ministry'); // the page's chrome is left out, as for files on disk

    const again = await ask(w, 'sources', 'check');
    expect(again).toContain('Agency: nothing new');
    expect(again).toContain('Ministry of the Interior: nothing new');
    expect(sourceFiles(w)).toHaveLength(3);
    expect(sourceDocuments(w)).toHaveLength(3);
    // The second fetch was conditional, and the feed answered 304.
    expect(w.server.requestsTo('/ministry/feed.xml').at(-1)!.headers['if-none-match']).toMatch(/^"/);
  });

  it('answers search, developments and the digest preview from the new items', async () => {
    expect(await ask(w, 'search', '--query', 'joint patrol centre')).toContain(
      'Czech and Austrian police open a joint patrol centre',
    );
    expect(await ask(w, 'search', '--query', 'spolecnych hlidkach')).toContain('sources/');
    const developments = await ask(w, 'developments', '--since', '2026-12-01');
    expect(developments).toContain('3 developments');
    expect(developments).toContain('Slovakia extends temporary border controls with Hungary');
    const preview = await ask(w, 'digest', 'preview', '--country', 'Czechia');
    expect(preview).toContain(w.server.url('/items/1'));
    expect(preview).not.toContain(w.server.url('/items/3'));
  });

  it('puts what a check added in the next digest, once', async () => {
    const digests = w.app.moderation.digests;
    const sent: string[] = [];
    const send = {
      post: async (_channel: string, reply: Reply) => {
        sent.push(...reply.cards.map((card) => card.description ?? ''));
        return `1000000000000000${String(sent.length).padStart(3, '0')}`;
      },
      findPosted: async () => undefined,
    };
    const channel = '123456789012345678';
    await digests.post(channel, { now: w.clock.now }, send, { locale: 'en', trigger: 'command' });
    expect(
      sent
        .join('\n')
        .match(/\/items\/[123]\)/g)
        ?.sort(),
    ).toEqual(['/items/1)', '/items/2)', '/items/3)']);

    ministry.push(entry(4, 'Poland and Czechia agree on faster readmission', '2026-12-03'));
    expect(await ask(w, 'sources', 'check', '--source', 'Ministry of the Interior')).toContain(
      'Ministry of the Interior: 1 new item',
    );
    sent.length = 0;
    await digests.post(channel, { now: w.clock.now }, send, { locale: 'en', trigger: 'command' });
    expect(sent.join('\n').match(/\/items\/\d\)/g)).toEqual(['/items/4)']);
    sent.length = 0;
    expect(
      (await digests.post(channel, { now: w.clock.now }, send, { locale: 'en', trigger: 'command' })).messageIds,
    ).toEqual([]);
  });

  it('unfollows, keeping what was saved; an unknown name is a clear error', async () => {
    expect(await ask(w, 'sources', 'unfollow', '--source', 'agency')).toContain('No longer following Agency');
    expect(await ask(w, 'sources', 'list')).not.toContain('Agency');
    expect(sourceDocuments(w).some((d) => d.title.startsWith('Slovakia extends'))).toBe(true);
    await expect(ask(w, 'sources', 'unfollow', '--source', 'Nope')).rejects.toThrow('No source is called **Nope**');
    await expect(ask(w, 'sources', 'check', '--source', 'Nope')).rejects.toThrow('No source is called **Nope**');
  });

  it('in Czech too', async () => {
    const list = await answer(w.app, parseArgs(w.app.registry, ['sources', 'list']), 'cs');
    expect(list).toContain('Sledované zdroje (1)');
    expect(list).toContain('3 položky');
  });
});

describe('a page watched for changes', () => {
  let w: World;
  let text =
    'The border police of Czechia publish their weekly situation report on irregular crossings here every Monday.';
  beforeAll(async () => {
    w = await world();
    w.server.html('/report', () => articlePage('Weekly situation report', [text]));
  });
  afterAll(() => close(w));

  it('saves the page when its main content changes, and only then', async () => {
    expect(await ask(w, 'sources', 'follow', '--url', w.server.url('/report'), '--name', 'Report')).toContain(
      'page watched for changes',
    );
    expect(await ask(w, 'sources', 'check')).toContain('Report: 1 new item');
    expect(await ask(w, 'sources', 'check')).toContain('Report: nothing new');
    text = 'The border police of Czechia report 42 irregular crossings this week, fewer than the week before.';
    expect(await ask(w, 'sources', 'check')).toContain('Report: 1 new item');
    expect(
      sourceDocuments(w)
        .map((d) => d.text)
        .join('\n'),
    ).toContain('42 irregular crossings');
  });
});

const hang = (_request: IncomingMessage, response: ServerResponse) => {
  response.writeHead(200, { 'content-type': 'application/rss+xml' });
  response.write('<?xml version="1.0"?><rss version="2.0"><channel>');
};

const endless = (_request: IncomingMessage, response: ServerResponse) => {
  response.writeHead(200, { 'content-type': 'application/rss+xml' });
  const chunk = `<!-- ${'x'.repeat(8 * 1024)} -->`;
  const write = () => {
    while (response.write(chunk)) if (response.writableLength > 1024 * 1024) break;
  };
  response.on('drain', write);
  write();
};

describe('sources that fail', () => {
  let w: World;
  const names = ['Healthy', 'Error', 'Stall', 'Huge', 'Loop', 'Garbled', 'Bad item'];
  beforeAll(async () => {
    w = await world();
    const good = [entry(10, 'Austria extends its border controls with Slovenia', '2026-12-02')];
    servePages(w.server, good);
    for (const name of names)
      w.server.rss(`/${name.replace(' ', '-')}.xml`, name, () => good.map((e) => ({ ...e, id: `${name}:${e.id}` })));
    for (const name of names)
      await ask(w, 'sources', 'follow', '--url', w.server.url(`/${name.replace(' ', '-')}.xml`), '--name', name);
    // Now each but the first breaks in its own way.
    w.server.routes.set('/Error.xml', (_q, response) => void response.writeHead(500).end('oops'));
    w.server.routes.set('/Stall.xml', hang);
    w.server.routes.set('/Huge.xml', endless);
    w.server.routes.set('/Loop.xml', (_q, response) => void response.writeHead(302, { location: '/Loop2.xml' }).end());
    w.server.routes.set('/Loop2.xml', (_q, response) => void response.writeHead(302, { location: '/Loop.xml' }).end());
    w.server.routes.set(
      '/Garbled.xml',
      (_q, response) =>
        void response
          .writeHead(200, { 'content-type': 'application/rss+xml' })
          .end('<rss version="2.0"><channel><item><title>cut'),
    );
    const broken = [...good, entry(11, 'An item whose page fails', '2026-12-03')];
    w.server.rss('/Bad-item.xml', 'Bad item', () => broken);
    w.server.routes.set('/items/11', (_q, response) => void response.writeHead(500).end());
  });
  afterAll(() => close(w));

  it('reports each failure on its own source, and saves nothing of a failed one', async () => {
    const check = await ask(w, 'sources', 'check');
    expect(check).toContain('Healthy: 1 new item');
    expect(check).toContain('Error: The site answered with an error (HTTP 500).');
    expect(check).toContain('Stall: The site did not answer in time');
    expect(check).toContain('Huge: The answer was too large (more than 64 KiB).');
    expect(check).toContain('Loop: Too many redirects (more than 3 redirects).');
    expect(check).toContain('Garbled: The feed is broken');
    expect(check).toContain('Bad item: The site answered with an error (HTTP 500).');
    expect(sourceFiles(w)).toHaveLength(1); // Bad item's first item, whose page was fine, was not kept either
    expect(sourceDocuments(w).map((d) => d.title)).toEqual(['Austria extends its border controls with Slovenia']);

    const list = await ask(w, 'sources', 'list');
    expect(list.match(/Last error:/g)).toHaveLength(6);
  });

  it('backs a failing source off, and checks it again when it is due', async () => {
    const sources = w.app.moderation.sources;
    const error = (await sources.find('Error'))!;
    const healthy = (await sources.find('Healthy'))!;
    expect(error.failures).toBe(1);
    expect(error.nextCheckAt.getTime() - error.lastCheckedAt!.getTime()).toBe(2 * 60 * 60 * 1000);
    expect(healthy.nextCheckAt.getTime() - healthy.lastCheckedAt!.getTime()).toBe(60 * 60 * 1000);
    w.clock.now = new Date(NOW.getTime() + 61 * 60 * 1000);
    w.server.routes.delete('/items/11');
    servePages(w.server, [entry(11, 'An item whose page fails', '2026-12-03')]);
    const due = await sources.checkDue();
    expect(due.map((outcome) => outcome.source.name)).toEqual(['Healthy']);
    w.clock.now = new Date(NOW.getTime() + 121 * 60 * 1000);
    const later = await sources.checkDue();
    expect(later.find((outcome) => outcome.source.name === 'Bad item')?.added).toHaveLength(2);
    expect((await sources.find('Error'))!.failures).toBe(2);
  });
});

describe('addresses that are not public', () => {
  let w: World;
  beforeAll(async () => {
    w = await world({ SOURCES_ALLOW_PRIVATE: 'false' });
    w.server.rss('/feed.xml', 'Local', () => []);
  });
  afterAll(() => close(w));

  it('refuses loopback, by address or by name, other schemes, and sends nothing', async () => {
    await expect(ask(w, 'sources', 'follow', '--url', w.server.url('/feed.xml'))).rejects.toThrow(
      'Refused: `127.0.0.1` is a private, local or metadata address.',
    );
    await expect(
      ask(w, 'sources', 'follow', '--url', w.server.url('/feed.xml').replace('127.0.0.1', 'localhost')),
    ).rejects.toThrow(/Refused: `localhost \((127\.0\.0\.1|::1)\)`/);
    await expect(ask(w, 'sources', 'follow', '--url', 'http://169.254.169.254/latest/meta-data/')).rejects.toThrow(
      'Refused',
    );
    await expect(ask(w, 'sources', 'follow', '--url', 'http://[::ffff:10.0.0.1]/feed')).rejects.toThrow('Refused');
    // IPv4-compatible IPv6 (the last 32 bits an IPv4 address): judged as that IPv4 address.
    const port = new URL(w.server.url('/feed.xml')).port;
    for (const url of [
      'http://[::a9fe:a9fe]/latest/meta-data/',
      'http://[::169.254.169.254]/latest/meta-data/',
      `http://[::127.0.0.1]:${port}/feed.xml`,
      'http://[0:0:0:0:0:0:a00:1]/feed',
      'http://[::ffff:a9fe:a9fe]/latest/meta-data/',
    ])
      await expect(ask(w, 'sources', 'follow', '--url', url), url).rejects.toThrow('Refused');
    await expect(ask(w, 'sources', 'follow', '--url', 'file:///etc/passwd')).rejects.toThrow(
      'Only http and https addresses can be followed (file)',
    );
    expect(w.server.requests).toEqual([]);
  });
});
