/**
 * /treaty [query]: what an agreement says. With a query, the best matching agreement: parties,
 * date signed, status as stated and key provisions quoted from the text, with its sources. Without
 * one, every agreement known (name — parties — signed), paged.
 */
import { bullets, linesWithin, sourceField } from '../src/answers/cards.ts';
import { matchingChoices } from '../src/answers/choices.ts';
import { defineCommand, type Context } from '../src/framework/define.ts';
import { packPages, pagedReply, readPageId } from '../src/answers/paging.ts';
import { COLORS, type Card, type Reply } from '../src/answers/reply.ts';
import {
  agreementLabel,
  allAgreements,
  findAgreements,
  relatedEntries,
  type AgreementEntry,
  type StatusEntry,
} from '../src/knowledge/agreements.ts';
import { readableDate } from '../src/i18n/dates.ts';
import { countryName } from '../src/i18n/names.ts';
import { texts, type Pack, type Locale } from '../src/i18n/locale.ts';
import { escapeMarkdown } from '../src/util/markdown.ts';
import { fold } from '../src/corpus/clean.ts';
import { sameParties } from '../src/corpus/instruments.ts';
import {
  aboutSubjectOf,
  actorAsked,
  clauseAsked,
  asksAboutReplacement,
  latestStep,
  mentionAsked,
  replacedAsked,
  sentenceStating,
  stepsGiven,
} from '../src/knowledge/treaty-answer.ts';
import { stepsAsked } from '../src/knowledge/steps.ts';
import { evidenceLine } from '../src/answers/answer-line.ts';
import { answerKind } from '../src/knowledge/question.ts';
import type { SearchHit } from '../src/knowledge/knowledge-base.ts';

const treatyText = texts('treaty');

type Words = Pack['treaty'];

/** Lines per page of the list, and the characters they may take in the card's description. */
const LINES_PER_PAGE = 15;
const LIST_CHARACTERS = 3800;

const signedOn = (signed: string | undefined, words: Words, locale: Locale): string =>
  signed ? readableDate(signed, locale) : words.notStated;

/** Parties as the reader's language names them ("Česko, Německo, Evropská unie"). */
const partiesText = (parties: readonly string[], words: Words, locale: Locale): string =>
  escapeMarkdown(
    parties.map((party) => (party === 'European Union' ? words.europeanUnion : countryName(party, locale))).join(', '),
  );

/** "**Agreement on …** — Austria, Hungary — 12 March 2025": one line of the list; a replaced one marked so. */
function listLine({ agreement }: AgreementEntry, words: Words, locale: Locale, under = false): string {
  const parts = [
    `**${escapeMarkdown(agreement.name)}**`,
    partiesText(agreement.parties, words, locale),
    signedOn(agreement.signed, words, locale),
    agreement.replacedBy ? words.replacedMark : undefined,
  ];
  return `${under ? '  ↳' : '•'} ${parts.filter(Boolean).join(' — ')}`;
}

/** Every agreement once, each one replaced listed right under the one that replaced it. */
function listed(ctx: Context, words: Words): string[] {
  const entries = allAgreements(ctx.kb);
  const placed = new Set<AgreementEntry>();
  const lines: string[] = [];
  const place = (entry: AgreementEntry, under: boolean): void => {
    if (placed.has(entry)) return;
    placed.add(entry);
    lines.push(listLine(entry, words, ctx.locale, under));
    for (const old of relatedEntries(ctx.kb, entry).replaces) place(old, true);
  };
  for (const entry of entries) if (!relatedEntries(ctx.kb, entry).replacedBy) place(entry, false);
  for (const entry of entries) place(entry, false);
  return lines;
}

/** "entered into force on 1 June 2026 (1 June 2026, Title)": one status step, dated and cited. */
function statusLine(step: StatusEntry, words: Words, locale: Locale): string {
  const status =
    step.status === 'signed'
      ? words.signedStatus
      : step.kind
        ? `${words.steps[step.kind]}: ${escapeMarkdown(step.status)}`
        : step.status;
  return `${status} (${[step.date ? readableDate(step.date, locale) : undefined, step.document.title].filter(Boolean).join(', ')})`;
}

function agreementCard(
  entry: AgreementEntry,
  others: readonly AgreementEntry[],
  words: Words,
  ctx: Context,
  dated = false,
): Card {
  const { agreement, documents, history } = entry;
  const related = relatedEntries(ctx.kb, entry);
  // An instrument it replaced is named under it, not offered as another match with its old dates.
  others = others.filter((other) => !related.replaces.some((old) => old.agreement.name === other.agreement.name));
  const signed = signedOn(agreement.signed, words, ctx.locale);
  const fields = [
    { name: words.parties, value: partiesText(agreement.parties, words, ctx.locale) || words.notStated, inline: true },
    {
      name: words.signed,
      value: agreement.signed && agreement.place ? `${signed}, ${escapeMarkdown(agreement.place)}` : signed,
      inline: true,
    },
  ];
  if (history.length > 0)
    fields.push({
      name: words.status,
      value: bullets(history.map((step) => statusLine(step, words, ctx.locale))),
      inline: false,
    });
  if (related.replacedBy || agreement.replacedBy)
    fields.push({
      name: words.replacedBy,
      value: related.replacedBy
        ? replacedName(related.replacedBy, entry, words, ctx.locale, dated, Infinity)
        : escapeMarkdown(agreement.replacedBy ?? ''),
      inline: false,
    });
  if (related.replaces.length > 0)
    fields.push({
      name: words.replaces,
      value: bullets(related.replaces.map((old) => replacedName(old, entry, words, ctx.locale, dated, Infinity))),
      inline: false,
    });
  if (agreement.provisions.length > 0)
    fields.push({ name: words.provisions, value: bullets(agreement.provisions), inline: false });
  fields.push({ ...sourceField(documents, ctx.locale), inline: false });
  if (others.length > 0)
    fields.push({
      name: words.alsoMatching,
      value: linesWithin(others.slice(0, 5).map((other) => listLine(other, words, ctx.locale))),
      inline: false,
    });
  return { title: escapeMarkdown(agreement.name), fields, color: COLORS.info };
}

function noMatch(query: string, countries: readonly string[], words: Words, ctx: Context): Reply {
  const known = listed(ctx, words);
  const none =
    countries.length > 0
      ? words.noAgreementWith(partiesText(countries, words, ctx.locale))
      : words.noMatch(escapeMarkdown(query));
  const description = known.length === 0 ? words.noneAtAll : `${none}\n${words.knownList}\n${linesWithin(known, 3500)}`;
  return { cards: [{ description, color: COLORS.empty }], unanswered: true };
}

/** An instrument no document describes, only mentions: said so, with the sentence mentioning it and its source. */
function mentioned(hit: SearchHit, year: string, words: Words, ctx: Context): Reply {
  return {
    content: [words.mentionedOnly(year), evidenceLine(hit.sentence)].filter(Boolean).join('\n'),
    cards: [
      {
        title: escapeMarkdown(hit.document.title),
        fields: [{ ...sourceField([hit.document], ctx.locale), inline: false }],
        color: COLORS.info,
      },
    ],
  };
}

function list(page: number, words: Words, ctx: Context): Reply {
  const entries = allAgreements(ctx.kb);
  if (entries.length === 0) return { cards: [{ description: words.noneAtAll, color: COLORS.empty }] };
  const lines = listed(ctx, words);
  const pages = packPages(lines, (line) => line.length + 1, LINES_PER_PAGE, LIST_CHARACTERS);
  const intro = words.known(words.count(entries.length));
  const render = (items: string[]): Reply => ({
    cards: [{ title: words.listTitle, description: `${intro}\n\n${items.join('\n')}`, color: COLORS.info }],
  });
  return pagedReply({ command: 'treaty', state: [], pages, page, render }, ctx);
}

function answer(query: string | undefined, page: number, ctx: Context): Reply {
  const words = treatyText(ctx.locale);
  if (!query) return list(page, words, ctx);
  const found = findAgreements(ctx.kb, query);
  const { countries } = found;
  // What the query says the agreement is about must be in its name: the parties alone do not make it the one asked.
  const matches = found.matches.filter(aboutSubjectOf(ctx.kb, query));
  const mention = mentionAsked(ctx.kb, query, matches);
  if (mention) return mentioned(mention.hit, mention.year, words, ctx);
  if (matches.length === 0) return noMatch(query, countries, words, ctx);
  const concepts = ctx.kb.conceptsOf(query);
  const actor = actorAsked(ctx.kb, query);
  const asksWhen = answerKind(query) === 'date';
  // "In force since when?" of two records of one pair's treaty, the first stating no entry into force
  // (a news item on its signing) and one below it stating it (the gazette's notice): the one stating it.
  // What ended with it is told by the one that ended it (below).
  const stepsNamed = stepsAsked(concepts).filter((kind) => kind !== 'terminated');
  const states = (entry: AgreementEntry) =>
    stepsGiven(ctx.kb, entry, stepsNamed, actor).some((step) => step.kind !== 'signed');
  const stating =
    stepsNamed.length > 0 && asksWhen && !states(matches[0]!)
      ? matches
          .slice(1, 3)
          .find((entry) => sameParties(entry.agreement.parties, matches[0]!.agreement.parties) && states(entry))
      : undefined;
  const [first, ...others] = stating ? [stating, ...matches.filter((entry) => entry !== stating)] : matches;
  if (!first) return noMatch(query, countries, words, ctx);
  // "Which agreement does the new treaty replace?": the replaced one's card, naming what replaced it.
  const best = replacedAsked(ctx.kb, query, concepts, first) ?? first;
  const related = relatedEntries(ctx.kb, best);
  // "When was it ratified?": the step asked leads, or the line says the documents do not state it.
  // What it replaced is said by the line naming the replaced instrument.
  const asked = stepsAsked(concepts).filter((kind) => kind !== 'terminated' || related.replaces.length === 0);
  // Asked what it replaced: the replaced instrument by its own signing day too.
  const dated = asksAboutReplacement(concepts);
  // "Od kdy platí smlouva … a kterou dohodu nahradila?": a step asked beside what it replaced is the new one's.
  const own = stepsGiven(ctx.kb, best, asked, actor);
  const given = own.length === 0 && best !== first ? stepsGiven(ctx.kb, first, asked, actor) : own;
  const lead = given.filter((step) => step.kind !== 'signed');
  // Only a question asking when ("wann ratifiziert …?", not "what does the treaty in force provide") is left unanswered.
  const missing = asked.length > 0 && given.length === 0 && asksWhen ? asked[0] : undefined;
  // Then the evidence: the document's sentence stating the step asked, else the latest (or the signing), whole and as written.
  // Asked what it replaced, the sentence ending the replaced one ("Mit dem Inkrafttreten dieses Vertrags tritt der Vertrag
  // vom 28. April 2015 … außer Kraft"): the notice's sentence naming the old one's signing day, else by its clause.
  const ended = (dated ? related.replaces : []).flatMap((old) =>
    old.history
      .filter((step) => step.kind === 'terminated')
      .map(
        (step) =>
          (old.agreement.signed && ctx.kb.sentenceDated(step.document, old.agreement.signed, 'terminate')) ||
          sentenceStating(ctx.kb, step),
      ),
  );
  // What it provides on what the question names beyond the instrument ("hot pursuit"), or how it ends, before its dates.
  const evidence = [
    clauseAsked(ctx.kb, query, best),
    ...ended,
    ...[...lead, latestStep(best), best.history.find((step) => step.kind === 'signed')].map(
      (step) => step && sentenceStating(ctx.kb, step),
    ),
  ].find(Boolean);
  const line = [
    missing ? words.stepNotStated(missing, actor && countryName(actor, ctx.locale)) : undefined,
    ...lead.slice(0, 2).map((step) => `**${words.stepLead[step.kind!]}: ${readableDate(step.date!, ctx.locale)}**`),
    answerLine(best, related, words, ctx.locale, lead, dated),
  ];
  const content = [line.filter(Boolean).join(' · '), evidenceLine(evidence)];
  return {
    content: content.filter(Boolean).join('\n'),
    cards: [agreementCard(best, others, words, ctx, dated)],
    ...(missing ? { unanswered: true } : {}),
  };
}

/** A name cut to fit a line. */
const shortName = (name: string, most: number): string => (name.length > most ? `${name.slice(0, most - 1)}…` : name);

/**
 * Whether a reader cannot tell the old instrument from the other one by its name as shown: the
 * very same name, or its name cut where it still reads as the start of the other's ("Abkommen
 * zwischen der Regierung der Bundesrepublik Deutschland und der Regierung der Slowakischen Republik
 * über …" both).
 */
const namesAlike = (old: AgreementEntry, entry: AgreementEntry, most: number): boolean => {
  const shown = shortName(old.agreement.name, most);
  return shown.endsWith('…')
    ? fold(entry.agreement.name).startsWith(fold(shown.slice(0, -1)))
    : fold(old.agreement.name) === fold(entry.agreement.name);
};

/**
 * An instrument named beside the one it replaced or that replaced it. With its own signing day,
 * said to be its signing ("Dohoda … (signed 23 April 2002)"), when the question asks about the
 * replacement or the two names read alike: how it is known (a gazette names it "das Abkommen vom
 * 18. Oktober 2002"). Otherwise its dates stay on its own card, not to be read as the other's.
 */
const replacedName = (
  old: AgreementEntry,
  entry: AgreementEntry,
  words: Words,
  locale: Locale,
  dated: boolean,
  most = 80,
): string =>
  `${escapeMarkdown(shortName(old.agreement.name, most))}${
    old.agreement.signed && (dated || namesAlike(old, entry, most))
      ? ` (${words.signedOnDate(signedOn(old.agreement.signed, words, locale))})`
      : ''
  }`;

/**
 * The answer first: when it was signed, its latest dated step, which agreement, and what it
 * replaced or what replaced it ("**Signed: 14 November 2023** · in force: … · Smlouva … · replaces
 * Smlouva …"); the replaced one's dates stay on its own card, not to be read as this one's.
 */
function answerLine(
  entry: AgreementEntry,
  related: ReturnType<typeof relatedEntries>,
  words: Words,
  locale: Locale,
  lead: readonly StatusEntry[] = [],
  dated = false,
): string {
  const latest = latestStep(entry);
  const replaced = related.replaces.map((old) => words.replacesLine(replacedName(old, entry, words, locale, dated)));
  const successor = related.replacedBy
    ? replacedName(related.replacedBy, entry, words, locale, dated)
    : entry.agreement.replacedBy && escapeMarkdown(shortName(entry.agreement.replacedBy, 80));
  return [
    `**${words.signed}: ${signedOn(entry.agreement.signed, words, locale)}${entry.agreement.signed && entry.agreement.place ? `, ${escapeMarkdown(entry.agreement.place)}` : ''}**`,
    latest &&
    latest.kind !== 'signed' &&
    !lead.some((step) => step.status === latest.status && step.date === latest.date)
      ? statusLine(latest, words, locale)
      : undefined,
    escapeMarkdown(shortName(entry.agreement.name, 120)),
    ...replaced,
    successor ? words.replacedByLine(successor) : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
}

export default defineCommand({
  name: 'treaty',
  example: 'query: Slovakia',
  lookup: true,
  options: {
    query: {
      type: 'string',
      autocomplete: true,
      max: 200,
    },
  },
  run: ({ query }, ctx) => answer(query, 0, ctx),
  button: (rest, ctx) => answer(undefined, readPageId(rest).page, ctx),
  autocomplete: (focused, ctx) =>
    matchingChoices(
      allAgreements(ctx.kb).map((entry) => agreementLabel(entry.agreement)),
      focused.value,
    ),
});
