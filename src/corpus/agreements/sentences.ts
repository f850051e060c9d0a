/**
 * Agreements a document is ABOUT, read sentence by sentence (title first, citation lines with
 * URLs skipped). Generic rules:
 * - An agreement is created only by a sentence that names one (treaty, agreement, memorandum
 *   (of understanding), declaration, pact, partnership, protocol, convention) together with an
 *   action verb: sign, conclude, approve, ratify, enter into force, negotiate, initial.
 *   A passing mention ("implement the Pact on ...", "welcomes the ... Declaration", "the
 *   readmission agreement" in a list) creates nothing.
 * - A capitalised name ("Protocol on Joint Border Checks") names the agreement; a generic noun in the
 *   title ("sign new agreement") opens an unnamed agreement that the first named one fills in.
 *   Unnamed to the end, it gets a descriptive name: noun + subject + "between" parties.
 * - Later sentences refer to it by "the/this (new) agreement", by its name, or by "It/This/They"
 *   right after a referring sentence. Referring sentences with a signing verb give the date and
 *   parties; with approve/ratify/in force/negotiate they give status clauses; the others give
 *   provisions: clauses cut from the sentence (subject and neutral verbs such as "It also
 *   introduces" trimmed, split at ", and", at "and <verb>", and at commas of a "the ..., the ..."
 *   list). Bullets are exact substrings of the text, lowercase as written.
 * - Parties: countries (names or demonyms, see countries.ts) and the EU named in the
 *   signing sentences; none found → the document's two most mentioned countries.
 * - Agreements are ordered by how many sentences refer to them, so the main one comes first.
 */
import { findDates, monthOf, monthsIn, relativeDay } from '../dates.ts';
import { fold } from '../clean.ts';
import { countriesMentioned } from '../countries.ts';
import type { Agreement } from '../types.ts';

export interface AgreementContext {
  title: string;
  date?: string;
  countries: string[];
}

const CAP_WORD = String.raw`\p{Lu}[\p{L}'’-]*`;
const CAP_NOUN =
  'Memorandum of Understanding|Treaty|Agreement|Memorandum|Declaration|Pact|Partnership|Protocol|Convention';
const NAMED = new RegExp(
  String.raw`((?:${CAP_WORD}\s+)*)(${CAP_NOUN})(?!\p{L})((?:\s+(?:on|of|for|in|concerning|regarding|between|and|to)(?:\s+(?:the|and|of|in|for))*\s+${CAP_WORD}(?:\s+${CAP_WORD})*)*)`,
  'gu',
);
const GENERIC =
  /(?<!\p{L})(treaty|agreement|memorandum|declaration|pact|partnership|protocol|convention|mou|smlouv(?:a|y|u|ě|ou|ami|ách|ám)?|smluv|zmluv(?:a|y|u|e|ou|ami|ách|ám)?|zmlúv|dohod(?:a|y|u|ě|e|ou|ami|ách|ám)?|protokol(?:u|em|om|y|ech|och)?|memorand(?:um|a|u|em|e|om)|\p{L}*(?:abkommen|übereinkommen|vertrag|verträge|vertrages|vertrags|protokoll|protokolls|vereinbarung))s?(?!\p{L})/giu;
/** Whether a text names an agreement at all (every NAMED match contains a GENERIC noun). */
const NAMES_AN_AGREEMENT = new RegExp(GENERIC.source, 'iu');
/** Czech nouns: the family they belong to, and how an agreement named by them reads. */
const CZECH_NOUNS: Array<[RegExp, string, string]> = [
  [/^(?:smlouv|smluv)/, 'treaty', 'Smlouva'],
  [/^(?:zmluv|zmlúv)/, 'treaty', 'Zmluva'],
  [/^dohod/, 'agreement', 'Dohoda'],
  [/^protokol(?!l)/, 'protocol', 'Protokol'],
  [/^memorand/, 'memorandum', 'Memorandum'],
];
/** German nouns by their last part, compounds too ("Rückübernahmeabkommen", "Polizeivertrag"): their family. */
const GERMAN_NOUNS: Array<[RegExp, string]> = [
  [/übereinkommens?$/, 'convention'],
  [/abkommens?$/, 'agreement'],
  [/(?:vertrag|verträge|vertrages|vertrags)$/, 'treaty'],
  [/protokolls?$/, 'protocol'],
  [/vereinbarung(?:en)?$/, 'agreement'],
];
const czechNoun = (word: string): { noun: string; display: string } | undefined => {
  const german = GERMAN_NOUNS.find(([pattern]) => pattern.test(word));
  // A German noun is named as written, capitalised: "Rückübernahmeabkommen", "Durchführungsprotokoll".
  if (german) return { noun: german[1], display: word[0]!.toUpperCase() + word.slice(1) };
  const found = CZECH_NOUNS.find(([pattern]) => pattern.test(word) && !/^(?:memorandum|protokol)$/.test(word));
  return found ? { noun: found[1], display: found[2] } : undefined;
};
/** The determiner of a generic noun: the last "a/the/this..." within the three words before it. */
const DETERMINER_BEFORE =
  /(?<!\p{L})(a|an|the|this|that|its|their|ein|eine|einen|einem|eines|der|die|das|dem|den|des|dieses|diese|dieser)\s+((?:[\p{L}-]+\s+){0,2})$/iu;
/** Words before a noun that say nothing of what the agreement is about. */
const EMPTY_MODIFIERS = new Set(
  'new first second latest current own recent previous old two both bilateral landmark historic neue neues neuen neuer'.split(
    ' ',
  ),
);
/** Determiners that introduce something new ("a", "ein"): a new instrument, not the one spoken of. */
const INDEFINITE = new Set(['a', 'an', 'ein', 'eine', 'einen', 'einem', 'eines']);
const SUBJECT_AFTER =
  /^\s+((?:on|about|concerning|regarding|o|v oblasti|über|zur|zum|betreffend)\s+[^,.;]{3,60}?)(?=\s+(?:between|with|signed|which|that|in\s+\p{Lu}\p{L}*|on\s+\d+|on\s+\p{Lu}\p{L}*|mezi|medzi|s|so|se|podepsan\p{L}*|podpísan\p{L}*|kter\p{L}*|ktor\p{L}*|dne|dňa|byl\p{L}*|bol\p{L}*|bude|vstoup\p{L}*|nadobud\p{L}*|ve?\s+\p{Lu}\p{L}*|zwischen|mit|am|wurde|ist|tritt|trat|unterzeichne\p{L}*)(?=\s|$)|[,.;]|$)/u;
const LEADING_DETERMINERS = /^(?:(?:The|A|An|This|That|New|Its|Their|On|In|Under|With)\s+)+/u;
const ACTION =
  /(?<!\p{L})(sign(?:s|ed|ing)?|conclud(?:e|es|ed|ing)|approv(?:e|es|ed|al|ing)|ratif(?:y|ies|ied|ication)|enter(?:s|ed)? into force|entry into force|(?:came|comes|come) into force|took effect|negotiat(?:e|es|ed|ing|ions?)|initial(?:l)?ed|podeps\p{L}*|uzavř\p{L}*|schvál\p{L}*|ratifik\p{L}*|vstoup\p{L}* v platnost|vstup\p{L}* v platnost|nabyl\p{L}* (?:platnosti|účinnosti)|sjedn\p{L}*|parafov\p{L}*|podpís\p{L}*|podpisa\p{L}*|uzavre\p{L}*|nadobud\p{L}* (?:platnos\p{L}*|účinnos\p{L}*)|vstúpi\p{L}* do platnosti|rokova\p{L}*|dojedna\p{L}*|unterzeichne\p{L}*|unterschrieben|unterschrieb\p{L}*|abgeschlossen|geschlossen|schlossen|ratifizier\p{L}*|in Kraft (?:getreten|treten|tritt|trat)|(?:tritt|trat|treten)\s(?:[\p{L}\d.]+\s){0,6}?in Kraft|genehmigt|gebilligt|zugestimmt|paraphiert|ausgehandelt|verhandel\p{L}*)(?!\p{L})/iu;
const SIGN =
  /(?<!\p{L})(?:sign(?:s|ed|ing)?|podeps\p{L}*|podpís\p{L}*|podpisa\p{L}*|unterzeichne\p{L}*|unterschrieben|unterschrieb\p{L}*)(?!\p{L})/iu;
const STATUS =
  /(?<!\p{L})(approv\w*|ratif\w*|enter\w* into force|entry into force|in force|(?:came|comes|come) into force|negotiat\w*|initial(?:l)?ed|pending|provisional(?:ly)? appl\w*|tak(?:es|en) effect|took effect|expir\w*|terminat\w*|suspend\w*|schvál\p{L}*|ratifik\p{L}*|ratifiz\p{L}*|v platnost\p{L}*|platnost\p{L}*|platnos[tť]\p{L}*|účinnost\p{L}*|účinnos[tť]\p{L}*|projedn\p{L}*|prerokova\p{L}*|sjedn\p{L}*|vypověz\p{L}*|vypoved\p{L}*|pozastav\p{L}*|vyslovil\p{L}*|in Kraft|außer Kraft|genehmig\p{L}*|gebilligt|Zustimmung|zugestimmt|verhandl\p{L}*|verhandel\p{L}*|gekündigt)(?!\p{L})/iu;
/** "signed in Vienna on ...": where it was signed (a month is a date, not a place). */
export const SIGNED_AT = /\bsigned\s+(?:at|in)\s+(\p{Lu}[\p{L}-]*)\s*,?\s*(?:on\s+)?/u;
/** "in Wien unterzeichnet", "podpísali v Komárne", "podepsána v Praze": the place next to a signing verb, in any order. */
const PLACE_BY_SIGNING =
  /(?<!\p{L})(?:in|v|ve|vo)\s+(\p{Lu}[\p{L}-]+)\s+(?:\p{L}+\s+){0,4}?(?:unterzeichne\p{L}*|unterschrieben|podeps\p{L}*|podpís\p{L}*|podpisa\p{L}*)|(?:unterzeichne\p{L}*|podeps\p{L}*|podpís\p{L}*|podpisa\p{L}*)\s+(?:\p{L}+\s+){0,2}?(?:in|v|ve|vo)\s+(\p{Lu}[\p{L}-]+)/u;
const placeOfSigning = (sentences: readonly string[]): string | undefined =>
  sentences
    .flatMap((sentence) => {
      const near = PLACE_BY_SIGNING.exec(sentence);
      return [SIGNED_AT.exec(sentence)?.[1], near?.[1] ?? near?.[2]];
    })
    .find((place) => place && monthOf(place) === undefined && countriesMentioned(place).length === 0);
/** An action verb with a pronoun for its object: "signed it", "ratifiziert es", "podepsali ji", "podpísali ju". */
const OBJECT_PRONOUN =
  /(?<!\p{L})(?:sign\p{L}*|ratif\p{L}*|approv\p{L}*|conclud\p{L}*|unterzeichne\p{L}*|ratifizier\p{L}*|podeps\p{L}*|podpís\p{L}*|podpisa\p{L}*|schválil\p{L}*|ratifikoval\p{L}*)\s+(?:it|them|es|sie|ji|ju|ho|ich)(?!\p{L})/iu;
const PRONOUN_START = /^(?:It|This|They|Ta|Tato|Ten|Tento|Toto|Ona|Táto|Es|Er|Dieses|Dieser)(?!\p{L})/u;
const SUBJECT = new RegExp(
  String.raw`^(?:(?:under|according to|in) (?:the|this|that) [^,]{0,80},\s*|(?:(?:the|this|that)\s+(?:[\p{L}-]+\s+){0,2}?(?:treaty|agreement|memorandum(?: of understanding)?|declaration|pact|partnership|protocol|convention|mou)|it|they)\s+)`,
  'iu',
);
const ADVERBS = /^(?:also|further|furthermore|moreover|additionally|in addition)\s+/i;
const NEUTRAL_VERB =
  /^(?:introduces|includes|regulates|addresses|covers|contains|provides for|provides|deals with|brings|concerns|sets out|lays down|foresees|envisages|stipulates that|stipulates|establishes|creates|defines|governs|focuses on)\s+/i;
const CLAUSE_VERB =
  'allows|enables|expands|extends|introduces|regulates|includes|provides|establishes|addresses|sets|creates|covers|strengthens|brings|simplifies|permits|governs|defines|foresees|lays|makes|facilitates|improves|ensures|contains|deals|concerns|obliges|requires|grants|gives|lets|increases|reduces|broadens|speeds|abolishes|replaces|amends|updates';
const AND_VERB = new RegExp(String.raw`,?\s+and\s+(?=(?:also\s+)?(?:${CLAUSE_VERB})\b)`, 'i');
const ABBREVIATIONS =
  /^(?:\p{L}|Col|Dr|Mr|Mrs|Ms|No|Nr|Art|St|Gen|Lt|Maj|Capt|Sgt|Prof|Ing|Mgr|e\.g|i\.e|etc|vs|approx|Ref|Para|Sec|BGBl|Abs|Ziff|čl|odst|ods|písm)$/u;
const EU_PARTY = /\b(?:EU|European Union)\b(?!\s+(?:Agency|Member|Council|external|Presidency))/;
const MAX_BULLET = 200;

interface Draft {
  name?: string;
  noun: string;
  /** How a Czech noun names it ("Dohoda"), when it was named in Czech. */
  display?: string;
  subject?: string;
  modifier?: string;
  fromTitleOnly: boolean;
  first: number;
  references: number;
  signSentences: string[];
  /** Other referring sentences: status clauses and provisions are read from them. */
  contentSentences: string[];
}

/** Sentences of one paragraph; a full stop after an abbreviation ("Col.", "e.g.") or a day ("4. Dezember") does not end one. */
export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of paragraph.matchAll(/[.!?]["”’)]?\s+(?=["“„(]?\p{Lu})/gu)) {
    const lastWord = /([\p{L}.]+)$/u.exec(paragraph.slice(start, match.index))?.[1] ?? '';
    if (paragraph[match.index] === '.' && ABBREVIATIONS.test(lastWord)) continue;
    // "am 4. Dezember 2023", "der 3. Senat": a day or ordinal, not the end of a sentence.
    if (paragraph[match.index] === '.' && /(?<![\d.])\d{1,2}$/.test(paragraph.slice(start, match.index))) continue;
    sentences.push(paragraph.slice(start, match.index + 1).trim());
    start = match.index + match[0].length;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}

/** Title first, then body sentences; citation lines (with URLs) and the repeated title skipped. */
function documentSentences(text: string, title: string): string[] {
  const heading = (line: string) => line.replace(/^#+\s*/, '').trim();
  const body = text
    .split('\n')
    .map(heading)
    .filter((line) => line !== '' && !/https?:\/\/|www\./.test(line) && fold(line) !== fold(heading(title)));
  return [heading(title), ...body.flatMap(splitSentences)].filter(Boolean);
}

interface Mention {
  name?: string;
  noun: string;
  display?: string;
  determiner?: string;
  /** Words between the determiner and the noun ("readmission" of "the readmission agreement"). */
  modifier?: string;
  subject?: string;
  at: number;
}

/** Capitalised names, and generic nouns outside them, in one sentence. */
function mentionsIn(sentence: string): Mention[] {
  const mentions: Mention[] = [];
  if (!NAMES_AN_AGREEMENT.test(sentence)) return mentions;
  let rest = sentence;
  for (const match of sentence.matchAll(NAMED)) {
    const name = `${match[1] ?? ''}${match[2] ?? ''}${match[3] ?? ''}`.replace(LEADING_DETERMINERS, '').trim();
    if (!name.includes(' ')) continue;
    const start = match.index ?? 0;
    mentions.push({ name, noun: (match[2] ?? '').toLowerCase().split(' ')[0] ?? '', at: start });
    rest = rest.slice(0, start) + ' '.repeat(match[0].length) + rest.slice(start + match[0].length);
  }
  for (const match of rest.matchAll(GENERIC)) {
    const word = (match[1] ?? '').toLowerCase();
    const czech = czechNoun(word);
    const noun = czech?.noun ?? (word === 'mou' ? 'memorandum' : word);
    const start = match.index ?? 0;
    const before = DETERMINER_BEFORE.exec(rest.slice(0, start));
    const determiner = before?.[1]?.toLowerCase();
    // "the readmission agreement": what it is about, written before the noun (English only: lower case there is no noun).
    const modifier = (before?.[2] ?? '')
      .trim()
      .split(/\s+/)
      .filter((word) => /^\p{Ll}[\p{Ll}-]+$/u.test(word) && !EMPTY_MODIFIERS.has(word))
      .join(' ');
    const after = rest.slice(start + match[0].length);
    const subject = SUBJECT_AFTER.exec(after)?.[1];
    mentions.push({
      noun,
      ...(czech ? { display: czech.display } : {}),
      ...(determiner ? { determiner } : {}),
      ...(modifier && !czech ? { modifier } : {}),
      ...(subject ? { subject } : {}),
      at: start,
    });
  }
  return mentions;
}

/** Whether a German compound ends in a noun ("Rückübernahmeabkommen" of "Abkommen"). */
const isCompoundOf = (compound: string, noun: string): boolean =>
  compound.length > noun.length && compound.toLowerCase().endsWith(noun.toLowerCase());

/** "agreement" stands for any binding text; a declaration, pact or partnership only for itself. */
const compatible = (noun: string, draft: Draft): boolean =>
  noun === draft.noun ||
  (['treaty', 'memorandum', 'protocol', 'convention'].includes(draft.noun) && noun === 'agreement') ||
  (draft.noun === 'agreement' && ['treaty', 'memorandum', 'protocol', 'convention'].includes(noun));

function newDraft(mention: Mention, index: number, fromTitle: boolean): Draft {
  return {
    ...(mention.name ? { name: mention.name } : {}),
    noun: mention.noun,
    ...(mention.display ? { display: mention.display } : {}),
    ...(mention.subject ? { subject: mention.subject } : {}),
    ...(mention.modifier ? { modifier: mention.modifier } : {}),
    fromTitleOnly: fromTitle,
    first: index,
    references: 0,
    signSentences: [],
    contentSentences: [],
  };
}

/** The object of "signed ..." first: mentions after the action verb in order, then those before it, nearest first. */
const byNearnessToAction = (mentions: Mention[], verbAt: number): Mention[] => [
  ...mentions.filter((m) => m.at >= verbAt),
  ...mentions.filter((m) => m.at < verbAt).reverse(),
];

/** Which draft a sentence is about, creating or naming one when it is signed, ratified, etc. */
function resolveReferent(
  sentence: string,
  index: number,
  drafts: Draft[],
  current: Draft | undefined,
  previous: Draft | undefined,
): Draft | undefined {
  const action = ACTION.exec(sentence);
  const acting = action !== null;
  const mentions = byNearnessToAction(mentionsIn(sentence), action?.index ?? 0);
  for (const mention of mentions.filter((m) => m.name)) {
    const known = drafts.find((d) => d.name && fold(d.name) === fold(mention.name ?? ''));
    if (known) return known;
    if (!acting) continue;
    const unnamed = drafts.find((d) => !d.name && compatible(mention.noun, d));
    if (unnamed) return Object.assign(unnamed, { name: mention.name, noun: mention.noun });
    return pushDraft(drafts, newDraft(mention, index, index === 0));
  }
  for (const mention of mentions.filter((m) => !m.name)) {
    const indefinite = INDEFINITE.has(mention.determiner ?? '');
    if (current && compatible(mention.noun, current) && (!indefinite || current.fromTitleOnly || !acting)) {
      if (!current.subject && mention.subject)
        Object.assign(current, { subject: mention.subject, display: current.display ?? mention.display });
      if (!current.modifier && mention.modifier) current.modifier = mention.modifier;
      // "Abkommen" then "Rückübernahmeabkommen": the compound names the same instrument more closely.
      if (mention.display && current.display && isCompoundOf(mention.display, current.display))
        current.display = mention.display;
      return current;
    }
    if (acting) return pushDraft(drafts, newDraft(mention, index, index === 0));
  }
  // "It entered into force …", or "The two governments signed it in April 2015": the agreement just spoken of.
  return PRONOUN_START.test(sentence) || (acting && OBJECT_PRONOUN.test(sentence)) ? (previous ?? current) : undefined;
}

const pushDraft = (drafts: Draft[], draft: Draft): Draft => {
  drafts.push(draft);
  return draft;
};

/** Cut the referring subject, adverbs and neutral verbs off the front of a clause. */
function trimLead(clause: string, names: string[]): string {
  let text = clause.trim();
  for (const name of names)
    text = text.replace(new RegExp(`^(?:the\\s+)?${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+`, 'i'), '');
  text = text.replace(SUBJECT, '').replace(ADVERBS, '');
  return text
    .replace(NEUTRAL_VERB, '')
    .replace(/^and\s+/i, '')
    .replace(/[\s.;:]+$/u, '')
    .trim();
}

/** A "the X, the Y, and Z" list becomes its items; otherwise split only at ", and". */
function splitEnumeration(clause: string): string[] {
  const items = clause.split(/,\s+(?:and\s+)?/);
  const isArticleList = items.length >= 3 && items.slice(0, -1).every((item) => /^(?:the|a|an)\s/i.test(item));
  return isArticleList ? items : clause.split(/,\s+and\s+/);
}

/** Keep a bullet within MAX_BULLET characters, cutting at a comma or a word boundary. */
export function capLength(bullet: string): string {
  if (bullet.length <= MAX_BULLET) return bullet;
  const head = bullet.slice(0, MAX_BULLET);
  const cut = head.lastIndexOf(',') > MAX_BULLET / 2 ? head.lastIndexOf(',') : head.lastIndexOf(' ');
  return head.slice(0, cut).trim();
}

/** Extractive provision bullets from the sentences describing an agreement. */
export function provisionBullets(sentences: string[], names: string[]): string[] {
  const bullets = sentences
    .flatMap((sentence) => trimLead(sentence, names).split(AND_VERB))
    .flatMap((clause) => splitEnumeration(trimLead(clause, names)))
    .map((clause) => capLength(trimLead(clause, names)))
    .filter((clause) => clause.split(/\s+/).length >= 3);
  return dedupe(bullets);
}

function dedupe(items: string[]): string[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(fold(item)) && Boolean(seen.add(fold(item))));
}

/** A sentence that states a status is cut into clauses; one without stays whole. */
const statusSplit = (sentence: string, names: string[]): string[] =>
  STATUS.test(sentence) ? trimLead(sentence, names).split(/,\s*(?:and|but|while|whereas|which)\s+|;\s*/) : [sentence];

/** A clause from its status verb on, when a comma sets the verb off ("..., signed in X on D, entered into force on D2"). */
function fromStatusVerb(clause: string): string {
  const at = STATUS.exec(clause)?.index ?? 0;
  const comma = clause.lastIndexOf(', ', at);
  return comma > 0 ? clause.slice(comma + 2) : clause;
}

/** The date a status step happened: the first date after its verb, else the sentence's first, else a day named relative to the dateline ("on Saturday"). */
function dateOfStatus(sentence: string, dateline: string | undefined): string | undefined {
  const at = STATUS.exec(sentence)?.index ?? 0;
  // A verb last ("ist am Donnerstag in Kraft getreten") has its day before it.
  return (
    findDates(sentence.slice(at))[0] ??
    findDates(sentence)[0] ??
    relativeDay(sentence.slice(at), dateline) ??
    relativeDay(sentence, dateline)
  );
}

/** Status clauses as stated: "must be approved by ...", "should enter into force in 2026". */
function statusClauses(sentences: string[], names: string[]): string[] {
  return sentences
    .flatMap((sentence) => statusSplit(sentence, names))
    .map((clause) => capLength(fromStatusVerb(trimLead(clause, names))))
    .filter((clause) => STATUS.test(clause) && !/^(?:sign|podeps|podpís|unterzeichn)/i.test(clause));
}

/** The clauses of the content sentences that state no status: what the agreement provides. */
const provisionClauses = (sentences: string[], names: string[]): string[] =>
  sentences.flatMap((sentence) => statusSplit(sentence, names)).filter((clause) => !STATUS.test(clause));

function partiesOf(sentences: string[]): string[] {
  const parties = [...new Set(sentences.flatMap((sentence) => countriesMentioned(sentence)))];
  // Two states agreeing make a bilateral instrument: the EU a sentence names beside them (its border, its law) is no party.
  if (parties.length < 2 && sentences.some((sentence) => EU_PARTY.test(sentence))) parties.push('European Union');
  return parties;
}

const joinAnd = (items: string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

function descriptiveName(draft: Draft, parties: string[]): string {
  if (draft.display) return [draft.display, draft.subject].filter(Boolean).join(' ');
  const bare = draft.noun === 'memorandum' ? 'memorandum of understanding' : draft.noun;
  const written = draft.modifier ? `${draft.modifier} ${bare}` : bare;
  const noun = written[0]!.toUpperCase() + written.slice(1);
  return [noun, draft.subject, parties.length >= 2 ? `between ${joinAnd(parties)}` : undefined]
    .filter(Boolean)
    .join(' ');
}

/**
 * When a sentence says it was signed: the date in the clause of its signing verb, up to the next
 * status verb ("podepsali v září 2023 v Drážďanech, vstoupila v platnost 1. ledna 2026" is signed in
 * September 2023): a day, a weekday back from the dateline, else a month ("in April 2015").
 */
function signingDateIn(sentence: string, dateline: string | undefined): string | undefined {
  const verb = SIGN.exec(sentence);
  if (!verb) return undefined;
  const statuses = [...sentence.matchAll(new RegExp(STATUS.source, 'giu'))];
  const from = statuses.filter((m) => m.index < verb.index).reduce((end, m) => Math.max(end, m.index + m[0].length), 0);
  const to = statuses.find((m) => m.index > verb.index)?.index ?? sentence.length;
  const clause = sentence.slice(from, to);
  return findDates(clause)[0] ?? relativeDay(clause, dateline) ?? monthsIn(clause, dateline)[0]?.date;
}

/** Words saying a step is still to come, or waits on another, in the four languages. */
const TO_COME =
  /(?<!\p{L})(?:will|shall|should|must|expected|would|vstoupí|nabude|bude|budou|má|mají|musí|měla?|až po|nadobudne|musia|mala?|wird|werden|soll|sollen|muss|müssen|erst nach|počítá|počíta|plánuje|planuje|expects|plans|planned|rechnet|geplant)(?!\p{L})/iu;

/** Whether a status clause says its step is still to come ("will enter into force", "vstoupí v platnost až po …"). */
export const isStillToCome = (status: string): boolean => TO_COME.test(status);

function toAgreement(draft: Draft, context: AgreementContext): Agreement {
  const acting = draft.contentSentences.filter((s) => ACTION.test(s));
  const signing = partiesOf(draft.signSentences);
  // "The two governments signed it": the parties are where the agreement is named acting.
  const found = signing.length > 0 ? signing : partiesOf(acting);
  const parties = found.length > 0 ? found : context.countries.slice(0, 2);
  const names = draft.name ? [draft.name] : [];
  // Signed when a signing sentence says so ("on 6 February 2026", "on Saturday"); the dateline is when it was reported, never when it was signed.
  const signed = draft.signSentences.map((sentence) => signingDateIn(sentence, context.date)).find(Boolean);
  const statusFromSigning = draft.signSentences.filter((sentence) => STATUS.test(sentence.replace(SIGN, '')));
  const steps = [...statusFromSigning, ...draft.contentSentences].flatMap((sentence) =>
    statusClauses([sentence], names).map((status) => ({
      status,
      // A step said as done is dated by the report when it gives no day; one still to come ("vstoupí
      // v platnost až po ratifikaci", "will enter into force") is not dated at all.
      date: dateOfStatus(sentence, context.date) ?? (isStillToCome(status) ? undefined : context.date),
    })),
  );
  const history = [...(draft.signSentences.length > 0 ? [{ status: 'signed', date: signed }] : []), ...steps].map(
    (step) => (step.date ? step : { status: step.status }),
  );
  const place = placeOfSigning([...draft.signSentences, ...draft.contentSentences]);
  return {
    name: draft.name ?? descriptiveName(draft, parties),
    parties,
    ...(signed ? { signed } : {}),
    ...(place ? { place } : {}),
    status: dedupe([
      ...(draft.signSentences.length > 0 ? ['signed'] : []),
      ...statusClauses([...statusFromSigning, ...draft.contentSentences], names),
    ]),
    provisions: provisionBullets(provisionClauses(draft.contentSentences, names), names),
    history,
  };
}

/** The agreements a document is about, main one first; [] when it is about none. */
export function extractAgreements(text: string, context: AgreementContext): Agreement[] {
  // Without a single agreement noun no sentence can open or refer to one: most documents stop here.
  if (!NAMES_AN_AGREEMENT.test(context.title) && !NAMES_AN_AGREEMENT.test(text)) return [];
  const drafts: Draft[] = [];
  let current: Draft | undefined;
  let previous: Draft | undefined;
  documentSentences(text, context.title).forEach((sentence, index) => {
    const referent = resolveReferent(sentence, index, drafts, current, previous);
    previous = referent;
    if (!referent) return;
    current = referent;
    referent.references++;
    if (index > 0) referent.fromTitleOnly = false;
    if (SIGN.test(sentence)) referent.signSentences.push(sentence);
    else if (index > 0) referent.contentSentences.push(sentence);
  });
  return drafts
    .sort((a, b) => b.references - a.references || a.first - b.first)
    .map((draft) => toAgreement(draft, context));
}
