/**
 * A question about an agreement's dates or status asked of /search ("Kdy vstoupila v platnost
 * smlouva se Slovenskem?", "Is the Slovak police treaty in force?"): answered from the agreement
 * catalogue's dated steps, the step the question names (signed, approved, ratified, instruments
 * exchanged, in force, terminated), or for a status question the latest step, rather than from
 * whichever sentence mentions a date.
 */
import { COUNTRIES } from '../corpus/countries.ts';
import { allAgreements, type AgreementEntry, type StatusEntry } from './agreements.ts';
import type { KnowledgeBase } from './knowledge-base.ts';
import type { AnswerKind } from './question.ts';
import type { StepKind } from '../corpus/types.ts';

/** Lexicon concepts that make a question one about an agreement. */
const AGREEMENT_CONCEPTS = new Set([
  'treaty',
  'agreement',
  'bilateral-agreement',
  'protocol',
  'implementing-protocol',
  'memorandum',
  'arrangement',
  'convention',
  'readmission-agreement',
  'exchange-of-notes',
]);

/** Lexicon concepts naming a step, and the step. */
const STEP_CONCEPTS: ReadonlyArray<readonly [string, StepKind]> = [
  ['exchange-instruments-ratification', 'exchanged'],
  ['instrument-of-ratification', 'exchanged'],
  ['enter-into-force', 'in force'],
  ['take-effect', 'in force'],
  ['in-force', 'in force'],
  ['ratify', 'ratified'],
  ['consent-of-parliament', 'approved'],
  ['consent', 'approved'],
  ['approve', 'approved'],
  ['terminate', 'terminated'],
  ['cease-to-be-valid', 'terminated'],
  ['expire', 'terminated'],
  ['repeal', 'terminated'],
  ['sign', 'signed'],
];

export interface TreatyAnswer {
  entry: AgreementEntry;
  /** The step answering: the one asked for, or the latest for a status question. */
  step: StatusEntry;
}

/** The step a question's concepts name, if any. */
const stepAsked = (concepts: ReadonlySet<string>): StepKind | undefined =>
  STEP_CONCEPTS.find(([concept]) => concepts.has(concept))?.[1];

const NAMES = new Map(COUNTRIES.map((country) => [`country-${country.code.toLowerCase()}`, country.name]));

/**
 * The agreement a question is about: among those of the documents search found for it (search
 * ranks documents across languages), the one whose parties the question names and whose name
 * holds most of its words; a replaced instrument yields to the one in force.
 */
function agreementAsked(kb: KnowledgeBase, query: string, concepts: ReadonlySet<string>): AgreementEntry | undefined {
  const found = kb.search(query, {}, 3).hits.map((hit) => hit.document.id);
  const parties = [...concepts].flatMap((concept) => NAMES.get(concept) ?? []);
  const words = new Set([...kb.translationsOf(query), ...kb.wordsOf(query)]);
  const score = (entry: AgreementEntry): number => {
    const rank = Math.min(...entry.documents.map((d) => (found.includes(d.id) ? found.indexOf(d.id) : 9)));
    const named = entry.agreement.parties.filter((party) => parties.includes(party)).length;
    const overlap = kb.wordsOf(entry.agreement.name).filter((word) => words.has(word)).length;
    const replaced = entry.agreement.replacedBy || entry.history.some((step) => step.kind === 'terminated') ? 1 : 0;
    return 2 * named + overlap - rank - 2 * replaced;
  };
  const candidates = allAgreements(kb).filter((entry) => entry.documents.some((d) => found.includes(d.id)));
  return candidates.sort((a, b) => score(b) - score(a))[0];
}

/** Whether a question of this kind is answered from the agreement catalogue. */
export function treatyAnswer(kb: KnowledgeBase, query: string, kind: AnswerKind | undefined): TreatyAnswer | undefined {
  if (kind !== 'date' && kind !== 'status') return undefined;
  const concepts = kb.conceptsOf(query);
  if (![...concepts].some((concept) => AGREEMENT_CONCEPTS.has(concept))) return undefined;
  const asked = stepAsked(concepts) ?? (kind === 'date' ? 'signed' : undefined);
  const best = agreementAsked(kb, query, concepts);
  if (!best) return undefined;
  const dated = best.history.filter((step) => step.date);
  if (kind === 'status') {
    const latest = dated[0] ?? best.history[0];
    return latest && { entry: best, step: latest };
  }
  const step =
    dated.find((s) => s.kind === asked) ??
    (asked === 'signed' && best.agreement.signed
      ? { kind: 'signed' as const, status: 'signed', date: best.agreement.signed, document: best.documents[0]! }
      : undefined);
  return step && { entry: best, step };
}
