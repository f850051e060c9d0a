/**
 * The KnowledgeBase: every Document in a MiniSearch index, passages to quote, and the query API the
 * commands use. Pure and in memory: built from Documents, never reads a file.
 */
import MiniSearch, { type AsPlainObject, type Options, type SearchOptions } from 'minisearch';
import { fold } from '../corpus/clean.ts';
import { sectionsText } from '../corpus/parse.ts';
import type { Document } from '../corpus/types.ts';
import { documentsPassing, type SearchFilters } from './filters.ts';
import { bestPassage, toPassages, type Passage } from './passages.ts';
import { containsPhrase, parseQuery } from './query.ts';
import { makeSnippet, type Snippet } from './snippet.ts';
import { matchTyped } from './typeahead.ts';
import { combine, TermRetriever } from './term-hits.ts';
import { processTerm, termsOf, tokenize } from './terms.ts';

export type { SearchFilters } from './filters.ts';

export interface KnowledgeBaseOptions {
  /** Characters a passage grows to before the next one starts. */
  passageLength: number;
  /** Field boosts: a word in the title counts this many times a word in the body. */
  boost: { title: number; meta: number; text: number };
  /** Allowed edit distance as a fraction of a term's length (MiniSearch `fuzzy`); 0 turns it off. */
  fuzzy: number;
  /** Terms at least this long also match as prefixes ("frontex" finds "frontex's"). */
  minPrefixLength: number;
  /** Terms at least this long also match fuzzily; short terms fuzz into noise. */
  minFuzzyLength: number;
  /** Score weights of prefix and fuzzy matches, an exact match weighing 1. */
  weights: { prefix: number; fuzzy: number };
  /** Recent answers kept per knowledge base (a reload starts afresh); 0 turns the cache off. */
  cacheSize: number;
  /**
   * Scored (document, term) pairs kept for reuse, about 13 bytes each; 0 turns it off. Common
   * words match most documents and recur in most questions: scoring them once pays.
   */
  termCacheEntries: number;
}

export const DEFAULT_OPTIONS: KnowledgeBaseOptions = {
  passageLength: 600,
  boost: { title: 3, meta: 1.5, text: 1 },
  fuzzy: 0.2,
  minPrefixLength: 3,
  minFuzzyLength: 4,
  weights: { prefix: 0.4, fuzzy: 0.3 },
  cacheSize: 500,
  termCacheEntries: 2_000_000,
};

export interface SearchHit {
  document: Document;
  passage: Passage;
  score: number;
  /** How many query terms matched exactly (not only as a prefix or fuzzily). */
  exactTerms: number;
  snippet: Snippet;
}

export type Suggestion = { kind: 'spelling'; query: string } | { kind: 'without-filters'; total: number };

export interface SearchResults {
  total: number;
  hits: SearchHit[];
  suggestion?: Suggestion;
}

export interface KnowledgeSnapshot {
  options: KnowledgeBaseOptions;
  builtAt: string;
  documents: readonly Document[];
  /** MiniSearch's own JSON. */
  index: string;
  vocabulary: readonly string[];
}

/**
 * A knowledge base in pieces another thread can send as small messages (structured clone, no JSON
 * string to parse in one go): documents with their text, and the index as MiniSearch's plain object.
 */
export interface KnowledgeTransfer {
  options: KnowledgeBaseOptions;
  builtAt: string;
  documents: readonly Document[];
  index: AsPlainObject;
  vocabulary: readonly string[];
}

/** One row of the index per document; passages are scored only for the documents shown. */
interface IndexedDocument {
  id: string;
  title: string;
  meta: string;
  text: string;
}

/** Headings are part of `text` already; a field of their own cost a quarter more work per query. */
const FIELDS = ['title', 'meta', 'text'] as const;

/** MiniSearch options; `loadJSON` must be given the very same ones. */
export function indexOptions(): Options<IndexedDocument> {
  return { idField: 'id', fields: [...FIELDS], storeFields: [], tokenize, processTerm };
}

function indexRow(document: Document): IndexedDocument {
  return {
    id: document.id,
    title: document.title,
    meta: [document.country, ...document.themes, document.developmentType, document.kind].filter(Boolean).join(' · '),
    text: document.text,
  };
}

export class KnowledgeBase {
  readonly options: KnowledgeBaseOptions;
  readonly documents: readonly Document[];
  readonly builtAt: Date;
  private readonly byId = new Map<string, Document>();
  /** Cut when first needed: most documents are never shown, and their passages would double the text held. */
  private readonly passageCache = new Map<string, Passage[]>();
  private readonly foldedTitles = new Map<string, string>();
  private readonly facets = new Map<string, string[]>();
  private readonly recent = new Map<string, SearchResults>();
  private readonly retriever: TermRetriever;
  private readonly index: MiniSearch<IndexedDocument>;
  /** Every indexed term: a word the corpus has needs no fuzzy search beyond one edit. */
  private readonly vocabulary: Set<string>;

  /**
   * Build from documents; with `saved` (from `toSnapshot`), load that index instead of building
   * one. Passages are cut from the documents either way: cheap, and always the same cut.
   */
  constructor(
    documents: readonly Document[],
    options: Partial<KnowledgeBaseOptions> = {},
    saved?: { index: string | MiniSearch<IndexedDocument>; builtAt: string; vocabulary: readonly string[] },
  ) {
    this.options = { ...DEFAULT_OPTIONS, ...options };
    // Ids are unique by construction (loadCorpus refuses a clash); a duplicate here is dropped, not fatal.
    const unique = [...new Map(documents.map((document) => [document.id, document])).values()];
    this.documents = unique.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id));
    this.builtAt = saved ? new Date(saved.builtAt) : new Date();
    for (const document of this.documents) {
      this.byId.set(document.id, document);
      this.foldedTitles.set(document.id, fold(document.title));
    }
    if (saved) {
      this.index = typeof saved.index === 'string' ? MiniSearch.loadJSON(saved.index, indexOptions()) : saved.index;
      this.vocabulary = new Set(saved.vocabulary);
    } else {
      const rows = this.documents.map(indexRow);
      this.index = new MiniSearch(indexOptions());
      this.index.addAll(rows);
      this.vocabulary = new Set(rows.flatMap((row) => FIELDS.flatMap((field) => termsOf(row[field]))));
    }
    const ids = this.documents.map((document) => document.id);
    this.retriever = new TermRetriever(this.index as MiniSearch, ids, (term) => this.termOptions(term), this.options.termCacheEntries);
  }

  /** Everything needed to start again without re-indexing (a document's text is its sections'). */
  toSnapshot(): KnowledgeSnapshot {
    return {
      options: this.options,
      builtAt: this.builtAt.toISOString(),
      documents: this.documents.map((document) => ({ ...document, text: '' })),
      index: JSON.stringify(this.index),
      vocabulary: [...this.vocabulary],
    };
  }

  /** The pieces a worker thread sends back (see load-worker.ts). */
  toTransfer(): KnowledgeTransfer {
    return { options: this.options, builtAt: this.builtAt.toISOString(), documents: this.documents, index: this.index.toJSON(), vocabulary: [...this.vocabulary] };
  }

  /** Rebuilt from a transfer without blocking: MiniSearch loads the index in batches between event-loop turns. */
  static async fromTransfer(transfer: KnowledgeTransfer): Promise<KnowledgeBase> {
    const index = await MiniSearch.loadJSAsync<IndexedDocument>(transfer.index, indexOptions());
    return new KnowledgeBase(transfer.documents, transfer.options, { index, builtAt: transfer.builtAt, vocabulary: transfer.vocabulary });
  }

  static fromSnapshot(snapshot: KnowledgeSnapshot): KnowledgeBase {
    const documents = snapshot.documents.map((document) => (document.text ? document : { ...document, text: sectionsText(document.sections) }));
    return new KnowledgeBase(documents, snapshot.options, snapshot);
  }

  document(id: string): Document | undefined {
    return this.byId.get(id);
  }

  get passageCount(): number {
    let count = 0;
    for (const document of this.documents) count += (this.passageCache.get(document.id) ?? toPassages(document, this.options.passageLength)).length;
    return count;
  }

  /** How one query term is matched: by prefix when long enough, fuzzily by how well the corpus knows it. */
  private termOptions(term: string): SearchOptions {
    const { fuzzy, minFuzzyLength, minPrefixLength, weights, boost } = this.options;
    return {
      boost,
      weights,
      prefix: term.length >= minPrefixLength,
      // Fuzzy matching is costly: a word the corpus has gets one edit at most (an inflected form:
      // spolupráce ~ spolupráci), an unknown word (a typo) the full allowance.
      fuzzy: fuzzy > 0 && term.length >= minFuzzyLength ? (this.vocabulary.has(term) ? 1 : fuzzy) : false,
    };
  }

  /**
   * Documents matching a query, best first, each with the passage that matches best. A document
   * matching more query terms exactly always ranks above one matching them only by prefix or
   * fuzzily; "quoted phrases" must appear word for word.
   */
  search(query: string, filters: SearchFilters = {}, limit = 5): SearchResults {
    if (this.options.cacheSize <= 0) return this.searchUncached(query, filters, limit);
    const key = JSON.stringify([query.trim().toLowerCase(), filters.country, filters.kind, filters.since, filters.until, limit]);
    const cached = this.recent.get(key);
    if (cached) {
      this.recent.delete(key);
      this.recent.set(key, cached);
      return cached;
    }
    const results = this.searchUncached(query, filters, limit);
    this.recent.set(key, results);
    if (this.recent.size > this.options.cacheSize) this.recent.delete(this.recent.keys().next().value as string);
    return results;
  }

  private searchUncached(query: string, filters: SearchFilters, limit: number): SearchResults {
    const parsed = parseQuery(query);
    if (parsed.terms.length === 0) return { total: 0, hits: [] };
    const allowed = documentsPassing(this.documents, filters);
    const terms = [...new Set(parsed.terms)];
    const termHits = terms.map((term) => this.retriever.hits(term));
    const keep = (doc: number): boolean => {
      const document = this.documents[doc];
      if (!document || (allowed && !allowed.has(document.id))) return false;
      return parsed.phrases.length === 0 || this.passagesWithPhrases(document, parsed.phrases).length > 0;
    };
    const { ranked, total } = combine(termHits, this.documents.length, limit, allowed || parsed.phrases.length ? keep : undefined);
    const matchedTerms = [...new Set(termHits.flatMap((hits) => hits.expansions))];
    const hits = ranked.flatMap(({ doc, score, exactTerms }) => {
      const document = this.documents[doc];
      if (!document) return [];
      const candidates = parsed.phrases.length > 0 ? this.passagesWithPhrases(document, parsed.phrases) : this.passagesOf(document);
      const passage = bestPassage(candidates, matchedTerms) ?? { id: `${document.id}#0`, documentId: document.id, text: document.title };
      return [{ document, passage, score, exactTerms, snippet: makeSnippet(passage.text, matchedTerms) }];
    });
    const results: SearchResults = { total, hits };
    if (total === 0) results.suggestion = this.suggestFor(query, parsed.terms, filters, allowed);
    return results;
  }

  /** Ids of every document a query matches, unranked and without snippets: for filtering lists. */
  matchingIds(query: string): Set<string> {
    const parsed = parseQuery(query);
    const ids = new Set<string>();
    for (const term of new Set(parsed.terms)) {
      for (const doc of this.retriever.hits(term).docs) {
        const document = this.documents[doc];
        if (document && (parsed.phrases.length === 0 || this.passagesWithPhrases(document, parsed.phrases).length > 0)) ids.add(document.id);
      }
    }
    return ids;
  }

  private passagesOf(document: Document): Passage[] {
    let passages = this.passageCache.get(document.id);
    if (!passages) this.passageCache.set(document.id, (passages = toPassages(document, this.options.passageLength)));
    return passages;
  }

  /** A document's passages holding every phrase (the title counts as part of each). */
  private passagesWithPhrases(document: Document | undefined, phrases: string[][]): Passage[] {
    if (!document) return [];
    return (this.passagesOf(document)).filter((passage) => {
      const words = termsOf(`${document.title} ${passage.text}`);
      return phrases.every((phrase) => containsPhrase(words, phrase));
    });
  }

  private suggestFor(query: string, terms: string[], filters: SearchFilters, allowed: Set<string> | undefined): Suggestion | undefined {
    if (allowed) {
      const total = this.search(query, {}, 0).total;
      if (total > 0) return { kind: 'without-filters', total };
    }
    const [suggestion] = this.index.autoSuggest(terms.join(' '), { fuzzy: 0.4, prefix: true, combineWith: 'OR' });
    return suggestion ? { kind: 'spelling', query: suggestion.suggestion } : undefined;
  }

  /** Document titles for autocomplete: titles containing the typed text, those starting with it first. */
  suggestTitles(typed: string, limit = 25): Document[] {
    return matchTyped(this.documents, (d) => [this.foldedTitles.get(d.id) ?? '', d.id], typed, limit);
  }

  /** Values present in the corpus, most frequent first: for autocomplete and filter hints. */
  facet(of: 'country' | 'theme' | 'type' | 'kind'): string[] {
    const cached = this.facets.get(of);
    if (cached) return cached;
    const counts = new Map<string, number>();
    const valuesOf = (d: Document): Array<string | undefined> =>
      of === 'country' ? d.countries : of === 'theme' ? d.themes : of === 'type' ? [d.developmentType] : [d.kind];
    for (const d of this.documents) for (const value of valuesOf(d)) if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
    const values = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([value]) => value);
    this.facets.set(of, values);
    return values;
  }

  /** The newest document date, for /about. */
  get newestDate(): string | undefined {
    return this.documents.find((d) => d.date)?.date;
  }
}
