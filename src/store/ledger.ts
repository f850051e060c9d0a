/**
 * The digest ledger. A digest is reserved before anything is sent: in one transaction its row, one
 * row per message (with a nonce, the body and the footer that marks it), and one ledger row per
 * development, keyed by (channel, development). The unique key is what keeps two processes posting
 * the same digest at once from both sending: the second one's reservation conflicts and is rolled
 * back. Each message is then marked sent with Discord's id, its developments posted with it.
 */
import type { DateRange } from '../corpus/dates.ts';
import type { Sql } from './sql.ts';
import { fromJson, instant, text } from './values.ts';

export type Trigger = 'command' | 'schedule';

/** A digest's period: the one DateRange (ISO dates, inclusive). */
export type Period = DateRange;

export interface PostedDigest {
  id: number;
  channelId: string;
  period: Period;
  postedAt: Date;
  /** Discord's ids of the messages sent so far, in order. */
  messageIds: string[];
  trigger: Trigger;
}

/** One message of a digest as it is written before being sent. */
export interface PlannedMessage {
  nonce: string;
  /** The message (a Reply), as JSON-able data. */
  body: unknown;
  /** Its footer: how it is recognised in the channel's history. */
  marker: string;
  items: readonly { documentId: string; date: string }[];
}

export interface DigestPlan {
  channelId: string;
  period: Period;
  postedAt: Date;
  /** When the messages are written (the nonce window counts from it). */
  createdAt: Date;
  trigger: Trigger;
  /** For a scheduled digest: the slot it claims, and the one the schedule was at. */
  slot?: { at: Date; previous: Date };
  /** The messages, made once the digest's id is known (their footers carry it). */
  messages(digestId: number): PlannedMessage[];
}

export type Reservation =
  | { ok: true; digestId: number; messages: PendingMessage[] }
  /** Another process reserved some of these developments (or this slot) first. */
  | { ok: false; reason: 'taken' | 'slot' };

export interface PendingMessage {
  nonce: string;
  digestId: number;
  channelId: string;
  position: number;
  body: unknown;
  marker: string;
  createdAt: Date;
  attemptedAt?: Date;
}

class Conflict extends Error {}

/** PostgreSQL gave up one of two transactions waiting on each other's rows: the other reserved first. */
const isDeadlock = (error: unknown): boolean => (error as { code?: unknown } | null)?.code === '40P01';

const toPending = (row: Record<string, unknown>): PendingMessage => ({
  nonce: String(row.nonce),
  digestId: Number(row.digest_id),
  channelId: String(row.channel_id),
  position: Number(row.position),
  body: fromJson(row.body),
  marker: String(row.marker),
  createdAt: new Date(String(row.created_at)),
  attemptedAt: text(row.attempted_at) ? new Date(String(row.attempted_at)) : undefined,
});

export class Ledger {
  constructor(private readonly sql: Sql) {}

  /** Developments a channel has had or is being sent (reserved): no new digest may carry them. */
  async takenDocumentIds(channelId: string): Promise<Set<string>> {
    const rows = await this.sql.all('SELECT document_id FROM digest_items WHERE channel_id = ?', [channelId]);
    return new Set(rows.map((row) => String(row.document_id)));
  }

  /** Developments Discord has taken in a channel. */
  async postedDocumentIds(channelId: string): Promise<Set<string>> {
    const rows = await this.sql.all("SELECT document_id FROM digest_items WHERE channel_id = ? AND state = 'posted'", [
      channelId,
    ]);
    return new Set(rows.map((row) => String(row.document_id)));
  }

  /** Digests sent (wholly or in part) to a channel, newest first. */
  async digests(channelId: string, limit = 10): Promise<PostedDigest[]> {
    const rows = await this.sql.all(
      `SELECT d.*, m.message_id FROM digests d LEFT JOIN digest_messages m ON m.digest_id = d.id AND m.state = 'sent'
       WHERE d.id IN (
         SELECT id FROM digests WHERE channel_id = ?
           AND (message_ids <> '[]' OR EXISTS (SELECT 1 FROM digest_messages s WHERE s.digest_id = digests.id AND s.state = 'sent'))
         ORDER BY posted_at DESC, id DESC LIMIT ?)
       ORDER BY d.posted_at DESC, d.id DESC, m.position`,
      [channelId, limit],
    );
    const byId = new Map<number, PostedDigest>();
    for (const row of rows) {
      const id = Number(row.id);
      const digest = byId.get(id) ?? {
        id,
        channelId: String(row.channel_id),
        period: { start: String(row.period_start), end: String(row.period_end) },
        postedAt: instant(row.posted_at),
        messageIds: fromJson(row.message_ids) as string[],
        trigger: row.trigger as Trigger,
      };
      if (row.message_id != null) digest.messageIds.push(String(row.message_id));
      byId.set(id, digest);
    }
    return [...byId.values()];
  }

  async lastDigest(channelId: string): Promise<PostedDigest | undefined> {
    return (await this.digests(channelId, 1))[0];
  }

  /**
   * Write a digest before sending it: its row, its messages (pending) and its developments
   * (reserved), and for a schedule the slot it claims; all or nothing.
   */
  async reserve(plan: DigestPlan): Promise<Reservation> {
    try {
      return await this.sql.transaction(async (tx) => {
        const { channelId, slot } = plan;
        if (slot) {
          const claimed = await tx.run('UPDATE schedules SET last_slot = ? WHERE channel_id = ? AND last_slot < ?', [
            slot.at.toISOString(),
            channelId,
            slot.at.toISOString(),
          ]);
          if (claimed === 0) return { ok: false, reason: 'slot' } as const;
        }
        const [row] = await tx.all(
          `INSERT INTO digests (channel_id, period_start, period_end, posted_at, message_ids, trigger, slot, previous_slot)
           VALUES (?, ?, ?, ?, '[]', ?, ?, ?) RETURNING id`,
          [
            channelId,
            plan.period.start,
            plan.period.end,
            plan.postedAt.toISOString(),
            plan.trigger,
            slot?.at.toISOString() ?? null,
            slot?.previous.toISOString() ?? null,
          ],
        );
        const digestId = Number(row!.id);
        const messages: PendingMessage[] = [];
        for (const [position, message] of plan.messages(digestId).entries()) {
          const { createdAt } = plan;
          await tx.run(
            `INSERT INTO digest_messages (nonce, digest_id, channel_id, position, body, marker, state, created_at) VALUES (?, ?, ?, ?, ?, ?, 'pending', ?)`,
            [
              message.nonce,
              digestId,
              channelId,
              position,
              JSON.stringify(message.body),
              message.marker,
              createdAt.toISOString(),
            ],
          );
          for (const item of message.items) {
            const added = await tx.run(
              `INSERT INTO digest_items (channel_id, document_id, digest_id, dated, nonce, state) VALUES (?, ?, ?, ?, ?, 'reserved')
               ON CONFLICT (channel_id, document_id) DO NOTHING`,
              [channelId, item.documentId, digestId, item.date, message.nonce],
            );
            if (added === 0) throw new Conflict();
          }
          messages.push({
            nonce: message.nonce,
            digestId,
            channelId,
            position,
            body: message.body,
            marker: message.marker,
            createdAt,
          });
        }
        return { ok: true, digestId, messages } as const;
      });
    } catch (error) {
      if (error instanceof Conflict || isDeadlock(error)) return { ok: false, reason: 'taken' };
      throw error;
    }
  }

  /**
   * Take a pending message to send it: resolves with when it was last attempted (undefined: never),
   * or with false when it is no longer pending or another process took it at the same moment.
   */
  async claim(nonce: string, now: Date): Promise<{ previous?: Date } | false> {
    return this.sql.transaction(async (tx) => {
      const [row] = await tx.all("SELECT attempted_at FROM digest_messages WHERE nonce = ? AND state = 'pending'", [
        nonce,
      ]);
      if (!row) return false;
      const previous = text(row.attempted_at) ?? '';
      const taken = await tx.run(
        "UPDATE digest_messages SET attempted_at = ? WHERE nonce = ? AND state = 'pending' AND COALESCE(attempted_at, '') = ?",
        [now.toISOString(), nonce, previous],
      );
      if (taken === 0) return false;
      return { previous: previous ? new Date(previous) : undefined };
    });
  }

  /** Discord has the message: record its id and its developments as posted. */
  async sent(nonce: string, messageId: string): Promise<void> {
    await this.sql.transaction(async (tx) => {
      await tx.run("UPDATE digest_messages SET state = 'sent', message_id = ? WHERE nonce = ? AND state = 'pending'", [
        messageId,
        nonce,
      ]);
      await tx.run("UPDATE digest_items SET state = 'posted' WHERE nonce = ?", [nonce]);
    });
  }

  /**
   * Discord refused these messages (or they will not be tried): give their developments back for the
   * next digest; when none of the digest went out, give its schedule slot back too.
   */
  async drop(digestId: number, fromPosition: number): Promise<void> {
    await this.sql.transaction(async (tx) => {
      const args = [digestId, fromPosition];
      await tx.run(
        "DELETE FROM digest_items WHERE state = 'reserved' AND nonce IN (SELECT nonce FROM digest_messages WHERE digest_id = ? AND position >= ? AND state = 'pending')",
        args,
      );
      await tx.run(
        "UPDATE digest_messages SET state = 'dropped' WHERE digest_id = ? AND position >= ? AND state = 'pending'",
        args,
      );
      const [sent] = await tx.all(
        "SELECT COUNT(*) AS n FROM digest_messages WHERE digest_id = ? AND state <> 'dropped'",
        [digestId],
      );
      if (Number(sent?.n) > 0) return;
      await tx.run(
        `UPDATE schedules SET last_slot = (SELECT previous_slot FROM digests WHERE id = ?)
         WHERE last_slot = (SELECT slot FROM digests WHERE id = ?) AND channel_id = (SELECT channel_id FROM digests WHERE id = ?)`,
        [digestId, digestId, digestId],
      );
    });
  }

  /** A digest's thread is open: its messages still pending go there, also when settled after a restart. */
  async moveTo(digestId: number, channelId: string): Promise<void> {
    await this.sql.run("UPDATE digest_messages SET channel_id = ? WHERE digest_id = ? AND state = 'pending'", [
      channelId,
      digestId,
    ]);
  }

  /** Messages written but not yet known to be sent, oldest digest first, in order. */
  async pending(channelId?: string): Promise<PendingMessage[]> {
    const where = channelId === undefined ? '' : ' AND channel_id = ?';
    const rows = await this.sql.all(
      `SELECT * FROM digest_messages WHERE state = 'pending'${where} ORDER BY digest_id, position`,
      channelId === undefined ? [] : [channelId],
    );
    return rows.map(toPending);
  }
}
