/**
 * Documents added from Discord, with their bytes, so every host running the bot can write them
 * into its own seeds folder. A removed one keeps its row without the bytes (removed_at set), so
 * the other hosts learn to move their copy aside.
 */
import type { Row, Sql } from './sql.ts';
import { instant, text } from './values.ts';

const DOCUMENTS_TOPIC = 'documents';

export interface AddedDocument {
  file: string;
  addedBy?: string;
  addedAt: Date;
  bytes: number;
  sha256: string;
  /** Set when it was removed from Discord. */
  removedAt?: Date;
}

const toDocument = (row: Row): AddedDocument => ({
  file: String(row.file),
  addedBy: text(row.added_by),
  addedAt: instant(row.added_at),
  bytes: Number(row.bytes),
  sha256: String(row.sha256),
  removedAt: text(row.removed_at) ? instant(row.removed_at) : undefined,
});

const COLUMNS = 'file, added_by, added_at, bytes, sha256, removed_at';

export class Documents {
  constructor(private readonly sql: Sql) {}

  /** Keep a document's bytes (replacing an earlier one of the same file), and tell the other processes. */
  async save(document: Omit<AddedDocument, 'bytes' | 'removedAt'>, content: Uint8Array): Promise<void> {
    await this.sql.transaction(async (tx) => {
      await tx.run(
        `INSERT INTO documents (file, added_by, added_at, bytes, sha256, content, removed_at) VALUES (?, ?, ?, ?, ?, ?, NULL)
         ON CONFLICT (file) DO UPDATE SET added_by = excluded.added_by, added_at = excluded.added_at, bytes = excluded.bytes,
           sha256 = excluded.sha256, content = excluded.content, removed_at = NULL`,
        [
          document.file,
          document.addedBy ?? null,
          document.addedAt.toISOString(),
          content.byteLength,
          document.sha256,
          content,
        ],
      );
      await tx.notify(DOCUMENTS_TOPIC);
    });
  }

  /**
   * Mark a document removed (its bytes dropped; a file that was never added from Discord gets a row
   * too), so other hosts move aside their copy with this hash; and tell them.
   */
  async remove(file: string, at: Date, sha256: string): Promise<void> {
    await this.sql.transaction(async (tx) => {
      await tx.run(
        `INSERT INTO documents (file, added_at, bytes, sha256, removed_at) VALUES (?, ?, 0, ?, ?)
         ON CONFLICT (file) DO UPDATE SET removed_at = excluded.removed_at, sha256 = excluded.sha256, content = NULL`,
        [file, at.toISOString(), sha256, at.toISOString()],
      );
      await tx.notify(DOCUMENTS_TOPIC);
    });
  }

  /** A document added from Discord and not removed. */
  async get(file: string): Promise<AddedDocument | undefined> {
    const [row] = await this.sql.all(`SELECT ${COLUMNS} FROM documents WHERE file = ? AND removed_at IS NULL`, [file]);
    return row ? toDocument(row) : undefined;
  }

  /** Every document added from Discord, removed ones included (without bytes). */
  async all(): Promise<AddedDocument[]> {
    return (await this.sql.all(`SELECT ${COLUMNS} FROM documents ORDER BY file`)).map(toDocument);
  }

  async content(file: string): Promise<Uint8Array | undefined> {
    const [row] = await this.sql.all('SELECT content FROM documents WHERE file = ? AND removed_at IS NULL', [file]);
    return row?.content instanceof Uint8Array ? row.content : undefined;
  }

  /** Be told when another process adds or removes a document (PostgreSQL; SQLite hosts watch their folder). */
  onChange(notice: () => void): Promise<() => Promise<void>> {
    return this.sql.listen(DOCUMENTS_TOPIC, notice);
  }
}
