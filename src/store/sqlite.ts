/**
 * The state database as one SQLite file under DATA_DIR (WAL journal, foreign keys on), the
 * embedded default. Statements are synchronous (better-sqlite3); a transaction holds the
 * connection (a mutex) so nothing else of this process runs inside it, and BEGIN IMMEDIATE waits
 * (busy_timeout) for other processes on the same file.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Mutex, type Params, type Row, type Sql } from './sql.ts';

export const DATABASE_FILE = 'liaison.sqlite';

type Db = Database.Database;

const toValue = (value: unknown): unknown =>
  value instanceof Uint8Array && !Buffer.isBuffer(value) ? Buffer.from(value) : value;

class SqliteSql implements Sql {
  readonly dialect = 'sqlite';

  constructor(
    readonly db: Db,
    private readonly mutex: Mutex | undefined,
  ) {}

  private guarded<T>(work: () => T): Promise<T> {
    return this.mutex ? this.mutex.lock(async () => work()) : Promise.resolve().then(work);
  }

  all<T extends Row = Row>(sql: string, params: Params = []): Promise<T[]> {
    return this.guarded(() => {
      const statement = this.db.prepare(sql);
      const values = params.map(toValue);
      return (statement.reader ? statement.all(...values) : (statement.run(...values), [])) as T[];
    });
  }

  run(sql: string, params: Params = []): Promise<number> {
    return this.guarded(() => this.db.prepare(sql).run(...params.map(toValue)).changes);
  }

  exec(script: string): Promise<void> {
    return this.guarded(() => void this.db.exec(script));
  }

  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T> {
    if (!this.mutex) return work(this);
    return this.mutex.lock(async () => {
      this.db.exec('BEGIN IMMEDIATE');
      try {
        const result = await work(new SqliteSql(this.db, undefined));
        this.db.exec('COMMIT');
        return result;
      } catch (error) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        throw error;
      }
    });
  }

  schemaVersion(): Promise<number> {
    return this.guarded(() => this.db.pragma('user_version', { simple: true }) as number);
  }

  setSchemaVersion(version: number): Promise<void> {
    return this.guarded(() => void this.db.pragma(`user_version = ${Math.trunc(version)}`));
  }

  // One SQLite file serves one host: the seeds folder there is watched, so there is no one to tell.
  notify(): Promise<void> {
    return Promise.resolve();
  }

  listen(): Promise<() => Promise<void>> {
    return Promise.resolve(async () => undefined);
  }

  close(): Promise<void> {
    if (this.db.open) this.db.close();
    return Promise.resolve();
  }
}

/** Open (creating the folder and file on first start) the database under `dataDir`. */
export function openSqlite(dataDir: string): Sql {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, DATABASE_FILE));
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 10000');
  } catch (error) {
    db.close();
    throw error;
  }
  return new SqliteSql(db, new Mutex());
}

/** A database in memory (tests of the migrations). */
export const memorySqlite = (): Sql => new SqliteSql(new Database(':memory:'), new Mutex());
