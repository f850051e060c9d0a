/**
 * The KnowledgeBase: every Document, its passages in a MiniSearch index, and the query API the
 * commands use. Pure and in memory: built from Documents, never reads a file.
 */
import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import { fold } from '../corpus/clean.ts';
import { findCountry } from '../corpus/countries.ts';
import type { Document, DocumentKind } from '../corpus/types.ts';
import { toPassages, type Passage } from './passages.ts';
import { containsPhrase, parseQuery } from './query.ts';
import { makeSnippet, type Snippet } from './snippet.ts';
import { processTerm, termsOf, tokenize } from './terms.ts';

export interface KnowledgeBaseOptions {
  /** Characters a passage grows to before the next one starts. */
  passageLength: number;
  /** Field boosts: a word in the title counts this many times a word in the body. */
  boost: { title: number; heading: number; meta: number; text: number };
  /** Allowed edit distance as a fraction of a term's length (MiniSearch `fuzzy`); 0 turns it off. */
  fuzzy: number;
  /** Terms at least this long also match as prefixes ("frontex" finds "frontex's"). */
  minPrefixLength: number;
  /** Terms at least this long also match fuzzily; short terms fuzz into noise. */
  minFuzzyLength: number;
  /** Score weights of prefix and fuzzy matches, an exact match weighing 1. */
  weights: { prefix: number; fuzzy: number };
}

export const DEFAULT_OPTIONS: KnowledgeBaseOptions = {
  passageLength: 600,
  boost: { title: 3, heading: 1.5, meta: 1.5, text: 1 },
  fuzzy: 0.2,
  minPrefixLength: 3,
  minFuzzyLength: 4,
  weights: { prefix: 0.4, fuzzy: 0.3 },
};

export interface SearchFilters {
  country?: string;
  kind?: DocumentKind;
  /** ISO dates, inclusive. A document without a date never passes a date filter. */
  since?: string;
  until?: string;
}

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
}

interface IndexedPassage extends Passage {
  title: string;
  meta: string;
}

const FIELDS = ['title', 'heading', 'meta', 'text'] as const;

/** MiniSearch options; `loadJSON` must be given the very same ones. */
export function indexOptions(): Options<IndexedPassage> {
  return {
    idField: 'id',
    fields: [...FIELDS],
    storeFields: ['documentId'],
    tokenize,
    processTerm,
  };
}

export class KnowledgeBase {
  readonly options: KnowledgeBaseOptions;
  readonly documents: readonly Document[];
  readonly builtAt: Date;
  private readonly byId = new Map<string, Document>();
  private readonly passages = new Map<string, Passage>();
  private readonly index: MiniSearch<IndexedPassage>;

  /**
   * Build from documents; with `saved` (from `toSnapshot`), load that index instead of building
   * one: passages are re-cut from the documents, which is cheap and always agrees with the index
   * when the options are the same.
   */
  constructor(documents: readonly Document[], options: Partial<KnowledgeBaseOptions> = {}, saved?: { index: string; builtAt: string }) {
    this.options = { ...DEFAULT_OPTIONS, ...options };
    this.documents = [...documents].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id));
    this.builtAt = saved ? new Date(saved.builtAt) : new Date();
    const rows: IndexedPassage[] = [];
    for (const document of this.documents) {
      this.byId.set(document.id, document);
      const meta = [document.country, ...document.themes, document.developmentType, document.kind].filter(Boolean).join(' · ');
      for (const passage of toPassages(document, this.options.passageLength)) {
        this.passages.set(passage.id, passage);
        if (!saved) rows.push({ ...passage, title: document.title, meta });
      }
    }
    if (saved) this.index = MiniSearch.loadJSON(saved.index, indexOptions());
    else {
      this.index = new MiniSearch(indexOptions());
      this.index.addAll(rows);
    }
  }

  /** Everything needed to start again without re-indexing. */
  toSnapshot(): KnowledgeSnapshot {
    return { options: this.options, builtAt: this.builtAt.toISOString(), documents: this.documents, index: JSON.stringify(this.index) };
  }

  static fromSnapshot(snapshot: KnowledgeSnapshot): KnowledgeBase {
    return new KnowledgeBase(snapshot.documents, snapshot.options, snapshot);
  }

  document(id: string): Document | undefined {
    return this.byId.get(id);
  }

  get passageCount(): number {
    return this.passages.size;
  }

  /** Documents passing the filters; undefined when there are no filters. */
  private allowedDocuments(filters: SearchFilters): Set<string> | undefined {
    const { since, until, kind } = filters;
    const country = filters.country && (findCountry(filters.country)?.name ?? filters.country);
    if (!country && !since && !until && !kind) return undefined;
    const allowed = this.documents.filter(
      (d) =>
        (!country || d.countries.includes(country)) &&
        (!kind || d.kind === kind) &&
        (!since || (d.date !== undefined && d.date >= since)) &&
        (!until || (d.date !== undefined && d.date <= until)),
    );
    return new Set(allowed.map((d) => d.id));
  }

  private rawSearch(terms: string[], allowed: Set<string> | undefined): SearchResult[] {
    const { fuzzy, minFuzzyLength, minPrefixLength, weights, boost } = this.options;
    return this.index.search(terms.join(' '), {
      boost,
      weights,
      prefix: (term) => term.length >= minPrefixLength,
      fuzzy: (term) => (fuzzy > 0 && term.length >= minFuzzyLength ? fuzzy : false),
      filter: allowed ? (result) => allowed.has(result.documentId as string) : undefined,
    });
  }

  /**
   * Documents matching a query, best first, each with its best passage. A document matching more
   * query terms exactly always ranks above one matching them only by prefix or fuzzily.
   */
  search(query: string, filters: SearchFilters = {}, limit = 5): SearchResults {
    const parsed = parseQuery(query);
    if (parsed.terms.length === 0) return { total: 0, hits: [] };
    const allowed = this.allowedDocuments(filters);
    const best = new Map<string, SearchHit>();
    for (const result of this.rawSearch(parsed.terms, allowed)) {
      const passage = this.passages.get(result.id as string);
      const document = passage && this.byId.get(passage.documentId);
      if (!passage || !document) continue;
      if (parsed.phrases.length > 0) {
        const words = termsOf(`${document.title} ${passage.text}`);
        if (!parsed.phrases.every((phrase) => containsPhrase(words, phrase))) continue;
      }
      const exactTerms = parsed.terms.filter((term) => result.terms.includes(term)).length;
      const current = best.get(document.id);
      if (current && (current.exactTerms > exactTerms || (current.exactTerms === exactTerms && current.score >= result.score))) continue;
      best.set(document.id, { document, passage, score: result.score, exactTerms, snippet: makeSnippet(passage.text, result.terms) });
    }
    const hits = [...best.values()].sort((a, b) => b.exactTerms - a.exactTerms || b.score - a.score);
    const results: SearchResults = { total: hits.length, hits: hits.slice(0, limit) };
    if (hits.length === 0) results.suggestion = this.suggestFor(query, parsed.terms, filters, allowed);
    return results;
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
    const needle = fold(typed.trim());
    const folded = (d: Document) => fold(d.title);
    return this.documents
      .filter((d) => !needle || folded(d).includes(needle) || d.id.includes(needle))
      .sort((a, b) => Number(folded(b).startsWith(needle)) - Number(folded(a).startsWith(needle)))
      .slice(0, limit);
  }

  /** Values present in the corpus, most frequent first: for autocomplete and filter hints. */
  facet(of: 'country' | 'theme' | 'type' | 'kind'): string[] {
    const counts = new Map<string, number>();
    const valuesOf = (d: Document): Array<string | undefined> =>
      of === 'country' ? d.countries : of === 'theme' ? d.themes : of === 'type' ? [d.developmentType] : [d.kind];
    for (const d of this.documents) for (const value of valuesOf(d)) if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
    return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([value]) => value);
  }

  /** The newest document date, for /about. */
  get newestDate(): string | undefined {
    return this.documents.find((d) => d.date)?.date;
  }
}
