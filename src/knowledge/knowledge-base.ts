/**
 * The KnowledgeBase: every Document in a MiniSearch index, passages to quote, and the query API the
 * commands use. Pure and in memory: built from Documents, never reads a file.
 */
import { RecentlyUsed } from '../util/memo.ts';
import MiniSearch, { type Options, type Query } from 'minisearch';
import { fold } from '../corpus/clean.ts';
import { countryMentions, findCountry } from '../corpus/countries.ts';
import { COUNTRIES_OF_LANGUAGE } from '../corpus/language.ts';
import { datesIn, monthOf } from '../corpus/dates.ts';
import { readingTextFromSections, withoutTextCopy } from '../corpus/sections.ts';
import type { StoredDocument } from './snapshot-file.ts';
import type { Document, Language, StepKind } from '../corpus/types.ts';
import { documentsPassing, type SearchFilters } from './filters.ts';
import {
  countriesListed,
  findAnswer,
  LISTED,
  sentencesIn,
  namesCounted,
  namesOtherYearOnly,
  widerSnippet,
  saysYearBefore,
  yearsCounted,
  countsOtherPeriod,
  datedWords,
  countsTotalOnly,
  pastForNext,
  saysUntil,
  yearsIn,
  type Question,
} from './answer.ts';
import { blockPassageSource, sentencesOf, type Passage, type PassageSource } from './passages.ts';
import { containsPhrase, parseQuery, type ParsedQuery } from './query.ts';
import { placeNameForms } from '../analysis/slavic.ts';
import {
  answerKind,
  holdsAnswer,
  cueWords,
  asksCountries,
  asksAgent,
  asksDuration,
  asksDistance,
  asksDay,
  asksNext,
  questionParts,
  asksUntil,
  countedNoun,
  countedWords,
  isContactKind,
  type AnswerKind,
} from './question.ts';
import { answerValue, asksShare, withWhatItCounts, type AnswerValue } from './answer-line.ts';
import type { Snippet } from './snippet.ts';
import { StemIndex } from './stems.ts';
import { namesAgreement, saysStepAsked, stepsAsked } from './steps.ts';
import { matchTyped } from './typeahead.ts';
import { combine, TermRetriever, TRANSLATED, type TermHits, type TermPlan } from './term-hits.ts';
import { builtInLexicon, type Lexicon } from '../analysis/lexicon.ts';
import { addAllCompacted, compactParts, fromParts, fromPartsAsync, type CompactParts } from './compact-postings.ts';
import { holdsInAnyEnding, isNumeric, processTerm, stemKeys, termsOf, tokenize } from './terms.ts';

/** Between a question word and the concepts it names in a retrieval key. */
const CONCEPTS_MARK = '\u0001';

/** The concepts a retrieval key names (see `retrievalKeys`). */
const conceptsIn = (key: string): string[] => key.split(CONCEPTS_MARK)[1]?.split(',') ?? [];

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
  /** Score weight of a form sharing the word's stem ("ratified" for "ratification"). */
  stemWeight: number;
  /** Score weight of the word in another language ("treaty" for "smlouva"), from the lexicon. */
  translationWeight: number;
  /** A word is looked up in the other languages when fewer documents than this hold it. */
  translateBelow: number;
  /** Share of the question's (weighted) words the best passage must hold to count as an answer. */
  minCoverage: number;
  /** Recent answers kept per knowledge base (a reload starts afresh); 0 turns the cache off. */
  cacheSize: number;
  /**
   * Scored (document, term) pairs kept for reuse, 16 bytes each, in one block reused as words
   * leave (`RowCache`); 0 turns it off. Common words match most documents and recur in most
   * questions: scoring them once pays.
   */
  termCacheEntries: number;
  /**
   * Documents whose passages are kept once cut, the most recently read; 0 keeps none. A cut
   * document costs about 23 KB of heap with what answering derives from its passages (sentences,
   * their word sets), some ten times its text: kept for every document ever shown, a bot at
   * 100,000 documents would grow by gigabytes. Cutting again gives the same passages.
   */
  passageCacheDocuments: number;
}

export const DEFAULT_OPTIONS: KnowledgeBaseOptions = {
  passageLength: 600,
  boost: { title: 3, meta: 1.5, text: 1 },
  fuzzy: 0.2,
  minPrefixLength: 3,
  minFuzzyLength: 4,
  weights: { prefix: 0.4, fuzzy: 0.25 },
  stemWeight: 0.7,
  translationWeight: 0.5,
  translateBelow: 300,
  minCoverage: 0.5,
  cacheSize: 500,
  termCacheEntries: 2_000_000,
  passageCacheDocuments: 2_000,
};

export interface SearchHit {
  document: Document;
  passage: Passage;
  /** The sentence of the passage that answers best, whole and as written. */
  sentence: string;
  score: number;
  snippet: Snippet;
  /** Weighted share of the question's words the quoted passage holds (0-1). */
  coverage: number;
  /** How well the answering sentence itself answers (see answer.ts). */
  focus: number;
  /** Weighted share of the question's words in the title. */
  titled: number;
  /** The answering sentence speaks of another month than the question asks about (see answer.ts). */
  elsewhen?: boolean;
}

export type Suggestion = { kind: 'spelling'; query: string } | { kind: 'without-filters'; total: number };

export interface SearchResults {
  total: number;
  hits: SearchHit[];
  /**
   * The first hit answers the question: its passage holds enough of the question's words (not only
   * loose matches of a few), and no name in the question is unknown to the documents.
   */
  answered: boolean;
  /** What the question asks for (a date, a person ...), when its question words say. */
  kind?: AnswerKind;
  /** The value that answers it, read from the first hit's sentence (see answer-line.ts). */
  value?: AnswerValue;
  /**
   * The answers to the question's other parts ("Kolik policistů … a do kdy má operace trvat?"),
   * read from the first hit's document.
   */
  more?: PartAnswer[];
  suggestion?: Suggestion;
}

/** One more part of a question answered: the value and the sentence holding it. */
export interface PartAnswer {
  value: AnswerValue;
  sentence: string;
  /** The passage the sentence stands in. */
  passage: Passage;
}

/** Documents read passage by passage to rank the shown ones: the best this many by their words. */
const RERANKED = 10;
/** The first result quotes up to this many characters of its passage, the others `findAnswer`'s 320. */
const FIRST_SNIPPET = 600;

/** Lexicon groups whose concepts are names of places, which a document must hold to be about them. */
const PLACE_GROUPS: ReadonlySet<string> = new Set(['place', 'nationality']);

/** In that ranking, the answering sentence's own score counts this much beside the passage's coverage, */
const FOCUS_WEIGHT = 1.0;
/** and a title holding the question's words this much (a document about it, not one mentioning it), */
const TITLE_WEIGHT = 0.5;
/** and each place lower in the ranking by words costs this much. */
const ORDER_WEIGHT = 0.03;

/** Kinds whose value is read reliably enough that a question of the kind without one is not answered. */
const VALUE_REQUIRED: ReadonlySet<AnswerKind> = new Set(['date', 'money', 'number', 'email', 'phone', 'fax', 'person']);
/** "Who is Vladimír Vedra?", "Kdo je …", "Wer ist …": a question about a named person, not for one. */
const WHO_IS = /^(?:who (?:is|was)|kdo (?:je|byl\w*)|kto (?:je|bol\w*)|wer (?:ist|war))\s+\p{Lu}\p{Ll}+\s+\p{Lu}/u;
/**
 * "Who are the central contact points …", "Kdo jsou kontaktní místa …", "Wer sind die zentralen
 * Kontaktstellen": a question for bodies, which a sentence naming them answers, not a person's name.
 */
const WHO_ARE_BODIES =
  /^(?:who (?:are|were)|which (?:bodies|authorities|units|offices)|kdo jsou|kto sú|wer sind)\b.*\b(?:contact points?|authorit\w*|bod(?:y|ies)|units?|offices?|agenc\w*|kontaktní\w* míst\w*|kontaktn\w* miest\w*|orgán\w*|úřad\w*|úrad\w*|kontaktstelle\w*|behörde\w*|stellen)\b/iu;

/** The sentence `step` sentences after `sentence` (before it, for a negative step) in a passage's text, if any. */
const sentenceBeside = (passage: Passage, sentence: string, step: 1 | -1): string | undefined => {
  const sentences = sentencesIn(passage);
  const at = sentences.indexOf(sentence);
  return at >= 0 ? sentences[at + step] : undefined;
};

/** A document naming this many countries is about an operation or a meeting of several. */
const SEVERAL_COUNTRIES = 3;

/**
 * Whether a document is a country's own: mostly about it and written in its language ("Czechia" for
 * a Czech page), or titled for it ("Frontex officers at the Slovak-Ukrainian border").
 */
const pageOf = (document: Document, country: string): boolean =>
  (document.country === country &&
    COUNTRIES_OF_LANGUAGE[document.language].some((code) => findCountry(code)?.name === country)) ||
  countryMentions(document.title).some((mention) => mention.country === country);

/** Question words whose stem keys are kept (a few hundred bytes each). */
const WORDS_STEMMED_KEPT = 5_000;

/** A road or a route typed as one word ("A17", "D1"). */
const DESIGNATION = /^\p{Lu}\d{1,4}$/u;

/** Hits read for the value asked for: a hit below the first that holds it answers first. */
const VALUE_REACH = 3;
/**
 * Whether every name of a question the lexicon does not know ("Nickelsdorf") stands where the
 * answering value is headed: the document's title, the passage's heading, or its text up to the
 * answering sentence's end.
 */
function namesStandAbove(hit: SearchHit, question: Question, words: readonly string[]): boolean {
  const { text, heading } = hit.passage;
  const at = text.indexOf(hit.sentence);
  const above = termsOf(
    `${hit.document.title} ${heading ?? ''} ${at >= 0 ? text.slice(0, at + hit.sentence.length) : text}`,
  );
  return [...(question.names ?? [])].every((i) => holdsInAnyEnding(above, words[i] ?? ''));
}

/** A country's code as a question writes it ("CZ", "DE"). */
const isCountryCode = (word: string): boolean => /^\p{Lu}{2}$/u.test(word) && findCountry(word) !== undefined;

/** The lexicon's concept of the noun "country" ("země", "Länder", "krajín"). */
const COUNTRY_NOUN = 'country-state';
/** The lexicon's concept of being in force or valid ("platí", "gilt", "in force"). */
const VALID = 'in-force';

export interface KnowledgeSnapshot {
  options: KnowledgeBaseOptions;
  builtAt: string;
  documents: readonly StoredDocument[];
  /** MiniSearch's JSON without postings, and the postings as arrays (compact-postings.ts). */
  index: CompactParts;
  vocabulary: readonly string[];
  stems: ReadonlyArray<readonly [string, readonly string[]]>;
}

/**
 * A knowledge base in pieces another thread can send as small messages (structured clone, no JSON
 * string to parse in one go): documents with their text, and the index in parts whose postings
 * are arrays it can hand over without copying.
 */
export interface KnowledgeTransfer {
  options: KnowledgeBaseOptions;
  builtAt: string;
  documents: readonly Document[];
  index: CompactParts;
  vocabulary: readonly string[];
  stems: KnowledgeSnapshot['stems'];
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

/**
 * MiniSearch options; `fromParts` and `fromPartsAsync` must be given the very same ones. While
 * indexing, `learn` is told each word: its stem index learns the word as written, and the
 * vocabulary the term it became.
 */
function indexOptions(learn?: {
  stems: StemIndex;
  vocabulary: Set<string>;
  language: () => Language;
}): Options<IndexedDocument> {
  const process = learn
    ? (written: string, field?: string) => {
        if (field === undefined) return processTerm(written);
        const term = learn.stems.record(written, learn.language());
        if (term !== null) learn.vocabulary.add(term);
        return term;
      }
    : processTerm;
  return { idField: 'id', fields: [...FIELDS], storeFields: [], tokenize, processTerm: process };
}

/** A saved document as it is, or (saved by an older writer, its `text` an empty string) a copy without it. */
function withoutOwnText(document: StoredDocument): Omit<Document, 'text'> {
  if (!Object.hasOwn(document, 'text')) return document;
  const { text: _text, ...fields } = document;
  return fields;
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
  /** Each document's position in `documents`, as term hits refer to it. */
  private readonly positions = new Map<string, number>();
  /**
   * Cut when first needed (most documents are never shown, and their passages would double the
   * text held), the `passageCacheDocuments` read last kept, oldest first.
   */
  private readonly passageCache: RecentlyUsed<string, Passage[]>;
  private readonly foldedTitles = new Map<string, string>();
  private readonly facets = new Map<string, string[]>();
  private readonly recent: RecentlyUsed<string, SearchResults>;
  /**
   * The stem keys of the question words met last, for the lexicon's match: every word is stemmed
   * in every language, the same each time, and questions repeat their words.
   */
  private readonly stemKeysOfWord = new RecentlyUsed<string, string[]>(WORDS_STEMMED_KEPT);
  private readonly retriever: TermRetriever;
  private readonly index: MiniSearch<IndexedDocument>;
  /** Every indexed term: a word the corpus has is not a typo, and needs no fuzzy search. */
  private readonly vocabulary: Set<string>;
  private readonly stems: StemIndex;
  private readonly passageSource: PassageSource;
  /**
   * Concepts across languages, used at question time only (the index does not depend on it), so a
   * moderator's additions apply without re-indexing. The answer cache is cleared when it changes.
   */
  private currentLexicon: Lexicon | undefined;

  get lexicon(): Lexicon {
    return (this.currentLexicon ??= builtInLexicon());
  }

  set lexicon(lexicon: Lexicon) {
    this.currentLexicon = lexicon;
    this.recent.clear();
    this.retriever.clear();
  }

  /**
   * Build from documents; with `saved` (from `toSnapshot`), load that index instead of building
   * one. Passages are cut from the documents either way: cheap, and always the same cut.
   */
  constructor(
    documents: readonly Document[],
    options: Partial<KnowledgeBaseOptions> = {},
    saved?: {
      index: CompactParts | MiniSearch<IndexedDocument>;
      builtAt: string;
      vocabulary: readonly string[];
      stems?: KnowledgeSnapshot['stems'];
    },
    passageSource: PassageSource = blockPassageSource,
  ) {
    this.options = { ...DEFAULT_OPTIONS, ...options };
    this.passageCache = new RecentlyUsed(this.options.passageCacheDocuments);
    this.recent = new RecentlyUsed(this.options.cacheSize);
    this.passageSource = passageSource;
    // Ids are unique by construction (loadCorpus refuses a clash); a duplicate here is dropped, not fatal.
    const unique = [...new Map(documents.map((document) => [document.id, withoutTextCopy(document)])).values()];
    this.documents = unique.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id));
    this.builtAt = saved ? new Date(saved.builtAt) : new Date();
    for (const [position, document] of this.documents.entries()) {
      this.byId.set(document.id, document);
      this.positions.set(document.id, position);
      this.foldedTitles.set(document.id, fold(document.title));
    }
    if (saved) {
      this.index = saved.index instanceof MiniSearch ? saved.index : fromParts(saved.index, indexOptions());
      this.vocabulary = new Set(saved.vocabulary);
      this.stems = new StemIndex(saved.stems);
    } else {
      this.stems = new StemIndex();
      this.vocabulary = new Set();
      let language: Language = 'en';
      this.index = new MiniSearch(
        indexOptions({ stems: this.stems, vocabulary: this.vocabulary, language: () => language }),
      );
      // Postings go straight into packed arrays (compact-postings.ts): no `Map` per word is ever built.
      const documentsInOrder = this.documents;
      addAllCompacted(
        this.index,
        (function* rows() {
          for (const document of documentsInOrder) {
            language = document.language;
            yield indexRow(document);
          }
        })(),
      );
      this.stems.seal();
    }
    const ids = this.documents.map((document) => document.id);
    this.retriever = new TermRetriever(
      this.index as MiniSearch,
      ids,
      (word) => this.termPlan(word),
      this.options.termCacheEntries,
    );
  }

  /** Everything needed to start again without re-indexing (a document's text is its sections'). */
  toSnapshot(): KnowledgeSnapshot {
    return {
      options: this.options,
      builtAt: this.builtAt.toISOString(),
      // A document reading its text from its sections has no `text` of its own to write.
      documents: this.documents.map((document) =>
        Object.hasOwn(document, 'text') ? { ...document, text: undefined } : document,
      ),
      index: compactParts(this.index),
      vocabulary: [...this.vocabulary],
      stems: this.stems.toJSON(),
    };
  }

  /** The pieces a worker thread sends back (see load-worker.ts). */
  toTransfer(): KnowledgeTransfer {
    return {
      options: this.options,
      builtAt: this.builtAt.toISOString(),
      documents: this.documents,
      index: compactParts(this.index),
      vocabulary: [...this.vocabulary],
      stems: this.stems.toJSON(),
    };
  }

  /** Rebuilt from a transfer without blocking: the index's words go into its tree in batches between event-loop turns. */
  static async fromTransfer(transfer: KnowledgeTransfer): Promise<KnowledgeBase> {
    const index = await fromPartsAsync<IndexedDocument>(transfer.index, indexOptions());
    return new KnowledgeBase(transfer.documents, transfer.options, {
      index,
      builtAt: transfer.builtAt,
      vocabulary: transfer.vocabulary,
      stems: transfer.stems,
    });
  }

  static fromSnapshot(snapshot: KnowledgeSnapshot): KnowledgeBase {
    const documents = snapshot.documents.map((document) =>
      document.text ? (document as Document) : readingTextFromSections(withoutOwnText(document)),
    );
    return new KnowledgeBase(documents, snapshot.options, snapshot);
  }

  document(id: string): Document | undefined {
    return this.byId.get(id);
  }

  get passageCount(): number {
    let count = 0;
    for (const document of this.documents)
      count += (this.passageCache.peek(document.id) ?? this.passageSource(document, this.options.passageLength)).length;
    return count;
  }

  /**
   * How one query word is matched: as written (weight 1), by the forms sharing its stem
   * (`stemWeight`), by its words in the other languages (`translationWeight`, the lexicon's
   * concepts the question names with it: see `retrievalKeys`), by prefix and, for a word neither
   * the corpus nor the lexicon knows (a typo), fuzzily. Numbers match only as written.
   */
  private termPlan(key: string): TermPlan {
    const word = key.split(CONCEPTS_MARK)[0]!;
    const term = processTerm(word) ?? word;
    const { fuzzy, minFuzzyLength, minPrefixLength, weights, boost, stemWeight, translationWeight } = this.options;
    if (isNumeric(term))
      return { query: term, options: { boost, prefix: false, fuzzy: false }, level: (matched) => +(matched === term) };
    const variants = this.stems.variants(word);
    const own = new Set([term, ...variants]);
    const translations = this.translations(conceptsIn(key), own);
    const known = this.vocabulary.has(term) || variants.length > 0 || translations.length > 0;
    const ownQuery = {
      queries: [term],
      weights,
      prefix: term.length >= minPrefixLength,
      fuzzy: fuzzy > 0 && term.length >= minFuzzyLength && !known ? fuzzy : false,
    };
    const scaled = (factor: number) => ({
      title: boost.title * factor,
      meta: boost.meta * factor,
      text: boost.text * factor,
    });
    const queries: Query[] = [ownQuery];
    if (variants.length > 0)
      queries.push({ queries: variants, prefix: false, fuzzy: false, boost: scaled(stemWeight) });
    const translated = new Set(translations);
    const level = (matched: string) => (own.has(matched) ? 1 : translated.has(matched) ? TRANSLATED : 0);
    const other =
      translations.length > 0
        ? {
            query: { queries: translations, combineWith: 'OR' as const },
            options: { prefix: false, fuzzy: false, boost: scaled(translationWeight) },
            below: this.options.translateBelow,
          }
        : undefined;
    // One query alone skips the combination's bookkeeping: most words have no other form indexed.
    if (queries.length === 1) return { query: term, options: { ...ownQuery, boost }, level, translations: other };
    return { query: { combineWith: 'OR', queries }, options: { boost }, level, translations: other };
  }

  /** A text's words as the index stores them (folded, stop words left out). */
  wordsOf(text: string): string[] {
    return termsOf(text);
  }

  /** The countries a question names, by name or adjective in any language ("se Slovenskem", "deutsch-polnisch"). */
  countriesNamed(query: string): Set<string> {
    const named = new Set<string>();
    for (const concept of this.conceptsOf(query)) {
      const country = this.lexicon.countryOf(concept);
      if (country) named.add(country);
    }
    return named;
  }

  /** Each word of a question (stop words left out) with the lexicon's concepts it names, alone or in a phrase. */
  conceptsByWord(query: string): Array<{ word: string; concepts: string[] }> {
    const words = parseQuery(query).words;
    return this.retrievalKeys(words).map((key, i) => ({ word: words[i]!, concepts: conceptsIn(key) }));
  }

  /** The lexicon's concepts a question names ("sign", "treaty", "country-sk"), by id. */
  conceptsOf(query: string): Set<string> {
    return new Set(this.retrievalKeys(parseQuery(query).words).flatMap(conceptsIn));
  }

  /**
   * A long text's concepts, read from every word in order, a repeated one too: a phrase may repeat
   * a word said before it ("the European Union … the European Border and Coast Guard Agency").
   */
  conceptsOfText(text: string): Set<string> {
    const words = tokenize(text).filter((word) => processTerm(word) !== null);
    return new Set(this.retrievalKeys(words).flatMap(conceptsIn));
  }

  /**
   * The question's words in the documents' other languages: the indexed words the lexicon's
   * concepts bring for them, for lookups with indexes of their own (contacts, agreements) to
   * match across languages as search does.
   */
  translationsOf(query: string): string[] {
    const words = parseQuery(query).words;
    const found = new Set<string>();
    this.retrievalKeys(words).forEach((key, i) => {
      const concepts = conceptsIn(key);
      if (concepts.length === 0) return;
      const own = new Set([processTerm(words[i]!) ?? '', ...this.stems.variants(words[i]!)]);
      for (const word of this.translations(concepts, own)) found.add(word);
    });
    return [...found];
  }

  /** Indexed words of the concepts' terms in every language (their forms too), but the word's own. */
  private translations(concepts: readonly string[], own: ReadonlySet<string>): string[] {
    const found = new Set<string>();
    for (const concept of concepts)
      for (const { folded, keys } of this.lexicon.wordsOf(concept)) {
        if (this.vocabulary.has(folded)) found.add(folded);
        for (const key of keys) for (const word of this.stems.wordsWithKey(key)) found.add(word);
      }
    for (const word of own) found.delete(word);
    return [...found];
  }

  /**
   * One retrieval key per question word: the word, and the lexicon's concepts it names alone or
   * within a phrase of the question ("vstoupila v platnost" names "entered into force" for both
   * of its words). Keys are what the term cache remembers.
   */
  private retrievalKeys(words: readonly string[]): string[] {
    const concepts = words.map(() => new Set<string>());
    for (const match of this.lexicon.match(words, (word) => this.stemKeysOf(word)))
      for (const at of match.at) concepts[at]!.add(match.concept);
    return words.map((word, i) =>
      concepts[i]!.size > 0 ? `${word}${CONCEPTS_MARK}${[...concepts[i]!].sort().join(',')}` : word,
    );
  }

  private stemKeysOf(word: string): string[] {
    let keys = this.stemKeysOfWord.get(word);
    if (!keys) this.stemKeysOfWord.set(word, (keys = stemKeys(word)));
    return keys;
  }

  /**
   * A place typed in another case ("v Kútech", "v Komárně") that no document holds is looked up by
   * its nominative that one does ("Kúty", "Komárno"): its key and hits are replaced in place.
   */
  private asPlaceNames(words: readonly string[], keys: string[], termHits: TermHits[]): void {
    words.forEach((word, i) => {
      if (termHits[i]!.exactCount > 0 || !/^\p{Lu}/u.test(word)) return;
      for (const form of placeNameForms(fold(word))) {
        const hits = this.retriever.hits(form);
        if (hits.exactCount === 0) continue;
        keys[i] = form;
        termHits[i] = hits;
        return;
      }
    });
  }

  /**
   * Documents matching a query, best first, each with the passage that matches best. A document
   * matching more query terms exactly always ranks above one matching them only by prefix or
   * fuzzily; "quoted phrases" must appear word for word.
   */
  search(query: string, filters: SearchFilters = {}, limit = 5): SearchResults {
    if (this.options.cacheSize <= 0) return this.retriever.reading(() => this.searchUncached(query, filters, limit));
    const key = JSON.stringify([
      query.trim().toLowerCase(),
      filters.country,
      filters.kind,
      filters.since,
      filters.until,
      limit,
    ]);
    const cached = this.recent.get(key);
    if (cached) return cached;
    const results = this.retriever.reading(() => this.searchUncached(query, filters, limit));
    this.recent.set(key, results);
    return results;
  }

  private searchUncached(query: string, filters: SearchFilters, limit: number): SearchResults {
    const parsed = parseQuery(query);
    if (parsed.terms.length === 0) return { total: 0, hits: [], answered: false };
    const allowed = documentsPassing(this.documents, filters);
    const keys = this.retrievalKeys(parsed.words);
    const termHits = keys.map((key) => this.retriever.hits(key));
    this.asPlaceNames(parsed.words, keys, termHits);
    const question = this.question(query, parsed, keys, termHits);
    const isCandidate = (doc: number): boolean => {
      const document = this.documents[doc];
      if (!document || (allowed && !allowed.has(document.id))) return false;
      return parsed.phrases.length === 0 || this.passagesWithPhrases(document, parsed.phrases).length > 0;
    };
    const weights = question.terms.map((term) => term.weight);
    const { ranked, total } = combine(
      termHits,
      weights,
      this.documents.length,
      Math.max(limit, limit > 0 ? RERANKED : 0),
      allowed || parsed.phrases.length ? isCandidate : undefined,
    );
    // The best documents by their words are read passage by passage: the one whose passage holds
    // most of the question, and whose sentence answers it best, comes first.
    const read = ranked.flatMap(({ doc, score }, order): Array<SearchHit & { order: number }> => {
      const document = this.documents[doc];
      if (!document) return [];
      const candidates =
        parsed.phrases.length > 0 ? this.passagesWithPhrases(document, parsed.phrases) : this.passagesOf(document);
      const answer = findAnswer(candidates, document.title, question);
      if (!answer) return [];
      return [{ document, score, ...answer, order }];
    });
    const rank = (hit: SearchHit & { order: number }) =>
      hit.coverage + FOCUS_WEIGHT * hit.focus + TITLE_WEIGHT * hit.titled - ORDER_WEIGHT * hit.order;
    // The reorderings below may lift any of the first VALUE_REACH: a caller asking for one hit gets
    // the one a caller asking for five gets first.
    const hits: SearchHit[] = read
      .sort((a, b) => rank(b) - rank(a))
      .slice(0, limit > 0 ? Math.max(limit, VALUE_REACH) : 0)
      .map(({ order: _, ...hit }) => hit);
    // A question naming countries is about them: a document that does not name each of them, in
    // any language or form, answers another question ("Germany's Europol unit" is not the Czech one).
    // Only the hits shown are asked about: a country's word is in most documents, and a set of them
    // all cost more than the rest of the question.
    const shown = new Set(hits.map((hit) => this.positions.get(hit.document.id) ?? -1));
    const naming = keys.flatMap((key, i) => {
      const countries = new Set(conceptsIn(key).flatMap((concept) => this.lexicon.countryOf(concept) ?? []));
      if (countries.size === 0) return [];
      const { docs, exact } = termHits[i]!;
      const holding = new Set<number>();
      for (let at = 0; at < docs.length; at++) if (exact[at]! > 0 && shown.has(docs[at]!)) holding.add(docs[at]!);
      return [{ countries, holding }];
    });
    // A document names a country by the word asked or by any other name of it ("Bosnia" for "bosnianskej").
    const aboutThem = (hit: SearchHit) => {
      const position = this.positions.get(hit.document.id) ?? -1;
      return naming.every(
        ({ countries, holding }) =>
          holding.has(position) || hit.document.countries.some((country) => countries.has(country)),
      );
    };
    const subject = hits.findIndex(aboutThem);
    if (subject > 0 && hits[subject]!.coverage >= this.options.minCoverage) hits.unshift(...hits.splice(subject, 1));
    // A first hit lacking a name the question gives ("u Kittsee") yields to the best one below it
    // that holds every name and the question's countries.
    if (hits[0] && !this.answers(hits[0], parsed, termHits, keys)) {
      const named = hits
        .slice(1, VALUE_REACH)
        .findIndex((hit) => aboutThem(hit) && this.answers(hit, parsed, termHits, keys));
      if (named >= 0) hits.unshift(...hits.splice(named + 1, 1));
    }
    const { value, at, sentence } = this.valueIn(hits, question, aboutThem);
    if (at > 0) hits.unshift(...hits.splice(at, 1));
    // The sentence read and the one it goes on in, when the value stands in the next: what the
    // checks below read ("Last summer, police stopped a van. Inside were 19 people.").
    const said = hits[0] && (sentence ? `${hits[0].sentence} ${sentence}` : hits[0].sentence);
    if (sentence) hits[0] = { ...hits[0]!, sentence };
    // A count asked for one year ("im Jahr 2024") is not answered by another year's ("Im Jahr 2025 …
    // 18.640 Ersuchen") where the passage names the year asked nowhere.
    const countedYears =
      question.kind === 'number' || question.kind === 'money' ? yearsCounted(query) : new Set<string>();
    const otherYear =
      countedYears.size > 0 &&
      hits[0] !== undefined &&
      namesOtherYearOnly(said!, countedYears) &&
      !saysYearBefore(said!) &&
      !yearsIn(hits[0].passage.text).some((year) => countedYears.has(year));
    // "How many … this summer?" is not answered by last summer's figure.
    const otherPeriod =
      (question.kind === 'number' || question.kind === 'money') &&
      hits[0] !== undefined &&
      countsOtherPeriod(query, said!, hits[0].document.date);
    // "How many smugglers were arrested in Slovakia?" is not answered by the total of an action day
    // in several countries ("In total, 38 suspected smugglers were arrested"). A question naming two
    // ("the German-Czech joint centre", "česko-německé hlídky") asks about what they share.
    const totalOnly =
      (question.kind === 'number' || question.kind === 'money') &&
      naming.length === 1 &&
      hits[0] !== undefined &&
      hits[0].document.countries.length > 1 &&
      countsTotalOnly(said!);
    // "Kolik podezřelých zatkli v Maďarsku?" over an operation in several countries is not answered by
    // a count standing by no country ("- 47 suspected smugglers arrested", "arrested 27 suspects"):
    // that is the operation's, and the country's own count stands by its name, or nowhere.
    // A country's own page (written in its language) or one titled for it counts for it without
    // naming it; an English news item naming Austria most is Europol's, not Austria's.
    const [asked] = question.countries ?? [];
    const elsewhereOnly =
      question.counted !== undefined &&
      question.countries?.size === 1 &&
      hits[0] !== undefined &&
      !pageOf(hits[0].document, asked!) &&
      hits[0].document.countries.length >= SEVERAL_COUNTRIES &&
      ![said!, sentenceBeside(hits[0].passage, hits[0].sentence, -1) ?? ''].some((text) =>
        this.countriesNamed(text).has(asked!),
      );
    // "The phone of PKZ Nickelsdorf" is not a number the passage gives before it names Nickelsdorf
    // ("Telefon (24/7): +43 59133 3190 500 … Die Rufnummern des PKZ Nickelsdorf bleiben unverändert"):
    // a unit is named by its heading, or above its numbers.
    const otherUnit =
      isContactKind(question.kind) && hits[0] !== undefined && !namesStandAbove(hits[0], question, parsed.words);
    // "When is the next joint search day?" is not answered by a day before the page was written.
    const pastDay = question.kind === 'date' && question.next && pastForNext(value?.date, hits[0]?.document.date);
    // "When does it enter into force?" is not answered by the day it was signed.
    const otherStep =
      question.kind === 'date' && hits[0] !== undefined && !saysStepAsked(question.steps ?? [], this.conceptsOf(said!));
    // "Kolik slovenských policistů pošle Slovensko …?" is not answered by "16 Czech police officers":
    // the count's own words name a country, none of those the question names.
    const countedOf = question.kind === 'number' && value ? countryMentions(value.text).map((m) => m.country) : [];
    const otherNationality =
      (question.countries?.size ?? 0) > 0 &&
      countedOf.length > 0 &&
      !countedOf.some((country) => question.countries!.has(country));
    // "Kdo podepsal česko-maďarskou dohodu?" is not answered by a sentence on another pair's agreement
    // ("Česko podpísalo podobnú zmluvu s Rakúskom"): it names a country besides the two asked, not both.
    const pair = namesAgreement(this.conceptsOf(query)) ? this.countriesNamed(query) : new Set<string>();
    const saidCountries = pair.size === 2 && said ? this.countriesNamed(said) : new Set<string>();
    const otherPair =
      [...saidCountries].some((country) => !pair.has(country)) &&
      ![...pair].every((country) => saidCountries.has(country));
    // The page's period is another month than the question's ("last April's edition" over a page on
    // November's action days), unless the page is dated in the month asked (the arrests of "v květnu
    // 2026" in an item of May recalling when its investigation began).
    const monthsAsked = [...(question.datedMonths ?? [])].map((i) => monthOf(parsed.words[i]!));
    const elsewhen =
      hits[0]?.elsewhen === true &&
      !monthsAsked.some((month) => month !== undefined && Number(hits[0]!.document.date?.slice(5, 7)) === month);
    const answered =
      !elsewhen &&
      !otherPair &&
      !otherNationality &&
      !otherYear &&
      !otherPeriod &&
      !otherUnit &&
      !totalOnly &&
      !elsewhereOnly &&
      !pastDay &&
      !otherStep &&
      this.answers(hits[0], parsed, termHits, keys) &&
      (hits[0] === undefined || aboutThem(hits[0])) &&
      (!question.kind ||
        !VALUE_REQUIRED.has(question.kind) ||
        value !== undefined ||
        // "Who is Vladimír Vedra?" asks who a named person is: a sentence about them answers.
        (question.kind === 'person' && (WHO_IS.test(query.trim()) || WHO_ARE_BODIES.test(query.trim()))));
    // A question asking several things ("Kdy a kde se koná schůzka … a do kdy mám poslat jména?"):
    // each part is answered from the answering document by its own words, the first part asking for
    // the answer line's kind on the answer line.
    const parts = answered && hits[0] ? this.partsAnswered(query, question.kind, hits[0].document) : { others: [] };
    // The whole question's value answering another part (the deadline for "kdy se koná … a do kdy mám
    // poslat jména"), the part asking for its kind is answered by its own reading.
    const main = parts.others.some((other) => other.value.text === value?.text) ? parts.main : undefined;
    if (main) hits[0] = { ...hits[0]!, passage: main.passage, sentence: main.sentence };
    const answer =
      question.kind === 'number' ? withWhatItCounts(main ? main.value : value, query) : main ? main.value : value;
    if (hits[0]) {
      const wider = widerSnippet(hits[0], question, FIRST_SNIPPET);
      if (wider) hits[0] = { ...hits[0], snippet: wider };
    }
    // Each other part's value once, none the answer line's.
    const values = new Set(answer ? [answer.text] : []);
    const more: PartAnswer[] = [];
    for (const other of parts.others) {
      if (values.has(other.value.text)) continue;
      values.add(other.value.text);
      more.push(other);
    }
    const results: SearchResults = {
      total,
      hits: hits.slice(0, limit),
      answered,
      kind: question.kind,
      value: answer,
      ...(more.length > 0 ? { more } : {}),
    };
    if (total === 0) results.suggestion = this.suggestFor(query, parsed.terms, filters, allowed);
    return results;
  }

  /**
   * The question's words (`words`, as parsed; `termHits` for each) weighted by rarity (a word no document holds weighs most), with the index
   * words each matched, and the kind of answer its question words ask for.
   */
  private question(
    query: string,
    { words, names: named }: ParsedQuery,
    keys: readonly string[],
    termHits: readonly TermHits[],
    kind = answerKind(query),
  ): Question {
    const documents = Math.max(1, this.documents.length);
    const weights = termHits.map((hits) =>
      hits.exactCount > 0 ? Math.log(1 + documents / hits.exactCount) : undefined,
    );
    // A word no document holds, in any language or form (only a typo's or a prefix's matches, or
    // none), weighs as much as an average word of the question: generic words ("money", "give")
    // should not sink an answer; unknown names are judged apart (`answers`).
    const known = weights.filter((weight): weight is number => weight !== undefined);
    const unknown = known.length > 0 ? known.reduce((a, b) => a + b, 0) / known.length : 1;
    // A word saying what kind of answer is wanted ("pocházeli") weighs no more than the lightest word.
    const cues = cueWords(query);
    const lightest = known.length > 0 ? Math.min(...known) : 1;
    const terms = termHits.map((hits, i) => ({
      weight: cues.has(fold(words[i]!)) ? Math.min(weights[i] ?? unknown, lightest) : (weights[i] ?? unknown),
      strict: new Set(hits.strict),
      translated: new Set(hits.translated),
      loose: new Set(hits.loose),
      phrases: conceptsIn(keys[i]!).flatMap((concept) => this.lexicon.phrasesOf(concept)),
    }));
    // A person is a name no lexicon knows as a word: German capitalises every noun.
    const isWord = (word: string) => this.lexicon.knows(word);
    // A person or a count is told by reading it, as the answer line will ("B 20" is a road, "Am
    // Montagabend" no one); the other kinds by their shape alone.
    const duration = asksDuration(query);
    const distance = asksDistance(query);
    const share = asksShare(query);
    const none = new Set<string>();
    const years = new Set(yearsIn(query));
    // "Do kdy platí kontroly na hranici?": "platí" (is valid) is a step of an agreement only when one is asked about.
    const concepts = this.conceptsOf(query);
    const steps =
      kind === 'date'
        ? stepsAsked(namesAgreement(concepts) ? concepts : new Set([...concepts].filter((c) => c !== VALID)))
        : [];
    const bodies = kind === 'person' && asksAgent(query);
    const holds =
      kind === 'person' || kind === 'number'
        ? (sentence: string) => answerValue(sentence, kind, none, { isWord, duration, distance, share }) !== undefined
        : kind === 'date'
          ? this.datedStep(steps, years)
          : undefined;
    // Names the lexicon does not know ("Terra", "Kittsee"): what a document is about, not a country
    // or a body, nor a country's code ("taken down by CZ, PL and DE": a page writes Czechia).
    const names = new Set(
      named
        .filter((name) => !isCountryCode(name))
        .map((name) => words.indexOf(name))
        .filter((i) => i >= 0 && conceptsIn(keys[i]!).length === 0),
    );
    // What a "how many" question counts, among its words (those the index keeps).
    const counted = new Set(countedWords(query));
    const countedTerms = new Set(words.map((word, i) => (counted.has(fold(word)) ? i : -1)).filter((i) => i >= 0));
    const countedConcepts = new Set([...countedTerms].flatMap((i) => conceptsIn(keys[i]!)));
    // People of a nationality counted ("kolik Syřanů požádalo"): the nationality must be named, the verb is not enough.
    const noun = countedNoun(query)?.words ?? '';
    const nationals = this.countriesNamed(noun).size > 0 ? new Set(fold(noun).split(' ')) : new Set<string>();
    const countedNationals = new Set([...countedTerms].filter((i) => nationals.has(fold(words[i]!))));
    const { dated, months: datedMonths } = datedWords(words);
    return {
      terms,
      kind,
      until: asksUntil(query),
      next: asksNext(query),
      day: asksDay(query),
      share,
      duration,
      distance,
      ...(holds ? { holds } : {}),
      ...(bodies ? { bodies } : {}),
      ...(kind === 'number' && countedTerms.size > 0 ? { counted: countedTerms } : {}),
      ...(kind === 'number' && countedNationals.size > 0 ? { countedNationals } : {}),
      ...(kind === 'number' ? { countries: this.countriesNamed(query) } : {}),
      ...(kind === 'number' && countedConcepts.size > 0 ? { countedConcepts } : {}),
      ...(years.size > 0 ? { years } : {}),
      ...(names.size > 0 ? { names } : {}),
      ...(steps.length > 0 ? { steps } : {}),
      ...(dated.size > 0 ? { dated, datedMonths } : {}),
      // "Which countries took part?" is answered by a list naming several ("Czechia, Germany and
      // Austria", or one a line), not by a sentence saying "six countries".
      ...(kind === 'list' && asksCountries(query) ? { listsCountries: true } : {}),
    };
  }

  /**
   * Whether a number's unit counts countries where the question counts something else ("24
   * countries took part" for "kolik lidí zatkli"): Europol's items open with one.
   */
  private countsOther(counted: ReadonlySet<string>) {
    return (unit: string): boolean =>
      unit !== '' && !counted.has(COUNTRY_NOUN) && this.conceptsOf(unit).has(COUNTRY_NOUN);
  }

  /**
   * The value the question asks for, from the first of the best hits whose answering sentence
   * holds one near the question's words (a lower hit must hold enough of the question too).
   */
  private valueIn(
    hits: readonly SearchHit[],
    question: Question,
    about: (hit: SearchHit) => boolean,
  ): { value?: AnswerValue; at: number; sentence?: string } {
    if (!question.kind) return { at: 0 };
    if (question.listsCountries && hits[0]) {
      const countries = countriesListed(hits[0].passage, hits[0].sentence);
      return countries.length >= LISTED ? { value: { text: countries.join(', ') }, at: 0 } : { at: 0 };
    }
    const weights = new Map<string, number>();
    for (const term of question.terms)
      for (const word of [...term.strict, ...term.translated])
        weights.set(word, Math.max(weights.get(word) ?? 0, term.weight));
    const words = new Set(weights.keys());
    for (let at = 0; at < Math.min(VALUE_REACH, hits.length); at++) {
      const hit = hits[at]!;
      // A lower hit answers only when it holds enough of the question and names its countries.
      // A count answers only with what it counts ("146 patrols" is no number of smugglers).
      if (at > 0 && (hit.coverage < this.options.minCoverage || !about(hit) || !namesCounted(hit.sentence, question)))
        continue;
      const read = (sentence: string) =>
        answerValue(sentence, question.kind!, words, {
          published: hit.document.date,
          until: question.until,
          isWord: (word) => this.lexicon.knows(word),
          weightOf: (word) => weights.get(word) ?? 1,
          duration: question.duration,
          distance: question.distance,
          bodies: question.bodies,
          next: question.next,
          day: question.day,
          share: question.share,
          ...(question.countedConcepts ? { countsOther: this.countsOther(question.countedConcepts) } : {}),
          ...(question.countries ? { countries: question.countries } : {}),
        });
      const value = read(hit.sentence);
      // "The next meeting" is not one dated before the page ("NEXT MEETING (item of 2 March 2026)").
      const past = question.next && pastForNext(value?.date, hit.document.date);
      const untilNext = question.until && !saysUntil(hit.sentence);
      if (value && !past && !untilNext) return { value, at };
      // The best sentence naming what is asked about goes on in the next one ("Eine Streife hielt in
      // Kittsee einen Kastenwagen an. Im Laderaum befanden sich 19 Personen."): it answers a count
      // that names what it counts, or the day of "the next" one.
      // So it does for "until when" ("Slovensko obnovilo kontroly … v októbri 2023. Vláda ich … predĺžila do 25. apríla 2026.").
      const following =
        at === 0 && (question.kind === 'number' || past || untilNext)
          ? sentenceBeside(hit.passage, hit.sentence, 1)
          : undefined;
      const goesOn =
        following !== undefined && (past || (untilNext ? saysUntil(following) : namesCounted(following, question)))
          ? read(following)
          : undefined;
      if (goesOn && !(question.next && pastForNext(goesOn.date, hit.document.date)))
        return { value: goesOn, at, sentence: following };
      if (value) return { value, at };
    }
    return { at: 0 };
  }

  private answers(
    first: SearchHit | undefined,
    parsed: ParsedQuery,
    termHits: readonly TermHits[],
    keys: readonly string[],
  ): boolean {
    if (!first || first.coverage < this.options.minCoverage) return false;
    // A name the answering document does not hold, in any form or language ("Sweden", "Selb"; a
    // prefix or a typo of another word does not count), is something it does not answer about.
    const position = this.positions.get(first.document.id) ?? -1;
    return parsed.names.every((name) => {
      const word = parsed.words.findIndex((written) => written === name);
      const hits = termHits[word];
      if (!hits || this.isCommonNoun(keys[word] ?? name)) return true;
      // A road no page writes so ("A17" where the release says "Autobahn 17") names nothing to hold,
      // nor does a country's code ("CZ, PL and DE" where the page writes Czechia).
      if ((DESIGNATION.test(name) && hits.exactCount === 0) || isCountryCode(name)) return true;
      const at = hits.docs.indexOf(position);
      return at >= 0 && hits.exact[at]! > 0;
    });
  }

  /**
   * A capitalised word the lexicon knows as something other than a place: a German noun
   * ("Aktionstag", "Dokumente"), which another language's document says in other words, not a name.
   */
  private isCommonNoun(key: string): boolean {
    const concepts = conceptsIn(key);
    return (
      concepts.length > 0 &&
      concepts.every(
        (concept) =>
          !PLACE_GROUPS.has(this.lexicon.groupOf(concept) ?? '') && this.lexicon.countryOf(concept) === undefined,
      )
    );
  }

  /**
   * Whether a sentence holds the day a "when" question asks: a date, not only the year of the name
   * asked about ("Terra 2026"), and said of the step the question names, if it names one ("when
   * is it to be signed?": "expected to be signed in the first quarter of 2026"). Undefined when
   * any date will do.
   */
  private datedStep(
    asked: readonly StepKind[],
    years: ReadonlySet<string>,
  ): ((sentence: string) => boolean) | undefined {
    if (years.size === 0 && asked.length === 0) return undefined;
    // "When did Terra 2026 start?": the year of the name asked about dates nothing.
    const yearsAsked = new RegExp(`(?<!\\d)(?:${[...years].join('|')})(?!\\d)`, 'g');
    return (sentence) =>
      holdsAnswer(years.size > 0 ? sentence.replace(yearsAsked, '') : sentence, 'date') &&
      (asked.length === 0 || saysStepAsked(asked, this.conceptsOf(sentence)));
  }

  /** The best passage of one document for a query, and whether it answers: for lookups that show one document. */
  answerIn(document: Document, query: string): SearchHit | undefined {
    return this.readIn(document, query)?.hit;
  }

  /** `answerIn`, asking for `kind` of answer, with the question as read. */
  private readIn(
    document: Document,
    query: string,
    kind = answerKind(query),
  ): { hit: SearchHit; question: Question } | undefined {
    const parsed = parseQuery(query);
    if (parsed.words.length === 0) return undefined;
    const keys = this.retrievalKeys(parsed.words);
    const question = this.retriever.reading(() =>
      this.question(
        query,
        parsed,
        keys,
        keys.map((key) => this.retriever.hits(key)),
        kind,
      ),
    );
    const answer = findAnswer(this.passagesOf(document), document.title, question);
    return answer && { hit: { document, score: 0, ...answer }, question };
  }

  /**
   * A question asking several things read part by part in `document`, each part as a question of
   * its own: `main`, the first part asking for `kind` (what the whole question's answer line
   * answers), and the others' answers. A part saying nothing but its question word ("Kdy a kde byla
   * podepsána …") asks about the words of the part beside it.
   */
  private partsAnswered(
    query: string,
    kind: AnswerKind | undefined,
    document: Document,
  ): { main?: PartAnswer; others: PartAnswer[] } {
    const parts = questionParts(query);
    if (parts.length < 2) return { others: [] };
    let main: PartAnswer | undefined;
    let mainAsked = false;
    const others: PartAnswer[] = [];
    parts.forEach((part, i) => {
      const partKind = answerKind(part);
      if (!partKind) return;
      const cues = cueWords(part);
      const saysMore = parseQuery(part).words.some((word) => !cues.has(fold(word)));
      const beside = parts[i + 1] ?? parts[i - 1] ?? '';
      const besideCues = cueWords(beside);
      const asked = saysMore
        ? part
        : `${part} ${beside
            .split(/\s+/)
            .filter((word) => !besideCues.has(fold(word)))
            .join(' ')}`;
      const read = this.readIn(document, asked, partKind);
      const found =
        read && read.hit.coverage >= this.options.minCoverage
          ? this.valueIn([read.hit], read.question, () => true)
          : undefined;
      const answer =
        found?.value && read
          ? { value: found.value, sentence: found.sentence ?? read.hit.sentence, passage: read.hit.passage }
          : undefined;
      if (partKind === kind && !mainAsked) {
        mainAsked = true;
        main = answer;
      } else if (answer) others.push(answer);
    });
    return { main, others };
  }

  /**
   * The document's first sentence (a line of a table or list is one) holding `text` as written,
   * spacing and accents aside: the evidence for a value read from it (a phone number, a treaty's
   * status clause), quoted whole.
   */
  sentenceHolding(document: Document, text: string): string | undefined {
    const flat = (value: string) => fold(value).replace(/\s+/g, ' ').trim();
    const wanted = flat(text);
    if (wanted.length === 0) return undefined;
    for (const passage of this.passagesOf(document))
      for (const sentence of sentencesOf(passage.text)) if (flat(sentence).includes(wanted)) return sentence;
    return undefined;
  }

  /**
   * The document's first sentence naming a day (ISO) that also says `saying` (a concept of the
   * lexicon, "sign"), else its first sentence naming the day: the evidence of a dated step read
   * without its clause ("signed 14 November 2023" from a gazette's title block).
   */
  sentenceDated(document: Document, day: string, saying: string): string | undefined {
    let dated: string | undefined;
    for (const passage of this.passagesOf(document))
      for (const sentence of sentencesOf(passage.text)) {
        if (!datesIn(sentence).some((found) => found.date === day)) continue;
        if (this.conceptsOf(sentence).has(saying)) return sentence;
        dated ??= sentence;
      }
    return dated;
  }

  /** Ids of every document holding each word of a query (as written, a form of it, or a typo of it), unranked. */
  matchingIds(query: string): Set<string> {
    const parsed = parseQuery(query);
    let ids: Set<string> | undefined;
    for (const key of this.retrievalKeys(parsed.words)) {
      const next = new Set<string>();
      this.retriever.reading(() => {
        for (const doc of this.retriever.hits(key).docs) {
          const document = this.documents[doc];
          if (document && (!ids || ids.has(document.id))) next.add(document.id);
        }
      });
      ids = next;
    }
    if (!ids || parsed.phrases.length === 0) return ids ?? new Set();
    return new Set([...ids].filter((id) => this.passagesWithPhrases(this.byId.get(id), parsed.phrases).length > 0));
  }

  private passagesOf(document: Document): Passage[] {
    const kept = this.passageCache.get(document.id);
    if (kept) return kept;
    const passages = this.passageSource(document, this.options.passageLength);
    this.passageCache.set(document.id, passages);
    return passages;
  }

  /** A document's passages holding every phrase (the title counts as part of each). */
  private passagesWithPhrases(document: Document | undefined, phrases: string[][]): Passage[] {
    if (!document) return [];
    return this.passagesOf(document).filter((passage) => {
      const words = termsOf(`${document.title} ${passage.text}`);
      return phrases.every((phrase) => containsPhrase(words, phrase));
    });
  }

  private suggestFor(
    query: string,
    terms: string[],
    filters: SearchFilters,
    allowed: Set<string> | undefined,
  ): Suggestion | undefined {
    if (allowed) {
      const total = this.search(query, {}, 0).total;
      if (total > 0) return { kind: 'without-filters', total };
    }
    const suggestion = this.retriever.suggest(terms.join(' '), { fuzzy: 0.4, prefix: true, combineWith: 'OR' });
    return suggestion !== undefined ? { kind: 'spelling', query: suggestion } : undefined;
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
    for (const d of this.documents)
      for (const value of valuesOf(d)) if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
    const values = [...counts.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([value]) => value);
    this.facets.set(of, values);
    return values;
  }

  /** The newest document date, for /about. */
  get newestDate(): string | undefined {
    return this.documents.find((d) => d.date)?.date;
  }
}
