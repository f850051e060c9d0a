/**
 * The state database, SQLite (the default, a file in DATA_DIR) or PostgreSQL (DATABASE_URL), brought
 * to the schema this code expects by the same versioned migrations on both. SQLite counts the
 * version in PRAGMA user_version, PostgreSQL in a one-row table read under an advisory lock.
 */
import { isPostgresUrl, openPostgres } from './postgres.ts';
import { SCHEMA_WORDS, type SchemaWords, type Sql } from './sql.ts';
import { openSqlite } from './sqlite.ts';

export { DATABASE_FILE } from './sqlite.ts';

export type Migration = (words: SchemaWords) => string;

/**
 * Migration i takes the schema from version i to i + 1; all pending ones run in one transaction with
 * the version bump. Append new ones; never edit one that has shipped. Instants are ISO-8601 text
 * (UTC, fixed width), so they compare as text on both databases.
 */
export const MIGRATIONS: readonly Migration[] = [
  (w) => `
  -- One row per digest sent: where, which period, which messages.
  CREATE TABLE digests (
    id           ${w.serial},
    channel_id   TEXT NOT NULL,
    period_start TEXT NOT NULL,
    period_end   TEXT NOT NULL,
    posted_at    TEXT NOT NULL,
    message_ids  TEXT NOT NULL,            -- JSON array of Discord message ids (digests before version 2)
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
  )${w.withoutRowid};

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
  (w) => `
  -- A ledger row is reserved (with the message that will carry it) before that message is sent,
  -- and posted once Discord has it. Rows from before this version were all posted.
  ALTER TABLE digest_items ADD COLUMN nonce TEXT;
  ALTER TABLE digest_items ADD COLUMN state TEXT NOT NULL DEFAULT 'posted' CHECK (state IN ('reserved', 'posted'));

  -- The slot a scheduled digest claimed, and the one before it (given back if nothing went out).
  ALTER TABLE digests ADD COLUMN slot TEXT;
  ALTER TABLE digests ADD COLUMN previous_slot TEXT;

  -- Every digest message, written before it is sent. The nonce goes to Discord with enforce_nonce,
  -- so a resend within minutes returns the message already sent; the marker (its footer) finds it
  -- in the channel's history after that.
  CREATE TABLE digest_messages (
    nonce        TEXT PRIMARY KEY,
    digest_id    INTEGER NOT NULL REFERENCES digests (id),
    channel_id   TEXT NOT NULL,
    position     INTEGER NOT NULL,
    body         TEXT NOT NULL,            -- the message (JSON), sent as it is on every attempt
    marker       TEXT NOT NULL,
    state        TEXT NOT NULL CHECK (state IN ('pending', 'sent', 'dropped')),
    message_id   TEXT,
    created_at   TEXT NOT NULL,
    attempted_at TEXT                      -- the last attempt to send it began
  );
  CREATE INDEX digest_messages_by_state ON digest_messages (state, channel_id, digest_id, position);
  CREATE INDEX digest_items_by_nonce ON digest_items (nonce);

  -- Documents added from Discord carry their bytes, so every host can write them into its folder;
  -- a removed one keeps its row (removed_at set, bytes gone) until every host has let it go.
  ALTER TABLE documents ADD COLUMN content ${w.bytes};
  ALTER TABLE documents ADD COLUMN removed_at TEXT;
  `,
  (w) => `
  -- Sources the bot follows (feeds, pages that link one, pages watched for changes).
  CREATE TABLE sources (
    id              ${w.serial},
    name            TEXT NOT NULL,
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
  -- Names are picked in autocomplete and typed in any case: one source per name, whatever its case.
  CREATE UNIQUE INDEX sources_by_name ON sources (lower(name));

  -- Every item taken from a source, so none is saved twice; file: the document under DATA_DIR/sources.
  CREATE TABLE source_items (
    source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    item_key  TEXT NOT NULL,
    file      TEXT NOT NULL,
    title     TEXT NOT NULL,
    published TEXT,
    added_at  TEXT NOT NULL,
    PRIMARY KEY (source_id, item_key)
  )${w.withoutRowid};

  -- Schedules take the preview's filters, a time zone for "at", a role to ping, and where they post.
  ALTER TABLE schedules ADD COLUMN country TEXT;
  ALTER TABLE schedules ADD COLUMN topic TEXT;
  ALTER TABLE schedules ADD COLUMN time_zone TEXT NOT NULL DEFAULT 'UTC';
  ALTER TABLE schedules ADD COLUMN role_id TEXT;
  ALTER TABLE schedules ADD COLUMN destination TEXT NOT NULL DEFAULT 'channel' CHECK (destination IN ('channel', 'thread', 'forum'));
  `,
  (w) => `

  -- Questions the documents could not answer: the text and when, nothing about who asked.
  -- question_key: the question folded (case, accents, spacing), so repeats count together.
  CREATE TABLE unanswered_questions (
    id           ${w.serial},
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
  (w) => `
  -- Interaction ids received over HTTP, kept until a request carrying one could no longer pass the
  -- timestamp check: a replay to any instance on this database, or after a restart, is refused.
  CREATE TABLE seen_interactions (
    id         TEXT PRIMARY KEY,
    expires_at TEXT NOT NULL
  )${w.withoutRowid};
  CREATE INDEX seen_interactions_by_expiry ON seen_interactions (expires_at);
  `,
  () => `
  -- Channels and forums where every new question is answered without a command. kind: 'forum'
  -- (each new post) or 'text' (each message that is a question); min_confidence: the percentage of
  -- the question's words the best passage must hold (NULL: the search's own threshold); commands:
  -- the lookups that may answer, JSON array (empty: all).
  CREATE TABLE auto_answer_channels (
    channel_id     TEXT PRIMARY KEY,
    guild_id       TEXT,
    kind           TEXT NOT NULL CHECK (kind IN ('forum', 'text')),
    min_confidence INTEGER CHECK (min_confidence BETWEEN 1 AND 100),
    commands       TEXT NOT NULL,
    created_by     TEXT,
    created_at     TEXT NOT NULL
  );

  -- Per server: where "Ask a colleague" opens its threads, and the role they ping.
  CREATE TABLE handoff_channels (
    guild_id   TEXT PRIMARY KEY,
    channel_id TEXT NOT NULL,
    role_id    TEXT,
    set_by     TEXT,
    set_at     TEXT NOT NULL
  );

  -- One hand-off thread per question and server (question_key: the question folded), so a second
  -- "Ask a colleague" finds the first; the thread id leads a moderator's reply back to its question.
  CREATE TABLE handoff_threads (
    guild_id     TEXT NOT NULL,
    question_key TEXT NOT NULL,
    question     TEXT NOT NULL,
    thread_id    TEXT NOT NULL UNIQUE,
    answer_url   TEXT,
    opened_at    TEXT NOT NULL,
    PRIMARY KEY (guild_id, question_key)
  );
  `,
  () => `
  -- Why an answer did not help, as the voter chose it (and their words, if any).
  ALTER TABLE answer_votes ADD COLUMN reason TEXT CHECK (reason IN ('wrong', 'outdated', 'not-found', 'other'));
  ALTER TABLE answer_votes ADD COLUMN detail TEXT;
  `,
];

/** Apply the pending migrations; refuse a database written by newer code. Returns the version. */
export function migrate(sql: Sql, migrations: readonly Migration[] = MIGRATIONS): Promise<number> {
  return sql.transaction(async (tx) => {
    const current = await tx.schemaVersion();
    if (current > migrations.length) {
      throw new Error(
        `The state database has schema version ${current}, newer than this code knows (${migrations.length}).`,
      );
    }
    for (const migration of migrations.slice(current)) await tx.exec(migration(SCHEMA_WORDS[tx.dialect]));
    if (current < migrations.length) await tx.setSchemaVersion(migrations.length);
    return migrations.length;
  });
}

export interface DatabaseSettings {
  DATA_DIR: string;
  DATABASE_URL?: string;
}

/** Open and migrate the state database: PostgreSQL when DATABASE_URL is set, else SQLite in DATA_DIR. */
export async function openDatabase(settings: DatabaseSettings): Promise<Sql> {
  const sql = isPostgresUrl(settings.DATABASE_URL)
    ? await openPostgres(settings.DATABASE_URL)
    : openSqlite(settings.DATA_DIR);
  try {
    await migrate(sql);
    return sql;
  } catch (error) {
    await sql.close();
    throw error;
  }
}
