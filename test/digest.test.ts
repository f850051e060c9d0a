/** Digests without Discord: what goes in, how it is split, the ledger, the scheduler, re-indexing. */
import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { parseFile } from '../src/corpus/load.ts';
import { buildDigest, periodStart } from '../src/digest/build.ts';
import { digestLine, digestMessages } from '../src/digest/render.ts';
import { cronPattern, DigestScheduler, dueSlot } from '../src/digest/scheduler.ts';
import { digestText } from '../src/digest/text.ts';
import { DigestNotSent, DigestService, type PostPort } from '../src/digest/service.ts';
import { KnowledgeBase } from '../src/knowledge/knowledge-base.ts';
import { createLogger } from '../src/logger.ts';
import { toDiscordMessage } from '../src/render/discord.ts';
import { discordRuleViolations } from './support/discord-spec.ts';
import { visibleLines } from './support/visible-text.ts';
import { Store, type Schedule } from '../src/store/store.ts';
import { developmentText, tempDir, type DevelopmentSpec } from './support/seed-fixtures.ts';

const NOW = new Date('2026-02-10T08:00:00Z');
const CHANNEL = '111111111111111111';
const logger = createLogger('silent');

const SPECS: DevelopmentSpec[] = [
  { title: 'Austria extends checks at the Slovak border', date: '2026-02-08', country: 'Austria' },
  {
    title: 'Czechia and Poland open a joint patrol centre',
    date: '2026-02-03',
    country: 'Czechia',
    theme: 'Police cooperation',
  },
  { title: 'Austria adopts a new asylum reception law', date: '2026-01-20', country: 'Austria' },
  { title: 'Czechia signs a readmission protocol', date: '2025-12-01', country: 'Czechia' },
];

async function knowledge(specs: readonly DevelopmentSpec[], prefix = 'dev'): Promise<KnowledgeBase> {
  const files = specs.map((spec, i) =>
    parseFile(`${prefix}-${i}.txt`, new TextEncoder().encode(developmentText(spec))),
  );
  return new KnowledgeBase(await Promise.all(files));
}

/** Many long developments over three countries, to force several messages. */
const MANY: DevelopmentSpec[] = Array.from({ length: 60 }, (_, i) => ({
  title: `Measure number ${i + 1} on border management and police cooperation`,
  date: `2026-01-${String(12 + (i % 17)).padStart(2, '0')}`,
  country: ['Austria', 'Czechia', 'Slovakia'][i % 3]!,
  body: `Measure ${i + 1} was announced by the ministry after long consultations with regional police directorates and border guards. It changes how joint patrols are planned, how information is exchanged across the border, and how returns are organised in practice.`,
}));

const dirs: string[] = [];
const stores: Store[] = [];
async function openStore(dir = tempDir('digest')): Promise<Store> {
  dirs.push(dir);
  const store = await Store.open({ DATA_DIR: dir });
  stores.push(store);
  return store;
}
afterEach(async () => {
  await Promise.all(stores.splice(0).map((store) => store.close()));
  dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

function service(kb: KnowledgeBase, store: Store, clock?: () => Date): DigestService {
  return new DigestService({ kb: () => kb, store: async () => store, windowDays: 30, logger, clock });
}

/**
 * A post port that records what it sends, optionally failing at the `failAt`-th message it is given
 * (0-based) with `status`; like Discord, a nonce sent again returns the message it created.
 */
function recorder(failAt?: number, status = 403) {
  const sent: { channelId: string; cards: number; nonce: string; id: string; footer?: string }[] = [];
  let next = 1;
  let given = 0;
  const port: PostPort = {
    async post(channelId, reply, nonce) {
      if (given++ === failAt) throw Object.assign(new Error('refused'), { status });
      const earlier = sent.find((message) => message.nonce === nonce);
      if (earlier) return earlier.id;
      const id = String(900000000000000000 + next++);
      sent.push({ channelId, cards: reply.cards.length, nonce, id, footer: reply.cards.at(-1)?.footer });
      return id;
    },
    async findPosted(channelId, footer) {
      return sent.find((message) => message.channelId === channelId && message.footer === footer)?.id;
    },
  };
  return { sent, send: port };
}

describe('what a digest contains', () => {
  it("covers the default window on a channel's first digest, newest first", async () => {
    const digest = buildDigest(await knowledge(SPECS), { now: NOW }, 30);
    expect(digest.period).toEqual({ start: '2026-01-11', end: '2026-02-10' });
    expect(digest.items.map((d) => d.date)).toEqual(['2026-02-08', '2026-02-03', '2026-01-20']);
  });

  it('starts at since when given, and filters by country and topic', async () => {
    const kb = await knowledge(SPECS);
    expect(buildDigest(kb, { now: NOW, since: '2025-01-01' }, 30).items).toHaveLength(4);
    expect(buildDigest(kb, { now: NOW, since: '2025-01-01', country: 'Czechia' }, 30).items.map((d) => d.date)).toEqual(
      ['2026-02-03', '2025-12-01'],
    );
    expect(buildDigest(kb, { now: NOW, topic: 'police coop' }, 30).items.map((d) => d.country)).toEqual(['Czechia']);
  });

  it('leaves out what the channel already had, and counts it', async () => {
    const kb = await knowledge(SPECS);
    const posted = new Set([kb.documents[0]!.id]);
    const digest = buildDigest(kb, { now: NOW }, 30, { posted, lastPeriodEnd: '2026-02-09' });
    expect(digest.items).toHaveLength(2);
    expect(digest.alreadyPosted).toBe(1);
  });

  it('reaches back to the last digest when that is older than the window', () => {
    expect(periodStart({ now: NOW }, 30, '2025-11-30')).toBe('2025-11-30');
    expect(periodStart({ now: NOW }, 30, '2026-02-03')).toBe('2026-01-11');
    expect(periodStart({ now: NOW, since: '2026-02-01' }, 30, '2025-11-30')).toBe('2026-02-01');
  });
});

describe('digest messages', () => {
  it('groups by country, one line per development with date, summary and source link', async () => {
    const digest = buildDigest(await knowledge(SPECS), { now: NOW }, 30);
    const [message, ...rest] = digestMessages(digest, 'en');
    expect(rest).toEqual([]);
    expect(message!.cards.map((c) => c.title)).toEqual(['Austria', 'Czechia']);
    expect(message!.cards[0]!.description!.split('\n')[0]).toMatch(
      /^\*\*2026-02-08\*\* — \*\*.+\*\* — On 2026-02-08 the ministry .+ — \[source\]\(https:\/\/example\.org\/news\/.+\)$/,
    );
    expect(message!.cards.at(-1)!.footer).toBe('Period 2026-01-11 – 2026-02-10 · 3 developments');
    expect(digestMessages(digest, 'cs')[0]!.cards.at(-1)!.footer).toBe('Období 2026-01-11 – 2026-02-10 · 3 novinky');
  });

  it('splits a long digest into messages within 40 components and 4,000 characters, losing nothing', async () => {
    const digest = buildDigest(await knowledge(MANY), { now: NOW }, 30);
    const messages = digestMessages(digest, 'en');
    expect(messages.length).toBeGreaterThan(2);
    const lines: string[] = [];
    messages.forEach((message, i) => {
      const payload = toDiscordMessage(message);
      expect(discordRuleViolations('POST', '/channels/1/messages', payload)).toEqual([]);
      const seen = visibleLines(payload);
      expect(seen.at(-1)).toBe(
        `-# Period 2026-01-11 – 2026-02-10 · 60 developments · part ${i + 1}/${messages.length}`,
      );
      lines.push(...seen.filter((line) => /^\*\*\d{4}-\d{2}-\d{2}\*\* — /.test(line)));
    });
    expect(lines).toHaveLength(60);
    expect(new Set(lines)).toEqual(new Set(digest.items.map((item) => digestLine(item, digestText('en')))));
  });
});

describe('posting and the ledger', () => {
  it('posts once; the next post to the channel, and after a restart, repeats nothing', async () => {
    const kb = await knowledge(SPECS);
    const dir = tempDir('digest');
    const first = recorder();
    const outcome = await service(kb, await openStore(dir)).post(CHANNEL, { now: NOW }, first.send, {
      locale: 'en',
      trigger: 'command',
    });
    expect(outcome.messageIds).toHaveLength(1);
    expect(outcome.digest.items).toHaveLength(3);
    const again = await service(kb, stores[0]!).post(CHANNEL, { now: NOW }, first.send, {
      locale: 'en',
      trigger: 'command',
    });
    expect(again.messageIds).toEqual([]);
    expect(first.sent).toHaveLength(1);

    await stores.pop()!.close();
    const restarted = service(kb, await openStore(dir));
    const afterRestart = await restarted.post(CHANNEL, { now: new Date('2026-02-12T08:00:00Z') }, first.send, {
      locale: 'en',
      trigger: 'command',
    });
    expect(afterRestart.messageIds).toEqual([]);
    expect(afterRestart.digest.alreadyPosted).toBe(3);
    // Another channel starts from scratch.
    const other = await restarted.post('222222222222222222', { now: NOW }, first.send, {
      locale: 'en',
      trigger: 'command',
    });
    expect(other.digest.items).toHaveLength(3);
  });

  it('posts only the new development once one is added', async () => {
    const store = await openStore();
    const { send } = recorder();
    await service(await knowledge(SPECS), store).post(CHANNEL, { now: NOW }, send, {
      locale: 'en',
      trigger: 'command',
    });
    const grown = await knowledge([
      ...SPECS,
      { title: 'Slovakia deploys officers to Hungary', date: '2026-02-09', country: 'Slovakia' },
    ]);
    const next = await service(grown, store).post(CHANNEL, { now: NOW }, send, { locale: 'en', trigger: 'command' });
    expect(next.digest.items.map((d) => d.country)).toEqual(['Slovakia']);
  });

  it('records each message as it is sent: a failure midway keeps what went out, and the next post sends only the rest', async () => {
    const kb = await knowledge(MANY);
    const store = await openStore();
    const failing = recorder(1);
    const attempt = service(kb, store).post(CHANNEL, { now: NOW }, failing.send, { locale: 'en', trigger: 'command' });
    await expect(attempt).rejects.toBeInstanceOf(DigestNotSent);
    await expect(attempt).rejects.toMatchObject({ status: 403, sent: { messages: 1 } });
    expect(failing.sent).toHaveLength(1);
    const firstMessage = (await store.ledger.postedDocumentIds(CHANNEL)).size;
    expect(firstMessage).toBeGreaterThan(0);
    expect(firstMessage).toBeLessThan(60);
    expect((await store.ledger.lastDigest(CHANNEL))!.messageIds).toHaveLength(1);
    const retry = await service(kb, store).post(CHANNEL, { now: NOW }, recorder().send, {
      locale: 'en',
      trigger: 'command',
    });
    expect(retry.digest.items).toHaveLength(60 - firstMessage);
    expect((await store.ledger.postedDocumentIds(CHANNEL)).size).toBe(60);
    expect((await store.ledger.lastDigest(CHANNEL))!.messageIds).toEqual(retry.messageIds);
  });

  it('settles a message whose fate is unknown by sending it again with its nonce: it arrives once', async () => {
    const kb = await knowledge(MANY);
    const store = await openStore();
    const port = recorder();
    // The first message reaches Discord, but the answer is lost (a network error after it took effect).
    const post = port.send.post;
    port.send.post = async (...args) => {
      await post(...args);
      port.send.post = post;
      throw new Error('socket hang up');
    };
    await expect(
      service(kb, store).post(CHANNEL, { now: NOW }, port.send, { locale: 'en', trigger: 'command' }),
    ).rejects.toBeInstanceOf(DigestNotSent);
    expect(await store.ledger.pending(CHANNEL)).toHaveLength(1);
    const retry = await service(kb, store).post(CHANNEL, { now: NOW }, port.send, { locale: 'en', trigger: 'command' });
    expect(await store.ledger.pending(CHANNEL)).toEqual([]);
    expect((await store.ledger.postedDocumentIds(CHANNEL)).size).toBe(60);
    expect(retry.digest.items.length).toBeLessThan(60);
    expect(new Set(port.sent.map((m) => m.nonce)).size).toBe(port.sent.length);
  });

  it('settles the rest of a thread digest interrupted midway into its thread after a restart, not into the channel', async () => {
    const kb = await knowledge(MANY);
    const store = await openStore();
    const port = recorder();
    port.send.openThread = async () => 'thread-1';
    // The second message's answer is lost (the process stops before it learns the outcome).
    const post = port.send.post;
    let given = 0;
    port.send.post = async (...args) => {
      if (given++ === 1) throw new Error('socket hang up');
      return post(...args);
    };
    const options = { locale: 'en', trigger: 'command', destination: 'thread' } as const;
    await expect(service(kb, store).post(CHANNEL, { now: NOW }, port.send, options)).rejects.toBeInstanceOf(
      DigestNotSent,
    );
    port.send.post = post;
    expect(await store.ledger.pending(CHANNEL)).toEqual([]);
    expect((await store.ledger.pending()).map((message) => message.channelId)).toEqual(['thread-1']);
    await service(kb, store).settle(port.send);
    expect(await store.ledger.pending()).toEqual([]);
    expect(new Set(port.sent.map((message) => message.channelId))).toEqual(new Set(['thread-1']));
  });

  it("after Discord's nonce window, finds the message in the channel's history instead of sending it again", async () => {
    const kb = await knowledge(SPECS);
    const store = await openStore();
    const clock = { now: NOW };
    const port = recorder();
    const post = port.send.post;
    port.send.post = async (...args) => {
      await post(...args);
      throw new Error('socket hang up');
    };
    await expect(
      service(kb, store, () => clock.now).post(CHANNEL, { now: NOW }, port.send, { locale: 'en', trigger: 'command' }),
    ).rejects.toBeInstanceOf(DigestNotSent);
    port.send.post = async () => {
      throw new Error('must not be sent again');
    };
    clock.now = new Date(NOW.getTime() + 10 * 60 * 1000);
    const later = await service(kb, store, () => clock.now).post(CHANNEL, { now: clock.now }, port.send, {
      locale: 'en',
      trigger: 'command',
    });
    expect(later.messageIds).toEqual([]);
    expect(port.sent).toHaveLength(1);
    expect(port.sent[0]!.footer).toMatch(/digest #\d+$/);
    expect((await store.ledger.lastDigest(CHANNEL))!.messageIds).toEqual([port.sent[0]!.id]);
  });

  it('records nothing when the first message fails', async () => {
    const store = await openStore();
    const failing = recorder(0);
    await expect(
      service(await knowledge(MANY), store).post(CHANNEL, { now: NOW }, failing.send, {
        locale: 'en',
        trigger: 'command',
      }),
    ).rejects.toMatchObject({
      sent: { messages: 0 },
    });
    expect(await store.ledger.lastDigest(CHANNEL)).toBeUndefined();
    expect((await store.ledger.postedDocumentIds(CHANNEL)).size).toBe(0);
  });

  it('posts one digest at a time per channel: two at once never both send', async () => {
    const digests = service(await knowledge(SPECS), await openStore());
    const { send, sent } = recorder();
    const both = await Promise.all(
      [1, 2].map(() => digests.post(CHANNEL, { now: NOW }, send, { locale: 'en', trigger: 'command' })),
    );
    expect(both.map((o) => o.messageIds.length).sort()).toEqual([0, 1]);
    expect(sent).toHaveLength(1);
  });
});

describe('the scheduler', () => {
  const at = (iso: string) => new Date(iso);
  const schedule = (over: Partial<Schedule> = {}): Schedule => ({
    channelId: CHANNEL,
    every: 'daily',
    at: '09:00',
    locale: 'en',
    createdAt: NOW,
    lastSlot: NOW,
    ...over,
  });

  it('computes cron patterns and due slots in UTC', () => {
    expect(cronPattern({ every: 'daily', at: '09:05' })).toBe('5 9 * * *');
    expect(cronPattern({ every: 'weekly', at: '07:30', weekday: 5 })).toBe('30 7 * * 5');
    expect(dueSlot(schedule(), at('2026-02-10T08:59:59Z'))).toBeUndefined();
    expect(dueSlot(schedule(), at('2026-02-10T09:00:00Z'))).toEqual(at('2026-02-10T09:00:00Z'));
    expect(dueSlot(schedule(), at('2026-02-13T10:00:00Z'))).toEqual(at('2026-02-13T09:00:00Z'));
    expect(dueSlot(schedule({ lastSlot: at('2026-02-13T09:00:00Z') }), at('2026-02-13T10:00:00Z'))).toBeUndefined();
    expect(dueSlot(schedule({ every: 'weekly', weekday: 1 }), at('2026-02-15T10:00:00Z'))).toBeUndefined();
    expect(dueSlot(schedule({ every: 'weekly', weekday: 1 }), at('2026-02-16T10:00:00Z'))).toEqual(
      at('2026-02-16T09:00:00Z'),
    );
  });

  async function setup(dir = tempDir('digest'), clock = () => NOW) {
    const store = await openStore(dir);
    const kb = { current: await knowledge(SPECS) };
    const digests = new DigestService({
      kb: () => kb.current,
      store: async () => store,
      windowDays: 30,
      logger,
      clock,
    });
    const scheduler = new DigestScheduler({ store: async () => store, digests, clock, logger });
    return { store, kb, scheduler };
  }

  /** A started scheduler with a daily 09:00 schedule saved at NOW, posting through a recorder. */
  async function running(failAt?: number) {
    const world = await setup();
    const port = recorder(failAt);
    await world.scheduler.start(port.send);
    await world.scheduler.save({ channelId: CHANNEL, every: 'daily', at: '09:00', locale: 'en' });
    return { ...world, ...port };
  }

  it('fires at its slot, once, with an injected clock', async () => {
    const { scheduler, store, sent } = await running();
    expect(await scheduler.tick(at('2026-02-10T08:59:00Z'))).toEqual([]);
    const [fired] = await scheduler.tick(at('2026-02-10T09:00:30Z'));
    expect(fired).toMatchObject({ channelId: CHANNEL, slot: at('2026-02-10T09:00:00Z'), posted: 3 });
    expect(await scheduler.tick(at('2026-02-10T09:05:00Z'))).toEqual([]);
    expect(sent).toHaveLength(1);
    expect((await store.ledger.lastDigest(CHANNEL))?.trigger).toBe('schedule');
    await scheduler.stop();
  });

  it('runs a slot with nothing new without posting, and marks it handled', async () => {
    const { scheduler, store, kb, sent } = await running();
    kb.current = await knowledge([]);
    expect(await scheduler.tick(at('2026-02-10T09:01:00Z'))).toEqual([
      expect.objectContaining({ posted: 0, messageIds: [] }),
    ]);
    expect(sent).toEqual([]);
    expect((await store.schedules.get(CHANNEL))?.lastSlot).toEqual(at('2026-02-10T09:00:00Z'));
    await scheduler.stop();
  });

  it('never runs a slot twice, even when ticks overlap', async () => {
    const { scheduler, sent } = await running();
    const ticks = await Promise.all([
      scheduler.tick(at('2026-02-10T09:00:10Z')),
      scheduler.tick(at('2026-02-10T09:00:10Z')),
    ]);
    expect(ticks.flat()).toHaveLength(1);
    expect(sent).toHaveLength(1);
    await scheduler.stop();
  });

  it('runs missed slots once at start, and not again after another restart', async () => {
    const dir = tempDir('digest');
    const first = await setup(dir);
    await first.scheduler.start(recorder().send);
    await first.scheduler.save({ channelId: CHANNEL, every: 'daily', at: '09:00', locale: 'en' });
    await first.scheduler.stop();
    await stores.pop()!.close();

    // Down for three days and a bit: slots on the 10th, 11th, 12th and 13th were missed.
    const later = () => at('2026-02-13T12:00:00Z');
    const second = await setup(dir, later);
    const { send, sent } = recorder();
    const results = await second.scheduler.start(send);
    expect(results).toEqual([expect.objectContaining({ slot: at('2026-02-13T09:00:00Z'), posted: 3 })]);
    expect(sent).toHaveLength(1);
    await second.scheduler.stop();
    await stores.pop()!.close();

    const third = await setup(dir, later);
    expect(await third.scheduler.start(send)).toEqual([]);
    expect(sent).toHaveLength(1);
    await third.scheduler.stop();
  });

  it('leaves a failed slot due, and runs it at the next wake-up', async () => {
    const { scheduler, store } = await running(0);
    const [failed] = await scheduler.tick(at('2026-02-10T09:00:30Z'));
    expect(failed?.error).toMatch(/not sent/);
    expect((await store.schedules.get(CHANNEL))?.lastSlot).toEqual(NOW);
    await scheduler.stop();
    const { send, sent } = recorder();
    await scheduler.start(send);
    expect(await scheduler.tick(at('2026-02-10T10:00:00Z'))).toEqual([expect.objectContaining({ posted: 3 })]);
    expect(sent).toHaveLength(1);
    await scheduler.stop();
  });

  it('does nothing once stopped, and forgets a removed schedule', async () => {
    const { scheduler, sent } = await running();
    expect(await scheduler.remove(CHANNEL)).toBe(true);
    expect(await scheduler.tick(at('2026-02-11T09:00:00Z'))).toEqual([]);
    await scheduler.save({ channelId: CHANNEL, every: 'daily', at: '09:00', locale: 'en' });
    await scheduler.stop();
    expect(await scheduler.tick(at('2026-02-11T09:00:00Z'))).toEqual([]);
    expect(sent).toEqual([]);
  });
});
