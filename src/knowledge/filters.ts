/** The one filter model: what narrows an answer, for search, developments and digests alike. */
import { findCountry } from '../corpus/countries.ts';
import type { Document, DocumentKind } from '../corpus/types.ts';

export interface Filters {
  /** A country name, alias or adjective ("Czech Republic" means Czechia); matches any country a document is about. */
  country?: string;
  kind?: DocumentKind;
  /** A thematic area (diacritics- and case-insensitive substring). */
  topic?: string;
  /** A development type. */
  type?: string;
  /** ISO dates, inclusive. A document without a date never passes a date filter. */
  since?: string;
  until?: string;
  /** Free text, through the search index. */
  query?: string;
}

/** The filters a search takes: which documents it may return. */
export type SearchFilters = Pick<Filters, 'country' | 'kind' | 'since' | 'until'>;

/** Ids of the documents passing the filters; undefined when there are no filters. */
export function documentsPassing(documents: readonly Document[], filters: SearchFilters): Set<string> | undefined {
  const { since, until, kind } = filters;
  const country = filters.country && (findCountry(filters.country)?.name ?? filters.country);
  if (!country && !since && !until && !kind) return undefined;
  const passing = documents.filter(
    (d) =>
      (!country || d.countries.includes(country)) &&
      (!kind || d.kind === kind) &&
      (!since || (d.date !== undefined && d.date >= since)) &&
      (!until || (d.date !== undefined && d.date <= until)),
  );
  return new Set(passing.map((d) => d.id));
}
