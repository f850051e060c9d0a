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
