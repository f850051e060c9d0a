import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus/load.ts';
import { parseDocument } from '../src/corpus/parse.ts';
import { KnowledgeBase } from '../src/knowledge/knowledge-base.ts';
import { makeSnippet } from '../src/knowledge/snippet.ts';
import { blockPassageSource, type PassageSource } from '../src/knowledge/passages.ts';
import { matchingChoices } from '../src/answers/choices.ts';

let kb: KnowledgeBase;
const SEEDS = new URL('../seeds/', import.meta.url).pathname;
const topFile = (query: string, filters = {}) => kb.search(query, filters).hits[0]?.document.file;

beforeAll(async () => {
  kb = new KnowledgeBase((await loadCorpus(SEEDS)).documents);
});

describe('search over the seeds', () => {
  it('folds diacritics the same way at index and query time', () => {
    expect(topFile('havrankova')).toMatch(/^001/);
    expect(topFile('Havránková')).toMatch(/^001/);
    expect(topFile('policejni spoluprace')).toMatch(/^000/);
    expect(topFile('MÜNZBERGEROVÝCH')).toMatch(/^001/);
  });

  it('folds the letters Unicode does not decompose (ł, đ, ø, ß) too', () => {
    const kb = new KnowledgeBase([
      parseDocument(
        'pl.txt',
        'Police in Łódź open a liaison office\nThe office in Łódź will coordinate cooperation with Đakovo and Straße patrols.',
      ),
    ]);
    for (const query of ['lodz', 'Łódź', 'dakovo', 'strasse']) expect(kb.search(query).total, query).toBe(1);
  });

  it('ranks the document about a topic first', () => {
    expect(topFile('joint contact centre')).toMatch(/^002/);
    expect(topFile('Prague Process')).toMatch(/^004/);
    expect(topFile('Albania')).toMatch(/^003/);
    expect(topFile('treaty police cooperation Slovakia')).toMatch(/^000/);
  });

  it('gives a caller asking for one result the first result a caller asking for five gets', () => {
    // /contacts and /treaty ask for one; their answer is /search's first.
    for (const query of [
      'On what date was the Czech-Albanian police cooperation agreement signed?',
      'Kedy presne nadobudla česko-slovenská zmluva o policajnej spolupráci platnosť?',
    ]) {
      const one = kb.search(query, {}, 1);
      const five = kb.search(query, {}, 5);
      expect(one.hits, query).toHaveLength(1);
      expect(one.hits[0]?.document.file, query).toBe(five.hits[0]?.document.file);
      expect([one.answered, one.value?.text], query).toEqual([five.answered, five.value?.text]);
    }
  });

  it('matches prefixes and typos, but an exact match always outranks a fuzzy one', () => {
    expect(topFile('frontex')).toMatch(/^000/);
    expect(topFile('frontx')).toBe(topFile('frontex'));
    expect(topFile('interp')).toMatch(/^00[13]/);
    const fuzzyOnly = new KnowledgeBase([
      parseDocument(
        'a.txt',
        'Patrols on the border\nJoint patrolls were agreed, with much about patrolls and patrolls again.',
      ),
      parseDocument(
        'b.txt',
        'A note\nOne line mentions patrols once, among many other words about other things entirely.',
      ),
    ]);
    const hits = fuzzyOnly.search('patrols').hits;
    expect(hits.map((h) => h.document.file)).toEqual(['a.txt', 'b.txt']);
    const typo = fuzzyOnly.search('patrolls').hits;
    expect(typo[0]?.document.file).toBe('a.txt');
    const exactVsFuzzy = new KnowledgeBase([
      parseDocument('exact.txt', 'Note\nThe word asylum appears here once.'),
      parseDocument(
        'fuzzy.txt',
        'Asylun asylun asylun\nAsylun asylun asylun asylun asylun in the title and body many times.',
      ),
    ]);
    // A word the documents have is not fuzzed into a neighbour ("joint" never finds "point").
    expect(exactVsFuzzy.search('asylum').hits.map((h) => h.document.file)).toEqual(['exact.txt']);
    expect(exactVsFuzzy.search('asylym').hits[0]?.document.file).toBe('exact.txt');
  });

  it('honours quoted phrases', () => {
    const all = kb.search('police cooperation').total;
    const phrase = kb.search('"cross-border pursuit"');
    expect(phrase.total).toBe(1);
    expect(phrase.hits[0]?.document.file).toMatch(/^000/);
    expect(kb.search('"cooperation police"').total).toBeLessThan(all);
  });

  it('filters by country, kind and date', () => {
    expect(kb.search('cooperation', { country: 'Albania' }).hits.map((h) => h.document.file)).toEqual([
      expect.stringMatching(/^003/),
    ]);
    expect(kb.search('cooperation', { country: 'Czech Republic' }).total).toBeGreaterThan(1);
    expect(kb.search('cooperation', { since: '2026-01-01' }).hits.map((h) => h.document.file)).toEqual([
      expect.stringMatching(/^000/),
    ]);
    expect(kb.search('cooperation', { kind: 'contact' }).hits.map((h) => h.document.file)).toEqual([
      expect.stringMatching(/^001/),
    ]);
    expect(kb.search('cooperation', { until: '2017-01-01' }).hits.map((h) => h.document.file)).toEqual([
      expect.stringMatching(/^002/),
    ]);
  });

  it('quotes the matching passage with the terms in bold', () => {
    const hit = kb.search('liaison officers').hits.find((h) => h.document.file.startsWith('000'))!;
    const matched = hit.snippet.segments.filter((s) => s.match).map((s) => s.text.toLowerCase());
    expect(matched).toContain('liaison');
    expect(hit.snippet.segments.map((s) => s.text).join('')).toContain('liaison officers');
  });

  it('says why nothing matched and suggests what to try', () => {
    const none = kb.search('qwertyuiop');
    expect(none.total).toBe(0);
    const filtered = kb.search('Interpol', { country: 'Albania', since: '2026-01-01' });
    expect(filtered.total).toBe(0);
    expect(filtered.suggestion).toEqual({ kind: 'without-filters', total: expect.any(Number) });
    const typo = kb.search('migratoin polcy', {});
    expect(typo.total).toBeGreaterThan(0);
  });

  it('never indexes chrome', () => {
    for (const word of ['Přejdi', 'Hlavní menu', 'vytisknout', 'Quick links', 'header1_image1']) {
      expect(kb.search(`"${word}"`).total, word).toBe(0);
    }
  });
});

describe('passages kept once cut', () => {
  const QUERIES = [
    'police cooperation',
    'Albania',
    'joint contact centre',
    '"Prague Process"',
    'treaty Slovakia',
    'asylum',
  ];

  it('keeps only the documents read last, and answers the same as keeping them all', async () => {
    const { documents } = await loadCorpus(SEEDS);
    const cuts: string[] = [];
    const counting: PassageSource = (document, target) => {
      cuts.push(document.id);
      return blockPassageSource(document, target);
    };
    const options = { cacheSize: 0 };
    const keepingAll = new KnowledgeBase(documents, { ...options, passageCacheDocuments: 1_000_000 });
    const keepingOne = new KnowledgeBase(documents, { ...options, passageCacheDocuments: 1 }, undefined, counting);
    const answers = (kb: KnowledgeBase, query: string) => {
      const { total, hits, answered, value } = kb.search(query);
      return {
        total,
        answered,
        value,
        hits: hits.map((hit) => [hit.document.id, hit.score, hit.sentence, hit.passage]),
      };
    };
    for (const query of [...QUERIES, ...QUERIES])
      expect(answers(keepingOne, query), query).toEqual(answers(keepingAll, query));
    // Bounded: a document read again after another was read is cut again...
    expect(cuts.length).toBeGreaterThan(new Set(cuts).size);
    // ...and kept: with room for every document, each is cut once however often it is read.
    cuts.length = 0;
    const keepingRoom = new KnowledgeBase(documents, options, undefined, counting);
    for (const query of [...QUERIES, ...QUERIES]) keepingRoom.search(query);
    expect(cuts.length).toBe(new Set(cuts).size);
  });
});

describe('snippets', () => {
  it('centres the window on the densest run of matches and marks cuts', () => {
    const text = `${'Filler words here. '.repeat(30)}The asylum procedure and asylum appeals. ${'More filler. '.repeat(30)}`;
    const snippet = makeSnippet(text, ['asylum'], 120);
    expect(snippet.cutStart).toBe(true);
    expect(snippet.cutEnd).toBe(true);
    expect(snippet.segments.filter((s) => s.match)).toHaveLength(2);
  });
});

describe('autocomplete matching', () => {
  it('offers what starts with the typed text first, then what contains it, diacritics optional', () => {
    const countries = ['Slovakia', 'Czechia', 'Slovenia', 'Česko'];
    expect(matchingChoices(countries, 'ces').map((c) => c.value)).toEqual(['Česko']);
    expect(matchingChoices(countries, 'ia').map((c) => c.value)).toEqual(['Slovakia', 'Czechia', 'Slovenia']);
    expect(matchingChoices(['Austria', 'Slovakia'], 's').map((c) => c.value)).toEqual(['Slovakia', 'Austria']);
    expect(matchingChoices(countries, '', 2)).toHaveLength(2);
  });
});
