/**
 * The one way to cache what is derived from an object that never changes (a KnowledgeBase, a
 * Document, a Passage): computed on first use and kept exactly as long as the object lives. A
 * reload builds a new knowledge base, so its caches start afresh and the old ones go with it.
 * (A class's caches of its own data are private fields; this is for data derived outside it.)
 */
export function memoByObject<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const values = new WeakMap<K, V>();
  return (key) => {
    if (values.has(key)) return values.get(key)!;
    const value = compute(key);
    values.set(key, value);
    return value;
  };
}

/**
 * The one way to keep the `max` values used last, by key (a search's results, a document's
 * passages): a value read again becomes the newest; the oldest goes when one more is kept.
 */
export class RecentlyUsed<K, V> {
  private readonly values = new Map<K, V>();

  constructor(private readonly max: number) {}

  get(key: K): V | undefined {
    const value = this.values.get(key);
    if (value === undefined) return undefined;
    this.values.delete(key);
    this.values.set(key, value);
    return value;
  }

  /** The value, if kept, without making it the newest. */
  peek(key: K): V | undefined {
    return this.values.get(key);
  }

  set(key: K, value: V): void {
    if (this.max <= 0) return;
    this.values.delete(key);
    this.values.set(key, value);
    if (this.values.size > this.max) this.values.delete(this.values.keys().next().value as K);
  }

  clear(): void {
    this.values.clear();
  }
}
