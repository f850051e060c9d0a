/**
 * What the moderators learn from questions: those the documents could not answer, and votes on
 * answers. Only the question's text is kept (no author, channel or message); a vote's key is a
 * hash of the answer and the voter, enough to count each person once and to name nobody.
 */
import { fold } from '../corpus/clean.ts';
import type { FeedbackLog, QuestionCount, Vote } from '../feedback/feedback.ts';
import type { Sql } from './sql.ts';
import { text } from './values.ts';

/** Questions differing only in case, accents or spacing are counted together. */
export const questionKey = (question: string): string =>
  fold(question)
    .replace(/[\s?!.,;:]+/g, ' ')
    .trim();

export class Feedback implements FeedbackLog {
  constructor(private readonly sql: Sql) {}

  async unanswered(command: string, question: string, at: Date): Promise<void> {
    await this.sql.run(
      'INSERT INTO unanswered_questions (command, question, question_key, asked_at) VALUES (?, ?, ?, ?)',
      [command, question, questionKey(question), at.toISOString()],
    );
  }

  async vote(vote: Vote): Promise<boolean> {
    const changed = await this.sql.run(
      `INSERT INTO answer_votes (vote_key, command, question, question_key, helpful, voted_at, reason, detail)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (vote_key) DO NOTHING`,
      [
        vote.key,
        vote.command,
        vote.question,
        questionKey(vote.question),
        vote.helpful ? 1 : 0,
        vote.at.toISOString(),
        vote.reason ?? null,
        vote.detail ?? null,
      ],
    );
    return changed > 0;
  }

  /** Why answers to a question did not help, newest first. */
  async reasons(question: string): Promise<{ reason?: string; detail?: string }[]> {
    const rows = await this.sql.all(
      'SELECT reason, detail FROM answer_votes WHERE question_key = ? AND helpful = 0 ORDER BY voted_at DESC, vote_key',
      [questionKey(question)],
    );
    return rows.map((row) => ({ reason: text(row.reason), detail: text(row.detail) }));
  }

  async questions(since: Date, limit: number): Promise<QuestionCount[]> {
    const from = since.toISOString();
    const rows = await this.sql.all(
      `SELECT MIN(question) AS question, SUM(unanswered) AS unanswered, SUM(unhelpful) AS unhelpful
       FROM (
         SELECT question_key, question, 1 AS unanswered, 0 AS unhelpful FROM unanswered_questions WHERE asked_at >= ?
         UNION ALL
         SELECT question_key, question, 0 AS unanswered, 1 AS unhelpful FROM answer_votes WHERE helpful = 0 AND voted_at >= ?
       ) AS asked
       GROUP BY question_key
       ORDER BY SUM(unanswered) + SUM(unhelpful) DESC, MIN(question)
       LIMIT ?`,
      [from, from, limit],
    );
    return rows.map((row) => ({
      question: String(row.question),
      unanswered: Number(row.unanswered),
      unhelpful: Number(row.unhelpful),
    }));
  }
}
