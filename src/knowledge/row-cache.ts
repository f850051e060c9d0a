/**
 * Scored rows kept by key in one block of typed arrays, reused as entries leave. Each kept entry
 * is a view into the block, so keeping a word's scores allocates no memory outside V8's heap once
 * the block is as large as the budget. Typed arrays allocated for each entry were what started
 * full collections while the cache filled ("external memory pressure": at 100,000 documents one
 * or two mark-compacts of 60-400 ms in every pass of 500 questions); the block is allocated once.
 *
 * The block is a ring: entries are written one after another and leave oldest first, an entry
 * asked for since it was written (or last moved) being moved forward instead, once. Rows an
 * entry leaves are not written over until the reading (`reading`) during which it left is over,
 * so whatever a question was given stays as it was while it asks for more.
 */

/** The columns an entry keeps in the block, one row per document. */
export interface Rows {
  docs: Int32Array;
  scores: Float64Array;
  exact: Float32Array;
}

interface Entry<T> {
  key: string;
  /** Where its rows start, counted from the block's start as rows written in all (so it grows): modulo the block's size. */
  offset: number;
  length: number;
  value: T;
  /** Asked for since it was written or last moved: moved forward once rather than dropped. */
  used: boolean;
}

export class RowCache<T extends Rows> {
  private readonly entries = new Map<string, Entry<T>>();
  /** Entries in the order written, their offsets ascending; from `first` on, those still kept. */
  private queue: Array<Entry<T> | undefined> = [];
  private first = 0;
  private docs = new Int32Array(0);
  private scores = new Float64Array(0);
  private exact = new Float32Array(0);
  /** Where the next entry is written (its offset, or the start of the block's next turn). */
  private head = 0;
  private depth = 0;
  /** While reading: the oldest offset kept when the reading began; no row from it on is written over. */
  private guard = Infinity;

  /**
   * @param budget the most rows the block holds (it grows to it from `initial`)
   * @param reserve rows made free before each reading, for the words it scores anew
   * @param withRows `value` with its columns replaced by `rows`
   */
  constructor(
    private readonly budget: number,
    private readonly initial: number,
    private readonly reserve: number,
    private readonly withRows: (value: T, rows: Rows) => T,
  ) {}

  /** Rows held. */
  get size(): number {
    let rows = 0;
    for (const entry of this.entries.values()) rows += entry.length;
    return rows;
  }

  /**
   * Runs `read`, during which every value `get` and `set` give stays as it is. Readings may nest;
   * the outermost one's end lets the rows of entries gone since be written again.
   */
  reading<R>(read: () => R): R {
    if (this.depth === 0) {
      if (this.docs.length === this.budget) this.makeRoom();
      this.guard = this.tail();
    }
    this.depth++;
    try {
      return read();
    } finally {
      if (--this.depth === 0) this.guard = Infinity;
    }
  }

  /** Whether a reading is under way. */
  get isReading(): boolean {
    return this.depth > 0;
  }

  get(key: string): T | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    entry.used = true;
    return entry.value;
  }

  /**
   * Keeps a copy of `value`'s rows in the block and returns the value reading them; undefined
   * when there is no room this reading can use (the caller keeps its own).
   */
  set(key: string, value: T): T | undefined {
    if (this.depth === 0) throw new Error('RowCache.set outside a reading');
    const length = value.docs.length;
    if (length > this.budget) return undefined;
    this.drop(key);
    const offset = this.place(length);
    if (offset < 0) return undefined;
    const at = offset % Math.max(1, this.docs.length);
    this.docs.set(value.docs, at);
    this.scores.set(value.scores, at);
    this.exact.set(value.exact, at);
    return this.append({ key, offset, length, value, used: false });
  }

  /** Forgets every entry (the block is kept). */
  clear(): void {
    this.entries.clear();
    this.queue = [];
    this.first = 0;
  }

  /** Offset of the oldest entry kept, or where the next is written when none is. */
  private tail(): number {
    return this.oldest()?.offset ?? this.head;
  }

  private oldest(): Entry<T> | undefined {
    while (this.first < this.queue.length && !this.queue[this.first]) this.first++;
    return this.queue[this.first];
  }

  /** Where `length` rows go (making room for them), or -1 when this reading has none to give. */
  private place(length: number): number {
    for (;;) {
      const offset = this.spot(length);
      if (offset >= 0) return offset;
      const oldest = this.oldest();
      if (this.docs.length < this.budget) this.grow(length);
      else if (oldest && oldest.offset <= this.guard) this.remove(oldest);
      else return -1;
    }
  }

  /** Where `length` rows go without removing anything, or -1. */
  private spot(length: number): number {
    const capacity = this.docs.length;
    let offset = this.head;
    // An entry's rows are in one piece: one not fitting before the block's end starts its next turn.
    const position = capacity > 0 ? offset % capacity : 0;
    if (position + length > capacity) offset += capacity - position;
    const kept = this.oldest()?.offset ?? Infinity;
    return offset + length <= Math.min(kept, this.guard) + capacity ? offset : -1;
  }

  /** Before a reading: at least `reserve` rows free, the oldest entries leaving, each one asked for moved forward instead once. */
  private makeRoom(): void {
    const capacity = this.docs.length;
    const reserve = Math.min(this.reserve, capacity >> 1);
    for (let oldest = this.oldest(); oldest; oldest = this.oldest()) {
      if (oldest.offset + capacity - this.head >= reserve) return;
      this.remove(oldest);
      if (!oldest.used) continue;
      // Moved: written at the head, which may overlap its own rows (`copyWithin` copies as if through a buffer).
      const offset = this.spot(oldest.length);
      if (offset < 0) continue;
      const from = oldest.offset % capacity;
      const to = offset % capacity;
      this.docs.copyWithin(to, from, from + oldest.length);
      this.scores.copyWithin(to, from, from + oldest.length);
      this.exact.copyWithin(to, from, from + oldest.length);
      this.append({ ...oldest, offset, used: false });
    }
  }

  /** A larger block, the entries kept copied to its start in their order (values given before read the old block, unchanged). */
  private grow(least: number): void {
    const capacity = Math.min(this.budget, Math.max(this.docs.length * 2, this.initial, least));
    const docs = new Int32Array(capacity);
    const scores = new Float64Array(capacity);
    const exact = new Float32Array(capacity);
    const kept = this.queue.slice(this.first).filter((entry) => entry !== undefined);
    const old = { docs: this.docs, scores: this.scores, exact: this.exact };
    const oldCapacity = Math.max(1, old.docs.length);
    this.docs = docs;
    this.scores = scores;
    this.exact = exact;
    this.clear();
    let offset = 0;
    for (const entry of kept) {
      const from = entry.offset % oldCapacity;
      docs.set(old.docs.subarray(from, from + entry.length), offset);
      scores.set(old.scores.subarray(from, from + entry.length), offset);
      exact.set(old.exact.subarray(from, from + entry.length), offset);
      this.head = offset;
      this.append({ ...entry, offset });
      offset += entry.length;
    }
    this.head = offset;
    // Every row of the new block written so far is an entry kept: none of it written over while reading.
    if (this.depth > 0) this.guard = 0;
  }

  /** `entry` kept at its offset (written there), its value reading those rows. */
  private append(entry: Entry<T>): T {
    const at = entry.offset % Math.max(1, this.docs.length);
    const end = at + entry.length;
    entry.value = this.withRows(entry.value, {
      docs: this.docs.subarray(at, end),
      scores: this.scores.subarray(at, end),
      exact: this.exact.subarray(at, end),
    });
    this.entries.set(entry.key, entry);
    this.queue.push(entry);
    this.head = entry.offset + entry.length;
    return entry.value;
  }

  private drop(key: string): void {
    const entry = this.entries.get(key);
    if (entry) this.remove(entry);
  }

  private remove(entry: Entry<T>): void {
    this.entries.delete(entry.key);
    const at = this.queue.indexOf(entry, this.first);
    if (at >= 0) this.queue[at] = undefined;
    if (this.first > 1024 && this.first * 2 > this.queue.length) {
      this.queue = this.queue.slice(this.first);
      this.first = 0;
    }
  }
}
