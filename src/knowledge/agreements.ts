/**
 * Agreements of every document, as one catalogue: the same agreement reported by several
 * documents (same name, same parties) is one entry citing them all. Queried by name, party (any
 * name or adjective of a country: "Austria", "Austrian"), provision, status or year signed.
 * Built once per KnowledgeBase.
 */
import { fold } from '../corpus/clean.ts';
import { findCountry } from '../corpus/countries.ts';
import type { Agreement, Document } from '../corpus/types.ts';
import { FieldIndex } from './field-index.ts';
import type { KnowledgeBase } from './knowledge-base.ts';

export interface AgreementEntry {
  /** The fullest account of the agreement (most provisions). */
  agreement: Agreement;
  /** The document that account comes from first, then every other document reporting it. */
  documents: Document[];
}

export interface AgreementMatch extends AgreementEntry {
  score: number;
}

const keyOf = (agreement: Agreement): string => `${fold(agreement.name)}|${agreement.parties.map(fold).sort().join(',')}`;

/** "Agreement on Joint Patrols — Austria, Hungary": a label telling same-named agreements apart. */
export const agreementLabel = (agreement: Agreement): string =>
  agreement.parties.length > 0 ? `${agreement.name} — ${agreement.parties.join(', ')}` : agreement.name;

type Account = { agreement: Agreement; document: Document };

/** One entry from every report of an agreement: the fullest account, citing every report. */
function merge(accounts: readonly Account[]): AgreementEntry {
  const ranked = [...accounts].sort((a, b) => b.agreement.provisions.length - a.agreement.provisions.length);
  return { agreement: ranked[0]!.agreement, documents: [...new Set(ranked.map((account) => account.document))] };
}

/** Every agreement once, newest signed first, then by name. */
function catalogue(kb: KnowledgeBase): AgreementEntry[] {
  const byKey = new Map<string, Account[]>();
  for (const document of kb.documents) {
    for (const agreement of document.agreements) byKey.set(keyOf(agreement), [...(byKey.get(keyOf(agreement)) ?? []), { agreement, document }]);
  }
  return [...byKey.values()]
    .map(merge)
    .sort((a, b) => (b.agreement.signed ?? '').localeCompare(a.agreement.signed ?? '') || a.agreement.name.localeCompare(b.agreement.name));
}

const partyNames = (parties: readonly string[]): string =>
  parties.flatMap((party) => [party, ...(findCountry(party)?.aliases ?? [])]).join(' · ');

interface Catalogue {
  entries: AgreementEntry[];
  index: FieldIndex<AgreementEntry>;
}

const catalogues = new WeakMap<KnowledgeBase, Catalogue>();

function build(kb: KnowledgeBase): Catalogue {
  const entries = catalogue(kb);
  const index = new FieldIndex<AgreementEntry>(entries, {
    name: { boost: 3, text: ({ agreement }) => agreement.name },
    parties: { boost: 2, text: ({ agreement }) => partyNames(agreement.parties) },
    provisions: { boost: 1, text: ({ agreement }) => [...agreement.provisions, ...agreement.status].join(' · ') },
    context: { boost: 1, text: ({ agreement, documents }) => [agreement.signed?.slice(0, 4), ...documents.map((d) => d.title)].filter(Boolean).join(' · ') },
  });
  return { entries, index };
}

function lookup(kb: KnowledgeBase): Catalogue {
  let found = catalogues.get(kb);
  if (!found) catalogues.set(kb, (found = build(kb)));
  return found;
}

/** Every agreement known, newest signed first. */
export const allAgreements = (kb: KnowledgeBase): readonly AgreementEntry[] => lookup(kb).entries;

/** Agreements matching a query, best first. A query that is exactly an agreement's label or name ranks it first. */
export function findAgreements(kb: KnowledgeBase, query: string): AgreementMatch[] {
  const typed = fold(query.trim());
  const exact = (entry: AgreementEntry): boolean => fold(agreementLabel(entry.agreement)) === typed || fold(entry.agreement.name) === typed;
  return lookup(kb)
    .index.search(query)
    .map((hit) => ({ ...hit.item, score: hit.score + (exact(hit.item) ? 1000 : 0) }))
    .sort((a, b) => b.score - a.score);
}
