/**
 * The state database on PostgreSQL (DATABASE_URL=postgres://…), shared by any number of bot
 * processes on any number of hosts, through node-postgres. Transactions run READ COMMITTED on one
 * pooled client; migrations take an advisory lock so two processes starting together migrate once;
 * NOTIFY/LISTEN tells the other processes that documents changed.
 */
import pg from 'pg';
import { numberedPlaceholders, type Params, type Row, type Sql } from './sql.ts';

/** Any constant: the advisory lock key under which migrations run. */
const MIGRATION_LOCK = 7_715_001;

type Queryable = pg.Pool | pg.PoolClient;

const toValue = (value: unknown): unknown =>
  value instanceof Uint8Array && !Buffer.isBuffer(value) ? Buffer.from(value) : value;

/** A topic as a PostgreSQL identifier: letters, digits and underscores only. */
const channelName = (topic: string): string => `liaison_${topic.replace(/[^a-z0-9_]/gi, '_')}`;

class PostgresSql implements Sql {
  readonly dialect = 'postgres';

  constructor(
    private readonly pool: pg.Pool,
    private readonly client: Queryable,
  ) {}

  async all<T extends Row = Row>(sql: string, params: Params = []): Promise<T[]> {
    const result = await this.client.query(numberedPlaceholders(sql), params.map(toValue));
    return result.rows as T[];
  }

  async run(sql: string, params: Params = []): Promise<number> {
    const result = await this.client.query(numberedPlaceholders(sql), params.map(toValue));
    return result.rowCount ?? 0;
  }

  async exec(script: string): Promise<void> {
    await this.client.query(script);
  }

  async transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T> {
    if (this.client !== this.pool) return work(this);
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(new PostgresSql(this.pool, client));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async schemaVersion(): Promise<number> {
    await this.client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await this.client.query('CREATE TABLE IF NOT EXISTS liaison_schema (version INTEGER NOT NULL)');
    const rows = (await this.client.query('SELECT version FROM liaison_schema')).rows as { version: number }[];
    return rows[0]?.version ?? 0;
  }

  async setSchemaVersion(version: number): Promise<void> {
    await this.client.query('DELETE FROM liaison_schema');
    await this.client.query('INSERT INTO liaison_schema (version) VALUES ($1)', [version]);
  }

  async notify(topic: string): Promise<void> {
    await this.client.query(`NOTIFY ${channelName(topic)}`);
  }

  async listen(topic: string, onNotice: () => void): Promise<() => Promise<void>> {
    const client = await this.pool.connect();
    const name = channelName(topic);
    const handler = (message: pg.Notification) => {
      if (message.channel === name) onNotice();
    };
    client.on('notification', handler);
    await client.query(`LISTEN ${name}`);
    return async () => {
      client.off('notification', handler);
      await client.query(`UNLISTEN ${name}`).catch(() => undefined);
      client.release();
    };
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

export const isPostgresUrl = (url: string | undefined): url is string => /^postgres(ql)?:\/\//i.test(url ?? '');

/** Connect to the database at `url` (checking that it answers). */
export async function openPostgres(url: string): Promise<Sql> {
  const pool = new pg.Pool({ connectionString: url, max: 5, connectionTimeoutMillis: 10_000 });
  // A dropped idle connection is logged by the caller's next query failing, never an uncaught error.
  pool.on('error', () => undefined);
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }
  return new PostgresSql(pool, pool);
}
