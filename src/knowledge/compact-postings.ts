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
import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';

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

/**
 * Each word's data in MiniSearch's tree, with a way to put another value in its place; `visit`
 * returning false stops. Depth first, each node's edges in their order: words put in a new tree
 * in this order give it the same order of edges, so that its prefix and fuzzy matches (and the
 * spelling suggested from them, on ties) come in the same order as in the tree built by indexing.
 */
function eachWord(tree: TreeNode, visit: (data: unknown, node: TreeNode) => boolean | void): void {
  const walk = (node: TreeNode): boolean => {
    for (const [label, child] of node)
      if (label === LEAF ? visit(child, node) === false : !walk(child as TreeNode)) return false;
    return true;
  };
  walk(tree);
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
      return false;
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

/** Postings noted per chunk of `PostingLog` (three 4-byte columns: a megabyte each). */
const LOG_CHUNK = 1 << 18;

/**
 * Postings in the order MiniSearch adds them, in chunks (growing never copies): each row the
 * word and field it is of (`word * fields + field`, the word numbered in the order first met),
 * the document's short id, and the count so far.
 */
class PostingLog {
  private readonly keys: Int32Array[] = [];
  private readonly shortIds: Int32Array[] = [];
  private readonly counts: Int32Array[] = [];
  length = 0;

  append(key: number, shortId: number): number {
    const at = this.length & (LOG_CHUNK - 1);
    if (at === 0) {
      this.keys.push(new Int32Array(LOG_CHUNK));
      this.shortIds.push(new Int32Array(LOG_CHUNK));
      this.counts.push(new Int32Array(LOG_CHUNK));
    }
    const chunk = this.keys.length - 1;
    this.keys[chunk]![at] = key;
    this.shortIds[chunk]![at] = shortId;
    this.counts[chunk]![at] = 1;
    return this.length++;
  }

  shortId(row: number): number {
    return this.shortIds[row >>> 18]![row & (LOG_CHUNK - 1)]!;
  }

  increment(row: number): void {
    this.counts[row >>> 18]![row & (LOG_CHUNK - 1)]!++;
  }

  /** Every row in order, a chunk's columns at a time. */
  *chunks(): IterableIterator<{ keys: Int32Array; shortIds: Int32Array; counts: Int32Array; length: number }> {
    for (let chunk = 0; chunk < this.keys.length; chunk++)
      yield {
        keys: this.keys[chunk]!,
        shortIds: this.shortIds[chunk]!,
        counts: this.counts[chunk]!,
        length: Math.min(LOG_CHUNK, this.length - chunk * LOG_CHUNK),
      };
  }
}

/** An Int32Array twice as long, the first part copied, the rest filled with `fill`. */
function grown(array: Int32Array, fill: number): Int32Array<ArrayBuffer> {
  const next = new Int32Array(Math.max(1024, array.length * 2)).fill(fill);
  next.set(array);
  return next;
}

/**
 * Add documents to a new, empty index with their postings written straight into a
 * `PostingStore`: the same store, and the same term tree, as adding them and then
 * `compactPostings`, without ever holding MiniSearch's `Map` per word and field. Those `Map`s were
 * the build's peak (at 100,000 documents hundreds of megabytes more than the packed arrays), and
 * V8 keeps the pages of a peak long after collecting it, so the process stayed that large.
 *
 * MiniSearch's own `add` does everything else (ids, field lengths, the tree, whose words it puts
 * in the order first met, as before): only its `addTerm`, which counts a word in a document's
 * field, is replaced for the while. A word's leaf in the tree holds its number until the end,
 * when it gets its `CompactTerm`; the words are numbered in the tree's order, as
 * `compactPostings` numbers them, and each word's rows in a field stay in the order added.
 */
export function addAllCompacted<T>(index: MiniSearch<T>, documents: Iterable<T>): PostingStore {
  const internals = index as unknown as {
    _index: { fetch(term: string, initial: () => unknown): unknown; _tree: TreeNode; size: number };
    _fieldIds: Record<string, number>;
    addTerm(fieldId: number, shortId: number, term: string): void;
  };
  if (internals._index.size > 0) throw new Error('addAllCompacted: the index must be empty');
  const fields = Math.max(0, ...Object.values(internals._fieldIds)) + 1;
  const log = new PostingLog();
  /** By `word * fields + field`: the log row of the word's last posting in the field, -1 for none. */
  let last: Int32Array<ArrayBuffer> = new Int32Array(0);
  /** By the same: how many postings the word has in the field. */
  let sizes: Int32Array<ArrayBuffer> = new Int32Array(0);
  let words = 0;
  const newWord = (): number => {
    if ((words + 1) * fields > last.length) {
      last = grown(last, -1);
      sizes = grown(sizes, 0);
    }
    return words++;
  };
  internals.addTerm = (fieldId, shortId, term) => {
    const key = (internals._index.fetch(term, newWord) as number) * fields + fieldId;
    const row = last[key]!;
    // A document's terms are all added before the next document's: its posting, if any, is the last.
    if (row >= 0 && log.shortId(row) === shortId) log.increment(row);
    else {
      last[key] = log.append(key, shortId);
      sizes[key]!++;
    }
  };
  try {
    for (const document of documents) index.add(document);
  } finally {
    delete (internals as Partial<typeof internals>).addTerm;
  }

  const starts = new Int32Array(words * fields + 1);
  const shortIds = new Int32Array(log.length);
  const counts = new Uint16Array(log.length);
  const largeCounts = new Map<number, number>();
  const store = new PostingStore(fields, starts, shortIds, counts, largeCounts);
  // Words numbered in the tree's order; `last` becomes each (word, field)'s next row to write.
  const next = last;
  let word = 0;
  let row = 0;
  eachWord(internals._index._tree, (data, node) => {
    const first = (data as number) * fields;
    for (let field = 0; field < fields; field++) {
      starts[word * fields + field] = row;
      next[first + field] = row;
      row += sizes[first + field]!;
    }
    node.set(LEAF, new CompactTerm(store, word));
    word++;
  });
  starts[words * fields] = row;
  for (const chunk of log.chunks())
    for (let at = 0; at < chunk.length; at++) {
      const to = next[chunk.keys[at]!]!++;
      shortIds[to] = chunk.shortIds[at]!;
      const count = chunk.counts[at]!;
      if (count >= LARGE_COUNT) {
        counts[to] = LARGE_COUNT;
        largeCounts.set(to, count);
      } else counts[to] = count;
    }
  return store;
}

/**
 * A compacted index in parts: MiniSearch's own JSON without its postings (`head`, from
 * `toJSON()` of the index with an empty term tree), the words in the store's order, and the
 * store's arrays. Loading them builds no `Map` per word and reads no number per posting; a worker
 * hands the arrays over without copying them.
 */
export interface CompactParts {
  head: AsPlainObject;
  words: string[];
  fields: number;
  starts: Int32Array;
  shortIds: Int32Array;
  counts: Uint16Array;
  largeCounts: Array<[number, number]>;
}

interface TreeHolder {
  _index: Iterable<[string, unknown]> & { set(term: string, value: unknown): unknown };
}

/** An index's parts (compacting it first if need be). The arrays are the index's own, not copies. */
export function compactParts(index: MiniSearch): CompactParts {
  const store = compactPostings(index);
  const holder = index as unknown as TreeHolder;
  const words: string[] = [];
  for (const [word, data] of holder._index) words[(data as CompactTerm).word] = word;
  // MiniSearch writes everything but the postings: its tree is set aside while it does.
  const tree = holder._index;
  holder._index = new (tree.constructor as new () => TreeHolder['_index'])();
  let head: AsPlainObject;
  try {
    head = index.toJSON();
  } finally {
    holder._index = tree;
  }
  const { fields, starts, shortIds, counts, largeCounts } = store;
  return { head, words, fields, starts, shortIds, counts, largeCounts: [...largeCounts] };
}

/** The index of `compactParts`, compacted as it was, with the same options it was built with. */
export function fromParts<T>(parts: CompactParts, options: Options<T>): MiniSearch<T> {
  const index = MiniSearch.loadJS<T>(parts.head, options);
  const store = storeOf(parts);
  const tree = (index as unknown as TreeHolder)._index;
  parts.words.forEach((word, at) => tree.set(word, new CompactTerm(store, at)));
  return index;
}

/** Words put in the term tree between two turns of the event loop by `fromPartsAsync`. */
const WORDS_PER_TURN = 2000;

/** The index of `compactParts`, its words put in the term tree in batches between event-loop turns. */
export async function fromPartsAsync<T>(parts: CompactParts, options: Options<T>): Promise<MiniSearch<T>> {
  const index = await MiniSearch.loadJSAsync<T>(parts.head, options);
  const store = storeOf(parts);
  const tree = (index as unknown as TreeHolder)._index;
  for (let at = 0; at < parts.words.length; at++) {
    tree.set(parts.words[at]!, new CompactTerm(store, at));
    if ((at + 1) % WORDS_PER_TURN === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  return index;
}

const storeOf = (parts: CompactParts): PostingStore =>
  new PostingStore(parts.fields, parts.starts, parts.shortIds, parts.counts, new Map(parts.largeCounts));
