/**
 * A contact question asked of /search ("what is the fax of the Chotěbuz centre?", "Aký e-mail má
 * SIRENE?"): the field asked for, read from the contact directory rather than from a sentence, so
 * the answer is the number or address as the page lists it, with the unit it belongs to.
 */
import { findContacts, type ContactMatch } from './contacts.ts';
import type { KnowledgeBase } from './knowledge-base.ts';
import type { AnswerKind } from './question.ts';

export interface ContactAnswer {
  match: ContactMatch;
  /** The value asked for, as written in the document. */
  value: string;
  /** A phone line's label ("24/7", "Secretariat"), when the value is a phone. */
  label?: string;
}

const CONTACT_KINDS: ReadonlySet<AnswerKind> = new Set(['phone', 'fax', 'email', 'address']);

/** Whether a question of this kind is answered from the contact directory. */
export const isContactKind = (kind: AnswerKind | undefined): boolean => kind !== undefined && CONTACT_KINDS.has(kind);

/**
 * The field a contact question asks for, from the contact point answering it best among those of
 * the directory's best three (those in `documents`, the ones search found for the question, first);
 * undefined when none lists it.
 */
export function contactAnswer(
  kb: KnowledgeBase,
  query: string,
  kind: AnswerKind,
  documents: ReadonlySet<string>,
): ContactAnswer | undefined {
  const matches = findContacts(kb, query);
  // The directory's best unit, unless one of the best three stands in a document search found.
  const preferred = matches.slice(0, 3).find((match) => documents.has(match.document.id));
  for (const match of [...(preferred ? [preferred] : []), ...matches.slice(0, 3)]) {
    const field = fieldOf(match, kind);
    if (field) return field;
  }
  return undefined;
}

/**
 * The field of one contact point a question asks for (its first phone when it names none: the
 * directory puts the lines matching the question first), or undefined when the point lists none.
 */
export function fieldOf(match: ContactMatch, kind: AnswerKind | undefined): ContactAnswer | undefined {
  const { contact } = match;
  if (kind === 'email') return contact.emails[0] && { match, value: contact.emails[0].address };
  if (kind === 'address') return contact.address ? { match, value: contact.address } : undefined;
  const phone = match.phones.find((p) => p.fax === (kind === 'fax'));
  if (phone) return { match, value: phone.raw, label: phone.label };
  if (kind === undefined && contact.emails[0]) return { match, value: contact.emails[0].address };
  return undefined;
}
