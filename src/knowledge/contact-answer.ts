/**
 * A contact question asked of /search ("what is the fax of the Chotěbuz centre?", "Aký e-mail má
 * SIRENE?"): the field asked for, read from the contact directory rather than from a sentence, so
 * the answer is the number or address as the page lists it, with the unit it belongs to.
 */
import type { ContactPoint } from '../corpus/types.ts';
import { findContacts, namesOtherUnit, unitNamesIn, type ContactMatch } from './contacts.ts';
import type { KnowledgeBase } from './knowledge-base.ts';
import { parseQuery } from './query.ts';
import type { AnswerKind } from './question.ts';
import { holdsInAnyEnding, termsOf } from './terms.ts';

export interface ContactAnswer {
  match: ContactMatch;
  /** The value asked for, as written in the document. */
  value: string;
  /** A phone line's label ("24/7", "Secretariat"), when the value is a phone. */
  label?: string;
}

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
  const order = [...(preferred ? [preferred] : []), ...matches.slice(0, 3)];
  // A unit the question names ("fax kontaktního místa Strážný") that lists no such field is not
  // answered by another unit's: the others answer only when they hold every name the first holds.
  const names = parseQuery(query).names;
  const held = order[0] ? names.filter((name) => holdsName(order[0]!.contact, name)) : [];
  // A unit whose place or name the question gives is another's ("Pressestelle … Berggießhübel" over
  // the Austrian SPOC) answers nothing: the passage search found answers, if any does.
  const unitNames = unitNamesIn(kb, query);
  for (const match of order) {
    if (!held.every((name) => holdsName(match.contact, name))) continue;
    if (namesOtherUnit(unitNames, match).length > 0) continue;
    const field = fieldOf(match, kind);
    if (field) return field;
  }
  return undefined;
}

/** Whether a contact point's own names (organisation, unit, divisions, city) hold a name, in any ending. */
const holdsName = (contact: ContactPoint, name: string): boolean =>
  holdsInAnyEnding(
    termsOf([contact.organisation, contact.unit, ...contact.divisions, contact.city].filter(Boolean).join(' ')),
    name,
  );

/**
 * Whether a text speaks of a contact point's unit: it holds at least half the words of its name
 * ("Standort Petrovice" is not named by a page on the Prague directorate).
 */
export function namesUnit(text: string, contact: ContactPoint): boolean {
  const words = termsOf(contact.unit ?? contact.organisation).filter((word) => word.length >= 4);
  const terms = termsOf(text);
  return words.filter((word) => holdsInAnyEnding(terms, word)).length * 2 >= words.length;
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
