/**
 * The state database: one SQLite file under DATA_DIR (WAL journal, foreign keys on), brought to
 * the schema this code expects by the migrations below, counted in PRAGMA user_version.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';

export type Db = Database.Database;

export const DATABASE_FILE = 'liaison.sqlite';

/**
 * Migration i takes the schema from version i to i + 1, in one transaction with the version bump.
 * Append new ones; never edit one that has shipped.
 */
export const MIGRATIONS: readonly string[] = [
  `
  -- One row per digest actually sent: where, which period, which messages.
  CREATE TABLE digests (
    id           INTEGER PRIMARY KEY,
    channel_id   TEXT NOT NULL,
    period_start TEXT NOT NULL,
    period_end   TEXT NOT NULL,
    posted_at    TEXT NOT NULL,
    message_ids  TEXT NOT NULL,            -- JSON array of Discord message ids
    trigger      TEXT NOT NULL CHECK (trigger IN ('command', 'schedule'))
  );
  CREATE INDEX digests_by_channel ON digests (channel_id, posted_at);

  -- The ledger: every development posted to a channel, so no digest repeats it.
  CREATE TABLE digest_items (
    channel_id  TEXT NOT NULL,
    document_id TEXT NOT NULL,
    digest_id   INTEGER NOT NULL REFERENCES digests (id),
    dated       TEXT NOT NULL,
    PRIMARY KEY (channel_id, document_id)
  ) WITHOUT ROWID;

  -- Recurring digests, one per channel. last_slot: the scheduled time last handled (ISO instant).
  CREATE TABLE schedules (
    channel_id TEXT PRIMARY KEY,
    guild_id   TEXT,
    every      TEXT NOT NULL CHECK (every IN ('daily', 'weekly')),
    at         TEXT NOT NULL,              -- HH:MM, UTC
    weekday    INTEGER CHECK (weekday BETWEEN 0 AND 6),
    locale     TEXT NOT NULL,
    created_by TEXT,
    created_at TEXT NOT NULL,
    last_slot  TEXT NOT NULL
  );

  -- Documents added from Discord (files dropped into the folder are not listed here).
  CREATE TABLE documents (
    file     TEXT PRIMARY KEY,
    added_by TEXT,
    added_at TEXT NOT NULL,
    bytes    INTEGER NOT NULL,
    sha256   TEXT NOT NULL
  );
  `,
  `
  -- Questions the documents could not answer: the text and when, nothing about who asked.
  -- question_key: the question folded (case, accents, spacing), so repeats count together.
  CREATE TABLE unanswered_questions (
    id           INTEGER PRIMARY KEY,
    command      TEXT NOT NULL,
    question     TEXT NOT NULL,
    question_key TEXT NOT NULL,
    asked_at     TEXT NOT NULL
  );
  CREATE INDEX unanswered_questions_by_time ON unanswered_questions (asked_at);

  -- Helpful / not helpful votes on answers. vote_key: a hash of the answer and the voter, so each
  -- person counts once per answer and nobody is named.
  CREATE TABLE answer_votes (
    vote_key     TEXT PRIMARY KEY,
    command      TEXT NOT NULL,
    question     TEXT NOT NULL,
    question_key TEXT NOT NULL,
    helpful      INTEGER NOT NULL CHECK (helpful IN (0, 1)),
    voted_at     TEXT NOT NULL
  );
  CREATE INDEX answer_votes_by_time ON answer_votes (voted_at);
  `,
];

/** Apply the pending migrations; refuse a database written by newer code. Returns the version. */
export function migrate(db: Db, migrations: readonly string[] = MIGRATIONS): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > migrations.length) {
    throw new Error(`${db.name} has schema version ${current}, newer than this code knows (${migrations.length}).`);
  }
  migrations.slice(current).forEach((sql, i) => {
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${current + i + 1}`);
    })();
  });
  return migrations.length;
}

/** Open (creating the folder and file on first start) and migrate the database under `dataDir`. */
export function openDatabase(dataDir: string): Db {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, DATABASE_FILE));
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
