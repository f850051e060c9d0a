/**
 * Developments: every dated development entry or news item, with a short extractive summary.
 * Shared by /developments and the digests.
 */
import type { Filters } from './filters.ts';
import { summaryOf as firstSentences } from '../corpus/extractors/items.ts';
import { fold } from '../corpus/clean.ts';
import { findCountry } from '../corpus/countries.ts';
import type { Document, Source } from '../corpus/types.ts';
import type { KnowledgeBase } from './knowledge-base.ts';
import { joinSentences } from './passages.ts';
import type { Snippet } from './snippet.ts';
import { memoByObject } from '../util/memo.ts';

export interface Development {
  /** The document's id, or `${id}#n` for the n-th dated item of a bulletin: what a digest ledger records. */
  id: string;
  /** The item's own title for a bulletin item, otherwise the document's. */
  title: string;
  document: Document;
  date: string;
  country?: string;
  /** Every country it concerns. */
  countries: string[];
  themes: string[];
  type?: string;
  /** One or two sentences from the document itself. */
  summary: string;
  /** With a query: the part of the document that matched it, to show instead of the summary. */
  match?: Snippet;
  sources: Source[];
}

/** The filters a list of developments takes (a development has no kind to filter on). */
export type DevelopmentFilters = Omit<Filters, 'kind'>;

/**
 * The body's first sentences, as many as fit in about `max` characters: a news item's standfirst
 * is often one short line ("14 arrests in an action coordinated by Europol"), and the facts a
 * reader scans a list for (the operation's name, how many) are in the lead after it.
 */
function summarise(document: Document, max = 480): string {
  // A line citing a link is a source, not what happened.
  const paragraphs = document.sections
    .flatMap((s) => s.paragraphs)
    .filter((p) => p.split(' ').length >= 8 && !/https?:\/\/|www\./.test(p));
  if (paragraphs.length === 0) return firstSentences(document.title, max);
  let summary = firstSentences(paragraphs[0]!, max);
  for (const paragraph of paragraphs.slice(1)) {
    const more = firstSentences(paragraph, max - summary.length - 1);
    if (more.endsWith('…') || summary.length + more.length + 3 > max) break;
    summary = joinSentences(summary, more);
  }
  return summary;
}

/** Summaries are asked for on every list and digest; a document's never changes. */
const summaryOf = memoByObject(summarise);

/** Developments (newest first) quoted where they match a query; later pages show summaries. */
const MATCHES_QUOTED = 100;

const isDevelopment = (document: Document): boolean =>
  document.date !== undefined &&
  (document.kind === 'development' || document.kind === 'news' || document.kind === 'bulletin');

/** A document's developments: itself, or each dated item of a bulletin with its own date and country. */
function developmentsOf(d: Document): Development[] {
  if (d.items && d.items.length > 0) {
    return d.items.map((item, i) => ({
      id: `${d.id}#${i + 1}`,
      title: item.title,
      document: d,
      date: item.date,
      country: item.country,
      countries: item.countries,
      themes: d.themes,
      type: d.developmentType,
      summary: item.summary,
      sources: d.sources,
    }));
  }
  return [
    {
      id: d.id,
      title: d.title,
      document: d,
      date: d.date ?? '',
      country: d.country,
      countries: d.countries,
      themes: d.themes,
      type: d.developmentType,
      summary: summaryOf(d),
      sources: d.sources,
    },
  ];
}

const includesFolded = (values: readonly (string | undefined)[], needle: string): boolean =>
  values.some((value) => value !== undefined && fold(value).includes(fold(needle.trim())));

/** Developments passing every filter, newest first. */
export function listDevelopments(kb: KnowledgeBase, filters: DevelopmentFilters = {}): Development[] {
  const country = filters.country && (findCountry(filters.country)?.name ?? filters.country);
  const matching = filters.query ? kb.matchingIds(filters.query) : undefined;
  return kb.documents
    .filter(isDevelopment)
    .filter(
      (d) =>
        (!country || d.countries.includes(country)) &&
        (!filters.topic || includesFolded(d.themes, filters.topic)) &&
        (!filters.type || includesFolded([d.developmentType, d.kind], filters.type)) &&
        (!matching || matching.has(d.id)) &&
        // Items carry dates of their own; a single development is filtered by its date before it is built.
        ((d.items?.length ?? 0) > 0 ||
          ((!filters.since || (d.date ?? '') >= filters.since) && (!filters.until || (d.date ?? '') <= filters.until))),
    )
    .flatMap(developmentsOf)
    .filter(
      (d) =>
        (!country || d.countries.includes(country)) &&
        (!filters.since || d.date >= filters.since) &&
        (!filters.until || d.date <= filters.until),
    )
    .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id))
    .map((d, i) =>
      filters.query && i < MATCHES_QUOTED ? { ...d, match: kb.answerIn(d.document, filters.query)?.snippet } : d,
    );
}

/** The filters in the order an empty answer is explained: where, what, then when. */
export const FILTER_ORDER = ['country', 'topic', 'type', 'query', 'since', 'until'] as const;

export interface EmptyExplanation {
  /** The filters that still left some developments, and how many they left. */
  kept: DevelopmentFilters;
  count: number;
  /** The filter after which none was left. */
  excludedBy: (typeof FILTER_ORDER)[number];
}

/** Why a filtered list is empty: the first filter (in FILTER_ORDER) that leaves nothing; undefined when it is not empty. */
export function whyEmpty(kb: KnowledgeBase, filters: DevelopmentFilters): EmptyExplanation | undefined {
  let kept: DevelopmentFilters = {};
  let count = listDevelopments(kb).length;
  for (const name of FILTER_ORDER) {
    if (filters[name] === undefined) continue;
    const next = { ...kept, [name]: filters[name] };
    const left = listDevelopments(kb, next).length;
    if (left === 0) return { kept, count, excludedBy: name };
    kept = next;
    count = left;
  }
  return undefined;
}

/** Countries, themes or types that occur in developments (not in other documents), most frequent first. */
export function developmentFacet(kb: KnowledgeBase, of: 'country' | 'theme' | 'type'): string[] {
  const cached = developmentFacets(kb).get(of);
  if (cached) return cached;
  const values = (d: Document): Array<string | undefined> =>
    of === 'country' ? d.countries : of === 'theme' ? d.themes : [d.developmentType];
  const present = new Set(kb.documents.filter(isDevelopment).flatMap(values));
  const facet = kb.facet(of).filter((value) => present.has(value));
  developmentFacets(kb).set(of, facet);
  return facet;
}

/** Autocomplete asks for these on every keystroke; a knowledge base never changes, so once each. */
const developmentFacets = memoByObject((_kb: KnowledgeBase) => new Map<string, string[]>());
