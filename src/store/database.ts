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
  -- Sources the bot follows (feeds, pages that link one, pages watched for changes).
  CREATE TABLE sources (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL UNIQUE,
    url             TEXT NOT NULL,           -- as the moderator gave it
    fetch_url       TEXT NOT NULL UNIQUE,    -- what is polled: the feed, or the page itself
    kind            TEXT NOT NULL CHECK (kind IN ('feed', 'page')),
    country         TEXT,
    every_minutes   INTEGER NOT NULL CHECK (every_minutes > 0),
    added_by        TEXT,
    added_at        TEXT NOT NULL,
    etag            TEXT,
    last_modified   TEXT,
    content_hash    TEXT,                    -- pages: the main content last seen
    last_checked_at TEXT,
    last_success_at TEXT,
    last_error      TEXT,                    -- JSON {problem, detail}, cleared by a success
    failures        INTEGER NOT NULL DEFAULT 0,
    next_check_at   TEXT NOT NULL
  );

  -- Every item taken from a source, so none is saved twice; file: the document under DATA_DIR/sources.
  CREATE TABLE source_items (
    source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    item_key  TEXT NOT NULL,
    file      TEXT NOT NULL,
    title     TEXT NOT NULL,
    published TEXT,
    added_at  TEXT NOT NULL,
    PRIMARY KEY (source_id, item_key)
  ) WITHOUT ROWID;

  -- Schedules take the preview's filters, a time zone for "at", a role to ping, and where they post.
  ALTER TABLE schedules ADD COLUMN country TEXT;
  ALTER TABLE schedules ADD COLUMN topic TEXT;
  ALTER TABLE schedules ADD COLUMN time_zone TEXT NOT NULL DEFAULT 'UTC';
  ALTER TABLE schedules ADD COLUMN role_id TEXT;
  ALTER TABLE schedules ADD COLUMN destination TEXT NOT NULL DEFAULT 'channel' CHECK (destination IN ('channel', 'thread', 'forum'));
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
