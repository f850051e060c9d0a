/**
 * MiniSearch's OR search of one query word, scored straight off its index into flat arrays.
 * `MiniSearch.search` builds an object per matching document (its score, query terms, and a map of
 * matched terms to field lists), then sorts them all: for a word most documents hold that was
 * most of a query's time and garbage. This evaluates the same query tree in the same order, so
 * every score is the same number to the last bit (test/term-scorer.test.ts compares it with
 * `MiniSearch.search`), and leaves the documents in the order they were first matched: who needs
 * them best first (`combine`) takes only the top few.
 *
 * It reads MiniSearch's index (protected fields of minisearch 7); a query it does not know how to
 * evaluate the same way (AND, a function for prefix or fuzzy, a document boost) returns undefined
 * and is left to `MiniSearch.search`.
 */
import type MiniSearch from 'minisearch';
import type { Query, SearchOptions } from 'minisearch';
import { compactPostings, type CompactTerm, type PostingStore } from './compact-postings.ts';

interface Bm25 {
  k: number;
  b: number;
  d: number;
}

/** MiniSearch's protected state this reads. */
interface Internals {
  _options: {
    fields: string[];
    autoSuggestOptions: SearchOptions;
    tokenize: (text: string, field?: string) => string[];
    processTerm: (term: string, field?: string) => string | string[] | null | undefined | false;
    searchOptions: SearchOptions & { bm25: Bm25; maxFuzzy: number };
  };
  _index: {
    get(term: string): CompactTerm | undefined;
    atPrefix(prefix: string): Iterable<[string, CompactTerm]>;
    fuzzyGet(term: string, maxDistance: number): Map<string, [CompactTerm, number]>;
  };
  _documentCount: number;
  _documentIds: Map<number, unknown>;
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _nextId: number;
}

/** MiniSearch's default weights of prefix and fuzzy matches, for a query that names only one of them. */
const DEFAULT_WEIGHTS = { fuzzy: 0.45, prefix: 0.375 };

/** Documents (by position) a query matched, in the order first matched, with parallel columns. */
export interface Scored {
  docs: Int32Array;
  scores: Float64Array;
  /** The best `level` of the index terms each document matched (as `TermHits.exact` keeps it). */
  levels: Float32Array;
  /** Rows whose `levels` are above 0: documents matching an index term that counts (`TermHits.exactCount`). */
  exactCount: number;
  /** Every index term that matched some document. */
  terms: Set<string>;
  /** When asked for: the index terms each document matched (see `TermSets`), by row. */
  matched?: { sets: TermSets; of: Int32Array };
}

/**
 * The sets of index terms documents matched, each kept once: MiniSearch gives every document an
 * object whose keys are the terms it matched (`match`), and a suggestion is those keys joined, in
 * the object's order. Here a document holds the number of such an object, built by the same
 * steps (a key set on it, another object's keys assigned to it), so the keys come out in the same
 * order; the documents matching the same terms the same way share one.
 */
export class TermSets {
  private readonly sets: Array<Record<string, true>> = [{}];
  /**
   * By term, then by set: the set with the term added. Asked once per posting a suggestion
   * scores, so it is looked up without making a key string.
   */
  private readonly withTerm = new Map<string, Map<number, number>>();
  private readonly unions = new Map<string, number>();

  /** The set numbered `set` with `term` set on it (0 is the empty set). */
  with(set: number, term: string): number {
    if (Object.hasOwn(this.sets[set]!, term)) return set;
    let adding = this.withTerm.get(term);
    if (!adding) this.withTerm.set(term, (adding = new Map()));
    let found = adding.get(set);
    if (found === undefined) {
      const terms = Object.assign({}, this.sets[set]);
      terms[term] = true;
      found = this.sets.push(terms) - 1;
      adding.set(set, found);
    }
    return found;
  }

  /** `Object.assign` of the set `to`, a copy, with the set `from`. */
  union(to: number, from: number): number {
    if (to === from || from === 0) return to;
    const key = `${to},${from}`;
    let found = this.unions.get(key);
    if (found === undefined) {
      found = this.sets.push(Object.assign({}, this.sets[to], this.sets[from])) - 1;
      this.unions.set(key, found);
    }
    return found;
  }

  /** The set's terms in their order, joined with spaces: a suggestion. */
  phrase(set: number): string {
    return Object.keys(this.sets[set]!).join(' ');
  }
}

/**
 * A result being built: columns as long as there are documents, of which the first `length` rows
 * are used. They are taken from and given back to a pool, so that scoring a word most documents
 * hold does not grow (and leave behind for the collector) four arrays as long as its list.
 */
interface Columns extends Omit<Scored, 'exactCount'> {
  length: number;
  /** Distinct query terms each document matched: MiniSearch multiplies the score by it. */
  sources: Int32Array;
}

/** The query could not be evaluated as MiniSearch would: ask MiniSearch. */
class Unsupported extends Error {}

export class TermScorer {
  private readonly internals: Internals;
  private readonly store: PostingStore;
  /** Document position by MiniSearch's short id; -1 for a removed document. */
  private readonly positionOf: Int32Array;
  /** Each field's length in each document, by field id then short id. */
  private readonly lengths: Float64Array[];
  /** Scratch: a document's row in the result being built, -1 when none. */
  private readonly slot: Int32Array;
  /** When the search under way notes each document's matched terms (`Scored.matched`): their sets. */
  private tracking: TermSets | undefined;
  /** Columns given back, ready for the next result (see `Columns`). */
  private readonly pool: Columns[] = [];

  /** Compacts the index's postings (`compactPostings`) if they are not yet: it must not change after. */
  constructor(index: MiniSearch, position: ReadonlyMap<string, number>, documents: number) {
    this.store = compactPostings(index);
    this.internals = index as unknown as Internals;
    const { _documentIds, _fieldLength, _nextId, _fieldIds } = this.internals;
    this.positionOf = new Int32Array(_nextId).fill(-1);
    for (const [shortId, id] of _documentIds) this.positionOf[shortId] = position.get(id as string) ?? -1;
    const fields = Object.keys(_fieldIds).length;
    this.lengths = Array.from({ length: fields }, () => new Float64Array(_nextId));
    for (const [shortId, lengths] of _fieldLength)
      lengths.forEach((length, field) => {
        this.lengths[field]![shortId] = length;
      });
    this.slot = new Int32Array(documents).fill(-1);
  }

  /**
   * What `index.search(query, options)` returns, as columns (scores already multiplied by the
   * number of query terms matched), or undefined for a query to leave to MiniSearch.
   */
  search(
    query: Query,
    options: SearchOptions,
    level: (term: string) => number,
    trackTerms = false,
  ): Scored | undefined {
    try {
      const sources = new Set<string>();
      this.tracking = trackTerms ? new TermSets() : undefined;
      const result = this.query(query, options, level, sources);
      const { length, scores, sources: counts, levels } = result;
      let exactCount = 0;
      for (let i = 0; i < length; i++) {
        scores[i] = scores[i]! * counts[i]!;
        if (levels[i]! > 0) exactCount++;
      }
      const scored: Scored = {
        docs: result.docs.slice(0, length),
        scores: scores.slice(0, length),
        levels: levels.slice(0, length),
        exactCount,
        terms: result.terms,
        ...(result.matched ? { matched: { sets: result.matched.sets, of: result.matched.of.slice(0, length) } } : {}),
      };
      this.giveBack(result);
      return scored;
    } catch (error) {
      if (error instanceof Unsupported) return undefined;
      throw error;
    } finally {
      this.tracking = undefined;
    }
  }

  /**
   * The first of `MiniSearch.autoSuggest`'s suggestions (undefined when none), or undefined in a
   * box when the query is one to leave to MiniSearch: documents grouped by the index terms they
   * matched, best first, each group scoring its documents' average.
   */
  suggest(text: string, options: SearchOptions): { suggestion?: string } | undefined {
    const scored = this.search(text, { ...this.internals._options.autoSuggestOptions, ...options }, () => 0, true);
    if (!scored?.matched) return undefined;
    // MiniSearch sorts every document by score (best first, ties in the order matched), groups
    // them by phrase in that order, summing scores as it goes, and takes the best average, the
    // first group met winning a tie. Without sorting them all: a group is met first at its best
    // document (the first row among equals), and its scores summed from the highest are the same
    // sum in whatever order equal scores come.
    // Grouped by set first (a number, not a phrase string per document), then sets whose terms
    // read the same phrase joined: the best of them, at its first row, and all their scores.
    const { sets, of } = scored.matched;
    type Group = { scores: number[]; best: number; bestRow: number };
    const bySet = new Map<number, Group>();
    for (let row = 0; row < scored.docs.length; row++) {
      const set = of[row]!;
      const score = scored.scores[row]!;
      const group = bySet.get(set);
      if (!group) bySet.set(set, { scores: [score], best: score, bestRow: row });
      else {
        group.scores.push(score);
        if (score > group.best) [group.best, group.bestRow] = [score, row];
      }
    }
    const groups = new Map<string, Group>();
    for (const [set, group] of bySet) {
      const phrase = sets.phrase(set);
      const known = groups.get(phrase);
      if (!known) groups.set(phrase, group);
      else {
        for (const score of group.scores) known.scores.push(score);
        if (group.best > known.best || (group.best === known.best && group.bestRow < known.bestRow))
          [known.best, known.bestRow] = [group.best, group.bestRow];
      }
    }
    const inOrderMet = [...groups].sort(([, a], [, b]) => b.best - a.best || a.bestRow - b.bestRow);
    let best: { suggestion?: string; score: number } = { score: -Infinity };
    for (const [suggestion, { scores }] of inOrderMet) {
      const ascending = Float64Array.from(scores).sort();
      let sum = ascending[ascending.length - 1]!;
      for (let i = ascending.length - 2; i >= 0; i--) sum += ascending[i]!;
      if (sum / scores.length > best.score) best = { suggestion, score: sum / scores.length };
    }
    return { suggestion: best.suggestion };
  }

  private query(
    query: Query,
    searchOptions: SearchOptions,
    level: (term: string) => number,
    sources: Set<string>,
  ): Columns {
    if (typeof query !== 'string') {
      if (typeof query !== 'object' || !('queries' in query)) throw new Unsupported();
      const options = { ...searchOptions, ...query, queries: undefined };
      const results = query.queries.map((sub) => this.query(sub, options, level, sources));
      return this.or(results, options.combineWith);
    }
    const { tokenize, processTerm, searchOptions: global } = this.internals._options;
    const options = { tokenize, processTerm, ...global, ...searchOptions };
    const { prefix, fuzzy } = options;
    if (typeof prefix === 'function' || typeof fuzzy === 'function' || options.boostTerm) throw new Unsupported();
    const terms = options.tokenize(query).flatMap((term) => options.processTerm(term) || []);
    const results = terms.filter(Boolean).map((term) => {
      // A query term twice would count once in MiniSearch's multiplier: not worth the bookkeeping.
      if (sources.has(term)) throw new Unsupported();
      sources.add(term);
      return this.term(term, prefix === true, fuzzy || false, options, level);
    });
    return this.or(results, options.combineWith);
  }

  /** One query term: as written, then its prefix matches, then its fuzzy ones (MiniSearch's order). */
  private term(
    term: string,
    prefix: boolean,
    fuzzy: number | boolean,
    searchOptions: SearchOptions,
    level: (term: string) => number,
  ): Columns {
    const { _options, _index } = this.internals;
    const options = { ..._options.searchOptions, ...searchOptions };
    if (options.boostDocument || options.filter) throw new Unsupported();
    const boosts = (options.fields ?? _options.fields).map(
      (field) => [field, (Object.hasOwn(options.boost ?? {}, field) && options.boost![field]) || 1] as const,
    );
    const weights = { ...DEFAULT_WEIGHTS, ...options.weights };
    const out = this.take();
    this.postings(out, term, 1, _index.get(term), boosts, options.bm25, level);
    let fuzzyMatches: Map<string, [CompactTerm, number]> | undefined;
    if (fuzzy) {
      const share = fuzzy === true ? 0.2 : fuzzy;
      const maxDistance = share < 1 ? Math.min(options.maxFuzzy, Math.round(term.length * share)) : share;
      if (maxDistance) fuzzyMatches = _index.fuzzyGet(term, maxDistance);
    }
    if (prefix)
      for (const [matched, data] of _index.atPrefix(term)) {
        const distance = matched.length - term.length;
        if (!distance) continue;
        fuzzyMatches?.delete(matched);
        const weight = (weights.prefix * matched.length) / (matched.length + 0.3 * distance);
        this.postings(out, matched, weight, data, boosts, options.bm25, level);
      }
    if (fuzzyMatches)
      for (const [matched, [data, distance]] of fuzzyMatches) {
        if (!distance) continue;
        const weight = (weights.fuzzy * matched.length) / (matched.length + distance);
        this.postings(out, matched, weight, data, boosts, options.bm25, level);
      }
    for (let i = 0; i < out.length; i++) this.slot[out.docs[i]!] = -1;
    return out;
  }

  /** MiniSearch's `termResults`: BM25+ per field, into `out` (whose rows `slot` points to). */
  private postings(
    out: Columns,
    matched: string,
    termWeight: number,
    data: CompactTerm | undefined,
    boosts: ReadonlyArray<readonly [string, number]>,
    bm25: Bm25,
    level: (term: string) => number,
  ): void {
    if (!data) return;
    const { _fieldIds, _documentCount, _avgFieldLength } = this.internals;
    const { k, b, d } = bm25;
    const termLevel = level(matched);
    const termBoost = 1;
    const docBoost = 1;
    let scored = false;
    // The loop runs once per posting (hundreds of thousands a question at 100,000 documents), so
    // what it reads is in locals, and the factors that do not change within a field are
    // multiplied once: `termWeight * termBoost * fieldBoost * docBoost * rawScore` is evaluated
    // left to right, so the product of the first four is the same double either way.
    const { store, positionOf, slot, tracking } = this;
    const { shortIds } = store;
    const kPlusOne = k + 1;
    const oneMinusB = 1 - b;
    for (const [field, fieldBoost] of boosts) {
      const fieldId = _fieldIds[field];
      if (fieldId === undefined) continue;
      const [from, to] = data.rows(fieldId);
      if (from === to) continue;
      let matchingFields = to - from;
      // calcBM25Score's inverse document frequency, recomputed only when a removed document
      // lowers the count (the same expression of the same numbers: the same double).
      const inverseFrequency = () => Math.log(1 + (_documentCount - matchingFields + 0.5) / (matchingFields + 0.5));
      let invDocFreq = inverseFrequency();
      const avgFieldLength = _avgFieldLength[fieldId]!;
      const lengths = this.lengths[fieldId]!;
      const fieldWeight = termWeight * termBoost * fieldBoost * docBoost;
      const { docs, scores, levels, sources } = out;
      let length = out.length;
      for (let row = from; row < to; row++) {
        const shortId = shortIds[row]!;
        const doc = positionOf[shortId] ?? -1;
        if (doc < 0) {
          matchingFields -= 1;
          invDocFreq = inverseFrequency();
          continue;
        }
        const termFreq = store.count(row);
        // calcBM25Score, term for term, so that the sums come out the same.
        const rawScore =
          invDocFreq *
          (d + (termFreq * kPlusOne) / (termFreq + k * (oneMinusB + (b * lengths[shortId]!) / avgFieldLength)));
        const weightedScore = fieldWeight * rawScore;
        scored = true;
        const at = slot[doc]!;
        if (at < 0) {
          const next = length++;
          slot[doc] = next;
          docs[next] = doc;
          scores[next] = weightedScore;
          levels[next] = termLevel;
          sources[next] = 1;
          if (tracking) out.matched!.of[next] = tracking.with(0, matched);
        } else {
          scores[at] = scores[at]! + weightedScore;
          if (termLevel > levels[at]!) levels[at] = termLevel;
          if (tracking) out.matched!.of[at] = tracking.with(out.matched!.of[at]!, matched);
        }
      }
      out.length = length;
    }
    if (scored) out.terms.add(matched);
  }

  /** Empty columns for a result, from the pool when it has some. */
  private take(): Columns {
    const size = this.slot.length;
    const columns = this.pool.pop() ?? {
      docs: new Int32Array(size),
      scores: new Float64Array(size),
      // Float32 as `TermHits.exact` keeps them: rounding is monotonic, so the greatest level
      // stored rounded is the greatest level, rounded.
      levels: new Float32Array(size),
      sources: new Int32Array(size),
      terms: new Set<string>(),
      matched: undefined,
      length: 0,
    };
    columns.length = 0;
    columns.terms = new Set();
    if (this.tracking) columns.matched = { sets: this.tracking, of: new Int32Array(size) };
    else columns.matched = undefined; // not `delete`: the pooled objects keep one shape
    return columns;
  }

  private giveBack(columns: Columns): void {
    this.pool.push(columns);
  }

  /** MiniSearch's OR: the first result, with each next one's documents added to it or after it. */
  private or(results: Columns[], combineWith: string | undefined): Columns {
    if (combineWith !== undefined && combineWith.toLowerCase() !== 'or') throw new Unsupported();
    const [first, ...rest] = results;
    if (!first) return this.take();
    if (rest.length === 0) return first;
    for (let i = 0; i < first.length; i++) this.slot[first.docs[i]!] = i;
    for (const next of rest) {
      for (const term of next.terms) first.terms.add(term);
      for (let i = 0; i < next.length; i++) {
        const doc = next.docs[i]!;
        const row = this.slot[doc]!;
        if (row < 0) {
          const added = first.length++;
          this.slot[doc] = added;
          first.docs[added] = doc;
          first.scores[added] = next.scores[i]!;
          first.levels[added] = next.levels[i]!;
          first.sources[added] = next.sources[i]!;
          if (this.tracking) first.matched!.of[added] = next.matched!.of[i]!;
        } else {
          first.scores[row] = first.scores[row]! + next.scores[i]!;
          first.levels[row] = Math.max(first.levels[row]!, next.levels[i]!);
          first.sources[row] = first.sources[row]! + next.sources[i]!;
          if (this.tracking)
            first.matched!.of[row] = this.tracking.union(first.matched!.of[row]!, next.matched!.of[i]!);
        }
      }
      this.giveBack(next);
    }
    for (let i = 0; i < first.length; i++) this.slot[first.docs[i]!] = -1;
    return first;
  }
}
