/** Autocomplete's matching, answered from memory: what contains the typed text, what starts with it first. */
import { fold } from '../corpus/clean.ts';

/**
 * Up to `limit` items one of whose (folded) keys contains the typed text, those whose first key
 * starts with it first, each group in the items' own order. One pass, stopping once `limit`
 * items start with it.
 */
export function matchTyped<T>(
  items: Iterable<T>,
  foldedKeys: (item: T) => readonly string[],
  typed: string,
  limit = 25,
): T[] {
  const needle = fold(typed.trim());
  const starting: T[] = [];
  const containing: T[] = [];
  for (const item of items) {
    const keys = foldedKeys(item);
    if (keys[0]?.startsWith(needle)) {
      starting.push(item);
      if (starting.length >= limit) break;
    } else if (containing.length < limit && keys.some((key) => key.includes(needle))) containing.push(item);
  }
  return [...starting, ...containing].slice(0, limit);
}
