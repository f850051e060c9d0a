/**
 * Interaction ids received over HTTP, shared by every instance on the database and kept across
 * restarts, each until it may be forgotten. Claiming an id is one statement (an insert that only
 * takes over an expired row), so two instances receiving the same request at once cannot both win.
 */
import type { Sql } from './sql.ts';

/** Expired rows are deleted at most this often, by whichever claim comes along. */
const PRUNE_EVERY_MS = 60_000;

export class Interactions {
  private prunedAt = 0;

  constructor(private readonly sql: Sql) {}

  /** Remembers `id` until `expiresAtMs`; false when it is remembered already (a replay). */
  async claim(id: string, nowMs: number, expiresAtMs: number): Promise<boolean> {
    const now = new Date(nowMs).toISOString();
    const changed = await this.sql.run(
      `INSERT INTO seen_interactions (id, expires_at) VALUES (?, ?)
       ON CONFLICT (id) DO UPDATE SET expires_at = excluded.expires_at WHERE seen_interactions.expires_at <= ?`,
      [id, new Date(expiresAtMs).toISOString(), now],
    );
    if (nowMs - this.prunedAt >= PRUNE_EVERY_MS) {
      this.prunedAt = nowMs;
      await this.sql.run('DELETE FROM seen_interactions WHERE expires_at <= ?', [now]);
    }
    return changed > 0;
  }
}
