import MiniSearch, { type Query, type SearchOptions } from 'minisearch';
import { describe, expect, it } from 'vitest';
import { combine, TermRetriever, type TermHits, type TermPlan } from '../src/knowledge/term-hits.ts';
import { TermScorer } from '../src/knowledge/term-scorer.ts';
import { processTerm, tokenize } from '../src/knowledge/terms.ts';

/** Documents drawn from a small vocabulary: common words in most of them, many equal scores. */
function corpus(count: number): Array<{ id: string; title: string; meta: string; text: string }> {
  let state = 7;
  const next = () => (state = (state * 48271) % 2147483647) / 2147483647;
  const words = ['police', 'policie', 'polizei', 'border', 'borders', 'pursuit', 'treaty', 'smlouva', 'frontex'];
  const pick = (n: number) => Array.from({ length: n }, () => words[Math.floor(next() * words.length)]).join(' ');
  return Array.from({ length: count }, (_, i) => ({
    id: `d${i}`,
    title: pick(1 + Math.floor(next() * 3)),
    meta: next() < 0.5 ? 'Czechia · asylum' : '',
    text: pick(5 + Math.floor(next() * 40)),
  }));
}

const documents = corpus(600);
const index = new MiniSearch({
  idField: 'id',
  fields: ['title', 'meta', 'text'],
  storeFields: [],
  tokenize,
  processTerm,
});
index.addAll(documents);
const ids = documents.map((d) => d.id);
const positions = new Map(ids.map((id, i) => [id, i]));
const scorer = new TermScorer(index, positions, ids.length);
const boost = { title: 3, meta: 1.5, text: 1 };
const weights = { prefix: 0.4, fuzzy: 0.25 };
const level = (term: string) => (term === 'police' ? 1 : term.startsWith('poli') ? 0.9 : 0);

/** The plans KnowledgeBase makes: a word with prefix and fuzzy matches, its forms, its translations. */
const plans: Array<[string, Query, SearchOptions]> = [
  ['a word, by prefix', 'border', { weights, prefix: true, fuzzy: false, boost }],
  ['a typo, fuzzily', 'polcie', { weights, prefix: true, fuzzy: 0.2, boost }],
  [
    'a word and its forms',
    {
      combineWith: 'OR',
      queries: [
        { queries: ['border'], weights, prefix: true },
        { queries: ['borders'], boost },
      ],
    },
    { boost },
  ],
  [
    'translations',
    { queries: ['policie', 'polizei'], combineWith: 'OR' },
    { prefix: false, fuzzy: false, boost: { title: 1.5, meta: 0.75, text: 0.5 } },
  ],
];

describe('TermScorer', () => {
  it.each(plans)('scores %s exactly as MiniSearch does, document for document', (_, query, options) => {
    const expected = index.search(query, options);
    const scored = scorer.search(query, options, level)!;
    expect(expected.length).toBeGreaterThan(0);
    const byDoc = new Map(Array.from(scored.docs, (doc, i) => [ids[doc], scored.scores[i]]));
    expect(byDoc).toEqual(new Map(expected.map((result) => [result.id, result.score])));
    // In the order first matched, which sorted by score is MiniSearch's order, ties included.
    const order = Array.from(scored.docs.keys()).sort((a, b) => scored.scores[b]! - scored.scores[a]! || a - b);
    expect(order.map((i) => ids[scored.docs[i]!])).toEqual(expected.map((result) => result.id));
    expect(new Set(scored.terms)).toEqual(new Set(expected.flatMap((result) => result.terms)));
  });

  it.each(['polcie', 'borderz fronteks', 'tre', 'nothing', 'polcie smlouvaa tretay', 'bord poli'])(
    'suggests for %s what MiniSearch.autoSuggest suggests first',
    (typed) => {
      const options = { fuzzy: 0.4, prefix: true, combineWith: 'OR' } as const;
      const expected = index.autoSuggest(typed, options)[0]?.suggestion;
      expect(expected === undefined).toBe(typed === 'nothing');
      expect(scorer.suggest(typed, options)).toEqual({ suggestion: expected });
    },
  );

  it('leaves to MiniSearch what it would not evaluate the same way', () => {
    expect(scorer.search({ combineWith: 'AND', queries: ['police', 'border'] }, {}, level)).toBeUndefined();
  });
});

describe('combine', () => {
  it('picks the same best documents from lists in the order first matched as from ranked ones', () => {
    const hitsOf = (query: Query, options: SearchOptions, ranked: boolean): TermHits => {
      const scored = scorer.search(query, options, level)!;
      const rows = Array.from(scored.docs.keys());
      if (ranked) rows.sort((a, b) => scored.scores[b]! - scored.scores[a]! || a - b);
      return {
        docs: Int32Array.from(rows, (i) => scored.docs[i]!),
        ranked,
        scores: Float64Array.from(rows, (i) => scored.scores[i]!),
        exact: Float32Array.from(rows, (i) => scored.levels[i]!),
        exactCount: 0,
        strict: [],
        translated: [],
        loose: [],
      };
    };
    const terms = (ranked: boolean) => [
      hitsOf('border', { prefix: true, boost }, ranked),
      hitsOf('police', { boost }, ranked),
      hitsOf('treaty', { boost }, ranked),
    ];
    const best = (ranked: boolean) => combine(terms(ranked), [1, 2, 3], ids.length, 50);
    expect(best(false)).toEqual(best(true));
    expect(best(true).ranked).toHaveLength(50);
  });
});

describe('TermRetriever', () => {
  it("merges a word's translations into its list in MiniSearch's order, equal scores in the order first matched", () => {
    const own: [Query, SearchOptions] = ['pursuit', { boost }];
    const translations: [Query, SearchOptions] = [
      { queries: ['policie', 'polizei'], combineWith: 'OR' },
      { boost: { title: 1.5, meta: 0.75, text: 0.5 } },
    ];
    const plan = (): TermPlan => ({
      query: own[0],
      options: own[1],
      level,
      translations: { query: translations[0], options: translations[1], below: Infinity },
    });
    const retriever = new TermRetriever(index, ids, plan, 0);
    const hits = retriever.reading(() => retriever.hits('pursuit'));
    // As the knowledge base merges MiniSearch's own results: the word's first, best first, then
    // the translations' other documents in their order, a document in both scoring the sum.
    const merged = new Map(index.search(...own).map((result) => [result.id as string, result.score]));
    for (const result of index.search(...translations))
      merged.set(result.id as string, (merged.get(result.id as string) ?? 0) + result.score);
    const scores = Array.from(hits.scores);
    expect(new Set(scores).size).toBeLessThan(scores.length);
    expect(Array.from(hits.docs, (doc) => ids[doc])).toEqual([...merged.keys()]);
    expect(scores).toEqual([...merged.values()]);
  });
  it('gives every word the same hits from a cache too small for them, as long as a reading lasts', () => {
    const words = [
      'police',
      'border',
      'polcie',
      'treaty',
      'pursuit',
      'bord',
      'smlouva',
      'czechia',
      'frontex',
      'nothing',
    ];
    const plan = (word: string): TermPlan => ({
      query: word,
      options: { weights, prefix: true, fuzzy: 0.2, boost },
      level,
    });
    const uncached = new TermRetriever(index, ids, plan, 0);
    const rows = (hits: TermHits) => [Array.from(hits.docs), Array.from(hits.scores), Array.from(hits.exact)];
    const expected = new Map(words.map((word) => [word, uncached.reading(() => rows(uncached.hits(word)))]));
    // Room for about three of the commonest words: each reading makes room, words leave, and rows
    // are written again where words that left were.
    const small = new TermRetriever(index, ids, plan, 3 * ids.length);
    let state = 11;
    const next = () => (state = (state * 48271) % 2147483647) % words.length;
    const blocks = new Set<ArrayBufferLike>();
    let keptCount = 0;
    for (let question = 0; question < 200; question++)
      small.reading(() => {
        const asked = Array.from({ length: 1 + (question % 5) }, () => words[next()]!);
        const given = asked.map((word) => small.hits(word));
        // What the reading was given first is still what it was after it asked for the rest.
        given.forEach((hits, i) => expect(rows(hits), asked[i]).toEqual(expected.get(asked[i]!)));
        for (const hits of given) {
          // A word the reading had no room to keep is its own arrays; a kept one reads the block.
          const kept = hits.docs.buffer.byteLength > hits.docs.byteLength;
          if (kept) blocks.add(hits.docs.buffer);
          keptCount += kept ? 1 : 0;
        }
      });
    // Every word kept was kept in the one block, reused: nothing allocated per word.
    expect(keptCount).toBeGreaterThan(100);
    expect(blocks.size).toBe(1);
  });
});
