/**
 * Per-term retrieval with a bounded cache. MiniSearch scores one query term at a time (prefix and
 * fuzzy expansions, field boosts, BM25); combining terms is a sum of their scores, which is what
 * MiniSearch's own OR does. Doing the sum here lets each term's scores be kept in compact arrays
 * and reused: the common words of a domain ("police", "border") recur in most questions and cost
 * the most to score, since they match most documents.
 */
import type MiniSearch from 'minisearch';
import type { Query, SearchOptions, SearchResult } from 'minisearch';

/** What one query word matched: documents (by position in `ids`), scores, exactness. */
export interface TermHits {
  docs: Int32Array;
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
  private readonly cache = new Map<string, TermHits>();
  private cached = 0;

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
  }

  /** Forget every term scored (the words a term stands for have changed). */
  clear(): void {
    this.cache.clear();
    this.cached = 0;
  }

  hits(term: string): TermHits {
    const known = this.cache.get(term);
    if (known) {
      this.cache.delete(term);
      this.cache.set(term, known);
      return known;
    }
    const hits = this.compute(term);
    if (this.budget > 0 && hits.docs.length <= this.budget) this.remember(term, hits);
    return hits;
  }

  private compute(term: string): TermHits {
    const plan = this.plan(term);
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
    return { docs, scores, exact, exactCount, strict: [...strict], translated: [...translated], loose: [...loose] };
  }

  private remember(term: string, hits: TermHits): void {
    this.cache.set(term, hits);
    this.cached += hits.docs.length;
    for (const [oldest, old] of this.cache) {
      if (this.cached <= this.budget) break;
      this.cache.delete(oldest);
      this.cached -= old.docs.length;
    }
  }
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
 * score, without sorting every matching document.
 */
export function combine(
  termHits: readonly TermHits[],
  weights: readonly number[],
  size: number,
  limit: number,
  isCandidate?: (doc: number) => boolean,
): Combined {
  const score = new Float64Array(size);
  const exact = new Float64Array(size);
  const seen = new Uint8Array(size);
  const matched: number[] = [];
  termHits.forEach((hits, term) => {
    const weight = weights[term] ?? 1;
    for (let i = 0; i < hits.docs.length; i++) {
      const doc = hits.docs[i]!;
      if (doc < 0) continue;
      if (!seen[doc]) {
        if (isCandidate && !isCandidate(doc)) continue;
        seen[doc] = 1;
        matched.push(doc);
      }
      score[doc] = score[doc]! + hits.scores[i]!;
      exact[doc] = exact[doc]! + weight * hits.exact[i]!;
    }
  });
  const better = (a: number, b: number) => exact[a]! - exact[b]! || score[a]! - score[b]!;
  const top: number[] = [];
  if (limit > 0) {
    for (const doc of matched) {
      if (top.length < limit) top.push(doc);
      else if (better(doc, top[limit - 1]!) > 0) top[limit - 1] = doc;
      else continue;
      // Insertion into the short, ordered list of the best so far.
      for (let at = top.length - 1; at > 0 && better(top[at]!, top[at - 1]!) > 0; at--) {
        [top[at], top[at - 1]] = [top[at - 1]!, top[at]!];
      }
    }
  }
  return { ranked: top.map((doc) => ({ doc, score: score[doc]!, coverage: exact[doc]! })), total: matched.length };
}
