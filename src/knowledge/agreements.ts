/**
 * Agreements of every document, as one catalogue: the same agreement reported by several
 * documents (same name, same parties) is one entry citing them all. Queried by name, party (any
 * name or adjective of a country: "Austria", "Austrian"), provision, status or year signed.
 * Built once per KnowledgeBase.
 */
import { fold } from '../corpus/clean.ts';
import { countriesMentioned, findCountry } from '../corpus/countries.ts';
import type { Agreement, Document } from '../corpus/types.ts';
import { FieldIndex } from './field-index.ts';
import type { KnowledgeBase } from './knowledge-base.ts';
import { stemKeys, tokenize } from './terms.ts';

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

/** Countries a query names, by name or adjective, in any case ("germany", "Polish"). */
export function countriesAsked(query: string): string[] {
  const words = tokenize(query);
  const named = words.flatMap((word, i) => [word, i + 1 < words.length ? `${word} ${words[i + 1]}` : '']).map((name) => (name.length > 2 ? findCountry(name)?.name : undefined));
  return [...new Set([...countriesMentioned(query), ...named.filter((name): name is string => name !== undefined)])];
}

export interface AgreementAnswer {
  matches: AgreementMatch[];
  /** Countries the query names; every match has one of them among its parties. */
  countries: string[];
}

/**
 * Agreements matching a query, best first, each with the provisions matching the query first. A
 * query that is exactly an agreement's label or name ranks it first. When the query names
 * countries, only agreements with one of them as a party are kept ("agreement with Germany" never
 * shows another); one that names countries and nothing else gets every agreement they are party to.
 */
export function findAgreements(kb: KnowledgeBase, query: string): AgreementAnswer {
  const typed = fold(query.trim());
  const exact = (entry: AgreementEntry): boolean => fold(agreementLabel(entry.agreement)) === typed || fold(entry.agreement.name) === typed;
  const countries = countriesAsked(query);
  const withParty = (entry: AgreementEntry): boolean => countries.length === 0 || entry.agreement.parties.some((party) => countries.includes(party));
  let matches = lookup(kb)
    .index.search(query)
    .filter((hit) => withParty(hit.item))
    .map((hit) => ({ ...hit.item, score: hit.score + (exact(hit.item) ? 1000 : 0) }));
  if (matches.length === 0 && countries.length > 0) matches = lookup(kb).entries.filter(withParty).map((entry) => ({ ...entry, score: 0 }));
  const keys = new Set(tokenize(query).flatMap((word) => stemKeys(word)));
  const overlap = (text: string): number => tokenize(text).filter((word) => stemKeys(word).some((key) => keys.has(key))).length;
  const provisionsFirst = (match: AgreementMatch): AgreementMatch => {
    const provisions = [...match.agreement.provisions].sort((a, b) => overlap(b) - overlap(a));
    return { ...match, agreement: { ...match.agreement, provisions } };
  };
  return { matches: matches.sort((a, b) => b.score - a.score).map(provisionsFirst), countries };
}
