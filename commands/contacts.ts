/**
 * /contacts [query]: who to reach and how. Without a query, every contact point grouped by
 * organisation; with one, the contact points answering it ("fax", "123456789", "who do I call at
 * night"), their matching phone lines first. Each card cites its document.
 */
import { bullets, cardLength, linesWithin, sourceField } from '../src/answers/cards.ts';
import { matchingChoices } from '../src/answers/choices.ts';
import { defineCommand, type Context } from '../src/framework/define.ts';
import { packPages, pagedReply, readPageId } from '../src/answers/paging.ts';
import { COLORS, type Card, type Field, type Reply } from '../src/answers/reply.ts';
import type { EmailAddress, PhoneNumber } from '../src/corpus/types.ts';
import {
  allContacts,
  contactNames,
  findContacts,
  isOwnName,
  namesOtherUnit,
  unitNamesIn,
  unknownNames,
  type ContactEntry,
  type ContactMatch,
} from '../src/knowledge/contacts.ts';
import { texts, type Pack } from '../src/i18n/locale.ts';
import { countryName } from '../src/i18n/names.ts';
import { LIMITS } from '../src/render/limits.ts';
import { escapeMarkdown } from '../src/util/markdown.ts';
import { answerLine, contactLine, evidenceLine, languageTag } from '../src/answers/answer-line.ts';
import { citation, snippetMarkdown } from '../src/answers/citations.ts';
import { fieldOf, namesUnit } from '../src/knowledge/contact-answer.ts';
import { answerKind, asksDeputy, asksWho, isContactKind, type AnswerKind } from '../src/knowledge/question.ts';
import { parseQuery } from '../src/knowledge/query.ts';
import { fold } from '../src/corpus/clean.ts';
import { countriesMentioned, countryPairs } from '../src/corpus/countries.ts';
import { processTerm, termsOf } from '../src/knowledge/terms.ts';

const contactsText = texts('contacts');

/** Fields a question can ask of a contact point by name, which another point's would not answer. */
const isNamedField = (kind: AnswerKind | undefined): kind is 'fax' | 'email' | 'address' =>
  kind === 'fax' || kind === 'email' || kind === 'address';

type Words = Pack['contacts'];

/** Cards per message, and their characters: room is kept for the markup and the buttons' page line. */
const CARDS_PER_PAGE = LIMITS.cardsPerMessage;
const CHARACTERS_PER_PAGE = LIMITS.textDisplayCharacters - 500;

/** "Duty desk: 123 456 789 · +420 123 456 789 · 24/7", in bold when it answers the query. */
function phoneLine(phone: PhoneNumber, matched: boolean, words: Words): string {
  // As the document writes it, then the form for dialling.
  const numbers = phone.e164 && phone.raw !== phone.international ? `${phone.raw} · ${phone.international}` : phone.raw;
  const markers = [phone.fax ? words.fax : undefined, phone.available247 ? '24/7' : undefined].filter(Boolean);
  const line = [`${escapeMarkdown(phone.label)}: ${escapeMarkdown(numbers)}`, ...markers].join(' · ');
  return matched ? `**${line}**` : line;
}

const emailLine = (email: EmailAddress): string =>
  [escapeMarkdown(email.address), email.audience ? escapeMarkdown(email.audience) : undefined]
    .filter(Boolean)
    .join(' — ');

function contactCard(match: ContactMatch, words: Words, ctx: Context): Card {
  const { contact, document } = match;
  const fields: Field[] = [];
  if (match.phones.length > 0)
    fields.push({
      name: words.phones,
      value: linesWithin(match.phones.map((p, i) => phoneLine(p, i < match.matchedPhones, words))),
    });
  if (contact.emails.length > 0) fields.push({ name: words.emails, value: linesWithin(contact.emails.map(emailLine)) });
  if (contact.address) fields.push({ name: words.address, value: escapeMarkdown(contact.address) });
  // The head first, then the others the card names by their post (a coordinator, a deputy), one a line.
  if (contact.head)
    fields.push({
      name: words.head,
      value: linesWithin(
        [contact.head, ...(contact.staff ?? [])].map(
          (person) => `${escapeMarkdown(person.name)} (${escapeMarkdown(person.role)})`,
        ),
      ),
      inline: true,
    });
  if (contact.country)
    fields.push({ name: words.country, value: escapeMarkdown(countryName(contact.country, ctx.locale)), inline: true });
  // Said only when a page says it: a page not saying so does not say the unit closes at night.
  if (contact.available247) fields.push({ name: words.service247, value: words.yes, inline: true });
  fields.push(sourceField([document], ctx.locale));
  const description = [
    contact.unit ? escapeMarkdown(contact.organisation) : undefined,
    contact.divisions.length > 0 ? bullets(contact.divisions, 120, 600) : undefined,
  ];
  return {
    title: escapeMarkdown(contact.unit ?? contact.organisation),
    description: description.filter(Boolean).join('\n') || undefined,
    fields,
    color: COLORS.info,
  };
}

function noMatch(query: string | undefined, unknown: readonly string[], words: Words, ctx: Context): Reply {
  const names = contactNames(ctx.kb).slice(0, 8).map(escapeMarkdown).join(', ');
  const none =
    unknown.length > 0 ? words.noneFor(escapeMarkdown(unknown.join(' '))) : words.none(escapeMarkdown(query ?? ''));
  const description = query === undefined || names === '' ? words.noneAtAll : `${none}\n${words.known(names)}`;
  return { cards: [{ description, color: COLORS.empty }], unanswered: query !== undefined };
}

/**
 * A contact question no card answers ("nové faxové číslo PKZ Drasenhofen" where only an e-mail says
 * "our new fax number is …"), answered from the documents' text as /search answers it: the value
 * with the sentence it stands in, and that passage cited. Only a value search reads beside the
 * question's words, in a document holding every name the question gives.
 */
function fromText(query: string, ctx: Context, about?: ContactEntry): { line: string; card: Card } | undefined {
  const results = ctx.kb.search(query, {}, 1);
  const [first] = results.hits;
  if (!first || !results.answered || !results.value) return undefined;
  if (!isContactKind(results.kind) && results.kind !== 'person') return undefined;
  // The card lacking the field asked (`about`) is answered by a passage speaking of its unit, or for
  // an organisation's own card by any passage of its page; not by another unit's fax.
  const aboutIt = (entry: ContactEntry) =>
    (entry.contact.unit === undefined && entry.document.id === first.document.id) ||
    namesUnit(`${first.passage.heading ?? ''} ${first.passage.text}`, entry.contact);
  if (about && !aboutIt(about)) return undefined;
  const tag = languageTag(query, first.passage.language, ctx.locale);
  return {
    line: answerLine({ value: results.value, sentence: first.sentence, document: first.document, tag }, ctx.locale),
    card: {
      title: escapeMarkdown(first.document.title),
      description: `${snippetMarkdown(first.snippet)}\n${citation(first.document, ctx.locale, first.passage.heading)}`,
      color: COLORS.info,
    },
  };
}

/** Contact points shown for one question (the count still says how many matched). */
const MAX_SHOWN = 50;

function answer(query: string | undefined, page: number, ctx: Context): Reply {
  const words = contactsText(ctx.locale);
  const unknown = query ? unknownNames(ctx.kb, query) : [];
  const matches: ContactMatch[] = query
    ? findContacts(ctx.kb, query)
    : allContacts(ctx.kb).map((entry) => ({ ...entry, score: 0, phones: entry.contact.phones, matchedPhones: 0 }));
  if (matches.length === 0) {
    const text = query ? fromText(query, ctx) : undefined;
    return text ? { content: text.line, cards: [text.card] } : noMatch(query, unknown, words, ctx);
  }
  const count = words.count(matches.length);
  // The answer first: the field asked for of the best contact point; then the words no contact
  // holds, named (answered from the words it knows, not silently dropped), and every card. A name
  // no contact holds ("Svrčinovec") is a unit the documents do not list, and a field the best
  // point lacks is not answered by another's: the cards below are the closest, not the answer.
  const kind = query ? answerKind(query) : undefined;
  const field = query ? fieldOf(matches[0]!, kind) : undefined;
  const names = new Set(query ? parseQuery(query).names.map((name) => fold(name)) : []);
  const best = matches[0]!.contact;
  // The question names one country and the closest unit stands in another, its name not naming the
  // one asked as a joint centre's does ("SIRENE v Lotyšsku" over the Estonian bureau; units in the
  // country asked rank first): the documents list none there. Two countries are what it is about.
  const asked = query ? countriesMentioned(query) : [];
  const own = [best.organisation, best.unit, best.address].filter(Boolean).join(' ');
  // A name of its own the question gives ("Petržalka", not "SIRENE", a kind of unit every country
  // has) says it is that unit, asked for one side of ("rakúska časť pracoviska Petržalka-Berg").
  const ownTerms = new Set(termsOf(own));
  const namesIt = [...names].some((name) => isOwnName(ctx.kb, name) && ownTerms.has(processTerm(name) ?? ''));
  // Two countries asked ("slovensko-polské pracoviště") are a pair: a joint unit its name places
  // between another pair ("SKP Čunovo – Rajka (SK/HU)") is not theirs.
  const ownCountries = [...new Set([...countriesMentioned(own), ...countryPairs(own)])];
  const elsewhere =
    !namesIt &&
    ((asked.length === 1 &&
      best.country !== undefined &&
      best.country !== asked[0] &&
      !ownCountries.includes(asked[0]!)) ||
      (asked.length >= 2 && ownCountries.length >= 2 && ownCountries.some((country) => !asked.includes(country))));
  // A name the question gives that places or calls another unit, not this one ("Bundespolizeiinspektion
  // Furth im Wald" over the one at Ebersbach): the unit asked is not listed.
  const otherUnit = query && !elsewhere ? namesOtherUnit(unitNamesIn(ctx.kb, query), matches[0]!) : [];
  const unknownName =
    elsewhere ||
    otherUnit.length > 0 ||
    unknown.some((word) => names.has(fold(word)) && !ctx.kb.lexicon.knows(fold(word)));
  const missing = !unknownName && !field && isNamedField(kind);
  // Asked who leads a unit whose card names nobody: its page's prose may ("Vedením odboru byl … pověřen plk. …").
  const headless = query !== undefined && asksWho(query) && !matches[0]!.contact.head;
  // No card answers: the documents' text may ("our new fax number is …").
  const text =
    query && !elsewhere && (unknownName || missing || headless)
      ? fromText(query, ctx, missing ? matches[0] : undefined)
      : undefined;
  const content = query
    ? [
        text?.line ?? '',
        field && !unknownName ? contactLine(field, true, asksWho(query), asksDeputy(query)) : '',
        field && !unknownName ? evidenceLine(ctx.kb.sentenceHolding(field.match.document, field.value)) : '',
        missing && !text ? words.notListed(kind, escapeMarkdown(best.unit ?? best.organisation)) : '',
        otherUnit.length > 0 && !text ? words.noneFor(escapeMarkdown(otherUnit.join(' '))) : '',
        elsewhere && !text ? words.noneIn(asked.map((country) => countryName(country, ctx.locale)).join(', ')) : '',
        words.matching(escapeMarkdown(query), count),
        unknown.length > 0 ? words.without(escapeMarkdown(unknown.join(' '))) : '',
      ]
        .filter(Boolean)
        .join('\n')
    : words.everything(count);
  // The best MAX_SHOWN only: nobody pages through hundreds of cards, and each costs to build.
  const cards = [
    ...(text ? [text.card] : []),
    ...matches.slice(0, MAX_SHOWN).map((match) => contactCard(match, words, ctx)),
  ];
  const pages = packPages(cards, cardLength, CARDS_PER_PAGE, CHARACTERS_PER_PAGE);
  return pagedReply(
    {
      command: 'contacts',
      state: [query],
      pages,
      page,
      render: (items) => ({
        content,
        cards: items,
        ...((unknownName || missing) && !text ? { unanswered: true } : {}),
      }),
    },
    ctx,
  );
}

export default defineCommand({
  name: 'contacts',
  example: 'query: 24/7',
  lookup: true,
  options: {
    query: {
      type: 'string',
      autocomplete: true,
      max: 200,
    },
  },
  run: ({ query }, ctx) => answer(query, 0, ctx),
  button(rest, ctx) {
    const { page, state } = readPageId(rest);
    return answer(state[0], page, ctx);
  },
  autocomplete: (focused, ctx) => matchingChoices(contactNames(ctx.kb), focused.value),
});
