import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import {
  addAllCompacted,
  CompactTerm,
  compactParts,
  compactPostings,
  fromParts,
  fromPartsAsync,
} from '../src/knowledge/compact-postings.ts';
import { processTerm, tokenize } from '../src/knowledge/terms.ts';

/** Documents drawn from a small vocabulary, one of them holding a word more than 65,535 times. */
function corpus(count: number): Array<{ id: string; title: string; meta: string; text: string }> {
  let state = 11;
  const next = () => (state = (state * 48271) % 2147483647) / 2147483647;
  const words = ['police', 'policie', 'polizei', 'border', 'borders', 'pursuit', 'treaty', 'smlouva', 'frontex'];
  const pick = (n: number) => Array.from({ length: n }, () => words[Math.floor(next() * words.length)]).join(' ');
  const documents = Array.from({ length: count }, (_, i) => ({
    id: `d${i}`,
    title: pick(1 + Math.floor(next() * 3)),
    meta: next() < 0.5 ? 'Czechia · asylum' : '',
    text: pick(5 + Math.floor(next() * 40)),
  }));
  documents[3]!.text += ' schengen'.repeat(70_000);
  return documents;
}

const options = { idField: 'id', fields: ['title', 'meta', 'text'], storeFields: [], tokenize, processTerm };
const documents = corpus(400);
/** An index's JSON with its words in one order: a loaded tree holds them in another than a built one. */
const canonical = (index: MiniSearch): string => {
  const js = index.toJSON();
  js.index.sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.stringify(js);
};
const twin = () => {
  const index = new MiniSearch(options);
  index.addAll(documents);
  return index;
};

describe('compactPostings', () => {
  const maps = twin();
  const compact = twin();
  const store = compactPostings(compact);

  it('leaves a CompactTerm where each word had its Maps, and compacts once', () => {
    const data = (compact as unknown as { _index: { get(term: string): unknown } })._index.get('border');
    expect(data).toBeInstanceOf(CompactTerm);
    expect(compactPostings(compact)).toBe(store);
    expect(store.largeCounts.size).toBe(1);
  });

  it('answers MiniSearch as its Maps did: searches, suggestions, serialisation', () => {
    for (const query of ['border', 'police treaty', 'polcie', 'schengen', 'bord', 'nothing']) {
      const searchOptions = { prefix: true, fuzzy: 0.2, boost: { title: 3 } };
      expect(compact.search(query, searchOptions)).toEqual(maps.search(query, searchOptions));
      expect(compact.autoSuggest(query, { fuzzy: 0.4 })).toEqual(maps.autoSuggest(query, { fuzzy: 0.4 }));
    }
    // Compared as booleans: a failing comparison of two whole indexes prints both.
    expect(JSON.stringify(compact) === JSON.stringify(maps)).toBe(true);
  });

  it('keeps a loaded index as it was saved', () => {
    const loaded = MiniSearch.loadJSON(JSON.stringify(maps), options);
    compactPostings(loaded);
    expect(canonical(loaded) === canonical(maps)).toBe(true);
    expect(loaded.search('pursuit border', { prefix: true })).toEqual(maps.search('pursuit border', { prefix: true }));
  });

  it("saves and loads the packed postings without MiniSearch's Maps, searching as before", () => {
    const saved = structuredClone(compactParts(compact));
    expect(saved.head.index).toEqual([]);
    const loaded = fromParts(saved, options);
    expect(canonical(loaded) === canonical(maps)).toBe(true);
    // Its words are put in the tree in the built tree's order: prefix and fuzzy matches, and the
    // suggestions made of them, come in the same order too.
    for (const query of ['border', 'police treaty', 'polcie', 'schengen', 'bord', 'polizie smlova']) {
      const searchOptions = { prefix: true, fuzzy: 0.2 };
      expect(loaded.search(query, searchOptions)).toEqual(maps.search(query, searchOptions));
      expect(loaded.autoSuggest(query, { fuzzy: 0.4 })).toEqual(maps.autoSuggest(query, { fuzzy: 0.4 }));
    }
    // Saving set the tree aside for a moment only.
    expect(compact.search('border')).toEqual(maps.search('border'));
  });

  it('hands its parts to another index that answers the same (a reload from the worker thread)', async () => {
    const received = await fromPartsAsync(structuredClone(compactParts(compact)), options);
    expect(canonical(received) === canonical(maps)).toBe(true);
    expect(received.search('treaty', { prefix: true })).toEqual(maps.search('treaty', { prefix: true }));
  });
});

describe('addAllCompacted', () => {
  const maps = twin();
  const compact = twin();
  const store = compactPostings(compact);
  const direct = new MiniSearch(options);
  const built = addAllCompacted(direct, documents);

  it('builds the store adding and then compacting builds, without the Maps', () => {
    expect(built.fields).toBe(store.fields);
    // Compared as booleans: a failing comparison of two large arrays prints both.
    expect(Buffer.compare(Buffer.from(built.starts.buffer), Buffer.from(store.starts.buffer))).toBe(0);
    expect(Buffer.compare(Buffer.from(built.shortIds.buffer), Buffer.from(store.shortIds.buffer))).toBe(0);
    expect(Buffer.compare(Buffer.from(built.counts.buffer), Buffer.from(store.counts.buffer))).toBe(0);
    expect([...built.largeCounts]).toEqual([...store.largeCounts]);
    expect(compactPostings(direct)).toBe(built);
    expect(compactParts(direct).words).toEqual(compactParts(compact).words);
  });

  it('leaves an index that answers and saves as the Maps did, its words in the same order', () => {
    for (const query of ['border', 'police treaty', 'polcie', 'schengen', 'bord', 'polizie smlova']) {
      const searchOptions = { prefix: true, fuzzy: 0.2, boost: { title: 3 } };
      expect(direct.search(query, searchOptions)).toEqual(maps.search(query, searchOptions));
      expect(direct.autoSuggest(query, { fuzzy: 0.4 })).toEqual(maps.autoSuggest(query, { fuzzy: 0.4 }));
    }
    expect(JSON.stringify(direct) === JSON.stringify(maps)).toBe(true);
    expect(direct.documentCount).toBe(documents.length);
  });

  it('takes only an empty index', () => {
    expect(() => addAllCompacted(twin(), documents.slice(0, 1))).toThrow(/empty/);
  });
});
