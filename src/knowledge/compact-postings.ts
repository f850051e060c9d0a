/**
 * MiniSearch's postings packed into typed arrays. MiniSearch keeps, for every word of its term tree,
 * a `Map` of fields, each a `Map` from document to the word's count in it: at 100,000 documents
 * tens of millions of entries, most of the heap, and what a common word's scoring iterates. Once
 * an index is built (or loaded) and will not change, `compactPostings` copies every word's postings
 * into a few shared arrays and leaves in the tree, where the word's `Map` was, a `CompactTerm`: two
 * numbers' worth of object that answers the same reads (`get(fieldId)`, `size`, iteration), so
 * MiniSearch's own search, suggestions and `toJSON` still work, while `TermScorer` reads the arrays
 * straight.
 *
 * Postings keep MiniSearch's order (a field's documents in the order they were added), so scores
 * summed in that order come out the same to the last bit. The index is read-only afterwards:
 * adding or removing a document would need MiniSearch's `Map`s back.
 */
import type MiniSearch from 'minisearch';

/** MiniSearch's tree (`SearchableMap._tree`): a node maps edge labels to nodes, and '' to a word's data. */
type TreeNode = Map<string, unknown>;
/** A word's postings as MiniSearch builds them: field id → (document short id → count). */
type FieldPostings = Map<number, Map<number, number>>;

const LEAF = '';
/** A count this large or larger is kept in `PostingStore.largeCounts` (a word 65,535 times in one document). */
const LARGE_COUNT = 0xffff;

/** Every word's postings, word after word, field after field (compressed sparse rows). */
export class PostingStore {
  /**
   * @param fields the number of field ids
   * @param starts the first row of word `w`'s postings in field `f` is `starts[w * fields + f]`; its
   *   last is before the next such start
   * @param shortIds MiniSearch's short id of each row's document
   * @param counts how often the word is in that field of that document, `LARGE_COUNT` for "look it up"
   * @param largeCounts the counts too large for `counts`, by row
   */
  constructor(
    readonly fields: number,
    readonly starts: Int32Array,
    readonly shortIds: Int32Array,
    readonly counts: Uint16Array,
    readonly largeCounts: ReadonlyMap<number, number>,
  ) {}

  count(row: number): number {
    const count = this.counts[row]!;
    return count === LARGE_COUNT ? this.largeCounts.get(row)! : count;
  }
}

/** One field's postings of one word, read as the `Map` MiniSearch had there (short id → count). */
class FieldView implements Iterable<[number, number]> {
  constructor(
    private readonly store: PostingStore,
    private readonly from: number,
    private readonly to: number,
  ) {}

  get size(): number {
    return this.to - this.from;
  }

  get(shortId: number): number | undefined {
    const { shortIds } = this.store;
    // Rows are in the order documents were added, that is by short id: a binary search finds one.
    let low = this.from;
    let high = this.to - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const found = shortIds[middle]!;
      if (found === shortId) return this.store.count(middle);
      if (found < shortId) low = middle + 1;
      else high = middle - 1;
    }
    return undefined;
  }

  has(shortId: number): boolean {
    return this.get(shortId) !== undefined;
  }

  *keys(): IterableIterator<number> {
    for (let row = this.from; row < this.to; row++) yield this.store.shortIds[row]!;
  }

  *entries(): IterableIterator<[number, number]> {
    for (let row = this.from; row < this.to; row++) yield [this.store.shortIds[row]!, this.store.count(row)];
  }

  [Symbol.iterator](): IterableIterator<[number, number]> {
    return this.entries();
  }
}

/** A word's postings in a `PostingStore`, standing in MiniSearch's tree where its `Map` of fields was. */
export class CompactTerm implements Iterable<[number, FieldView]> {
  constructor(
    readonly store: PostingStore,
    /** The word's number in the store. */
    readonly word: number,
  ) {}

  /** The first and past-the-last rows of the word's postings in a field. */
  rows(fieldId: number): [number, number] {
    const at = this.word * this.store.fields + fieldId;
    return [this.store.starts[at]!, this.store.starts[at + 1]!];
  }

  /** Fields holding the word, as MiniSearch's `Map` of fields counts them. */
  get size(): number {
    let size = 0;
    for (let field = 0; field < this.store.fields; field++) {
      const [from, to] = this.rows(field);
      if (to > from) size++;
    }
    return size;
  }

  get(fieldId: number): FieldView | undefined {
    if (!(fieldId >= 0 && fieldId < this.store.fields)) return undefined;
    const [from, to] = this.rows(fieldId);
    return to > from ? new FieldView(this.store, from, to) : undefined;
  }

  *entries(): IterableIterator<[number, FieldView]> {
    for (let field = 0; field < this.store.fields; field++) {
      const view = this.get(field);
      if (view) yield [field, view];
    }
  }

  [Symbol.iterator](): IterableIterator<[number, FieldView]> {
    return this.entries();
  }
}

/** Each word's data in MiniSearch's tree, with a way to put another value in its place. */
function eachWord(tree: TreeNode, visit: (data: unknown, node: TreeNode) => void): void {
  const stack: TreeNode[] = [tree];
  for (let node = stack.pop(); node; node = stack.pop())
    for (const [label, child] of node) {
      if (label === LEAF) visit(child, node);
      else stack.push(child as TreeNode);
    }
}

/**
 * Replace every word's `Map`s in a built or loaded index by a `CompactTerm` over shared arrays
 * (see above). Does nothing to an index already compacted; returns the store.
 */
export function compactPostings(index: MiniSearch): PostingStore {
  const { _index, _fieldIds } = index as unknown as {
    _index: { _tree: TreeNode };
    _fieldIds: Record<string, number>;
  };
  const fields = Math.max(0, ...Object.values(_fieldIds)) + 1;
  let words = 0;
  let postings = 0;
  let compacted: PostingStore | undefined;
  eachWord(_index._tree, (data) => {
    if (data instanceof CompactTerm) {
      compacted = data.store;
      return;
    }
    words++;
    for (const field of (data as FieldPostings).values()) postings += field.size;
  });
  if (compacted) return compacted;
  const starts = new Int32Array(words * fields + 1);
  const shortIds = new Int32Array(postings);
  const counts = new Uint16Array(postings);
  const largeCounts = new Map<number, number>();
  const store = new PostingStore(fields, starts, shortIds, counts, largeCounts);
  let word = 0;
  let row = 0;
  eachWord(_index._tree, (data, node) => {
    const byField = data as FieldPostings;
    for (let field = 0; field < fields; field++) {
      starts[word * fields + field] = row;
      const postingsOfField = byField.get(field);
      if (!postingsOfField) continue;
      for (const [shortId, count] of postingsOfField) {
        shortIds[row] = shortId;
        if (count >= LARGE_COUNT) {
          counts[row] = LARGE_COUNT;
          largeCounts.set(row, count);
        } else counts[row] = count;
        row++;
      }
    }
    // Replacing the value of a key being iterated is safe: the Map's order and size stay.
    node.set(LEAF, new CompactTerm(store, word));
    word++;
  });
  starts[words * fields] = row;
  return store;
}
