/** Recurring digests, one per channel, each remembering the last slot (scheduled time) it handled. */
import type { Locale } from '../i18n/locale.ts';
import type { Row, Sql } from './sql.ts';
import { instant, optionalNumber, text } from './values.ts';

export type Every = 'daily' | 'weekly';
/** Where a digest goes: messages in the channel, a new thread of it, or a post in a forum channel. */
export type Destination = 'channel' | 'thread' | 'forum';

export interface Schedule {
  channelId: string;
  guildId?: string;
  every: Every;
  /** HH:MM in `timeZone`. */
  at: string;
  /** IANA time zone of `at` (UTC when absent). */
  timeZone?: string;
  /** The preview's filters. */
  country?: string;
  topic?: string;
  /** The role each digest pings (and only it). */
  roleId?: string;
  /** The channel itself when absent. */
  destination?: Destination;
  /** 0 = Sunday … 6 = Saturday; weekly schedules only. */
  weekday?: number;
  locale: Locale;
  createdBy?: string;
  createdAt: Date;
  /** The scheduled time last handled (run, or found with nothing new). */
  lastSlot: Date;
}

const toSchedule = (row: Row): Schedule => ({
  channelId: String(row.channel_id),
  guildId: text(row.guild_id),
  every: row.every as Every,
  at: String(row.at),
  weekday: optionalNumber(row.weekday),
  timeZone: text(row.time_zone) ?? 'UTC',
  country: text(row.country),
  topic: text(row.topic),
  roleId: text(row.role_id),
  destination: (text(row.destination) ?? 'channel') as Destination,
  locale: row.locale as Locale,
  createdBy: text(row.created_by),
  createdAt: instant(row.created_at),
  lastSlot: instant(row.last_slot),
});

export class Schedules {
  constructor(private readonly sql: Sql) {}

  async all(): Promise<Schedule[]> {
    return (await this.sql.all('SELECT * FROM schedules ORDER BY channel_id')).map(toSchedule);
  }

  async get(channelId: string): Promise<Schedule | undefined> {
    const [row] = await this.sql.all('SELECT * FROM schedules WHERE channel_id = ?', [channelId]);
    return row ? toSchedule(row) : undefined;
  }

  /** Create or replace a channel's schedule. */
  async save(schedule: Schedule): Promise<void> {
    await this.sql.run(
      `INSERT INTO schedules (channel_id, guild_id, every, at, weekday, locale, created_by, created_at, last_slot,
         time_zone, country, topic, role_id, destination)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (channel_id) DO UPDATE SET guild_id = excluded.guild_id, every = excluded.every, at = excluded.at,
         weekday = excluded.weekday, locale = excluded.locale, created_by = excluded.created_by,
         created_at = excluded.created_at, last_slot = excluded.last_slot, time_zone = excluded.time_zone,
         country = excluded.country, topic = excluded.topic, role_id = excluded.role_id, destination = excluded.destination`,
      [
        schedule.channelId,
        schedule.guildId ?? null,
        schedule.every,
        schedule.at,
        schedule.weekday ?? null,
        schedule.locale,
        schedule.createdBy ?? null,
        schedule.createdAt.toISOString(),
        schedule.lastSlot.toISOString(),
        schedule.timeZone ?? 'UTC',
        schedule.country ?? null,
        schedule.topic ?? null,
        schedule.roleId ?? null,
        schedule.destination ?? 'channel',
      ],
    );
  }

  async remove(channelId: string): Promise<boolean> {
    return (await this.sql.run('DELETE FROM schedules WHERE channel_id = ?', [channelId])) > 0;
  }

  /**
   * Claim a slot: true for exactly one caller across all processes (a compare-and-set; on
   * PostgreSQL a second caller waits on the row lock, then finds the slot taken). Never moves back.
   */
  async claimSlot(channelId: string, slot: Date): Promise<boolean> {
    const at = slot.toISOString();
    return (
      (await this.sql.run('UPDATE schedules SET last_slot = ? WHERE channel_id = ? AND last_slot < ?', [
        at,
        channelId,
        at,
      ])) > 0
    );
  }
}
