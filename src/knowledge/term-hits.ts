/**
 * Per-term retrieval with a bounded cache. MiniSearch scores one query term at a time (prefix and
 * fuzzy expansions, field boosts, BM25); combining terms is a sum of their scores, which is what
 * MiniSearch's own OR does. Doing the sum here lets each term's scores be kept in compact arrays
 * and reused: the common words of a domain ("police", "border") recur in most questions and cost
 * the most to score, since they match most documents.
 */
import type MiniSearch from 'minisearch';
import type { Query, SearchOptions, SearchResult } from 'minisearch';
import { RowCache } from './row-cache.ts';
import { TermScorer, type Scored } from './term-scorer.ts';

/** What one query word matched: documents (by position in `ids`), scores, exactness. */
export interface TermHits {
  /**
   * Documents in MiniSearch's order of its results (best first, ties in the order first matched)
   * when `ranked`; else in the order first matched, which is that order once sorted by score, so
   * nothing sorts them unless it needs to (`combine` only needs the best few).
   */
  docs: Int32Array;
  ranked: boolean;
  scores: Float64Array;
  /**
   * How well each document holds the word: 1 as written or a form sharing its stem, `TRANSLATED`
   * only in another language's words for it (the lexicon), 0 only by a prefix or fuzzy expansion.
   */
  exact: Float32Array;
  /** How many documents hold the word, a form of it or a translation (the non-zeros of `exact`). */
  exactCount: number;
  /** Index terms matched as the word or a form of it, as its translation, and by prefix or fuzzily: for quoting. */
  strict: string[];
  translated: string[];
  loose: string[];
}

/** How much a word found only in another language's words counts against the word as asked. */
export const TRANSLATED = 0.9;

/** How to look one query word up: the MiniSearch query, and which index terms count as the word itself. */
export interface TermPlan {
  query: Query;
  options: SearchOptions;
  /** How a matched index term counts: 1 the word itself or a form of it, `TRANSLATED` a translation, 0 loose. */
  level: (term: string) => number;
  /**
   * The word in the other languages, looked up only when the word itself is in fewer than
   * `below` documents: a word most documents hold finds its documents without its translations,
   * which would cost the most to score (they are as common) and add little.
   */
  translations?: { query: Query; options: SearchOptions; below: number };
}

export class TermRetriever {
  private readonly position = new Map<string, number>();
  /** Words scored, kept in one reused block of rows (see `RowCache`). */
  private readonly cache: RowCache<TermHits>;
  private readonly scorer: TermScorer;

  /**
   * @param ids document ids, in the order positions refer to
   * @param budget how many (document, score) entries the cache may hold in all; 0 turns it off
   */
  constructor(
    private readonly index: MiniSearch,
    readonly ids: readonly string[],
    private readonly plan: (word: string) => TermPlan,
    private readonly budget: number,
  ) {
    ids.forEach((id, i) => this.position.set(id, i));
    this.scorer = new TermScorer(index, this.position, ids.length);
    // A block for twenty words as common as can be, grown to the budget as words are kept; before
    // each question, room for two such words it may score anew.
    this.cache = new RowCache<TermHits>(budget, Math.max(1 << 16, 20 * ids.length), 2 * ids.length, (hits, rows) => ({
      ...hits,
      ...rows,
    }));
  }

  /**
   * Runs `read`, which asks for `hits`: whatever `hits` gives during it stays as it is until it
   * returns (a word kept in the cache is read from rows another word may use after).
   */
  reading<R>(read: () => R): R {
    return this.cache.reading(read);
  }

  /** The best of MiniSearch's `autoSuggest` suggestions for `text`: a spelling the index knows. */
  suggest(text: string, options: SearchOptions): string | undefined {
    const quick = this.scorer.suggest(text, options);
    return quick ? quick.suggestion : this.index.autoSuggest(text, options)[0]?.suggestion;
  }

  /** Forget every term scored (the words a term stands for have changed). */
  clear(): void {
    this.cache.clear();
  }

  /** What `term` matched; only within `reading`. */
  hits(term: string): TermHits {
    if (!this.cache.isReading) throw new Error('TermRetriever.hits outside a reading');
    if (this.budget <= 0) return this.compute(term);
    const known = this.cache.get(term);
    if (known) return known;
    const hits = this.compute(term);
    return this.cache.set(term, hits) ?? hits;
  }

  private compute(term: string): TermHits {
    const plan = this.plan(term);
    const own = this.scorer.search(plan.query, plan.options, plan.level);
    if (!own) return this.computeWithMiniSearch(plan);
    if (!plan.translations || own.docs.length >= plan.translations.below) return hitsOf(own, false, plan.level);
    const other = this.scorer.search(plan.translations.query, plan.translations.options, plan.level);
    if (!other) return this.computeWithMiniSearch(plan);
    return hitsOf(mergeScored(own, other), true, plan.level);
  }

  /** The same through `MiniSearch.search`, for a plan the scorer leaves to it. */
  private computeWithMiniSearch(plan: TermPlan): TermHits {
    let results = this.index.search(plan.query, plan.options);
    if (plan.translations && results.length < plan.translations.below) {
      const more = this.index.search(plan.translations.query, plan.translations.options);
      results = mergeResults(results, more);
    }
    const docs = new Int32Array(results.length);
    const scores = new Float64Array(results.length);
    const exact = new Float32Array(results.length);
    const strict = new Set<string>();
    const translated = new Set<string>();
    const loose = new Set<string>();
    let exactCount = 0;
    results.forEach((result, i) => {
      docs[i] = this.position.get(result.id as string) ?? -1;
      scores[i] = result.score;
      let best = 0;
      for (const matched of result.terms) {
        const level = plan.level(matched);
        if (level >= 1) strict.add(matched);
        else if (level > 0) translated.add(matched);
        else loose.add(matched);
        best = Math.max(best, level);
      }
      exact[i] = best;
      if (best > 0) exactCount++;
    });
    return {
      docs,
      ranked: true,
      scores,
      exact,
      exactCount,
      strict: [...strict],
      translated: [...translated],
      loose: [...loose],
    };
  }
}

/**
 * Row numbers of `scored` in MiniSearch's result order: by score, best first, ties in the order
 * first matched. A word's translations can be in most documents ('ministres' in a typo's), and a
 * sort calling a comparator for each pair was most of such a question (40 ms at 100,000
 * documents): the rows are sorted by their scores' bits instead, a byte a pass, each pass keeping
 * the order of the one before, so ties stay in row order as the comparator put them.
 */
function byScore(scored: Scored): Int32Array {
  const { scores } = scored;
  const count = scores.length;
  // Each score's 64 bits as two words that order as the score does, highest first.
  const high = new Uint32Array(count);
  const low = new Uint32Array(count);
  for (let row = 0; row < count; row++) {
    const score = scores[row]!;
    // NaN has no place in that order (the comparator's is its own); -0 ties with 0 as it compares.
    if (score !== score) return byComparing(scores);
    SCORE_BITS[0] = score === 0 ? 0 : score;
    const negative = (SCORE_WORDS[1]! & 0x80000000) !== 0;
    // Ascending as unsigned integers: a negative's bits flipped, a positive's sign bit set; then
    // all of it flipped again, for highest first.
    high[row] = negative ? SCORE_WORDS[1]! : ~(SCORE_WORDS[1]! | 0x80000000) >>> 0;
    low[row] = negative ? SCORE_WORDS[0]! : ~SCORE_WORDS[0]! >>> 0;
  }
  let order = new Int32Array(count);
  for (let row = 0; row < count; row++) order[row] = row;
  let next = new Int32Array(count);
  const counts = new Int32Array(257);
  for (let pass = 0; pass < 8; pass++) {
    const words = pass < 4 ? low : high;
    const shift = (pass % 4) * 8;
    counts.fill(0);
    for (let at = 0; at < count; at++) counts[((words[order[at]!]! >>> shift) & 0xff) + 1]!++;
    // A byte every score shares orders nothing.
    if (counts.some((n) => n === count)) continue;
    for (let digit = 0; digit < 256; digit++) counts[digit + 1]! += counts[digit]!;
    for (let at = 0; at < count; at++) {
      const row = order[at]!;
      next[counts[(words[row]! >>> shift) & 0xff]!++] = row;
    }
    [order, next] = [next, order];
  }
  return order;
}

const SCORE_BITS = new Float64Array(1);
/** `SCORE_BITS` as its two 32-bit words, the low one first on the little-endian machines Node runs on. */
const SCORE_WORDS = new Uint32Array(SCORE_BITS.buffer);

/** The same order by a comparator: for scores the bits cannot order. */
function byComparing(scores: Float64Array): Int32Array {
  const order = new Int32Array(scores.length);
  for (let row = 0; row < order.length; row++) order[row] = row;
  // 1, -1 or 0 rather than a difference of scores: a double returned is allocated (see `combine`).
  return order.sort((a, b) => {
    const scoreA = scores[a]!;
    const scoreB = scores[b]!;
    return scoreA !== scoreB ? (scoreB > scoreA ? 1 : -1) : a - b;
  });
}

/**
 * A word's own matches and its translations' as one list, as `mergeResults` makes them of
 * MiniSearch's results: the own ones best first, then the others', a document in both scoring
 * their sum. Translations are looked up only for words few documents hold, so this sorts little.
 */
function mergeScored(own: Scored, other: Scored): Scored {
  // Columns as long as both lists, cut to what was written: the translations' list can hold most
  // documents, and an array of numbers grown by pushing is three times their size again.
  const capacity = own.docs.length + other.docs.length;
  const docs = new Int32Array(capacity);
  const scores = new Float64Array(capacity);
  const levels = new Float32Array(capacity);
  let length = 0;
  const row = new Map<number, number>();
  for (const i of byScore(own)) {
    row.set(own.docs[i]!, length);
    docs[length] = own.docs[i]!;
    scores[length] = own.scores[i]!;
    levels[length++] = own.levels[i]!;
  }
  for (const i of byScore(other)) {
    const doc = other.docs[i]!;
    const at = row.get(doc);
    if (at === undefined) {
      docs[length] = doc;
      scores[length] = other.scores[i]!;
      levels[length++] = other.levels[i]!;
    } else {
      scores[at] = scores[at]! + other.scores[i]!;
      levels[at] = Math.max(levels[at]!, other.levels[i]!);
    }
  }
  let exactCount = 0;
  for (let i = 0; i < length; i++) if (levels[i]! > 0) exactCount++;
  return {
    docs: docs.slice(0, length),
    scores: scores.slice(0, length),
    levels: levels.slice(0, length),
    exactCount,
    terms: new Set([...own.terms, ...other.terms]),
  };
}

/** Scored documents as the hits of one word, the index terms it matched sorted out by how they count. */
function hitsOf(scored: Scored, ranked: boolean, level: (term: string) => number): TermHits {
  const strict: string[] = [];
  const translated: string[] = [];
  const loose: string[] = [];
  for (const term of scored.terms) {
    const at = level(term);
    (at >= 1 ? strict : at > 0 ? translated : loose).push(term);
  }
  return {
    docs: scored.docs,
    ranked,
    scores: scored.scores,
    exact: scored.levels,
    exactCount: scored.exactCount,
    strict,
    translated,
    loose,
  };
}

/** Two result lists of one word as one: a document in both scores their sum and has both lists' terms. */
function mergeResults(a: SearchResult[], b: SearchResult[]): SearchResult[] {
  if (b.length === 0) return a;
  const byId = new Map<unknown, SearchResult>(a.map((result) => [result.id, result]));
  for (const result of b) {
    const known = byId.get(result.id);
    byId.set(
      result.id,
      known ? { ...known, score: known.score + result.score, terms: [...known.terms, ...result.terms] } : result,
    );
  }
  return [...byId.values()];
}

export interface Combined {
  /** Document positions, best first: the greater weight of words matched as such first, then higher score. */
  ranked: Array<{ doc: number; score: number; coverage: number }>;
  total: number;
}

/**
 * Sum the terms' scores per document and return the best `limit` (plus the total), ordered by the
 * weight of the words each matched as such (`weights`, one per term: rare words weigh more), then
 * score, then the order the terms' ranked lists first name them in, without sorting every
 * matching document nor any term's list.
 */
export function combine(
  termHits: readonly TermHits[],
  weights: readonly number[],
  size: number,
  limit: number,
  isCandidate?: (doc: number) => boolean,
): Combined {
  // A combine within a combine (none today) gets columns of its own.
  if (combineColumns?.size !== size || combineColumns.busy) combineColumns = new CombineColumns(size);
  const columns = combineColumns;
  const { score, exact, seen, firstTerm, firstRow, matched, rejected } = columns;
  columns.busy = true;
  /** How many of `matched` (documents counted, in the order met) and of `rejected` (met, not candidates: `seen` 2) this question wrote. */
  let matchedCount = 0;
  let rejectedCount = 0;
  try {
    return rankTop();
  } finally {
    // Back to zeros for the next question: only the documents this one met were written.
    for (let at = 0; at < matchedCount; at++) {
      const doc = matched[at]!;
      score[doc] = 0;
      exact[doc] = 0;
      seen[doc] = 0;
    }
    for (let at = 0; at < rejectedCount; at++) seen[rejected[at]!] = 0;
    columns.busy = false;
  }

  function rankTop(): Combined {
    termHits.forEach((hits, term) => {
      const weight = weights[term] ?? 1;
      for (let i = 0; i < hits.docs.length; i++) {
        const doc = hits.docs[i]!;
        if (doc < 0) continue;
        if (seen[doc] !== 1) {
          if (seen[doc] === 2) continue;
          if (isCandidate && !isCandidate(doc)) {
            seen[doc] = 2;
            rejected[rejectedCount++] = doc;
            continue;
          }
          seen[doc] = 1;
          firstTerm[doc] = term;
          firstRow[doc] = i;
          matched[matchedCount++] = doc;
        }
        score[doc] = score[doc]! + hits.scores[i]!;
        exact[doc] = exact[doc]! + weight * hits.exact[i]!;
      }
    });
    // The comparisons below answer 1, -1 or 0, never a difference of doubles: called for every
    // document a question meets, a double returned is a number allocated on the heap each time
    // the call is not inlined (hundreds of kilobytes a question at 100,000 documents).
    // 1 when `a` comes before `b` in the first term's list that names either, best first.
    const earlier = (a: number, b: number): number => {
      const term = firstTerm[a]!;
      const termB = firstTerm[b]!;
      if (term !== termB) return termB > term ? 1 : -1;
      const hits = termHits[term]!;
      const rowA = firstRow[a]!;
      const rowB = firstRow[b]!;
      if (!hits.ranked) {
        const scoreA = hits.scores[rowA]!;
        const scoreB = hits.scores[rowB]!;
        if (scoreA !== scoreB) return scoreA > scoreB ? 1 : -1;
      }
      return rowB > rowA ? 1 : rowB < rowA ? -1 : 0;
    };
    const better = (a: number, b: number): number => {
      const exactA = exact[a]!;
      const exactB = exact[b]!;
      if (exactA !== exactB) return exactA > exactB ? 1 : -1;
      const scoreA = score[a]!;
      const scoreB = score[b]!;
      if (scoreA !== scoreB) return scoreA > scoreB ? 1 : -1;
      return earlier(a, b);
    };
    const top: number[] = [];
    if (limit > 0) {
      for (let at = 0; at < matchedCount; at++) {
        const doc = matched[at]!;
        if (top.length < limit) top.push(doc);
        else if (better(doc, top[limit - 1]!) > 0) top[limit - 1] = doc;
        else continue;
        // Insertion into the short, ordered list of the best so far.
        for (let at = top.length - 1; at > 0 && better(top[at]!, top[at - 1]!) > 0; at--) {
          const moved = top[at]!;
          top[at] = top[at - 1]!;
          top[at - 1] = moved;
        }
      }
    }
    return { ranked: top.map((doc) => ({ doc, score: score[doc]!, coverage: exact[doc]! })), total: matchedCount };
  }
}

/**
 * `combine`'s columns, one row per document, kept from one question to the next and left all
 * zeros: five arrays as long as the corpus each question were megabytes of allocation at 100,000
 * documents, outside the heap, and each few questions a collection.
 */
class CombineColumns {
  readonly score: Float64Array;
  readonly exact: Float64Array;
  /** 0 not met yet, 1 counted, 2 not a candidate. */
  readonly seen: Uint8Array;
  /** Which term first named a document, and where in its list. */
  readonly firstTerm: Int32Array;
  readonly firstRow: Int32Array;
  /**
   * The documents a question met, as candidates and not, in the order met (each at most once):
   * arrays grown by a push each were the largest allocation of a question, with the iteration
   * over them (a hundred kilobytes and more at 20,000 documents), and collections followed.
   */
  readonly matched: Int32Array;
  readonly rejected: Int32Array;
  busy = false;

  constructor(readonly size: number) {
    this.score = new Float64Array(size);
    this.exact = new Float64Array(size);
    this.seen = new Uint8Array(size);
    this.firstTerm = new Int32Array(size);
    this.firstRow = new Int32Array(size);
    this.matched = new Int32Array(size);
    this.rejected = new Int32Array(size);
  }
}

let combineColumns: CombineColumns | undefined;
