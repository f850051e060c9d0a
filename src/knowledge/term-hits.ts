/**
 * Per-term retrieval with a bounded cache. MiniSearch scores one query term at a time (prefix and
 * fuzzy expansions, field boosts, BM25); combining terms is a sum of their scores, which is what
 * MiniSearch's own OR does. Doing the sum here lets each term's scores be kept in compact arrays
 * and reused: the common words of a domain ("police", "border") recur in most questions and cost
 * the most to score, since they match most documents.
 */
import type MiniSearch from 'minisearch';
import type { SearchOptions } from 'minisearch';

/** What one query term matched: documents (by position in `ids`), scores, exactness. */
export interface TermHits {
  docs: Int32Array;
  scores: Float64Array;
  /** 1 where the document has the term itself, 0 where only a prefix or fuzzy expansion. */
  exact: Uint8Array;
  /** Every index term this query term matched, for highlighting. */
  expansions: string[];
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
    private readonly options: (term: string) => SearchOptions,
    private readonly budget: number,
  ) {
    ids.forEach((id, i) => this.position.set(id, i));
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
    const results = this.index.search(term, this.options(term));
    const docs = new Int32Array(results.length);
    const scores = new Float64Array(results.length);
    const exact = new Uint8Array(results.length);
    const expansions = new Set<string>();
    results.forEach((result, i) => {
      docs[i] = this.position.get(result.id as string) ?? -1;
      scores[i] = result.score;
      exact[i] = result.terms.includes(term) ? 1 : 0;
      for (const matched of result.terms) expansions.add(matched);
    });
    return { docs, scores, exact, expansions: [...expansions] };
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

export interface Combined {
  /** Document positions, best first: more exact terms first, then higher score. */
  ranked: Array<{ doc: number; score: number; exactTerms: number }>;
  total: number;
}

/**
 * Sum the terms' scores per document and return the best `limit` (plus the total), ordered by
 * exact-term count, then score, without sorting every matching document.
 */
export function combine(termHits: readonly TermHits[], size: number, limit: number, keep?: (doc: number) => boolean): Combined {
  const score = new Float64Array(size);
  const exact = new Uint8Array(size);
  const seen = new Uint8Array(size);
  const matched: number[] = [];
  for (const hits of termHits) {
    for (let i = 0; i < hits.docs.length; i++) {
      const doc = hits.docs[i]!;
      if (doc < 0) continue;
      if (!seen[doc]) {
        if (keep && !keep(doc)) continue;
        seen[doc] = 1;
        matched.push(doc);
      }
      score[doc] = score[doc]! + hits.scores[i]!;
      exact[doc] = exact[doc]! + hits.exact[i]!;
    }
  }
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
  return { ranked: top.map((doc) => ({ doc, score: score[doc]!, exactTerms: exact[doc]! })), total: matched.length };
}
