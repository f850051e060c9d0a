/** The state database: created on first open, migrated by user_version, transactional writes. */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE, MIGRATIONS, migrate } from '../src/store/database.ts';
import { Store, type DigestRecord, type Schedule } from '../src/store/store.ts';
import { tempDir } from './support/seed-fixtures.ts';

const dirs: string[] = [];
const freshDir = () => {
  const dir = join(tempDir('store'), 'nested', 'data');
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const digest = (over: Partial<DigestRecord> = {}): DigestRecord => ({
  channelId: '111111111111111111',
  period: { start: '2026-01-11', end: '2026-02-10' },
  postedAt: new Date('2026-02-10T08:00:00Z'),
  messageIds: ['900000000000000001'],
  items: [
    { documentId: 'a', date: '2026-02-06' },
    { documentId: 'b', date: '2026-01-20' },
  ],
  trigger: 'command',
  ...over,
});

const schedule = (over: Partial<Schedule> = {}): Schedule => ({
  channelId: '111111111111111111',
  every: 'daily',
  at: '09:00',
  locale: 'en',
  createdAt: new Date('2026-02-10T08:00:00Z'),
  lastSlot: new Date('2026-02-10T08:00:00Z'),
  ...over,
});

describe('opening and migrating', () => {
  it('creates DATA_DIR and the database on first open, in WAL mode, at the latest version', () => {
    const dir = freshDir();
    const store = Store.open(dir);
    expect(existsSync(join(dir, DATABASE_FILE))).toBe(true);
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    store.close();
  });

  it('keeps its data across reopening and does not migrate twice', () => {
    const dir = freshDir();
    const first = Store.open(dir);
    first.recordDigest(digest());
    first.close();
    const second = Store.open(dir);
    expect([...second.postedDocumentIds('111111111111111111')].sort()).toEqual(['a', 'b']);
    second.close();
  });

  it('applies only pending migrations, each with its version, and refuses a newer database', () => {
    const db = new Database(':memory:');
    expect(migrate(db, ['CREATE TABLE one (x)'])).toBe(1);
    expect(migrate(db, ['CREATE TABLE one (x)', 'CREATE TABLE two (y)'])).toBe(2);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(() => migrate(db, ['CREATE TABLE one (x)'])).toThrow(/newer than this code/);
    db.close();
  });

  it('leaves the version alone when a migration fails', () => {
    const db = new Database(':memory:');
    expect(() => migrate(db, ['CREATE TABLE one (x); THIS IS NOT SQL'])).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    db.close();
  });
});

describe('the digest ledger', () => {
  it('records a digest with its period, messages and developments', () => {
    const store = Store.open(freshDir());
    store.recordDigest(digest());
    const last = store.lastDigest('111111111111111111');
    expect(last).toMatchObject({ period: { start: '2026-01-11', end: '2026-02-10' }, messageIds: ['900000000000000001'], trigger: 'command' });
    expect(store.postedDocumentIds('222222222222222222').size).toBe(0);
    store.close();
  });

  it('records all or nothing: a bad ledger row leaves no digest behind', () => {
    const store = Store.open(freshDir());
    const broken = digest({ items: [{ documentId: 'a', date: '2026-02-06' }, { documentId: 'b', date: null as never }] });
    expect(() => store.recordDigest(broken)).toThrow();
    expect(store.lastDigest('111111111111111111')).toBeUndefined();
    expect(store.postedDocumentIds('111111111111111111').size).toBe(0);
    store.close();
  });

  it('marks the schedule slot in the same transaction as the digest', () => {
    const store = Store.open(freshDir());
    store.saveSchedule(schedule());
    store.recordDigest(digest({ trigger: 'schedule', slot: new Date('2026-02-10T09:00:00Z') }));
    expect(store.schedule('111111111111111111')?.lastSlot).toEqual(new Date('2026-02-10T09:00:00Z'));
    store.close();
  });
});

describe('schedules and added documents', () => {
  it('saves, replaces and removes a channel schedule; a slot never moves back', () => {
    const store = Store.open(freshDir());
    store.saveSchedule(schedule());
    store.saveSchedule(schedule({ every: 'weekly', weekday: 3 }));
    expect(store.schedules()).toHaveLength(1);
    expect(store.schedule('111111111111111111')).toMatchObject({ every: 'weekly', weekday: 3, at: '09:00', locale: 'en' });
    store.markSlot('111111111111111111', new Date('2026-02-11T09:00:00Z'));
    store.markSlot('111111111111111111', new Date('2026-02-01T09:00:00Z'));
    expect(store.schedule('111111111111111111')?.lastSlot).toEqual(new Date('2026-02-11T09:00:00Z'));
    expect(store.removeSchedule('111111111111111111')).toBe(true);
    expect(store.removeSchedule('111111111111111111')).toBe(false);
    store.close();
  });

  it('notes and forgets documents added from Discord', () => {
    const store = Store.open(freshDir());
    store.noteDocument({ file: 'a.md', addedBy: '123456789012345678', addedAt: new Date('2026-02-10T08:00:00Z'), bytes: 10, sha256: 'ff' });
    expect(store.addedDocument('a.md')).toMatchObject({ file: 'a.md', addedBy: '123456789012345678', bytes: 10 });
    store.forgetDocument('a.md');
    expect(store.addedDocument('a.md')).toBeUndefined();
    store.close();
  });
});
