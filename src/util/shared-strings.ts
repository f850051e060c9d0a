/**
 * One copy of each short string that many values hold. A document sent from a parse worker
 * arrives as a structured clone, every string a copy of its own: 100,000 documents held 100,000
 * copies of "development", of their country's name, of "Ministry of the Interior", of a dozen
 * headings and labels (issue 26: about a sixth of the heap the documents took at 20,000).
 */
export class SharedStrings {
  private readonly strings = new Map<string, string>();

  /**
   * @param maxLength longer strings (a paragraph) are rarely the same twice and are left alone:
   *   looking them up would cost more than it saves.
   */
  constructor(private readonly maxLength = 100) {}

  /**
   * `value`'s strings (in its own properties and array items, at any depth) replaced, in place,
   * by the copy seen first: the same strings, equal as before, one copy each. Returns `value`.
   */
  share<T>(value: T): T {
    if (Array.isArray(value)) {
      for (let at = 0; at < value.length; at++) value[at] = this.item(value[at]);
    } else if (typeof value === 'object' && value !== null) {
      const record = value as Record<string, unknown>;
      for (const key of Object.keys(record)) record[key] = this.item(record[key]);
    }
    return value;
  }

  private item(item: unknown): unknown {
    if (typeof item !== 'string') return typeof item === 'object' ? this.share(item) : item;
    if (item.length > this.maxLength) return item;
    const kept = this.strings.get(item);
    if (kept !== undefined) return kept;
    this.strings.set(item, item);
    return item;
  }
}
