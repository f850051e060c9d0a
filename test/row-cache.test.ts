import { describe, expect, it } from 'vitest';
import { RowCache, type Rows } from '../src/knowledge/row-cache.ts';

/** A word's rows as scoring would give them: `length` documents, each row telling whose it is. */
function rowsOf(key: number, length: number): Rows & { key: number } {
  const docs = Int32Array.from({ length }, (_, row) => key * 1000 + row);
  return {
    key,
    docs,
    scores: Float64Array.from(docs, (doc) => doc / 7),
    exact: Float32Array.from(docs, (doc) => doc % 3),
  };
}

const plain = (rows: Rows) => [Array.from(rows.docs), Array.from(rows.scores), Array.from(rows.exact)];

describe('RowCache', () => {
  it('grows its block to the budget, moves words asked for, and keeps what a reading was given', () => {
    const lengths = [0, 3, 40, 120, 250, 7, 90, 300, 1, 60];
    const cache = new RowCache<Rows & { key: number }>(1_000, 16, 300, (value, rows) => ({ ...value, ...rows }));
    let state = 5;
    const next = () => (state = (state * 48271) % 2147483647) % lengths.length;
    let keptCount = 0;
    const blocks = new Set<ArrayBufferLike>();
    for (let question = 0; question < 300; question++)
      cache.reading(() => {
        const asked = Array.from({ length: 1 + (question % 4) }, () => next());
        const given = asked.map((key) => {
          const kept = cache.get(String(key));
          if (kept) return kept;
          const rows = rowsOf(key, lengths[key]!);
          const stored = cache.set(String(key), rows);
          if (stored) {
            keptCount++;
            if (question > 100) blocks.add(stored.docs.buffer);
          }
          return stored ?? rows;
        });
        given.forEach((rows, i) => expect(plain(rows)).toEqual(plain(rowsOf(asked[i]!, lengths[asked[i]!]!))));
      });
    expect(keptCount).toBeGreaterThan(50);
    // Grown once to the budget early on, then the same block reused.
    expect(blocks.size).toBe(1);
    expect(cache.size).toBeLessThanOrEqual(1_000);
  });

  it('keeps nothing outside a reading', () => {
    const cache = new RowCache<Rows>(100, 16, 10, (value, rows) => ({ ...value, ...rows }));
    expect(() => cache.set('a', rowsOf(1, 3))).toThrow(/outside a reading/);
  });
});
