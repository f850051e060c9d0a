/**
 * The steps of an agreement's life a text names by the lexicon's concepts (signed, approved,
 * ratified, instruments exchanged, applied provisionally, in force, terminated): what a question
 * asks the date of, and what a sentence must say to answer it.
 */
import type { StepKind } from '../corpus/types.ts';

/** Lexicon concepts that make a question one about an agreement. */
export const AGREEMENT_CONCEPTS = new Set([
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

/** Whether a text's concepts name an agreement of any kind: a question about one. */
export const namesAgreement = (concepts: ReadonlySet<string>): boolean =>
  [...concepts].some((concept) => AGREEMENT_CONCEPTS.has(concept));

/** Lexicon concepts naming a step, and the step. */
export const STEP_CONCEPTS: ReadonlyArray<readonly [string, StepKind]> = [
  ['exchange-instruments-ratification', 'exchanged'],
  ['instrument-of-ratification', 'exchanged'],
  ['provisional-application', 'provisional'],
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

/**
 * Every step a question's concepts name, once each: "when was it ratified and when did it enter
 * into force". "Ratifikační listiny", "Ratifikationsurkunden" name the instruments exchanged, not a
 * ratification.
 */
export function stepsAsked(concepts: ReadonlySet<string>): StepKind[] {
  const kinds = new Set(STEP_CONCEPTS.filter(([concept]) => concepts.has(concept)).map(([, kind]) => kind));
  if (kinds.has('exchanged')) kinds.delete('ratified');
  return [...kinds];
}

/**
 * Whether a text's concepts say one of the steps asked: "when does it enter into force?" is not
 * answered by the sentence saying when it was signed. Asked no step, any text does.
 */
export const saysStepAsked = (asked: readonly StepKind[], concepts: ReadonlySet<string>): boolean =>
  asked.length === 0 || stepsAsked(concepts).some((kind) => asked.includes(kind));
