/**
 * Agreements as instruments, read from the notices that publish them: Czech and Slovak gazette
 * notices ("Ministerstvo zahraničních věcí sděluje, že dne … byla v … podepsána Smlouva mezi …",
 * "… oznamuje, že … bola podpísaná Dohoda medzi …"), German and Austrian gazette wording ("Das in
 * Prag am … unterzeichnete Abkommen zwischen … ist … in Kraft getreten"), and English alike.
 *
 * An instrument is opened by a sentence that names one (a noun of NOUNS followed by "mezi / medzi /
 * zwischen / between") together with a signing verb and a date. Its title is the noun and what
 * follows it up to where the sentence goes on about something else; its parties are the countries
 * of its title; its type is its noun's family; its place is the capitalised word after "v / ve / vo
 * / in / at" near the verb. The sentences after it state dated steps (STEPS: approved, ratified,
 * instruments exchanged, entered into force, terminated), each given to the instrument its subject
 * noun names, else the one opened last. A termination naming another instrument with its own
 * signing ("pozbyla platnosti Smlouva …, podepsaná v Praze dne 27. dubna 2004") records that one
 * too, terminated and replaced by the instrument of the notice. Words are data, per language.
 */
import { capLength, splitSentences } from './agreements/sentences.ts';
import { fold } from './clean.ts';
import { countriesMentioned } from './countries.ts';
import { datesIn, monthOf, monthsIn, relativeDay } from './dates.ts';
import type { Agreement, StatusStep, StepKind } from './types.ts';

/** Instrument nouns in every case, by family: Czech, Slovak, German, English. */
const NOUNS: Array<[type: string, forms: string]> = [
  [
    'treaty',
    'smlouva smlouvy smlouvě smlouvu smlouvou zmluva zmluvy zmluve zmluvu zmluvou vertrag vertrags vertrages treaty',
  ],
  ['agreement', 'dohoda dohody dohodě dohode dohodu dohodou abkommen abkommens übereinkunft agreement'],
  ['protocol', 'protokol protokolu protokolem protokolom protokoll protokolls protocol'],
  ['memorandum', 'memorandum memoranda memorandem memorande memorandums'],
  [
    'convention',
    'úmluva úmluvy úmluvě úmluvu úmluvou dohovor dohovoru dohovorom übereinkommen übereinkommens convention',
  ],
  ['arrangement', 'ujednání vereinbarung vereinbarungen arrangement'],
];
const TYPE_OF = new Map<string, string>(
  NOUNS.flatMap(([type, forms]) => forms.split(' ').map((form): [string, string] => [fold(form), type])),
);
/** German nouns that end a compound ("Staatsvertrag", "Polizeiabkommen", "Zusatzprotokoll"). */
const GERMAN_FORMS =
  'vertrag vertrags vertrages abkommen abkommens protokoll protokolls übereinkommen übereinkommens vereinbarung'.split(
    ' ',
  );
const NOUN = new RegExp(
  String.raw`(?<![\p{L}-])(\p{L}+?(?:${GERMAN_FORMS.join('|')})|${NOUNS.flatMap(([, forms]) => forms.split(' ')).join('|')})(?![\p{L}])`,
  'giu',
);
/** An instrument noun's family: "Staatsvertrag" is a treaty as "Vertrag" is. */
const typeOf = (word: string): string | undefined => {
  const folded = fold(word);
  return (
    TYPE_OF.get(folded) ??
    TYPE_OF.get(GERMAN_FORMS.map(fold).find((form) => folded.endsWith(form) && folded.length > form.length) ?? '')
  );
};
/** "between" in the four languages: what makes a noun an instrument's name; "in relations between" does not. */
const BETWEEN =
  /^\s+(?:(?!(?:vzťahoch|vztazích|vztazich|vztahu|relations|Verhältnis|Beziehungen)\s)\p{L}+\s+){0,3}?(?:mezi|medzi|zwischen|between)\s/iu;
const SIGN =
  /(?<!\p{L})(?:podeps\p{L}*|podpísan\p{L}*|podpísal\p{L}*|podpis\p{L}*|unterzeichne\p{L}*|signed)(?!\p{L})/iu;
const EU =
  /(?<!\p{L})(?:EU|European Union|Evropsk\p{L}* uni\p{L}*|Európsk\p{L}* úni\p{L}*|Europäische\p{L}* Union)(?!\p{L})/u;
/** Where a title ends: the verb or clause that follows the instrument's name. */
const TITLE_END =
  /,?\s+(?:byl[aoy]?|bola|bol|boli|je|jsou|sú|wurde|wird|ist|sind|was|were|has|have|had|will|vstoup\p{L}*|nadobud\p{L}*|trat|tritt|gilt|gelten|plat[ií]|platia|applies|entered|came|podeps\p{L}*|podpísan\p{L}*|unterzeichne\p{L}*|signed|ratifi\p{L}*|außer\s+Kraft|in\s+Kraft|(?:dne|dňa|am|on|vom|ze\s+dne|zo\s+dňa|dated)\s+\d)(?!\p{L})|,\s+(?:der|die|das|which|that|kter\p{L}*|ktor\p{L}*)(?!\p{L})|\s+\(|;|\.\s|\.$/u;
/** A title's end at "vom / ze dne <date>", and a noun just before it: the date names an instrument the title refers to. */
const DATED_INSIDE = /^,?\s+(?:vom|ze\s+dne|zo\s+dňa|dated)\s+\d$/iu;
const NOUN_LAST = new RegExp(String.raw`.\s(?:${NOUNS.flatMap(([, forms]) => forms.split(' ')).join('|')})$`, 'iu');
/** "das Abkommen … vom 18. Februar 2002", "Smlouva … ze dne 27. dubna 2004": the date an instrument is known by, its signing. */
const DATED = /^\s*,?\s*(?:vom|ze\s+dne|zo\s+dňa|dated|of)\s+(?=\d)/iu;
/** "(Bratislava 4. júna 2001)", "(Wien, 12. März 2004)": where and when, in brackets right after a name. */
const PLACE_AND_DAY = /^\s*\(\s*(\p{Lu}[\p{L}-]+(?:\s+nad\s+\p{Lu}[\p{L}-]+)?),?\s+(?=\d)/u;
/** A place: the capitalised word(s) after a preposition of place. */
const PLACE = /(?<!\p{L})(?:v|ve|vo|in|at)\s+(\p{Lu}[\p{L}-]+(?:\s+nad\s+\p{Lu}\p{L}+)?)/gu;
/** Words that follow "in / v" and are no place. */
const NOT_PLACE = /^(?:Kraft|Sbírce|Zbierke|Bundesgesetzblatt|Praxi|Platnost|Souladu|Súlade)$/iu;

/** Dated steps, by kind, with the words that state them in each language. */
const STEPS: Array<[kind: StepKind, pattern: RegExp]> = [
  [
    'terminated',
    /(?<!\p{L})(?:pozbyl\p{L}*\s+(?:\S+\s+){0,10}?platnosti|pozbývá\s+(?:\S+\s+){0,10}?platnosti|pozbude\s+platnosti|strác\p{L}*\s+(?:\S+\s+){0,8}?platnos\p{L}*|strat(?:í|ia|il\p{L}*)\s+(?:\S+\s+){0,6}?platnos\p{L}*|přestan\p{L}*\s+platit|prestan\p{L}*\s+platiť|skonč\p{L}*\s+platnos\p{L}*|platnos\p{L}*\s+skonč\p{L}*|außer\s+Kraft|ceased\s+to\s+(?:be\s+in\s+force|have\s+effect)|was\s+terminated|terminated|expired)(?!\p{L})/iu,
  ],
  [
    'in force',
    /(?<!\p{L})(?:vstoupil\p{L}*\s+(?:\p{L}+\s+){0,2}?v\s+platnost|vstoupí\s+(?:\p{L}+\s+){0,2}?v\s+platnost|nabyl\p{L}*\s+platnosti|nabývá\s+platnosti|vstupuje\s+v\s+platnost|nadobudl\p{L}*\s+platnos\p{L}*|nadobudne\s+platnos\p{L}*|nadobúda\s+platnos\p{L}*|in\s+Kraft\s+getreten|in\s+Kraft\s+treten|in\s+Kraft\s+tritt|tritt\s+(?:\S+\s+){0,12}?in\s+Kraft|tr(?:a|i)t\s+(?:\S+\s+){0,12}?in\s+Kraft|(?:entered|enters|entering|came|comes|will\s+enter)\s+into\s+force|took\s+effect|gilt\s+ab|gelten\s+ab|plat[ií]\s+od|platia\s+od|appl(?:y|ies)\s+from)(?!\p{L})/iu,
  ],
  [
    'provisional',
    /(?<!\p{L})(?:(?:prozatímně|předběžně|prozatimne|predbezne|predbežne|dočasne)\s+(?:\p{L}+\s+){0,2}?(?:prováděn\p{L}*|provád\p{L}*|aplikov\p{L}*|vykonáva\p{L}*|vykonávan\p{L}*|uplatňova\p{L}*|uplatňovan\p{L}*)|(?:prozatímní|předběžné|predbežné)\s+(?:provádění|vykonávanie|uplatňovanie)|vorläufig\s+(?:\p{L}+\s+){0,2}?(?:angewendet|angewandt|anzuwenden)|vorläufige\s+Anwendung|(?:applied|applies|apply)\s+(?:\p{L}+\s+){0,2}?provisionally|provisionally\s+applied|provisional\s+application)(?!\p{L})/iu,
  ],
  [
    'exchanged',
    /(?<!\p{L})(?:listiny\s+(?:\p{L}+\s+){0,2}?(?:vyměněny|vymenené|vymenili)|vyměněny|vymenené|ausgetauscht|exchanged|výměn\p{L}*\s+ratifika\p{L}*|výmen\p{L}*\s+ratifika\p{L}*|Austausch\s+der\s+(?:Ratifikations|Notifikations)\p{L}*|exchange\s+of\s+(?:the\s+)?(?:instruments|notes|notifications))(?!\p{L})/iu,
  ],
  ['ratified', /(?<!\p{L})(?:ratifikoval\p{L}*|ratifiziert|ratified)(?!\p{L})/iu],
  [
    'approved',
    /(?<!\p{L})(?:vyslovil\p{L}*\s+(?:\p{L}+\s+){0,4}?(?:souhlas|súhlas)|(?:souhlas|súhlas)\s+(?:\p{L}+\s+){0,4}?vyslovil\p{L}*|zugestimmt|Zustimmung\s+erteilt|genehmigt\p{L}*|approved)(?!\p{L})/iu,
  ],
];
/** A report saying its instrument is not in force yet: "zatím v platnost nevstoupila", "has not yet entered into force", "ist noch nicht in Kraft". */
const NOT_YET_IN_FORCE =
  /(?<!\p{L})(?:nevstoupil\p{L}*\s+(?:\p{L}+\s+){0,2}?v\s+platnost|platnost\s+(?:\p{L}+\s+){0,2}?nevstoupil\p{L}*|nenadobudl\p{L}*\s+(?:\p{L}+\s+){0,2}?platnos\p{L}*|platnos\p{L}*\s+(?:\p{L}+\s+){0,2}?nenadobudl\p{L}*|(?:has|have)\s+not\s+(?:yet\s+)?(?:entered|come)\s+into\s+force|(?:is|are)\s+not\s+(?:yet\s+)?in\s+force|noch\s+nicht\s+in\s+Kraft|nicht\s+in\s+Kraft\s+getreten)(?!\p{L})/iu;
/** A German treaty law just before the instrument it approves: "(des) Gesetz(es) vom 4. Dezember 2025 zu dem". */
const APPROVING_LAW =
  /(?<!\p{L})(?:(?:des|dem|das)\s+)?Gesetz(?:es)?\s+vom\s+\d{1,2}\.\s*(?:\p{L}+|\d{1,2}\.)\s*\d{4}\s+zu\s+(?:dem|der|den)\s+$/iu;
/** What a report words as a plan, not a step taken: "must be ratified", "should enter into force", "soll … in Kraft treten", "má být schválena", or as not taken ("has not yet entered into force"); in lower case: "1 May" is a month. */
const PLANNED =
  /(?<!\p{L})(?:must|should|shall|may|might|could|would|is\s+expected|are\s+expected|is\s+to|are\s+to|needs?\s+to|has\s+to|have\s+to|soll\p{L}*|muss|müssen|könnte\p{L}*|má\s+být|mají\s+být|musí|by\s+měl\p{L}*|mal\p{L}*\s+by|má\s+byť|majú\s+byť|not|nicht|noch|dosud|ještě|ešte|zatiaľ)(?!\p{L})/u;

/**
 * The kind of step a status clause states as taken ("entered into force on 1 May 2025": in force;
 * "Prezident … zmluvu ratifikoval": ratified), for a report read without kinds; a plan ("must be
 * ratified by the parliaments") is none.
 */
export function stepKindOf(status: string): StepKind | undefined {
  if (/^(?:signed|podepsán\p{L}*|podpísan\p{L}*|unterzeichnet)$/iu.test(status)) return 'signed';
  if (PLANNED.test(status)) return undefined;
  return STEPS.find(([, pattern]) => pattern.test(status))?.[0];
}

/** "Dnem vstupu Smlouvy v platnost …", "Mit Inkrafttreten …": a termination dated by the entry into force of the notice's instrument. */
const ON_ENTRY =
  /(?<!\p{L})(?:dnem\s+(?:jejího\s+|jeho\s+)?vstupu|dňom\s+(?:jej\s+|jeho\s+)?nadobudnutia|mit\s+(?:dem\s+)?Inkrafttreten|(?:on|upon|with)\s+(?:the\s+)?entry\s+into\s+force)(?!\p{L})/iu;

const NOUN_WORD = new RegExp(NOUN.source, 'iu');
const NOUN_AFTER = (sentence: string, at: number): boolean =>
  new RegExp(NOUN.source, 'iu').test(sentence.slice(at + 1).replace(/^\S+/u, ''));

interface Draft {
  agreement: Agreement;
  type: string;
  at: number;
  /** Where its name ends in the sentence that opened it. */
  end: number;
}

const capitalised = (text: string): string => (text[0]?.toUpperCase() ?? '') + text.slice(1);

/** The instrument's name from its noun on: up to the verb or clause that follows it. */
function titleFrom(sentence: string, start: number): string {
  const rest = sentence.slice(start);
  let from = 1;
  let end = TITLE_END.exec(rest.slice(from));
  // "… und zur Änderung des Vertrags vom 2. Februar 2000 über …": another instrument's date, inside the name.
  while (end && DATED_INSIDE.test(end[0]) && NOUN_LAST.test(rest.slice(0, from + end.index))) {
    const at = from + end.index;
    const date = datesIn(rest.slice(at, at + 40))[0];
    if (!date) break;
    from = at + date.end;
    end = TITLE_END.exec(rest.slice(from));
  }
  const title = (end ? rest.slice(0, from + end.index) : rest).replace(/[\s,.;:]+$/u, '');
  return capitalised(title.length > 300 ? capLength(title) : title);
}

/** The date nearest to a position (a verb), among dates outside a span (a title). */
function dateNear(
  dates: ReturnType<typeof datesIn>,
  at: number,
  skip: (date: { index: number }) => boolean,
): string | undefined {
  let best: { date: string; distance: number } | undefined;
  for (const found of dates) {
    if (skip(found)) continue;
    // A date after the verb is closer in meaning ("podepsána … dne 14. …"), one before it too ("am 4. Dezember 2023 unterzeichnet").
    const distance = Math.abs(found.index - at);
    if (!best || distance < best.distance) best = { date: found.date, distance };
  }
  return best?.date;
}

function placeIn(text: string): string | undefined {
  for (const match of text.matchAll(PLACE)) {
    const place = match[1]!;
    if (monthOf(place) === undefined && !NOT_PLACE.test(place) && countriesMentioned(place).length === 0) return place;
  }
  return undefined;
}

/** An instrument noun of a sentence, followed by "between": where it starts, its type, and the date it is known by. */
interface Named {
  at: number;
  type: string;
  /** "Vertrag vom 9. September 2025 zwischen …": the signing day written between the noun and "between", and where that ends. */
  dated?: { date: string; end: number };
}

/** "vom / ze dne / of" and a date between an instrument's noun and "between": the German way of naming a treaty by its signing. */
const DATED_BEFORE_BETWEEN = /^\s+(?:vom|ze\s+dne|zo\s+dňa|dated|of)\s+/iu;
/**
 * After the day an instrument is named by: its parties, or its subject ("die Vereinbarung vom 30. Mai
 * 2008 über die Einrichtung des Gemeinsamen Zentrums"), whose parties are those of the one ending it.
 */
const BETWEEN_NEXT = /^\s+(?:mezi|medzi|zwischen|between|über|o|on)\s/iu;

/**
 * A noun's other cases by the name it has in the nominative: German genitives ("des Vertrags
 * zwischen …"), and Czech and Slovak accusatives, genitives, datives and instrumentals ("podepsali
 * Smlouvu mezi …"). An instrument is named in the nominative.
 */
const NOMINATIVE = new Map([
  ['vertrags', 'Vertrag'],
  ['vertrages', 'Vertrag'],
  ['abkommens', 'Abkommen'],
  ['protokolls', 'Protokoll'],
  ['ubereinkommens', 'Übereinkommen'],
  ...['smlouvy', 'smlouve', 'smlouvu', 'smlouvou'].map((form): [string, string] => [form, 'Smlouva']),
  ...['zmluvy', 'zmluve', 'zmluvu', 'zmluvou'].map((form): [string, string] => [form, 'Zmluva']),
  ...['dohody', 'dohode', 'dohodu', 'dohodou'].map((form): [string, string] => [form, 'Dohoda']),
  ...['umluvy', 'umluve', 'umluvu', 'umluvou'].map((form): [string, string] => [form, 'Úmluva']),
  ...['protokolu', 'protokolem', 'protokolom'].map((form): [string, string] => [form, 'Protokol']),
]);

/** A noun in another case ("Vertrags", "Staatsvertrags", "Smlouvu") in the nominative ("Vertrag", "Staatsvertrag", "Smlouva"); undefined for any other. */
function nominativeOf(noun: string): string | undefined {
  const folded = fold(noun);
  for (const [form, nominative] of NOMINATIVE) {
    if (folded === form) return nominative;
    // German compounds only: a Czech or Slovak instrument noun stands alone.
    if (folded.endsWith(form) && /[a-z]s$/.test(form))
      return capitalised(noun.slice(0, noun.length - form.length) + nominative.toLowerCase());
  }
  return undefined;
}

/** Instrument nouns of a sentence followed by "between" (or by the date it was signed, then "between"). */
function namedInstruments(sentence: string): Named[] {
  const found: Named[] = [];
  for (const match of sentence.matchAll(NOUN)) {
    const from = match.index + match[0].length;
    const after = sentence.slice(from);
    const type = typeOf(match[1]!) ?? 'agreement';
    if (BETWEEN.test(after)) {
      found.push({ at: match.index, type });
      continue;
    }
    const preposition = DATED_BEFORE_BETWEEN.exec(after);
    const date = preposition ? datesIn(after.slice(preposition[0].length, preposition[0].length + 40))[0] : undefined;
    if (!preposition || !date || date.index !== 0) continue;
    const end = from + preposition[0].length + date.end;
    if (BETWEEN_NEXT.test(sentence.slice(end))) found.push({ at: match.index, type, dated: { date: date.date, end } });
  }
  return found;
}

/**
 * An instrument's name as a sentence gives it, and where it ends: from its noun (in the nominative)
 * to the clause that follows; a signing day written inside it ("Vertrag vom 9. September 2025
 * zwischen …") is left out of the name, being its date.
 */
function nameOf(sentence: string, named: Named): { name: string; end: number } {
  if (!named.dated) {
    const written = titleFrom(sentence, named.at);
    const noun = /^\p{L}+/u.exec(written)?.[0] ?? '';
    const nominative = nominativeOf(noun);
    return {
      name:
        nominative && NAME_GOES_ON.test(written.slice(noun.length)) ? nominative + written.slice(noun.length) : written,
      end: named.at + written.length,
    };
  }
  const noun = /^\p{L}+/u.exec(sentence.slice(named.at))?.[0] ?? '';
  const rest = titleFrom(sentence, named.dated.end).replace(/^\s+/u, '');
  const nominative = nominativeOf(noun) ?? capitalised(noun);
  return { name: `${nominative} ${rest}`, end: named.dated.end + 1 + rest.length };
}
/** A name goes on with "zwischen", "mezi", "medzi": a noun in another case there is the instrument's own. */
const NAME_GOES_ON = /^\s+(?:\p{L}+\s+){0,3}?(?:zwischen|mezi|medzi)\s/iu;

/**
 * A signed instrument a sentence names, opened as a draft: name, type, parties, signing place and
 * date. With `reported`, also one a report names with a dated step but no signing ("A new treaty
 * between the Czech Republic and Germany came into force on Thursday"): its steps follow.
 */
function openInstrument(
  sentence: string,
  named: Named,
  reported?: { dateline: string | undefined },
  between?: readonly string[],
): Draft | undefined {
  const { name, end } = nameOf(sentence, named);
  const outside = (found: { index: number }) => found.index >= named.at && found.index < end;
  const dates = datesIn(sentence);
  // The signing verb nearest the name: "byla … podepsána Smlouva", "Smlouva …, podepsaná v Praze dne …".
  const verbs = [...sentence.matchAll(new RegExp(SIGN.source, 'giu'))].filter(
    (m) => !outside(m) && !signsPapers(sentence, m.index + m[0].length),
  );
  const verb = verbs.length
    ? verbs.reduce((a, b) => (Math.abs(b.index - named.at) < Math.abs(a.index - named.at) ? b : a))
    : undefined;
  const dated = DATED.exec(sentence.slice(end));
  // "Dohody … (Bratislava 4. júna 2001)": a gazette's place and day of signing in brackets after the name.
  const bracketed = PLACE_AND_DAY.exec(sentence.slice(end));
  const bracketedDay = bracketed ? dates.find((found) => found.index === end + bracketed[0].length)?.date : undefined;
  // "Vertrag vom 9. September 2025 zwischen …": the day it is named by is the day it was signed.
  const signed = named.dated
    ? named.dated.date
    : verb
      ? signingDate(sentence, verb.index, (found) => outside(found), reported?.dateline)
      : dated
        ? dates.find((found) => found.index >= end + dated[0].length - 1 && found.index <= end + dated[0].length + 1)
            ?.date
        : bracketedDay;
  const parties = countriesMentioned(name);
  if (EU.test(name)) parties.push('European Union');
  // One the notice's instrument ends, named by its signing day and its ministries ("Verwaltungsvereinbarung vom
  // 19. September 2008 zwischen dem Bundesministerium des Innern und dem Ministerium des Innern der Tschechischen
  // Republik"), is between the same states as the one ending it.
  if (parties.length < 2 && between && signed && parties.every((party) => between.includes(party)))
    parties.splice(0, parties.length, ...between);
  // "between their two countries" names no instrument: its parties are in its name, or it is not one.
  if (parties.length < 2) return undefined;
  if (!signed) {
    const step = reported && STEPS.find(([, pattern]) => pattern.test(sentence.slice(end)));
    if (!step || !(dates.some((d) => !outside(d)) || relativeDay(sentence.slice(end), reported?.dateline)))
      return undefined;
    return {
      type: named.type,
      at: named.at,
      end,
      agreement: { name, type: named.type, parties, status: [], provisions: [], history: [] },
    };
  }
  const around = `${sentence.slice(0, named.at)} ${sentence.slice(end)}`;
  const place = (bracketedDay && signed === bracketedDay ? bracketed?.[1] : undefined) ?? placeIn(around);
  return {
    type: named.type,
    at: named.at,
    end,
    agreement: {
      name,
      type: named.type,
      parties,
      signed,
      ...(place ? { place } : {}),
      status: ['signed'],
      provisions: [],
      history: [{ kind: 'signed', status: 'signed', date: signed }],
    },
  };
}

/**
 * The date of a signing verb, in its own clause: "podepsali v září 2023 v Drážďanech, vstoupila v
 * platnost 1. ledna 2026" and "which the ministers signed in March 2024, entered into force on 1
 * September 2024" were signed in the month named, not on the day of the step after. The day
 * nearest the verb, else a month.
 */
function signingDate(
  sentence: string,
  verbAt: number,
  skip: (found: { index: number }) => boolean,
  dateline: string | undefined,
): string | undefined {
  const steps = STEPS.flatMap(([, pattern]) => {
    const found = pattern.exec(sentence);
    return found ? [found.index] : [];
  });
  const to = Math.min(sentence.length, ...steps.filter((at) => at > verbAt));
  const from = Math.max(0, ...steps.filter((at) => at < verbAt));
  const outsideClause = (found: { index: number }) => found.index < from || found.index >= to || skip(found);
  const clause = sentence.slice(from, to);
  // "ve čtvrtek ve Vídni podepsali Smlouvu mezi …": a weekday counted back from the report's date.
  return (
    dateNear(datesIn(sentence), verbAt, outsideClause) ??
    relativeDay(clause, dateline) ??
    monthsIn(clause, dateline)[0]?.date
  );
}

/** An instrument a heading names, between its parties, without a signing: what later sentences refer to. */
function announcement(sentence: string, named: Named): Draft | undefined {
  const { name, end } = nameOf(sentence, named);
  const parties = countriesMentioned(name);
  if (EU.test(name)) parties.push('European Union');
  if (parties.length < 2) return undefined;
  return {
    type: named.type,
    at: named.at,
    end,
    agreement: { name, type: named.type, parties, status: [], provisions: [], history: [] },
  };
}

/** The papers of a ratification ("Ratifikationsurkunde", "ratifikační listiny", "instruments of ratification"). */
const RATIFICATION_PAPER =
  /(?<!\p{L})(?:\p{L}*urkunde\p{L}*|ratifika\p{L}*\s+listin\p{L}*|instruments?\s+of\s+ratification)(?!\p{L})/iu;

/**
 * Whether a signing verb describes the papers of a ratification, not the instrument ("Die vom
 * Bundespräsidenten unterzeichnete und vom Bundeskanzler gegengezeichnete Ratifikationsurkunde
 * wurde am 12. Dezember 2025 … ausgetauscht"): the papers are its noun, before any date or
 * instrument noun.
 */
function signsPapers(sentence: string, verbEnd: number): boolean {
  const after = sentence.slice(verbEnd, verbEnd + 80);
  const paper = RATIFICATION_PAPER.exec(after);
  if (!paper) return false;
  const before = after.slice(0, paper.index);
  return datesIn(before).length === 0 && !NOUN_WORD.test(before) && !/[;,.]/u.test(before);
}

/** The signing a sentence states for an instrument that has none yet: its date, with the place beside it. */
function recordSigning(draft: Draft, sentence: string, dateline: string | undefined): string | undefined {
  const verb = SIGN.exec(sentence);
  if (!verb || draft.agreement.signed || signsPapers(sentence, verb.index + verb[0].length)) return undefined;
  const signed = signingDate(sentence, verb.index, () => false, dateline);
  if (!signed) return undefined;
  const place = placeIn(sentence);
  Object.assign(draft.agreement, { signed, ...(place ? { place } : {}) });
  draft.agreement.status.unshift('signed');
  draft.agreement.history!.unshift({ kind: 'signed', status: 'signed', date: signed });
  return signed;
}

/** Whether two instruments are between the same parties, in any order. */
export const sameParties = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((party) => b.includes(party));

/** Whether a sentence names an instrument of a type by its noun alone ("Das … unterzeichnete Abkommen tritt …"). */
const sentenceNames = (sentence: string, type: string): boolean =>
  [...sentence.matchAll(NOUN)].some((match) => typeOf(match[1]!) === type);

/**
 * Where a step's clause starts: at its verb, or, when the verb comes last ("… am 1. März 2025 in
 * Kraft getreten"), at the date just before it with its preposition.
 */
function verbFinalStart(sentence: string, at: number, dates: ReturnType<typeof datesIn>): number {
  if (
    sentence
      .slice(at)
      .split(';')[0]!
      .replace(/[\s.]+$/u, '').length >= 30
  )
    return at;
  const before = dates.filter((d) => d.end <= at && at - d.end <= 20).pop();
  if (!before) return at;
  const word = /(\p{L}+\s+)$/u.exec(sentence.slice(Math.max(0, before.index - 12), before.index));
  return before.index - (word?.[1]?.length ?? 0);
}

/** What a step clause says, as written: from its verb to the end of its sentence or clause (a semicolon). */
const clauseFrom = (sentence: string, at: number): string =>
  capLength(
    sentence
      .slice(at)
      .split(';')[0]!
      .replace(/[\s.;:]+$/u, ''),
  );

/** Whether a text reads like a notice of instruments at all: an instrument noun and a signing verb. */
const MAY_HOLD = (text: string): boolean =>
  (SIGN.test(text) || STEPS.some(([, pattern]) => pattern.test(text))) && new RegExp(NOUN.source, 'iu').test(text);

/**
 * The instruments a document publishes or reports, in order of appearance; [] when no sentence
 * opens one (then the document is read by ./agreements.ts).
 */
/** The dated steps a clause states, given to an instrument (each kind and date once), the termination aside. */
function recordSteps(draft: Draft, clause: string): void {
  const dates = datesIn(clause);
  for (const [kind, pattern] of STEPS) {
    const step = kind === 'terminated' ? null : pattern.exec(clause);
    const date = step ? dateNear(dates, step.index, () => false) : undefined;
    const history = draft.agreement.history!;
    if (!step || !date || history.some((h) => h.kind === kind && h.date === date)) continue;
    const status = clauseFrom(clause, verbFinalStart(clause, step.index, dates));
    history.push({ kind, status, date });
    draft.agreement.status.push(status);
  }
}

/** Where a list runs on to its next instrument: ", a Prováděcí protokol …", ", and the Protocol …". */
const LIST_ITEM = new RegExp(String.raw`,\s+(?:a|and|und|i)\s+(?=(?:\p{L}+\s+)?${NOUN.source})`, 'iu');

/**
 * A termination that introduces a list ("dnem jejího vstupu v platnost pozbyly platnosti:" over one
 * line per instrument): each item naming an instrument is read with the clause that introduces it.
 */
function withListLeads(sentences: readonly string[]): string[] {
  const read: string[] = [];
  let lead: string | undefined;
  for (const sentence of sentences) {
    const terminates = STEPS[0]![1].test(sentence);
    if (lead && !terminates && NOUN_WORD.test(sentence)) {
      // Items run together ("…, podepsaná dne 27. ledna 2004 v Bratislavě, a Prováděcí protokol …"): each on its own.
      for (const item of sentence.split(LIST_ITEM)) read.push(`${lead} ${item}`);
      continue;
    }
    lead = terminates && /:\s*$/u.test(sentence) ? sentence.replace(/:\s*$/u, '') : undefined;
    read.push(sentence);
  }
  return read;
}

export function readInstruments(text: string, dateline?: string): Agreement[] {
  if (!MAY_HOLD(text)) return [];
  const drafts: Draft[] = [];
  let current: Draft | undefined;
  let announced: Draft | undefined;
  const sentences = withListLeads(text.split(/\n+/).flatMap((line) => splitSentences(line.trim())));
  for (const sentence of sentences) {
    const named = namedInstruments(sentence);
    const termination = STEPS[0]![1].exec(sentence);
    // A termination naming another instrument: that one, terminated and replaced by the current one.
    if (termination && current) {
      // The one named after the verb first ("pozbyla platnosti Smlouva …"), else before it ("ist das Abkommen … außer Kraft getreten").
      const others = [
        ...named.filter((n) => n.at > termination.index),
        ...named.filter((n) => n.at < termination.index),
      ];
      const ending = current.agreement;
      // Not the notice's own instrument named again ("Mit dem Inkrafttreten der Vereinbarung ist … die Verwaltungsvereinbarung …").
      const opened = others
        .map((n) => openInstrument(sentence, n, undefined, ending.parties))
        .filter((draft): draft is Draft => draft !== undefined && draft.agreement.signed !== ending.signed);
      // Every one a list after the verb names ("pozbyly platnosti: Smlouva …, a Prováděcí protokol …"), else the one before it.
      const after = opened.filter((draft) => draft.at > termination.index);
      const olds = after.length > 0 ? after : opened.slice(0, 1);
      if (olds.length > 0) {
        // "Smlouva vstoupila v platnost … dne 1. března 2026 a tímto dnem pozbyla platnosti Dohoda …":
        // before the verb ending the old one, the current one's own step.
        if (olds[0]!.at > termination.index) recordSteps(current, sentence.slice(0, termination.index));
        const onEntry = ON_ENTRY.test(sentence);
        const inForce = current.agreement.history?.find((step) => step.kind === 'in force')?.date;
        for (const old of olds) {
          const oldEnd = old.end;
          const date = onEntry
            ? inForce
            : dateNear(datesIn(sentence), termination.index, (d) => d.index >= old.at && d.index < oldEnd + 60);
          const known = drafts.find(
            (d) => d.agreement.signed === old.agreement.signed && d.type === old.type && d !== current,
          );
          const record = known ?? old;
          record.agreement.replacedBy = ending.name;
          record.agreement.status.push(clauseFrom(sentence, termination.index));
          record.agreement.history!.push({
            kind: 'terminated',
            status: clauseFrom(sentence, termination.index),
            ...(date ? { date } : {}),
          });
          ending.replaces = [...new Set([...(ending.replaces ?? []), record.agreement.name])];
          if (!known) drafts.push(record);
        }
        continue;
      }
    }
    if (termination && current && NOUN_AFTER(sentence, termination.index)) {
      const after = sentence.slice(termination.index);
      const signing = SIGN.exec(after);
      const signedOn = signing ? datesIn(after.slice(signing.index))[0]?.date : undefined;
      const known = signedOn ? drafts.find((d) => d !== current && d.agreement.signed === signedOn) : undefined;
      if (known) {
        // Said again in the text it publishes, often more plainly: the shorter wording is kept.
        const clause = clauseFrom(sentence, termination.index);
        const step = known.agreement.history?.find((h) => h.kind === 'terminated');
        if (step && clause.length < step.status.length) step.status = clause;
        known.agreement.status.push(clause);
        continue;
      }
    }
    const opened = named
      .map((n) => openInstrument(sentence, n, drafts.length === 0 ? { dateline } : undefined))
      .find((draft) => draft !== undefined);
    // A notice's heading names the instrument without its signing ("Kundmachung … betreffend das Abkommen
    // zwischen …"); its sentences then say "Das am … unterzeichnete Abkommen": the one it named.
    if (!opened && named.length > 0) {
      const heading = announcement(sentence, named[0]!);
      if (!announced) announced = heading;
      // A heading naming an instrument between other parties opens the next notice ("32. Kundmachung …
      // betreffend … des Abkommens zwischen der Österreichischen Bundesregierung und der Regierung
      // Ungarns"): the steps after it are not the last instrument's.
      else if (heading && current && !sameParties(heading.agreement.parties, current.agreement.parties)) {
        announced = heading;
        current = undefined;
      }
    }
    let signedHere: string | undefined;
    // "Die Ratifikationsurkunden wurden am … ausgetauscht": a step of the instrument the heading named.
    // A step with no date ("shall enter into force … after the exchange of notes") is a treaty's own clause, no news.
    if (
      !opened &&
      !current &&
      announced &&
      STEPS.some(([, pattern]) => pattern.test(sentence)) &&
      datesIn(sentence).length > 0
    ) {
      current = { ...announced, agreement: { ...announced.agreement, status: [], provisions: [], history: [] } };
      drafts.push(current);
    }
    if (!opened && named.length === 0 && announced && sentenceNames(sentence, announced.type)) {
      if (!current && drafts.length === 0 && SIGN.test(sentence)) {
        current = {
          type: announced.type,
          at: 0,
          end: 0,
          agreement: { ...announced.agreement, status: [], provisions: [], history: [] },
        };
        drafts.push(current);
      }
      if (current) signedHere = recordSigning(current, sentence, dateline);
    }
    // A report names its one instrument, then goes on by any noun for it: "Der neue Vertrag zwischen … gilt ab
    // 1. Februar 2026. … Unterzeichnet wurde das Abkommen am 14. März 2025 in Bratislava".
    if (!opened && !signedHere && named.length === 0 && current && drafts.length === 1 && NOUN_WORD.test(sentence))
      signedHere = recordSigning(current, sentence, dateline);
    if (opened) {
      const same = drafts.find(
        (d) =>
          d.type === opened.type &&
          d.agreement.signed === opened.agreement.signed &&
          !d.agreement.replacedBy &&
          (d.agreement.signed !== undefined || fold(d.agreement.name) === fold(opened.agreement.name)),
      );
      current = same ?? opened;
      if (!same) drafts.push(opened);
      else if (same.agreement.parties.length === 0) same.agreement.parties = opened.agreement.parties;
    }
    if (!current) continue;
    // "Nach … des Gesetzes vom 4. Dezember 2025 zu dem Vertrag vom …": the law by which the parliament approved it.
    const law = opened && APPROVING_LAW.exec(sentence.slice(0, opened.at));
    const approvedOn = law ? datesIn(law[0])[0]?.date : undefined;
    if (law && approvedOn && !current.agreement.history!.some((h) => h.kind === 'approved')) {
      const noun = /^\p{L}+/u.exec(sentence.slice(opened.at))?.[0] ?? '';
      const clause = `${law[0].replace(/^(?:(?:des|dem|das)\s+)?Gesetz(?:es)?/iu, 'Gesetz').trim()} ${noun}`;
      current.agreement.history!.push({ kind: 'approved', status: clause, date: approvedOn });
      current.agreement.status.push(clause);
    }
    // Steps: each stated once, with its date; given to the instrument the sentence's noun names.
    const subjectType = [...sentence.matchAll(NOUN)].map((m) => typeOf(m[1]!))[0];
    const target =
      (opened ? undefined : [...drafts].reverse().find((d) => d.type === subjectType && !d.agreement.replacedBy)) ??
      current;
    const dates = datesIn(sentence);
    for (const [kind, pattern] of STEPS) {
      const step = pattern.exec(sentence);
      if (!step) continue;
      // A termination is the current instrument's own only when no other instrument is named after its verb.
      if (kind === 'terminated' && (opened || !dates.length || NOUN_AFTER(sentence, step.index))) continue;
      const signing = opened?.agreement.signed ?? signedHere;
      const signedAt = signing ? dates.filter((d) => d.date === signing).map((d) => d.index) : [];
      const date =
        dateNear(dates, step.index, (d) => signedAt.includes(d.index) || d.index < step.index - 80) ??
        (opened && !opened.agreement.signed ? relativeDay(sentence.slice(step.index), dateline) : undefined);
      if (!date && kind !== 'approved' && kind !== 'ratified') continue;
      const clause = clauseFrom(
        sentence,
        kind === 'approved' || kind === 'ratified' ? 0 : verbFinalStart(sentence, step.index, dates),
      );
      const history = target.agreement.history!;
      if (history.some((h) => h.kind === kind && h.date === date)) continue;
      // An instrument does not end the day it comes into force: that end is the one it replaces
      // ("344/2004 Z. z. – stráca platnosť 1. 4. 2026" under a notice of one in force from then).
      if (kind === 'terminated' && history.some((h) => h.kind === 'in force' && h.date === date)) continue;
      history.push({ kind, status: clause, ...(date ? { date } : {}) });
      target.agreement.status.push(clause);
    }
    // "Smlouva zatím v platnost nevstoupila": on the report's day it was not in force, a status of no kind.
    const history = target.agreement.history!;
    if (dateline && NOT_YET_IN_FORCE.test(sentence) && !history.some((h) => h.kind === 'in force')) {
      const clause = clauseFrom(sentence, 0);
      history.push({ status: clause, date: dateline });
      target.agreement.status.push(clause);
    }
  }
  return drafts.map(({ agreement }) => ({ ...agreement, status: [...new Set(agreement.status)] }));
}

/** Column headers of an instrument table, by what the column holds (cs, sk, de, en). */
const COLUMNS: Array<[kind: StepKind, pattern: RegExp]> = [
  ['signed', /podeps|podpís|unterzeichn|signed|signature|podpis/iu],
  ['in force', /platnost|platnos|in kraft|into force|in force|inkrafttreten/iu],
  ['terminated', /pozbyl|skonč|außer kraft|terminat|expired/iu],
  ['ratified', /ratifi/iu],
];
const NOUN_ANYWHERE = new RegExp(NOUN.source.replace('(?<![\\p{L}-])', '').replace('(?![\\p{L}])', ''), 'iu');

/**
 * Instruments listed in a table (a ministry's "legal bases": instrument | signed | in force | …):
 * a table with an instrument column and a signing column gives one instrument per row, its steps
 * from the columns their headers name; a cell stating a termination ("außer Kraft seit …",
 * "pozbyla platnosti …") terminates it. A terminated row whose end is another row's entry into
 * force was replaced by that one. A row naming fewer than two parties takes the page's two
 * main countries.
 */
export function instrumentsFromTable(
  header: readonly string[],
  rows: readonly string[][],
  countries: readonly string[] = [],
): Agreement[] {
  const kinds = header.map((cell) => COLUMNS.find(([, pattern]) => pattern.test(cell))?.[0]);
  if (!kinds.includes('signed')) return [];
  const found: Agreement[] = [];
  for (const row of rows) {
    const nameAt = row.findIndex((cell, i) => kinds[i] === undefined && NOUN_ANYWHERE.test(cell));
    if (nameAt < 0) continue;
    const name = row[nameAt]!.trim();
    const typeWord = NOUN_ANYWHERE.exec(name)?.[0] ?? '';
    const type = typeOf(typeWord) ?? [...TYPE_OF].find(([form]) => fold(name).includes(form))?.[1];
    const history: StatusStep[] = [];
    let signed: string | undefined;
    let place: string | undefined;
    row.forEach((cell, i) => {
      const columnKind = kinds[i];
      if (!columnKind || i === nameAt) return;
      const date = datesIn(cell)[0]?.date;
      const kind: StepKind = STEPS[0]![1].test(cell) ? 'terminated' : columnKind;
      if (kind === 'signed') {
        signed = date;
        place = placeIn(cell);
        return;
      }
      if (date) history.push({ kind, status: cell.trim(), date });
    });
    if (!signed) continue;
    // A row naming one party ("… zwischen dem Bundesministerium für Inneres und dem Innenministerium der Tschechischen Republik"): the page's two countries.
    const named = countriesMentioned(name);
    const parties = named.length >= 2 ? named : [...new Set([...named, ...countries.slice(0, 2)])];
    found.push({
      name,
      ...(type ? { type } : {}),
      parties,
      signed,
      ...(place ? { place } : {}),
      status: ['signed', ...history.map((step) => step.status)],
      provisions: [],
      history: [{ kind: 'signed', status: 'signed', date: signed }, ...history],
    });
  }
  for (const old of found) {
    const end = old.history?.find((step) => step.kind === 'terminated')?.date;
    const successor = end
      ? found.find(
          (other) =>
            other !== old &&
            other.type === old.type &&
            other.history?.some((step) => step.kind === 'in force' && step.date === end),
        )
      : undefined;
    if (!successor) continue;
    old.replacedBy = successor.name;
    successor.replaces = [...(successor.replaces ?? []), old.name];
  }
  return found;
}
