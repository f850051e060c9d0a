/**
 * The bot's state, over the SQLite database: the digest ledger, digest schedules and documents
 * added from Discord. Every method is synchronous and small; a write that belongs together (a
 * digest and its ledger rows, and the schedule slot it ran for) is one transaction.
 */
import type { Locale } from '../i18n/messages.ts';
import { openDatabase, type Db } from './database.ts';
import { Feedback } from './feedback.ts';

export type Trigger = 'command' | 'schedule';
export type Every = 'daily' | 'weekly';

export interface Period {
  /** ISO dates, inclusive. */
  start: string;
  end: string;
}

export interface DigestRecord {
  channelId: string;
  period: Period;
  postedAt: Date;
  messageIds: readonly string[];
  /** The developments the messages carried: the ledger rows. */
  items: readonly { documentId: string; date: string }[];
  trigger: Trigger;
  /** For a scheduled digest, the slot it ran for: marked in the same transaction. */
  slot?: Date;
}

export interface PostedDigest {
  id: number;
  channelId: string;
  period: Period;
  postedAt: Date;
  messageIds: string[];
  trigger: Trigger;
}

export interface Schedule {
  channelId: string;
  guildId?: string;
  every: Every;
  /** HH:MM, UTC. */
  at: string;
  /** 0 = Sunday … 6 = Saturday; weekly schedules only. */
  weekday?: number;
  locale: Locale;
  createdBy?: string;
  createdAt: Date;
  /** The scheduled time last handled (run, or found with nothing new). */
  lastSlot: Date;
}

export interface AddedDocument {
  file: string;
  addedBy?: string;
  addedAt: Date;
  bytes: number;
  sha256: string;
}

type Row = Record<string, unknown>;
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

const toDigest = (row: Row): PostedDigest => ({
  id: Number(row.id),
  channelId: String(row.channel_id),
  period: { start: String(row.period_start), end: String(row.period_end) },
  postedAt: new Date(String(row.posted_at)),
  messageIds: JSON.parse(String(row.message_ids)) as string[],
  trigger: row.trigger as Trigger,
});

const toSchedule = (row: Row): Schedule => ({
  channelId: String(row.channel_id),
  guildId: text(row.guild_id),
  every: row.every as Every,
  at: String(row.at),
  weekday: typeof row.weekday === 'number' ? row.weekday : undefined,
  locale: row.locale as Locale,
  createdBy: text(row.created_by),
  createdAt: new Date(String(row.created_at)),
  lastSlot: new Date(String(row.last_slot)),
});

export class Store {
  /** Unanswered questions and votes on answers. */
  readonly feedback: Feedback;

  private constructor(readonly db: Db) {
    this.feedback = new Feedback({
      all: async (sql, params) => db.prepare(sql).all(...params) as Record<string, unknown>[],
      run: async (sql, params) => db.prepare(sql).run(...params).changes,
    });
  }

  /** Open the database under `dataDir`, creating and migrating it as needed. */
  static open(dataDir: string): Store {
    return new Store(openDatabase(dataDir));
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  // The digest ledger.

  /** Ids of every development already posted to a channel. */
  postedDocumentIds(channelId: string): Set<string> {
    const rows = this.db.prepare('SELECT document_id FROM digest_items WHERE channel_id = ?').pluck().all(channelId) as string[];
    return new Set(rows);
  }

  /** Digests sent to a channel, newest first. */
  digests(channelId: string, limit = 10): PostedDigest[] {
    const rows = this.db.prepare('SELECT * FROM digests WHERE channel_id = ? ORDER BY posted_at DESC, id DESC LIMIT ?').all(channelId, limit);
    return (rows as Row[]).map(toDigest);
  }

  lastDigest(channelId: string): PostedDigest | undefined {
    return this.digests(channelId, 1)[0];
  }

  /**
   * Record what has been sent of a digest, all or nothing: its messages, their ledger rows and (with
   * the last message) its schedule slot. The first call creates the digest; pass its id back to
   * add each further message as it is sent.
   */
  recordDigest(record: DigestRecord, digestId?: number): number {
    const insertDigest = this.db.prepare(
      `INSERT INTO digests (channel_id, period_start, period_end, posted_at, message_ids, trigger) VALUES (?, ?, ?, ?, ?, ?)`,
    );
    const addMessages = this.db.prepare(
      `UPDATE digests SET message_ids = json_insert(message_ids, '$[#]', ?) WHERE id = ?`,
    );
    const insertItem = this.db.prepare(
      'INSERT INTO digest_items (channel_id, document_id, digest_id, dated) VALUES (?, ?, ?, ?) ON CONFLICT (channel_id, document_id) DO NOTHING',
    );
    return this.db.transaction(() => {
      const { channelId, period } = record;
      let id = digestId;
      if (id === undefined) {
        const values = [channelId, period.start, period.end, record.postedAt.toISOString(), JSON.stringify(record.messageIds), record.trigger];
        id = Number(insertDigest.run(...values).lastInsertRowid);
      } else {
        for (const messageId of record.messageIds) addMessages.run(messageId, id);
      }
      for (const item of record.items) insertItem.run(channelId, item.documentId, id, item.date);
      if (record.slot) this.markSlot(channelId, record.slot);
      return id;
    })();
  }

  // Schedules.

  schedules(): Schedule[] {
    return (this.db.prepare('SELECT * FROM schedules ORDER BY channel_id').all() as Row[]).map(toSchedule);
  }

  schedule(channelId: string): Schedule | undefined {
    const row = this.db.prepare('SELECT * FROM schedules WHERE channel_id = ?').get(channelId) as Row | undefined;
    return row ? toSchedule(row) : undefined;
  }

  /** Create or replace a channel's schedule. */
  saveSchedule(schedule: Schedule): void {
    this.db
      .prepare(
        `INSERT OR REPLACE INTO schedules (channel_id, guild_id, every, at, weekday, locale, created_by, created_at, last_slot)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        schedule.channelId,
        schedule.guildId ?? null,
        schedule.every,
        schedule.at,
        schedule.weekday ?? null,
        schedule.locale,
        schedule.createdBy ?? null,
        schedule.createdAt.toISOString(),
        schedule.lastSlot.toISOString(),
      );
  }

  removeSchedule(channelId: string): boolean {
    return this.db.prepare('DELETE FROM schedules WHERE channel_id = ?').run(channelId).changes > 0;
  }

  /** Mark a schedule's slot as handled; never moves it backwards. */
  markSlot(channelId: string, slot: Date): void {
    this.db.prepare('UPDATE schedules SET last_slot = ? WHERE channel_id = ? AND last_slot < ?').run(slot.toISOString(), channelId, slot.toISOString());
  }

  // Documents added from Discord.

  noteDocument(document: AddedDocument): void {
    this.db
      .prepare('INSERT OR REPLACE INTO documents (file, added_by, added_at, bytes, sha256) VALUES (?, ?, ?, ?, ?)')
      .run(document.file, document.addedBy ?? null, document.addedAt.toISOString(), document.bytes, document.sha256);
  }

  forgetDocument(file: string): void {
    this.db.prepare('DELETE FROM documents WHERE file = ?').run(file);
  }

  addedDocument(file: string): AddedDocument | undefined {
    const row = this.db.prepare('SELECT * FROM documents WHERE file = ?').get(file) as Row | undefined;
    if (!row) return undefined;
    return { file: String(row.file), addedBy: text(row.added_by), addedAt: new Date(String(row.added_at)), bytes: Number(row.bytes), sha256: String(row.sha256) };
  }
}
