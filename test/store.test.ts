/**
 * The state store, the same suite on SQLite and on PostgreSQL: migrations, the digest ledger
 * (reservations that two writers cannot both win), schedules and their slots, documents' bytes,
 * unanswered questions and votes.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE, MIGRATIONS, migrate, openDatabase, type Migration } from '../src/store/database.ts';
import { memorySqlite } from '../src/store/sqlite.ts';
import { Store, type DigestPlan, type Schedule } from '../src/store/store.ts';
import { describePostgres, postgresDatabase } from './support/pg-suite.ts';
import { tempDir } from './support/seed-fixtures.ts';

const CHANNEL = '111111111111111111';
const T0 = new Date('2026-02-10T08:00:00Z');

const plan = (documents: string[], over: Partial<DigestPlan> = {}): DigestPlan => ({
  channelId: CHANNEL,
  period: { start: '2026-01-11', end: '2026-02-10' },
  postedAt: T0,
  createdAt: T0,
  trigger: 'command',
  messages: (id) => [
    {
      nonce: `n${id}-0-${documents.join('')}`,
      body: { cards: [{ description: 'one' }] },
      marker: `digest #${id} 1`,
      items: documents.slice(0, 1).map((documentId) => ({ documentId, date: '2026-02-06' })),
    },
    {
      nonce: `n${id}-1-${documents.join('')}`,
      body: { cards: [{ description: 'two' }] },
      marker: `digest #${id} 2`,
      items: documents.slice(1).map((documentId) => ({ documentId, date: '2026-02-01' })),
    },
  ],
  ...over,
});

const schedule = (over: Partial<Schedule> = {}): Schedule => ({
  channelId: CHANNEL,
  every: 'daily',
  at: '09:00',
  locale: 'en',
  createdAt: T0,
  lastSlot: T0,
  ...over,
});

/** The suite every store passes; `open` gives a fresh, migrated, empty one. */
function storeSuite(open: () => Promise<Store>): void {
  const stores: Store[] = [];
  const fresh = async () => {
    const store = await open();
    stores.push(store);
    return store;
  };
  afterEach(async () => {
    await Promise.all(stores.splice(0).map((store) => store.close()));
  });

  it('keeps followed sources and their items: a check is recorded whole, a failure counts, unfollowing forgets', async () => {
    const store = await fresh();
    const at = new Date('2026-12-03T10:00:00Z');
    const next = new Date('2026-12-03T11:00:00Z');
    const source = await store.sources.add({
      name: 'Ministry',
      url: 'https://example.org/',
      fetchUrl: 'https://example.org/rss',
      kind: 'feed',
      everyMinutes: 60,
      addedAt: at,
    });
    await expect(
      store.sources.add({
        name: 'ministry',
        url: 'x',
        fetchUrl: 'https://example.org/other',
        kind: 'feed',
        everyMinutes: 60,
        addedAt: at,
      }),
    ).rejects.toThrow();
    const items = [1, 2].map((n) => ({ key: `guid-${n}`, file: `sources/ministry/${n}.md`, title: `Item ${n}` }));
    await store.sources.record(source.id, { ok: true, at, next, etag: '"v1"', items });
    await store.sources.record(source.id, { ok: true, at, next, etag: '"v1"', items: items.slice(0, 1) });
    expect(await store.sources.itemKeys(source.id)).toEqual(new Set(['guid-1', 'guid-2']));
    await store.sources.record(source.id, { ok: false, at, next, error: { problem: 'http', detail: 'HTTP 500' } });
    expect(await store.sources.byName('MINISTRY')).toMatchObject({
      items: 2,
      etag: '"v1"',
      failures: 1,
      lastError: { problem: 'http' },
      lastSuccessAt: at,
    });
    expect(await store.sources.remove(source.id)).toBe(true);
    expect(await store.sources.all()).toEqual([]);
    expect(await store.sources.itemKeys(source.id)).toEqual(new Set());
  });

  it('reserves a digest before sending: developments are taken, not posted, until each message is sent', async () => {
    const store = await fresh();
    const reservation = await store.ledger.reserve(plan(['a', 'b', 'c']));
    if (!reservation.ok) throw new Error('not reserved');
    expect(reservation.messages.map((m) => m.position)).toEqual([0, 1]);
    expect([...(await store.ledger.takenDocumentIds(CHANNEL))].sort()).toEqual(['a', 'b', 'c']);
    expect((await store.ledger.postedDocumentIds(CHANNEL)).size).toBe(0);
    expect(await store.ledger.lastDigest(CHANNEL)).toBeUndefined();
    expect((await store.ledger.pending(CHANNEL)).map((m) => m.body)).toEqual([
      { cards: [{ description: 'one' }] },
      { cards: [{ description: 'two' }] },
    ]);

    await store.ledger.sent(reservation.messages[0]!.nonce, '900000000000000001');
    expect([...(await store.ledger.postedDocumentIds(CHANNEL))]).toEqual(['a']);
    expect(await store.ledger.lastDigest(CHANNEL)).toMatchObject({
      messageIds: ['900000000000000001'],
      period: { start: '2026-01-11' },
      trigger: 'command',
    });
    expect(await store.ledger.pending(CHANNEL)).toHaveLength(1);
    expect((await store.ledger.takenDocumentIds('222222222222222222')).size).toBe(0);
  });

  it('lets only one of two reservations of the same development through, even at the same moment', async () => {
    const store = await fresh();
    const both = await Promise.all([store.ledger.reserve(plan(['a', 'b'])), store.ledger.reserve(plan(['b', 'c']))]);
    expect(both.filter((r) => r.ok)).toHaveLength(1);
    expect(both.find((r) => !r.ok)).toEqual({ ok: false, reason: 'taken' });
    // The loser left nothing behind: no row for c.
    expect((await store.ledger.takenDocumentIds(CHANNEL)).size).toBe(2);
  });

  it('claims a pending message for one attempt at a time: the next claimer learns when it was last tried', async () => {
    const store = await fresh();
    const reservation = await store.ledger.reserve(plan(['a']));
    if (!reservation.ok) throw new Error('not reserved');
    const nonce = reservation.messages[0]!.nonce;
    const claims = await Promise.all([store.ledger.claim(nonce, T0), store.ledger.claim(nonce, T0)]);
    // Never two first attempts: the second claimer (if any) is told of the first, and resends with its nonce.
    expect(claims.filter((claim) => claim && claim.previous === undefined)).toHaveLength(1);
    expect(await store.ledger.claim(nonce, new Date('2026-02-10T08:00:05Z'))).toEqual({ previous: T0 });
    await store.ledger.sent(nonce, '900000000000000001');
    expect(await store.ledger.claim(nonce, new Date('2026-02-10T08:00:09Z'))).toBe(false);
  });

  it('gives back what Discord refused, and a scheduled digest of which nothing went out gives back its slot', async () => {
    const store = await fresh();
    await store.schedules.save(schedule());
    const slot = { at: new Date('2026-02-10T09:00:00Z'), previous: T0 };
    const reservation = await store.ledger.reserve(plan(['a', 'b'], { trigger: 'schedule', slot }));
    if (!reservation.ok) throw new Error('not reserved');
    expect((await store.schedules.get(CHANNEL))?.lastSlot).toEqual(slot.at);
    expect(await store.ledger.reserve(plan(['x'], { trigger: 'schedule', slot }))).toEqual({
      ok: false,
      reason: 'slot',
    });
    await store.ledger.drop(reservation.digestId, 0);
    expect((await store.ledger.takenDocumentIds(CHANNEL)).size).toBe(0);
    expect(await store.ledger.pending(CHANNEL)).toEqual([]);
    expect((await store.schedules.get(CHANNEL))?.lastSlot).toEqual(T0);
  });

  it('saves, replaces and removes schedules; a slot is claimed once and never moves back', async () => {
    const store = await fresh();
    await store.schedules.save(schedule());
    await store.schedules.save(schedule({ every: 'weekly', weekday: 3 }));
    expect(await store.schedules.all()).toHaveLength(1);
    expect(await store.schedules.get(CHANNEL)).toMatchObject({
      every: 'weekly',
      weekday: 3,
      at: '09:00',
      locale: 'en',
    });
    const slot = new Date('2026-02-11T09:00:00Z');
    expect(
      await Promise.all([store.schedules.claimSlot(CHANNEL, slot), store.schedules.claimSlot(CHANNEL, slot)]),
    ).toEqual(expect.arrayContaining([true, false]));
    expect(await store.schedules.claimSlot(CHANNEL, new Date('2026-02-01T09:00:00Z'))).toBe(false);
    expect((await store.schedules.get(CHANNEL))?.lastSlot).toEqual(slot);
    expect(await store.schedules.remove(CHANNEL)).toBe(true);
    expect(await store.schedules.remove(CHANNEL)).toBe(false);
  });

  it('keeps the bytes of documents added from Discord, and a removal as a tombstone', async () => {
    const store = await fresh();
    const bytes = new TextEncoder().encode('Hungary: contact point\n');
    await store.documents.save({ file: 'a.md', addedBy: '123456789012345678', addedAt: T0, sha256: 'ff' }, bytes);
    expect(await store.documents.get('a.md')).toMatchObject({
      file: 'a.md',
      addedBy: '123456789012345678',
      bytes: bytes.byteLength,
    });
    expect(Buffer.from((await store.documents.content('a.md'))!).toString()).toBe('Hungary: contact point\n');
    await store.documents.remove('a.md', new Date('2026-02-11T08:00:00Z'), 'ff');
    expect(await store.documents.get('a.md')).toBeUndefined();
    expect(await store.documents.content('a.md')).toBeUndefined();
    expect(await store.documents.all()).toEqual([
      expect.objectContaining({ file: 'a.md', removedAt: new Date('2026-02-11T08:00:00Z'), sha256: 'ff' }),
    ]);
  });

  it('counts unanswered questions and unhelpful votes together, most frequent first; one vote per key', async () => {
    const store = await fresh();
    const { feedback } = store;
    await feedback.unanswered('search', 'Who handles Zanzibar?', T0);
    await feedback.unanswered('search', 'who  handles zanzibar', new Date('2026-02-11T08:00:00Z'));
    await feedback.unanswered('contacts', 'fax in Malta', new Date('2026-01-01T08:00:00Z')); // before the window
    const vote = { key: 'k1', command: 'treaty', question: 'Schengen borders code', helpful: false, at: T0 };
    expect(await feedback.vote(vote)).toBe(true);
    expect(await feedback.vote({ ...vote, helpful: true })).toBe(false);
    expect(await feedback.vote({ ...vote, key: 'k2', helpful: true })).toBe(true);
    expect(await feedback.questions(new Date('2026-02-01T00:00:00Z'), 10)).toEqual([
      { question: 'Who handles Zanzibar?', unanswered: 2, unhelpful: 0 },
      { question: 'Schengen borders code', unanswered: 0, unhelpful: 1 },
    ]);
    expect(await feedback.questions(new Date('2026-02-01T00:00:00Z'), 1)).toHaveLength(1);
  });

  it('keeps why an answer did not help with the vote', async () => {
    const { feedback } = await fresh();
    const vote = { key: 'k1', command: 'search', question: 'Frontex at sea', helpful: false, at: T0 };
    await feedback.vote({ ...vote, reason: 'outdated', detail: 'The 2026 plan changed.' });
    await feedback.vote({ ...vote, key: 'k2', reason: 'wrong', at: new Date('2026-02-11T08:00:00Z') });
    await feedback.vote({ ...vote, key: 'k3', helpful: true });
    expect(await feedback.reasons('frontex AT sea')).toEqual([
      { reason: 'wrong', detail: undefined },
      { reason: 'outdated', detail: 'The 2026 plan changed.' },
    ]);
  });

  it('keeps the channels answered without a command, and one hand-off thread per question', async () => {
    const store = await fresh();
    const { channels } = store;
    const forum = { channelId: '222', guildId: 'g1', kind: 'forum' as const, commands: [], createdAt: T0 };
    await channels.autoAnswer(forum);
    await channels.autoAnswer({ ...forum, channelId: '333', kind: 'text', minConfidence: 70, commands: ['search'] });
    await channels.autoAnswer({ ...forum, channelId: '444', guildId: 'g2' });
    expect(await channels.autoAnswerIn('222')).toEqual(forum);
    expect((await channels.autoAnswering('g1')).map((c) => [c.channelId, c.kind, c.minConfidence, c.commands])).toEqual(
      [
        ['222', 'forum', undefined, []],
        ['333', 'text', 70, ['search']],
      ],
    );
    await channels.autoAnswer({ ...forum, minConfidence: 90 });
    expect((await channels.autoAnswerIn('222'))?.minConfidence).toBe(90);
    expect(await channels.autoAnswerOff('222')).toBe(true);
    expect(await channels.autoAnswerOff('222')).toBe(false);
    expect(await channels.autoAnswerIn('222')).toBeUndefined();

    expect(await channels.handoff('g1')).toBeUndefined();
    await channels.setHandoff({ guildId: 'g1', channelId: '555', roleId: '666', setAt: T0 });
    await channels.setHandoff({ guildId: 'g1', channelId: '777', roleId: '666', setAt: T0 });
    expect(await channels.handoff('g1')).toEqual({ guildId: 'g1', channelId: '777', roleId: '666', setAt: T0 });
    const opened = { guildId: 'g1', question: 'Who handles Zanzibar?', threadId: 't1', openedAt: T0 };
    expect(await channels.saveThread(opened)).toEqual(opened);
    // A second thread for the same question (another process, the same moment) loses to the first.
    expect((await channels.saveThread({ ...opened, question: 'who  handles zanzibar', threadId: 't2' })).threadId).toBe(
      't1',
    );
    expect((await channels.threadFor('g1', 'WHO HANDLES ZANZIBAR'))?.threadId).toBe('t1');
    expect(await channels.threadFor('g2', 'Who handles Zanzibar?')).toBeUndefined();
    expect((await channels.thread('t1'))?.question).toBe('Who handles Zanzibar?');
    expect(await channels.thread('t2')).toBeUndefined();
  });

  it('applies only pending migrations and refuses a database newer than the code', async () => {
    const store = await fresh();
    expect(await store.sql.schemaVersion()).toBe(MIGRATIONS.length);
    expect(await migrate(store.sql)).toBe(MIGRATIONS.length);
    const extra: Migration = () => 'CREATE TABLE extra_table (x INTEGER)';
    expect(await migrate(store.sql, [...MIGRATIONS, extra])).toBe(MIGRATIONS.length + 1);
    await expect(migrate(store.sql)).rejects.toThrow(/newer than this code/);
  });
}

describe('the store on SQLite', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  storeSuite(async () => {
    const dir = join(tempDir('store'), 'nested', 'data');
    dirs.push(dir);
    return Store.open({ DATA_DIR: dir });
  });

  it('creates DATA_DIR and the file on first open, and keeps the data across reopening', async () => {
    const dir = join(tempDir('store'), 'data');
    dirs.push(dir);
    const first = await Store.open({ DATA_DIR: dir });
    expect(existsSync(join(dir, DATABASE_FILE))).toBe(true);
    await first.schedules.save(schedule());
    await first.close();
    const second = await Store.open({ DATA_DIR: dir });
    expect(await second.schedules.all()).toHaveLength(1);
    await second.close();
  });

  it('leaves the version alone when a migration fails', async () => {
    const sql = memorySqlite();
    await expect(migrate(sql, [() => 'CREATE TABLE one (x); THIS IS NOT SQL'])).rejects.toThrow();
    expect(await sql.schemaVersion()).toBe(0);
    await sql.close();
  });
});

describePostgres('the store on PostgreSQL', () => {
  storeSuite(async () => Store.open({ DATA_DIR: '/nonexistent', DATABASE_URL: await postgresDatabase() }));

  it('migrates once when several processes open a new database at the same moment', async () => {
    const url = await postgresDatabase();
    const opened = await Promise.all(
      [1, 2, 3].map(() => openDatabase({ DATA_DIR: '/nonexistent', DATABASE_URL: url })),
    );
    expect(await Promise.all(opened.map((sql) => sql.schemaVersion().catch(() => -1)))).toBeDefined();
    const [first] = opened;
    expect(await first!.transaction((tx) => tx.schemaVersion())).toBe(MIGRATIONS.length);
    await Promise.all(opened.map((sql) => sql.close()));
  });
});
