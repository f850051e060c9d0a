/**
 * Followed sources and the items taken from them, over the state database. A check's outcome (its
 * new items and the source's new state) is written in one transaction: all of it or none.
 */
import type { Row, Sql } from './sql.ts';
import { optionalNumber, text } from './values.ts';

type SourceKind = 'feed' | 'page';

export interface SourceError {
  problem: string;
  detail: string;
}

export interface Source {
  id: number;
  name: string;
  url: string;
  fetchUrl: string;
  kind: SourceKind;
  country?: string;
  everyMinutes: number;
  addedBy?: string;
  addedAt: Date;
  etag?: string;
  lastModified?: string;
  contentHash?: string;
  lastCheckedAt?: Date;
  lastSuccessAt?: Date;
  lastError?: SourceError;
  failures: number;
  nextCheckAt: Date;
  items: number;
}

export type NewSource = Pick<
  Source,
  'name' | 'url' | 'fetchUrl' | 'kind' | 'country' | 'everyMinutes' | 'addedBy' | 'addedAt'
>;

interface SavedItem {
  key: string;
  file: string;
  title: string;
  published?: string;
}

/** What a check found: success (with the validators for next time and the items saved) or an error. */
export type CheckRecord =
  /** The validators are the ones to send next time (the old ones again after a 304). */
  | { ok: true; at: Date; next: Date; etag?: string; lastModified?: string; contentHash?: string; items: SavedItem[] }
  | { ok: false; at: Date; next: Date; error: SourceError };

const optional = text;
const date = (value: unknown): Date | undefined => (typeof value === 'string' ? new Date(value) : undefined);

const toSource = (row: Row): Source => ({
  id: Number(row.id),
  name: String(row.name),
  url: String(row.url),
  fetchUrl: String(row.fetch_url),
  kind: row.kind as SourceKind,
  country: optional(row.country),
  everyMinutes: Number(row.every_minutes),
  addedBy: optional(row.added_by),
  addedAt: new Date(String(row.added_at)),
  etag: optional(row.etag),
  lastModified: optional(row.last_modified),
  contentHash: optional(row.content_hash),
  lastCheckedAt: date(row.last_checked_at),
  lastSuccessAt: date(row.last_success_at),
  lastError: typeof row.last_error === 'string' ? (JSON.parse(row.last_error) as SourceError) : undefined,
  failures: Number(row.failures),
  nextCheckAt: new Date(String(row.next_check_at)),
  items: optionalNumber(row.items) ?? 0,
});

const SELECT = 'SELECT s.*, (SELECT count(*) FROM source_items i WHERE i.source_id = s.id) AS items FROM sources s';

export class Sources {
  constructor(private readonly sql: Sql) {}

  private async one(where: string, params: readonly unknown[]): Promise<Source | undefined> {
    const [row] = await this.sql.all(`${SELECT} WHERE ${where}`, params);
    return row ? toSource(row) : undefined;
  }

  async all(): Promise<Source[]> {
    return (await this.sql.all(`${SELECT} ORDER BY s.name`)).map(toSource);
  }

  byName(name: string): Promise<Source | undefined> {
    return this.one('lower(s.name) = lower(?)', [name]);
  }

  byFetchUrl(url: string): Promise<Source | undefined> {
    return this.one('s.fetch_url = ?', [url]);
  }

  async add(source: NewSource): Promise<Source> {
    const [row] = await this.sql.all<Row>(
      `INSERT INTO sources (name, url, fetch_url, kind, country, every_minutes, added_by, added_at, next_check_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
      [
        source.name,
        source.url,
        source.fetchUrl,
        source.kind,
        source.country ?? null,
        source.everyMinutes,
        source.addedBy ?? null,
        source.addedAt.toISOString(),
        source.addedAt.toISOString(),
      ],
    );
    return (await this.one('s.id = ?', [Number(row!.id)]))!;
  }

  /** Forget a source and its item keys; the documents already saved stay. */
  async remove(id: number): Promise<boolean> {
    return this.sql.transaction(async (tx) => {
      await tx.run('DELETE FROM source_items WHERE source_id = ?', [id]);
      return (await tx.run('DELETE FROM sources WHERE id = ?', [id])) > 0;
    });
  }

  async itemKeys(id: number): Promise<Set<string>> {
    return new Set(
      (await this.sql.all('SELECT item_key FROM source_items WHERE source_id = ?', [id])).map((row) =>
        String(row.item_key),
      ),
    );
  }

  /** Record a check: on success its items and validators, on failure the error and one more failure. */
  record(id: number, check: CheckRecord): Promise<void> {
    return this.sql.transaction(async (tx) => {
      if (!check.ok) {
        await tx.run(
          'UPDATE sources SET last_checked_at = ?, last_error = ?, failures = failures + 1, next_check_at = ? WHERE id = ?',
          [check.at.toISOString(), JSON.stringify(check.error), check.next.toISOString(), id],
        );
        return;
      }
      for (const item of check.items) {
        await tx.run(
          'INSERT INTO source_items (source_id, item_key, file, title, published, added_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
          [id, item.key, item.file, item.title, item.published ?? null, check.at.toISOString()],
        );
      }
      await tx.run(
        `UPDATE sources SET last_checked_at = ?, last_success_at = ?, last_error = NULL, failures = 0, next_check_at = ?,
           etag = ?, last_modified = ?, content_hash = ? WHERE id = ?`,
        [
          check.at.toISOString(),
          check.at.toISOString(),
          check.next.toISOString(),
          check.etag ?? null,
          check.lastModified ?? null,
          check.contentHash ?? null,
          id,
        ],
      );
    });
  }
}
