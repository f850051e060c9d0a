/**
 * Followed sources and the items taken from them, over the state database. A check's outcome (its
 * new items and the source's new state) is written in one transaction: all of it or none.
 */
import type { Db } from './database.ts';

export type SourceKind = 'feed' | 'page';

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

export type NewSource = Pick<Source, 'name' | 'url' | 'fetchUrl' | 'kind' | 'country' | 'everyMinutes' | 'addedBy' | 'addedAt'>;

export interface SavedItem {
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

type Row = Record<string, unknown>;
const optional = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
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
  items: Number(row.items ?? 0),
});

const SELECT = 'SELECT s.*, (SELECT count(*) FROM source_items i WHERE i.source_id = s.id) AS items FROM sources s';

export class SourceStore {
  constructor(private readonly db: Db) {}

  all(): Source[] {
    return (this.db.prepare(`${SELECT} ORDER BY s.name`).all() as Row[]).map(toSource);
  }

  byName(name: string): Source | undefined {
    const row = this.db.prepare(`${SELECT} WHERE s.name = ? COLLATE NOCASE`).get(name) as Row | undefined;
    return row ? toSource(row) : undefined;
  }

  byFetchUrl(url: string): Source | undefined {
    const row = this.db.prepare(`${SELECT} WHERE s.fetch_url = ?`).get(url) as Row | undefined;
    return row ? toSource(row) : undefined;
  }

  add(source: NewSource): Source {
    const id = this.db
      .prepare(
        `INSERT INTO sources (name, url, fetch_url, kind, country, every_minutes, added_by, added_at, next_check_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(source.name, source.url, source.fetchUrl, source.kind, source.country ?? null, source.everyMinutes, source.addedBy ?? null, source.addedAt.toISOString(), source.addedAt.toISOString())
      .lastInsertRowid;
    return toSource(this.db.prepare(`${SELECT} WHERE s.id = ?`).get(id) as Row);
  }

  /** Forget a source and its item keys; the documents already saved stay. */
  remove(id: number): boolean {
    return this.db.prepare('DELETE FROM sources WHERE id = ?').run(id).changes > 0;
  }

  itemKeys(id: number): Set<string> {
    return new Set(this.db.prepare('SELECT item_key FROM source_items WHERE source_id = ?').pluck().all(id) as string[]);
  }

  files(id: number): string[] {
    return this.db.prepare('SELECT file FROM source_items WHERE source_id = ? ORDER BY added_at').pluck().all(id) as string[];
  }

  /** Record a check: on success its items and validators, on failure the error and one more failure. */
  record(id: number, check: CheckRecord): void {
    const insert = this.db.prepare(
      'INSERT INTO source_items (source_id, item_key, file, title, published, added_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
    );
    this.db.transaction(() => {
      if (!check.ok) {
        this.db
          .prepare('UPDATE sources SET last_checked_at = ?, last_error = ?, failures = failures + 1, next_check_at = ? WHERE id = ?')
          .run(check.at.toISOString(), JSON.stringify(check.error), check.next.toISOString(), id);
        return;
      }
      for (const item of check.items) insert.run(id, item.key, item.file, item.title, item.published ?? null, check.at.toISOString());
      this.db
        .prepare(
          `UPDATE sources SET last_checked_at = ?, last_success_at = ?, last_error = NULL, failures = 0, next_check_at = ?,
             etag = ?, last_modified = ?, content_hash = ? WHERE id = ?`,
        )
        .run(check.at.toISOString(), check.at.toISOString(), check.next.toISOString(), check.etag ?? null, check.lastModified ?? null, check.contentHash ?? null, id);
    })();
  }
}
