/**
 * The value that answers a question, read from the sentence that answers it: the date, number,
 * amount, person, place, phone, fax or e-mail the question asks for, the one standing nearest to
 * the question's words in that sentence ("signed on 6 February 2026" for "when was it signed?",
 * not the meeting's date two clauses away). A weekday said relative to the document's date ("came
 * into force on Saturday") is read as the date it names. Statuses and lists have no single value:
 * the sentence is their answer.
 */
import { STOP_WORDS } from '../analysis/packs.ts';
import { fold } from '../corpus/clean.ts';
import { countryMentions, findCountry } from '../corpus/countries.ts';
import { comingMonths, datesIn, monthOf, monthsIn, relativeDays, yearlessDays } from '../corpus/dates.ts';
import { countedNoun, holdsAnswer, PHONE, type AnswerKind } from './question.ts';
import { processTerm, tokenize } from './terms.ts';

export interface AnswerValue {
  /** The value as written in the sentence. */
  text: string;
  /** ISO yyyy-mm-dd when the value is a day (shown in the reader's language). */
  date?: string;
  /** ISO yyyy-mm-dd of the first day when the value is a range of days ("6. až 9. října 2025"): `date` is the last. */
  from?: string;
  /** What a bare number counts, in the question's words ("640" → "důstojníků"): said beside it. */
  counts?: string;
}

interface Found {
  text: string;
  index: number;
  date?: string;
  from?: string;
}

/** Words naming a body, alone or in a German compound ("Bezirkspolizeidirektion", "Bundeskriminalamt"), folded. */
const BODY_COMPOUND = /\p{L}*(?:polizei|direktion|inspektion|kriminalamt|ministerium|prasidium|zentrum|behorde)\p{L}*/u;

/** Words of organisations and places that make capitalised words a name that is not a person's. */
const NOT_A_PERSON =
  /\b(?:ministr\w*|minister\w*|sdeleni|oznamenie|mitteilung|bekanntmachung|police|polic\w*|republi\w*|office|urad\w*|amt|bundes\w*|europe\w*|evrop\w*|europ\w*|narod\w*|national|directorate|reditelstv\w*|riaditelstv\w*|department|odbor\w*|sekc\w*|council|rada|rat|commission|komis\w*|union|unie|agency|agentur\w*|centre|center|centrum|prezidi\w*|presidium|court|soud|sud|gericht|border|hranic\w*|grenz\w*|guard|straz\w*|frontex|europol|interpol|sirene|street|ulice|strasse|st|the|der|die|das)\b/;

/** A month and year, or a year alone ("in November 2025", "in 2026"): a date of its own when no day is written. */
const PERIOD = /\b(?:(\p{L}{3,12})\s+)?((?:19|20)\d{2})\b/gu;

/**
 * A part of a year ("in the first quarter of 2026", "v první polovině roku 2027", "im zweiten
 * Quartal 2026", "Q3 2026"): a date of its own, as a month and year is.
 */
const PART_OF_YEAR =
  /(?<!\p{L})(?:(?:first|second|third|fourth|1st|2nd|3rd|4th|last)\s+(?:quarter|half)\s+of(?:\s+the\s+year)?|(?:prvním|druhém|třetím|čtvrtém|posledním)\s+čtvrtletí(?:\s+roku)?|(?:první|druhé)\s+polovině(?:\s+roku)?|(?:prvom|druhom|treťom|štvrtom|poslednom)\s+štvrťroku(?:\s+roka)?|(?:prvej|druhej)\s+polovici(?:\s+roka)?|(?:ersten|zweiten|dritten|vierten|letzten)\s+(?:Quartal|Jahreshälfte|Hälfte)(?:\s+des\s+Jahres)?|Q[1-4])\s+((?:19|20)\d{2})(?!\d)/giu;

/** Whether the text from `start` to `end` overlaps one already found. */
const overlapsAny = (found: readonly Found[], start: number, end: number): boolean =>
  found.some((f) => start < f.index + f.text.length && f.index < end);

function datesOf(sentence: string, published: string | undefined, next = false): Found[] {
  const found: Found[] = datesIn(sentence).map(({ date, index, end }) => ({
    text: sentence.slice(index, end),
    index,
    date,
  }));
  for (const m of sentence.matchAll(PART_OF_YEAR))
    if (!overlapsAny(found, m.index, m.index + m[0].length)) found.push({ text: m[0], index: m.index });
  for (const m of sentence.matchAll(PERIOD)) {
    if (overlapsAny(found, m.index, m.index + m[0].length)) continue;
    const month = m[1] && monthOf(m[1]);
    found.push(month ? { text: m[0], index: m.index } : { text: m[2]!, index: m.index + m[0].length - m[2]!.length });
  }
  // "on Saturday", "am Montagabend", "13. srpna", "in April last year": read by the document's date.
  const relative = [...relativeDays(sentence, published), ...yearlessDays(sentence, published)];
  if (published) relative.push(...monthsIn(sentence, published));
  // "The next one is planned for September": asked for the next, a bare month is the one to come.
  if (published && next) relative.push(...comingMonths(sentence, published));
  for (const { date, index, end } of relative)
    if (!overlapsAny(found, index, end)) found.push({ text: sentence.slice(index, end), index, date });
  return found;
}

/** Where a dateline ends: an agency's mark, then a dash ("17. října 2025 (ČTK) – ", "3. Februar 2026 – "). */
const DATELINE_END = /^,?\s*(?:\([^()]{1,30}\)\s*)?[–—-]\s/u;
/** How far into a sentence a dateline's date may start: after a place's name, not later. */
const DATELINE_REACH = 40;

/** Whether a date is a news item's dateline at its sentence's start, not a day the sentence says. */
const opensAsDateline = (sentence: string, date: Found): boolean =>
  date.index <= DATELINE_REACH && DATELINE_END.test(sentence.slice(date.index + date.text.length));

/** Spans of dates and years, which a number asked for is not. */
const isInDate = (dates: readonly Found[], at: number): boolean =>
  dates.some((date) => at >= date.index && at < date.index + date.text.length);

/** The words joining a range's two ends ("3 and 7", "3. bis 7.", "3. až 7."), in the four languages. */
const RANGE_WORD = '(?:und|and|a|až|bis|to|do)';
/** "Between 17 and 21 November", "vom 3. bis 7. März", "15.–18. dubna": a day opening a range whose end is a date. */
const RANGE_JOIN = String.raw`(?:${RANGE_WORD}|–|-|—)`;
const RANGE_TO = new RegExp(String.raw`^\.?\s*${RANGE_JOIN}\s*`, 'u');
/** A day opening a range that ends at the date after it ("6. až ", "8 and ", "vom 3. bis "). */
const RANGE_OF_DAYS = new RegExp(String.raw`(?<!\d)(\d{1,2})\.?\s*${RANGE_JOIN}\s*$`, 'u');

const opensDateRange = (dates: readonly Found[], sentence: string, number: Found): boolean => {
  const end = number.index + number.text.length;
  const to = RANGE_TO.exec(sentence.slice(end));
  return to !== null && /^\d{1,2}$/.test(number.text) && dates.some((date) => date.index === end + to[0].length);
};

function matchesOf(sentence: string, pattern: RegExp): Found[] {
  const global = pattern.global ? pattern : new RegExp(pattern.source, `${pattern.flags}g`);
  return [...sentence.matchAll(global)].map((m) => ({ text: m[0].trim(), index: m.index }));
}

const MONEY =
  /(?:€|\$|£|\b(?:EUR|USD|CZK|CHF|Kč)\s?)\d[\d\s.,]*(?:\s?(?:mil\.|milion\w*|million\w*|Mio\.|mld\.|miliard\w*|billion|tis\.))?|\b\d[\d\s.,]*(?:\s?(?:mil\.?|milion\w*|million\w*|Mio\.?|mld\.?|miliard\w*|billion|tis\.?|tisíc\w*))?\s?(?:EUR|[Ee]ur|[Ee]uros?|eura|USD|CZK|Kč|korun\w*|Kronen|[Dd]ollars?|€)(?!\p{L})/gu;
/** The number a range opens with, right before its second amount: "3.000 und " of "3.000 und 4.500 Euro". */
const RANGE_OPENING = new RegExp(String.raw`\d[\d\s.,]*\s${RANGE_WORD}\s$|\d[\d\s.,]*\s?[–-]\s?$`, 'u');

/** A number's place in a list of counts by place: "6 in Czechia", "six officers from Czechia", "Czechia: 6", "Czechia (6)". */
const PLACE_AFTER = /^\s*(?:\p{Ll}+\s+){0,3}?(?:in|v|ve|na|im|aus|from|z|zo)\s+(?:the\s+|der\s+)?(\p{Lu}\p{L}+)/u;
const PLACE_BEFORE = /(\p{Lu}\p{L}+)\s*(?::|\()\s*$/u;

/** The place a number stands by in a list of counts by place, if it stands in one. */
function placeOf(sentence: string, number: Found): string | undefined {
  const end = number.index + number.text.length;
  return (
    PLACE_AFTER.exec(sentence.slice(end, end + 40))?.[1] ??
    PLACE_BEFORE.exec(sentence.slice(Math.max(0, number.index - 30), number.index))?.[1]
  );
}

/**
 * In a list of counts by place ("23 arrests: 9 in Austria, 6 in Czechia", "six officers from
 * Czechia and four from Slovakia"), the count by the place the question names; none when it names
 * a country the list has no count for; undefined when the sentence is no such list.
 */
function countByPlace(
  sentence: string,
  numbers: readonly Found[],
  words: ReadonlySet<string>,
  countries: ReadonlySet<string>,
): Found | null | undefined {
  const placed = numbers.map((number) => ({ number, place: placeOf(sentence, number) })).filter((n) => n.place);
  if (placed.length < 2) return undefined;
  const asked = placed.find(
    ({ place }) => words.has(processTerm(place!) ?? '') || countries.has(findCountry(place!)?.name ?? ''),
  );
  if (asked) return asked.number;
  return countries.size > 0 || [...words].some((word) => findCountry(word) !== undefined) ? null : undefined;
}

/** The words right after a number, where its unit stands ("24 countries took", "zwei Fahrzeuge kontrolliert"). */
const UNIT_AFTER = /^\s*(\p{L}+)(?:\s(\p{L}+))?/u;
/** Words that follow a number without being its unit: stop words, and time's prepositions that are none. */
const NOT_A_UNIT: ReadonlySet<string> = new Set([...STOP_WORDS, 'since', 'seit', 'until', 'bis', 'ago']);

/** A number as written ("1,240", "2 310", "22%"), not a clock's hours or minutes ("21:15 Uhr"). */
const NUMBER =
  /(?<![\p{L}\d]|\d:)(?!\d{1,2}:\d)(?:\d{1,3}(?:[ \u00a0.,]\d{3})+|\d+)(?:[.,]\d+)?(?:\s?%|\s?(?:percent|procent\w*|prozent))?(?![\p{L}\d])/gu;
/** Numbers written as words, folded, in English, Czech, Slovak and German (with the Czech and Slovak cases people write). */
const NUMBER_WORDS = new Set(
  (
    'two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen ' +
    'nineteen twenty thirty forty fifty sixty hundred dozen ' +
    'dva dve dvou dvema tri trech trem ctyri ctyr ctyrech pet peti sest sesti sedm sedmi osm osmi devet deviti deset ' +
    'deseti jedenact jedenacti dvanact dvanacti trinact trinacti ctrnact ctrnacti patnact patnacti sestnact ' +
    'sedmnact osmnact devatenact dvacet dvaceti tricet ctyricet padesat sto ' +
    'styri dvoch troch styroch pat piatich sest siestich sedem siedmich osem osmich devat deviatich desat desiatich ' +
    'dvaja traja styria piati siesti siedmi osmi deviati desiati ' +
    'jedenast dvanast dvanastich trinast strnast patnast dvadsat tridsat styridsat patdesiat ' +
    'zwei drei vier funf sechs sieben acht neun zehn elf zwolf dreizehn vierzehn funfzehn zwanzig dreissig vierzig ' +
    'funfzig sechzig siebzig achtzig neunzig hundert seventy eighty ninety sedesat sedmdesat osmdesat devadesat ' +
    'sestdesiat sedemdesiat osemdesiat devatdesiat'
  ).split(' '),
);
/** Numbers written as one compound word, folded: "dvaadvacet" (cs), "dvadsaťdva" (sk), "zweiundzwanzig" (de). */
const COMPOUND_NUMBER =
  /^(?:(?:jedn|dva|tri|ctyr|pet|sest|sedm|osm|devet)a(?:dvacet|tricet|ctyricet|padesat|sedesat|sedmdesat|osmdesat|devadesat)i?|(?:dvadsat|tridsat|styridsat|patdesiat|sestdesiat|sedemdesiat|osemdesiat|devatdesiat)(?:jeden|jedna|dva|dve|tri|styri|pat|sest|sedem|osem|devat)|(?:ein|zwei|drei|vier|funf|sechs|sieben|acht|neun)und(?:zwanzig|dreissig|vierzig|funfzig|sechzig|siebzig|achtzig|neunzig))$/;
/** Whether a folded word is a number written out ("čtrnáct", "dvaadvacet", "zwölf"). */
const isNumberWord = (folded: string): boolean => NUMBER_WORDS.has(folded) || COMPOUND_NUMBER.test(folded);
const WORD = /[\p{L}]+/gu;

const SHARE = /(?:%|percent|procent\p{L}*|prozent)$/iu;
const SHARE_WORD = /^(?:percent\p{L}*|procent\p{L}*|prozent\p{L}*|share|podil\p{L}*|podiel\p{L}*|anteil\p{L}*)$/u;

/** Whether a question asks for a share ("o kolik procent", "what share"), though no document writes its word ("20 %"). */
export const asksShare = (question: string): boolean => tokenize(question).some((word) => SHARE_WORD.test(fold(word)));

/** Units of time, in the four languages: a number before one is a duration ("in the four months"), not a count. */
const TIME_UNIT_WORD = String.raw`(?:months?|weeks?|days?|years?|hours?|minutes?|m[eě]s[ií]a?c\p{L}*|t[ýy]d(?:en|n\p{L}*)|t[ýy]žd\p{L}*|dn[ií]\p{L}*|dny|den|let|rok\p{L}*|hod(?:in|ín)\p{L}*|minut\p{L}*|monat\p{L}*|woche\p{L}*|tag(?:e|en)?|jahr\p{L}*|stunde\p{L}*)(?!\p{L})`;
const TIME_UNIT = new RegExp(String.raw`^\s*${TIME_UNIT_WORD}`, 'iu');

/** Units of distance: a number before one measures how far ("do vzdálenosti 20 km"), and counts nothing. */
const DISTANCE_UNIT = /^\s*(?:km|kilomet\p{L}*|metr\p{L}*|meter\p{L}*|metres?|m)(?!\p{L})/iu;

/**
 * A number joined to a word by a hyphen describes the noun after it ("der 34-jährige Fahrer", "a
 * 3-day operation", "12-member team"): it counts that word only, when the question asks for it.
 */
function isModifier(sentence: string, end: number, words: ReadonlySet<string>): boolean {
  const joined = /^-(\p{L}+)/u.exec(sentence.slice(end, end + 30));
  return joined !== null && !words.has(processTerm(joined[1]!) ?? '');
}

/**
 * Whether a sentence counts people of a country asked about, the number right before its name
 * ("neun syrische … Staatsangehörige", "9 Syrians", "dvaja ukrajinskí"): what "how many of them
 * were Syrian" asks, though the sentence names no "people".
 */
export const countsNationals = (sentence: string, countries: ReadonlySet<string>): boolean =>
  countryMentions(sentence).some((mention) => {
    if (!countries.has(mention.country)) return false;
    const before = /(\p{L}+|\d[\d.,]*)\s+$/u.exec(sentence.slice(Math.max(0, mention.index - 20), mention.index))?.[1];
    return before !== undefined && (/^\d/.test(before) || isNumberWord(fold(before)));
  });

/** A number of units of time anywhere in a sentence ("for six months", "4 Wochen"). */
const TIME_UNIT_ANYWHERE = new RegExp(String.raw`(?:\d|${[...NUMBER_WORDS].join('|')})\s+${TIME_UNIT_WORD}`, 'iu');

/** The words joining a period's first and last day, in the four languages. */
const PERIOD_WORD = '(?:do|až|az|bis|to|until|till)';
/** Two days joined as a period's ends ("od 1. mája do 30. septembra 2026", "vom 1. Mai bis 30. September"). */
const PERIOD_JOIN = new RegExp(String.raw`^\s*(?:${PERIOD_WORD}|–|-|—)\s*$`, 'iu');

/** A first day written without the year its last day gives ("od 1. mája do", "vom 1. Mai bis", "from 1 May to"). */
const FIRST_DAY = new RegExp(
  String.raw`(\d{1,2}\.?\s?(\p{L}+))\s+${PERIOD_WORD}\s+$|(\d{1,2}\.?\s?(\p{L}+))\s?[–-]\s?$`,
  'u',
);

/** The period a sentence gives by its first and last day, if it gives one. */
function periodOf(sentence: string, dates: readonly Found[]): Found | undefined {
  const days = dates.filter((d) => d.date).sort((a, b) => a.index - b.index);
  for (const [i, to] of days.entries()) {
    const from = days[i - 1];
    if (from && PERIOD_JOIN.test(sentence.slice(from.index + from.text.length, to.index)))
      return { text: sentence.slice(from.index, to.index + to.text.length), index: from.index };
    const first = FIRST_DAY.exec(sentence.slice(Math.max(0, to.index - 30), to.index));
    const month = first && (first[2] ?? first[4]);
    if (first && month && monthOf(month) !== undefined) {
      const start = Math.max(0, to.index - 30) + first.index;
      return { text: sentence.slice(start, to.index + to.text.length), index: start };
    }
  }
  return undefined;
}

/** Whether the number ending at `end` counts time ("4 months"), and the question does not ask for that unit. */
function isDuration(sentence: string, end: number, words: ReadonlySet<string>): boolean {
  const unit = TIME_UNIT.exec(sentence.slice(end));
  return unit !== null && !words.has(processTerm(unit[0].trim()) ?? '');
}

/**
 * A number after a lone capital letter or a road class names a road or a route ("B 20", "A17",
 * "I/52"), and one after a word naming what is numbered names that thing ("meeting room 2",
 * "Article 12", "článku 29", "Absatz 2", "Nr. 88"), and one in an address names a house: it counts nothing.
 */
const isDesignation = (sentence: string, at: number): boolean =>
  /(?:^|[^\p{L}])(?:\p{Lu}\s?|[IV]{1,3}\/)$/u.test(sentence.slice(Math.max(0, at - 5), at)) ||
  NUMBERED.test(fold(sentence.slice(Math.max(0, at - 16), at))) ||
  ADDRESS_SO_FAR.test(sentence.slice(Math.max(0, at - 60), at));

/** An address's label and what follows it so far ("Anschrift: Liberecká 582"): its numbers are a house's and a post code's. */
const ADDRESS_SO_FAR =
  /(?:^|[^\p{L}])(?:adres\p{L}*|address|anschrift|postanschrift|adresse|sídlo|sidlo|sitz)\s*:\s*[^:;]*$/iu;

/** Words naming what a number that follows them numbers (folded). */
const NUMBERED =
  /(?:^|[^\p{L}])(?:room|article|art\.|paragraph|section|clause|no\.|nr\.|number|cislo|c\.|clanek|clanku|clanok|odst\.|odstavec|odstavce|ods\.|odsek\w*|§|bod|artikel|absatz|abs\.|ziffer|zimmer|raum|mistnost\w*|miestnost\w*|gate|platform|terminal|building|budova)\s?$/u;

/** A number with a full stop before a word in lower case is an ordinal ("po 2. hodině", "am 3. Tag" is capitalised, so only Slavic): it counts nothing. */
const isOrdinal = (sentence: string, end: number): boolean => {
  const next = /^\.\s(\p{L}+)/u.exec(sentence.slice(end, end + 16))?.[1];
  // "am Dienstagabend (17. November)": a day of a month, whatever its case.
  return next !== undefined && (/^\p{Ll}/u.test(next) || monthOf(next) !== undefined);
};

/** A year is not a count ("in 2022"). */
const YEAR_ONLY = /^(?:19|20)\d{2}$/;
/** A time of day ("7.00 – 15.30", "10:00"): when, not how many. */
const CLOCK_TIME = /^(?:[01]?\d|2[0-3])[:.][0-5]\d$/;
/** Phone numbers in a sentence, each match. */
const PHONES = new RegExp(PHONE.source, 'g');
/** Digits grouped by thousands ("1 250 000", "12.345.678"): a count, though as long as a phone number. */
const THOUSANDS = /^\d{1,3}(?:[ .\u00a0]\d{3})+$/;
/**
 * Two or more capitalised words in a row (a double surname joined by a hyphen is one; a name's
 * particle may stand between them: "Pieter van Doorne", "Ursula von Brandt").
 */
const CAPITALISED_RUN =
  /\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?(?:\s+(?:(?:van|von|de|ten|ter)\s+)?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?)+/gu;
/** Ranks and posts written before a name, capitalised in German ("Polizeioberkommissar", "Erster"). */
const RANK =
  /(?:kommissar\w*|rat|ratin|meister\w*|direktor\w*|inspektor\w*|prasident\w*|leiter\w*|sprecher\w*|oberst\w*|major|hauptmann|erste[rn]?|stellvertretende[rn]?|doktor|professor\w*)$/;
/** A place after a preposition of where or whither ("in Košice", "an das ANKER-Zentrum Regensburg", "do Brna"). */
const PLACE =
  /\b(?:in|at|near|from|to|into|v|ve|na|u|do|bei|im|nahe|nach|an (?:das|den|die)|in (?:das|den|die)|zum|zur|pri|vo)\s+(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)/gu;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

/** Where the question's words stand in the sentence, and how much each weighs (its rarity). */
interface Anchor {
  at: number;
  weight: number;
}

/** Where the question's words stand in the sentence: the value asked for is the one nearest them. */
function anchors(sentence: string, words: ReadonlySet<string>, weightOf: (word: string) => number): Anchor[] {
  const found: Anchor[] = [];
  for (const m of sentence.matchAll(/[\p{L}\p{N}]+/gu)) {
    const term = processTerm(m[0]);
    if (term !== null && words.has(term)) found.push({ at: m.index, weight: weightOf(term) });
  }
  return found;
}

/**
 * Where the fields of a record end: a table row reads "June: 412; July: 388; August: 351", and a
 * value belongs to the header of its own field, not to the next field's header a few letters away.
 */
const fieldEnds = (sentence: string): number[] => [...sentence.matchAll(/;\s/g)].map((m) => m.index);
const FIELD_DISTANCE = 1000;

/**
 * The value nearest the question's words, a rarer word pulling harder: "EUR 186 000 in cash and
 * cryptocurrency worth EUR 74 000 seized" answers how much cash by the first, though "seized" stands
 * by the second.
 */
const nearest = (found: readonly Found[], at: readonly Anchor[], fields: readonly number[]): Found | undefined => {
  if (found.length <= 1 || at.length === 0) return found[0];
  const crossed = (from: number, to: number) =>
    fields.filter((end) => end > Math.min(from, to) && end < Math.max(from, to)).length;
  const distance = (f: Found) =>
    Math.min(...at.map((a) => (Math.abs(a.at - f.index) + FIELD_DISTANCE * crossed(a.at, f.index)) / a.weight));
  return [...found].sort((a, b) => distance(a) - distance(b))[0];
};

/**
 * The value of `kind` in a sentence that answers a question, nearest to the question's words
 * (`words`: index terms the question matched), or undefined when the sentence holds none.
 */
export interface ValueOptions {
  /** The document's date, to read "on Saturday" by. */
  published?: string;
  /** The end of a period is asked for ("until when"). */
  until?: boolean;
  /** Whether a folded word is a common word of some language (a name's words are not). */
  isWord?: (folded: string) => boolean;
  /** How much a question's word weighs (its rarity): the value nearest the rarer words wins. */
  weightOf?: (word: string) => number;
  /** A duration is asked for ("how long"): a number of months or days is the answer, not a stray figure. */
  duration?: boolean;
  /** A distance is asked for ("how far", "do jaké vzdálenosti"): a number of kilometres is the answer. */
  distance?: boolean;
  /** "The next …" is asked for: a day on or after the document's date answers, when the sentence names one. */
  next?: boolean;
  /** A day is asked for ("an welchem Tag"): a month or a year is no answer. */
  day?: boolean;
  /** A share is asked for ("o kolik procent"): a percentage is the answer. */
  share?: boolean;
  /** The countries the question names ("in Serbia"), by the names the corpus gives them: one no document holds is still asked. */
  countries?: ReadonlySet<string>;
  /** Whether the words after a number count something other than a "how many" question does ("24 countries" for "kolik lidí"). */
  countsOther?: (unit: string) => boolean;
  /** "Who led the investigation?": a body may be the answer, where the sentence names no person. */
  bodies?: boolean;
}

/** A word naming a body ("Police", "Centre", "NCOZ", "Staatsanwaltschaft"), folded. */
const BODY_WORD =
  /^(?:police|polic\w*|office|urad\w*|amt|europol|interpol|frontex|sirene|directorate|reditelstv\w*|riaditelstv\w*|department|odbor\w*|agency|agentur\w*|centre|center|centrum|centr\w*|prezidi\w*|presidium|ministr\w*|minister\w*|prosecutor\w*|zastupitelstv\w*|prokurat\w*|unit|jednotk\w*|utvar\w*|service|sluzb\w*|court|soud|sud|gericht|guard|\p{L}*(?:polizei|direktion|inspektion|kriminalamt|ministerium|prasidium|zentrum|behorde|anwaltschaft)\p{L}*)$/u;

/**
 * A body's name as written: capitalised words, the small words inside a name between them
 * ("Centre against Organised Crime", "Národní centrála proti organizovanému zločinu" is
 * capitalised once), and its acronym in brackets.
 */
const BODY_NAME =
  /\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:against|for|of|der|des|für|pro|proti|pre)\s+)?\p{Lu}[\p{L}'’-]*)*(?:\s+\([\p{Lu}\d]{2,}\))?/gu;

/** Bodies standing this close together are named together ("the NCOZ and the Austrian Federal Criminal Police Office"). */
const BODIES_APART = 40;

/**
 * The bodies a sentence names, from the first to the last standing together ("die
 * Bundespolizeiinspektion Waidhaus in Abstimmung mit der Staatsanwaltschaft Weiden"): who did it,
 * when the sentence names no person.
 */
function bodiesIn(sentence: string): Found | undefined {
  const names = [...sentence.matchAll(BODY_NAME)].filter((m) =>
    m[0].split(/\s+/).some((word) => BODY_WORD.test(fold(word)) || /^\([\p{Lu}\d]{2,}\)$/u.test(word)),
  );
  const [first] = names;
  if (!first) return undefined;
  let last = first;
  for (const name of names.slice(1)) {
    if (name.index - (last.index + last[0].length) > BODIES_APART) break;
    last = name;
  }
  return { text: sentence.slice(first.index, last.index + last[0].length), index: first.index };
}

export function answerValue(
  sentence: string,
  kind: AnswerKind,
  words: ReadonlySet<string>,
  {
    published,
    until = false,
    isWord = () => false,
    weightOf = () => 1,
    duration = false,
    distance = false,
    next = false,
    day = false,
    share = false,
    countsOther = () => false,
    countries = new Set<string>(),
    bodies = false,
  }: ValueOptions = {},
): AnswerValue | undefined {
  const at = anchors(sentence, words, weightOf);
  const fields = fieldEnds(sentence);
  const near = (candidates: readonly Found[]) => nearest(candidates, at, fields);
  const dates = datesOf(sentence, published, next);
  let found: Found | undefined;
  switch (kind) {
    case 'date':
      // "Until when": the end of a period ("15 June – 13 August 2026"), else the nearest date.
      {
        // A day beats a month or year the sentence also names; "until when" asks for a period's end.
        // A year the question names itself ("Terra 2026") is part of what it asks about, no answer.
        // The date a news item opens with ("Mikulov 17. října 2025 (ČTK) – … ve čtvrtek podepsali")
        // dates the item: the day the sentence itself says comes first.
        const said = dates.filter((d) => !opensAsDateline(sentence, d));
        const days = (said.some((d) => d.date) ? said : dates).filter((d) => d.date);
        const dated = dates.filter((d) => d.date || !words.has(d.text));
        const coming = next && published ? days.filter((d) => d.date! >= published.slice(0, 10)) : days;
        const pool = (coming.length > 0 ? coming : days.length > 0 ? days : dated).filter(
          (d) => !day || d.date?.length === 10,
        );
        found = until && pool.length > 1 ? pool.at(-1) : near(pool);
        // "Ve dnech 6. až 9. října 2025": when, asked, is the range; until when, its last day.
        if (found?.date?.length === 10 && !until) {
          const opening = RANGE_OF_DAYS.exec(sentence.slice(Math.max(0, found.index - 20), found.index));
          const first = opening ? Number(opening[1]) : 0;
          if (first >= 1 && first < Number(found.date.slice(8, 10)))
            found = { ...found, from: `${found.date.slice(0, 8)}${String(first).padStart(2, '0')}` };
        }
      }
      break;
    case 'money':
      found = near(matchesOf(sentence, MONEY));
      break;
    case 'number': {
      // "How long do the patrols run?": a period said by its days ("od 1. mája do 30. septembra") is how long.
      const period = duration && !TIME_UNIT_ANYWHERE.test(sentence) ? periodOf(sentence, dates) : undefined;
      if (period) {
        found = period;
        break;
      }
      // A share ("fell by 22%") answers "how many" only when the question asks for one.
      const asksShare = share || [...words].some((word) => SHARE_WORD.test(word));
      // An amount ("EUR 4 000 and EUR 6 000 per person", "zwischen 3.000 und 4.500 Euro") counts
      // money, not what was asked: the number a range opens with too.
      const amounts = matchesOf(sentence, MONEY).map((amount) => {
        const opening = RANGE_OPENING.exec(sentence.slice(0, amount.index));
        return opening
          ? { text: sentence.slice(opening.index, amount.index + amount.text.length), index: opening.index }
          : amount;
      });
      // A phone number ("Telefón: 09610 36 300") counts nothing either.
      const phones = matchesOf(sentence, PHONES).filter((phone) => !THOUSANDS.test(phone.text));
      const numbers = [
        ...matchesOf(sentence, NUMBER).filter(
          (n) =>
            !isInDate(dates, n.index) &&
            !opensDateRange(dates, sentence, n) &&
            !isInDate(amounts, n.index) &&
            !isInDate(phones, n.index) &&
            !YEAR_ONLY.test(n.text) &&
            !CLOCK_TIME.test(n.text) &&
            !isDesignation(sentence, n.index) &&
            !isOrdinal(sentence, n.index + n.text.length),
        ),
        ...matchesOf(sentence, WORD).filter((w) => isNumberWord(fold(w.text))),
      ].filter(
        (n) =>
          (duration || !isDuration(sentence, n.index + n.text.length, words)) &&
          (distance || !DISTANCE_UNIT.test(sentence.slice(n.index + n.text.length))) &&
          (duration || !isModifier(sentence, n.index + n.text.length, words)) &&
          (asksShare || !SHARE.test(n.text)) &&
          !countsOther(UNIT_AFTER.exec(sentence.slice(n.index + n.text.length))?.[0] ?? ''),
      );
      // "23 arrests: 9 in Austria, 6 in Czechia", "Tschechien: 6": the count standing by the place asked about.
      const byPlace = countByPlace(sentence, numbers, words, countries);
      if (byPlace === null) break;
      const value = byPlace ?? near(numbers);
      // The unit after the number belongs to it: "1,240 police officers", "10 kilometres"; a word
      // of the sentence around it does not ("1 350 people since early 2025", "640 in 2025"), but for
      // the place a count of a list stands by ("6 in Czechia").
      if (value) {
        const after = UNIT_AFTER.exec(sentence.slice(value.index + value.text.length));
        const unit = after
          ? [after[1]!, after[2]].filter((word) => word && (byPlace || !NOT_A_UNIT.has(fold(word))))
          : [];
        const words = after && unit[0] === after[1] ? (unit[1] === after[2] ? unit : unit.slice(0, 1)) : [];
        found = words.length > 0 ? { ...value, text: `${value.text} ${words.join(' ')}` } : value;
      }
      break;
    }
    case 'person': {
      // A person's name: the last two or three of a run of capitalised words, none of them a
      // common word, a stop word opening a sentence ("Am Montagabend"), a rank ("Erster
      // Kriminalhauptkommissar Matthias Grübl") or a word of the question.
      const people = matchesOf(sentence, CAPITALISED_RUN).flatMap((run): Found[] => {
        const names = [...run.text.matchAll(/\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?/gu)];
        // A surname may be a word ("Vít Rakušan", "Jan Svoboda"): a known word counts right after a
        // first name that is none.
        const person: RegExpExecArray[] = [];
        let unknownBefore = false;
        for (const m of names) {
          const word = fold(m[0]);
          const known = isWord(word);
          const kept: boolean =
            (!known || unknownBefore) &&
            !STOP_WORDS.has(word) &&
            !RANK.test(word) &&
            !words.has(processTerm(m[0]) ?? '');
          if (kept) person.push(m);
          // "Slovakia's State Secretary": a country's possessive is no first name.
          unknownBefore = kept && !known && !/['’]s$/u.test(m[0]) && !findCountry(m[0]);
        }
        const last = person.slice(-3);
        const said = fold(last.map((m) => m[0]).join(' '));
        if (last.length < 2 || NOT_A_PERSON.test(said) || BODY_COMPOUND.test(said)) return [];
        // The name's words stand together at the end of the run.
        const start = run.index + last[0]!.index;
        const end = run.index + last.at(-1)!.index + last.at(-1)![0].length;
        return [{ text: sentence.slice(start, end), index: start }];
      });
      found = near(people) ?? (bodies ? bodiesIn(sentence) : undefined);
      break;
    }
    case 'place': {
      const places = [...sentence.matchAll(PLACE)].map((m) => ({ text: m[1]!, index: m.index }));
      found = near(places);
      break;
    }
    case 'origin': {
      // Every country the sentence names but the question does ("run by Moldovan and Ukrainian nationals").
      const mentions = countryMentions(sentence).filter(({ text }) => !words.has(processTerm(text) ?? ''));
      const countries = [...new Map(mentions.map((mention) => [mention.country, mention])).values()];
      if (countries.length === 0) return undefined;
      const text = countries.map((mention) => mention.text).join(', ');
      return { text };
    }
    case 'email':
      found = near(matchesOf(sentence, EMAIL));
      break;
    case 'phone':
    case 'fax': {
      const phones = matchesOf(sentence, PHONES).filter((p) => !isInDate(dates, p.index));
      // A fax is a number the sentence says is one ("Fax: —; Telefon: 974 836 710" gives none).
      const labelled =
        kind === 'fax' ? phones.filter((p) => /fax/i.test(sentence.slice(Math.max(0, p.index - 20), p.index))) : phones;
      found = near(labelled);
      break;
    }
    default:
      return undefined;
  }
  if (!found) return undefined;
  return { text: found.text.replace(/[\s,;:]+$/, ''), date: found.date, ...(found.from ? { from: found.from } : {}) };
}

/**
 * A bare count ("to 640.", a table's "Czechia | 140") with what it counts said beside it in the
 * question's words: "640 důstojníků" for "kolik důstojníků…?". Czech and Slovak decline a noun
 * after two to four as the question's "kolik" does not ("3 lidé", not "3 lidí"): there it stays bare.
 */
export function withWhatItCounts(value: AnswerValue | undefined, question: string): AnswerValue | undefined {
  if (!value || /\p{L}/u.test(value.text)) return value;
  const counted = countedNoun(question);
  const count = Number(value.text.replace(/[^\d]/g, ''));
  if (!counted || count === 1 || (counted.declined && count >= 2 && count <= 4)) return value;
  return { ...value, counts: counted.words };
}

/** Whether a sentence can answer a question of `kind` at all (a status or list always can). */
export const canAnswer = (sentence: string, kind: AnswerKind): boolean =>
  kind === 'status' || kind === 'list' || kind === 'address' || holdsAnswer(sentence, kind);
