/**
 * The scenario on Discord, end to end: a moderator follows two feeds, the bot checks them,
 * and the next scheduled digest (in the moderator's time zone, in a new thread, pinging their role)
 * lists what the feeds published, once; a digest also goes to a forum as a post. The real discord.js
 * client against the fake Discord, whose request bodies are checked against Discord's OpenAPI file.
 */
import { visibleText } from './support/visible-text.ts';
import { ApplicationCommandOptionType } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articlePage, FeedServer, type FeedEntry } from './support/feed-server.ts';
import { channel, command, description, withBot, type Body } from './support/moderation-world.ts';

const TEAM_ROLE = '246813579024681357';
const role = (id: string) => ({ type: ApplicationCommandOptionType.Role, value: id });

const ministry: FeedEntry[] = [
  {
    id: 'mv-1',
    title: 'Czech and Austrian police open a joint patrol centre',
    path: '/mv/1',
    date: '2026-02-08T09:00:00Z',
    categories: ['Police cooperation'],
  },
  {
    id: 'mv-2',
    title: 'Ministry publishes its report on irregular migration',
    path: '/mv/2',
    date: '2026-02-09T09:00:00Z',
  },
];
const agency: FeedEntry[] = [
  {
    id: 'urn:a:1',
    title: 'Slovakia extends temporary border controls with Hungary',
    path: '/a/1',
    date: '2026-02-09T12:00:00Z',
  },
];

describe('following feeds into a scheduled digest', () => {
  let server: FeedServer;
  beforeAll(async () => {
    server = await FeedServer.start();
    server.rss('/mv/feed.xml', 'Ministry of the Interior', () => ministry);
    server.atom('/a/atom.xml', 'Agency', () => agency);
    for (const entry of [...ministry, ...agency]) {
      server.html(entry.path, () =>
        articlePage(entry.title, [
          `${entry.title}, the authorities announced after talks between the police forces of both countries.`,
        ]),
      );
    }
  });
  afterAll(() => server.close());
  const s = withBot(undefined, { env: { SOURCES_ALLOW_PRIVATE: 'true', SOURCES_HOST_SPACING_MS: '0' } });

  it('follows two feeds and checks them, answering privately', async () => {
    const follow = await command(s.t, 'sources', 'follow', { url: server.url('/mv/feed.xml'), country: 'Czechia' });
    expect(description(follow)).toContain('Following **Ministry of the Interior** (feed)');
    await command(s.t, 'sources', 'follow', { url: server.url('/a/atom.xml') });
    const check = await command(s.t, 'sources', 'check');
    expect(check.flags & 64).toBe(64);
    expect(description(check)).toContain('**Agency**: 1 new item');
    expect(description(check)).toContain('**Ministry of the Interior**: 2 new items');
    const list = await command(s.t, 'sources', 'list');
    expect(description(list)).toMatch(/2 items · last success <t:\d+:R>/);
  });

  it('posts the next digest at 09:30 Prague time in a new thread, pinging the role alone, with the items once', async () => {
    const main = s.w.fake.channels.main;
    const answer = await command(s.t, 'digest', 'schedule', {
      channel: channel(main),
      every: 'daily',
      at: '09:30',
      time_zone: 'Europe/Prague',
      thread: true,
      role: role(TEAM_ROLE),
    });
    const slot = Date.parse('2026-02-10T08:30:00Z') / 1000; // 09:30 in Prague is 08:30 UTC in winter
    expect(description(answer)).toBe(
      `A digest of what is new will go to a new thread of <#${main}>, pinging <@&${TEAM_ROLE}> every day at 09:30 Europe/Prague. Next: <t:${slot}:F>.`,
    );

    const preview = await command(s.t, 'digest', 'preview', { channel: channel(main) });
    expect(visibleText(preview)).toContain(
      `The schedule posts this to a new thread of <#${main}>, pinging <@&${TEAM_ROLE}>`,
    );
    expect(preview.allowed_mentions).toEqual({ parse: [] });

    const { scheduler } = s.t.app.moderation;
    expect(await scheduler.tick(new Date('2026-02-10T08:29:00Z'))).toEqual([]);
    const [fired] = await scheduler.tick(new Date('2026-02-10T08:31:00Z'));
    expect(fired).toMatchObject({ channelId: main });

    const starter = s.w.fake.messages.find(
      (m) => m.channel_id === main && !m.webhook_id && m.content.includes(`<@&${TEAM_ROLE}>`),
    )!;
    const starterRequest = s.w.fake.requests.find(
      (r) =>
        r.method === 'POST' && r.route === `/channels/${main}/messages` && (r.body as Body).content?.includes('Digest'),
    )!;
    expect((starterRequest.body as Body).allowed_mentions).toEqual({ parse: [], roles: [TEAM_ROLE] });
    expect(
      s.w.fake.requests.some(
        (r) => r.method === 'POST' && r.route === `/channels/${main}/messages/${starter.id}/threads`,
      ),
    ).toBe(true);
    const inThread = JSON.stringify(s.w.fake.messages.filter((m) => m.channel_id === starter.id).map(visibleText));
    for (const path of ['/mv/1', '/mv/2', '/a/1']) expect(inThread.split(server.url(path)).length - 1).toBe(1);

    // The next day: nothing new from the feeds, nothing posted.
    const threadsBefore = s.w.fake.threads.size;
    await scheduler.tick(new Date('2026-02-11T08:31:00Z'));
    expect(s.w.fake.threads.size).toBe(threadsBefore);
  });

  it('posts a digest to a forum as a new post', async () => {
    const forum = s.w.fake.channels.forum;
    const answer = await command(s.t, 'digest', 'post', { channel: channel(forum), role: role(TEAM_ROLE) });
    expect(description(answer)).toContain(`Posted`);
    const created = s.w.fake.requests.find((r) => r.method === 'POST' && r.route === `/channels/${forum}/threads`)!;
    expect((created.body as Body).message.allowed_mentions).toEqual({ parse: [], roles: [TEAM_ROLE] });
    const post = [...s.w.fake.threads.values()].find((thread) => thread.parent_id === forum)!;
    expect(JSON.stringify(s.w.fake.messages.filter((m) => m.channel_id === post.id).map(visibleText))).toContain(
      server.url('/a/1'),
    );
  });
});
