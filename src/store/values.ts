/** Reading values back from either database (PostgreSQL gives BIGINT as text, SQLite numbers). */
export const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
export const instant = (value: unknown): Date => new Date(String(value));
export const fromJson = (value: unknown): unknown => JSON.parse(String(value));
export const optionalNumber = (value: unknown): number | undefined =>
  value === null || value === undefined ? undefined : Number(value);
