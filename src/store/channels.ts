/**
 * Per-channel settings beside the schedules: channels and forums where questions are answered
 * without a command, and per server the hand-off channel ("Ask a colleague") with its role and the
 * threads opened there, one per question. Every process reads them from the database when a
 * message or a button needs them, so a change made on one host holds on all at once.
 */
import type { Row, Sql } from './sql.ts';
import { questionKey } from './feedback.ts';
import { fromJson, instant, optionalNumber, text } from './values.ts';

/** A forum: each new post is a question; a text channel: each message that is a question. */
export type AutoAnswerKind = 'forum' | 'text';

export interface AutoAnswerChannel {
  channelId: string;
  guildId?: string;
  kind: AutoAnswerKind;
  /** Percentage of the question's words the best passage must hold; absent: the search's own threshold. */
  minConfidence?: number;
  /** The lookups that may answer (empty: every lookup). */
  commands: string[];
  createdBy?: string;
  createdAt: Date;
}

export interface Handoff {
  guildId: string;
  channelId: string;
  /** Pinged by every hand-off thread (and the only mention it allows). */
  roleId?: string;
  setBy?: string;
  setAt: Date;
}

export interface HandoffThread {
  guildId: string;
  question: string;
  threadId: string;
  /** The answer the question got, where it can be read. */
  answerUrl?: string;
  openedAt: Date;
}

const toAutoAnswer = (row: Row): AutoAnswerChannel => ({
  channelId: String(row.channel_id),
  guildId: text(row.guild_id),
  kind: row.kind as AutoAnswerKind,
  minConfidence: optionalNumber(row.min_confidence),
  commands: fromJson(row.commands) as string[],
  createdBy: text(row.created_by),
  createdAt: instant(row.created_at),
});

const toHandoff = (row: Row): Handoff => ({
  guildId: String(row.guild_id),
  channelId: String(row.channel_id),
  roleId: text(row.role_id),
  setBy: text(row.set_by),
  setAt: instant(row.set_at),
});

const toThread = (row: Row): HandoffThread => ({
  guildId: String(row.guild_id),
  question: String(row.question),
  threadId: String(row.thread_id),
  answerUrl: text(row.answer_url),
  openedAt: instant(row.opened_at),
});

export class Channels {
  constructor(private readonly sql: Sql) {}

  /** Answer questions in a channel (replacing its earlier settings). */
  async autoAnswer(settings: AutoAnswerChannel): Promise<void> {
    await this.sql.run(
      `INSERT INTO auto_answer_channels (channel_id, guild_id, kind, min_confidence, commands, created_by, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (channel_id) DO UPDATE SET guild_id = excluded.guild_id, kind = excluded.kind,
         min_confidence = excluded.min_confidence, commands = excluded.commands, created_by = excluded.created_by,
         created_at = excluded.created_at`,
      [
        settings.channelId,
        settings.guildId ?? null,
        settings.kind,
        settings.minConfidence ?? null,
        JSON.stringify(settings.commands),
        settings.createdBy ?? null,
        settings.createdAt.toISOString(),
      ],
    );
  }

  /** Stop answering in a channel; false when it was not answering. */
  async autoAnswerOff(channelId: string): Promise<boolean> {
    return (await this.sql.run('DELETE FROM auto_answer_channels WHERE channel_id = ?', [channelId])) > 0;
  }

  async autoAnswerIn(channelId: string): Promise<AutoAnswerChannel | undefined> {
    const [row] = await this.sql.all('SELECT * FROM auto_answer_channels WHERE channel_id = ?', [channelId]);
    return row ? toAutoAnswer(row) : undefined;
  }

  /** The answering channels of a server (of every server without one). */
  async autoAnswering(guildId?: string): Promise<AutoAnswerChannel[]> {
    const rows = guildId
      ? await this.sql.all('SELECT * FROM auto_answer_channels WHERE guild_id = ? ORDER BY created_at, channel_id', [
          guildId,
        ])
      : await this.sql.all('SELECT * FROM auto_answer_channels ORDER BY created_at, channel_id');
    return rows.map(toAutoAnswer);
  }

  /** Set a server's hand-off channel and role. */
  async setHandoff(handoff: Handoff): Promise<void> {
    await this.sql.run(
      `INSERT INTO handoff_channels (guild_id, channel_id, role_id, set_by, set_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (guild_id) DO UPDATE SET channel_id = excluded.channel_id, role_id = excluded.role_id,
         set_by = excluded.set_by, set_at = excluded.set_at`,
      [handoff.guildId, handoff.channelId, handoff.roleId ?? null, handoff.setBy ?? null, handoff.setAt.toISOString()],
    );
  }

  async handoff(guildId: string): Promise<Handoff | undefined> {
    const [row] = await this.sql.all('SELECT * FROM handoff_channels WHERE guild_id = ?', [guildId]);
    return row ? toHandoff(row) : undefined;
  }

  /** The hand-off thread already opened for this question in this server (case, accents and spacing aside). */
  async threadFor(guildId: string, question: string): Promise<HandoffThread | undefined> {
    const [row] = await this.sql.all('SELECT * FROM handoff_threads WHERE guild_id = ? AND question_key = ?', [
      guildId,
      questionKey(question),
    ]);
    return row ? toThread(row) : undefined;
  }

  /** The hand-off thread with this id, if it is one. */
  async thread(threadId: string): Promise<HandoffThread | undefined> {
    const [row] = await this.sql.all('SELECT * FROM handoff_threads WHERE thread_id = ?', [threadId]);
    return row ? toThread(row) : undefined;
  }

  /**
   * Remember the thread opened for a question; when another process opened one for it meanwhile,
   * that one stays and is returned.
   */
  async saveThread(thread: HandoffThread): Promise<HandoffThread> {
    await this.sql.run(
      `INSERT INTO handoff_threads (guild_id, question_key, question, thread_id, answer_url, opened_at)
       VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (guild_id, question_key) DO NOTHING`,
      [
        thread.guildId,
        questionKey(thread.question),
        thread.question,
        thread.threadId,
        thread.answerUrl ?? null,
        thread.openedAt.toISOString(),
      ],
    );
    return (await this.threadFor(thread.guildId, thread.question)) ?? thread;
  }
}
