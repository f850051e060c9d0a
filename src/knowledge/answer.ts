/**
 * From a document to the part that answers: every sentence of its passages is scored by the
 * question's words it holds (rare words weigh more; a stem match counts fully, a prefix or fuzzy
 * match less), by those of its passage and heading (context), and by whether it holds the kind of
 * answer asked for (a person, a date, an amount, a number, a place). The best sentence is quoted
 * first; whether the best passage holds enough of the question decides "not in the documents".
 */
import { endsSentence, joinSentences, sentencesOf, type Passage } from './passages.ts';
import { holdsAnswer, type AnswerKind } from './question.ts';
import { countsNationals } from './answer-line.ts';
import { makeSnippet, type Snippet } from './snippet.ts';
import { TRANSLATED } from './term-hits.ts';
import { containsPhrase } from './query.ts';
import { datesIn, monthOf, monthsIn, relativeDays } from '../corpus/dates.ts';
import { fold } from '../corpus/clean.ts';
import { countryMentions } from '../corpus/countries.ts';
import { processTerm, termsOf, tokenize } from './terms.ts';
import { memoByObject } from '../util/memo.ts';
import type { StepKind } from '../corpus/types.ts';

/** One question word: the index words it matched, and how much it weighs (rarer: more). */
interface WeightedTerm {
  weight: number;
  /** The word itself and its stem variants. */
  strict: ReadonlySet<string>;
  /** The word in the other languages (the lexicon's concepts it names). */
  translated: ReadonlySet<string>;
  /** Prefix and fuzzy expansions. */
  loose: ReadonlySet<string>;
  /** The word's concepts said in several words in the other languages ("action day" for "Aktionstag"), as index terms. */
  phrases: ReadonlyArray<readonly string[]>;
}

export interface Question {
  terms: WeightedTerm[];
  kind?: AnswerKind;
  /** The end of a period is asked for ("until when"). */
  until?: boolean;
  /** A duration is asked for ("how long"). */
  duration?: boolean;
  /** A distance is asked for ("how far"). */
  distance?: boolean;
  /** "Who led the investigation?": a body answers as a person does. */
  bodies?: boolean;
  /** Whether a sentence holds the kind of answer asked for, when the pattern of `holdsAnswer` is too loose. */
  holds?: (sentence: string) => boolean;
  /** The terms naming what a "how many" question counts: a sentence holds its answer only with one of them. */
  counted?: ReadonlySet<number>;
  /**
   * Of those, the nationals counted ("kolik Syřanů požádalo"): they must be named, and the verb after
   * them ("požádalo": "requests") is not enough. People counted ("kolik lidí zatkli") are named by the verb.
   */
  countedNationals?: ReadonlySet<number>;
  /** The countries a "how many" question names: a list of counts by country answers for those only. */
  countries?: ReadonlySet<string>;
  /** The concepts of what a "how many" question counts ("lidí": people). */
  countedConcepts?: ReadonlySet<string>;
  /** The years the question names ("v roce 2024"). */
  years?: ReadonlySet<string>;
  /** "The next …" is asked for: a day on or after the page's date answers. */
  next?: boolean;
  /** A day is asked for ("an welchem Tag"): a month or a year is no answer. */
  day?: boolean;
  /** A share is asked for ("o kolik procent"): a percentage is the answer. */
  share?: boolean;
  /** The terms that are names the question gives ("Terra", "Waidhaus"): what a document is about. */
  names?: ReadonlySet<number>;
  /** "Which countries took part?": the countries a list names are the answer. */
  listsCountries?: boolean;
  /** The steps of an agreement a "when" question asks the day of ("when does it enter into force?"). */
  steps?: readonly StepKind[];
  /** The terms saying when what is asked about happened ("8.–12. června 2026"): a period, not a subject. */
  dated?: ReadonlySet<number>;
  /** Those of them naming a month (a subset of `dated`). */
  datedMonths?: ReadonlySet<number>;
}

export interface Answer {
  passage: Passage;
  /** The sentence that answers best, whole and as written. */
  sentence: string;
  snippet: Snippet;
  /** Weighted share of the question's words in the best passage with its heading and title (0-1). */
  coverage: number;
  /** How well the answering sentence itself answers: its words and the kind asked for, per question weight. */
  focus: number;
  /** Weighted share of the question's words in the document's title (0-1). */
  titled: number;
  /** The sentence names no time, and the page's is another month than the question's ("last April's edition"). */
  elsewhen?: boolean;
}

/**
 * A sentence naming years, none of them the one asked about ("v roce 2025" for a question on 2024),
 * speaks of another year: it keeps this much of its score.
 */
const OTHER_YEAR = 0.6;
const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/g;

/** The years a text names ("v roce 2024", "in 2025"), as written. */
export const yearsIn = (text: string): string[] => text.match(YEAR) ?? [];

/**
 * The years a count is asked for ("v roce 2024", "im Jahr 2024", "in 2024", "za rok 2024"), not
 * those naming the event it is about ("rozbitá v lednu 2026").
 */
const YEAR_OF_COUNT =
  /(?<!\p{L})(?:v\s+(?:celém\s+|celom\s+)?roce|v\s+(?:celom\s+)?roku|roku|za\s+(?:celý\s+)?rok|im\s+(?:gesamten\s+|ganzen\s+)?jahr(?:e)?|in\s+the\s+(?:whole\s+)?year|in|during|for|throughout)\s+((?:19|20)\d{2})(?!\d)/giu;
export const yearsCounted = (question: string): Set<string> =>
  new Set([...question.matchAll(YEAR_OF_COUNT)].map((match) => match[1]!));

/** The page's year, as people say it ("this year", "letos", "heuer"), folded: a regular expression's source. */
const THIS_YEAR = String.raw`this year|so far this year|letos\w*|tento rok|tohto roku|heuer|dieses jahr\w*|in diesem jahr`;
/** The year before the page's ("last year", "loni", "im Vorjahr"), folded: a regular expression's source. */
const LAST_YEAR = String.raw`last year|loni|vloni|vlani|im vorjahr|minul\w* rok\w*|letzte\w* jahr\w*|vergangene\w* jahr\w*`;

/** A period said relative to the text's date, folded: this one ("letos", "this summer", "heuer")… */
const THIS_PERIOD = new RegExp(
  String.raw`\b(?:${THIS_YEAR}|this (?:summer|winter|spring|autumn|season)|diesen sommer|in diesem sommer)\b`,
);
/** …or the one before ("loni", "last summer", "im Vorjahr"). */
const LAST_PERIOD = new RegExp(
  String.raw`\b(?:${LAST_YEAR}|last (?:summer|winter|spring|autumn|season)|lonsk\w*|minul\w* (?:leto|sezon\w*)|letzte\w* (?:sommer|winter)|vergangene\w* sommer\w*)\b`,
);

/** The year of the page so far ("seit Jahresbeginn", "since the start of the year", "od začátku roku"), folded. */
const SINCE_YEAR_BEGAN = new RegExp(
  String.raw`\b(?:${THIS_YEAR}|since the (?:beginning|start) of (?:the|this) year|seit (?:jahresbeginn|jahresanfang|beginn des jahres|anfang des jahres|anfang dieses jahres|beginn dieses jahres)|od (?:zacatku|pocatku) (?:roku|leto\w* roku|tohoto roku)|od zaciatku (?:roka|tohto roka))\b`,
);
/** The year before the page's, folded. */
const YEAR_BEFORE = new RegExp(String.raw`\b(?:${LAST_YEAR}|the previous year|lonsk\w* rok\w*|vorjahr\w*)\b`);
/** …or the one before a year named ("down from 3,870 a year earlier", "o rok dříve"), folded. */
const YEAR_EARLIER =
  /\b(?:a year (?:earlier|before)|the (?:year|previous year) before|previous year|vor einem jahr|o rok (?:drive|driv|skor)|predchozi\w* rok\w*|predchadzajuc\w* rok\w*)\b/;

/** Whether a text speaks of a year before another, its page's or one it names ("im Vorjahr", "a year earlier"). */
export const saysYearBefore = (text: string): boolean => {
  const folded = fold(text);
  return YEAR_BEFORE.test(folded) || YEAR_EARLIER.test(folded);
};

/** "im Januar 2026", "in January 2026", "za celý leden 2026", "v januári 2026": the month a count is asked for. */
const MONTH_OF_COUNT =
  /(?<!\p{L})(?:in|im|during|for|v|ve|vo|za|gesamten|ganzen|whole|celý|celém|celom)\s+(\p{L}{3,12})\s+((?:19|20)\d{2})(?!\d)/giu;
export const monthsCounted = (question: string): Set<string> =>
  new Set(
    [...question.matchAll(MONTH_OF_COUNT)].flatMap((match) => {
      const month = monthOf(match[1]!);
      return month === undefined ? [] : [`${match[2]}-${String(month).padStart(2, '0')}`];
    }),
  );

/**
 * The months a sentence counts for, read by its page's date where it says them relatively ("am
 * Dienstagabend", "last April"), as "YYYY-MM"; none when it says no time.
 */
function monthsSaid(sentence: string, dateline: string | undefined): Set<string> {
  const months = new Set<string>();
  for (const date of [...datesIn(sentence).map(({ date }) => date), ...datesRelative(sentence, dateline)])
    months.add(date.slice(0, 7));
  // The year so far is a month's count only while the page is of January: in February it is two months'.
  if (dateline && /^\d{4}-\d{2}/.test(dateline) && SINCE_YEAR_BEGAN.test(fold(sentence)))
    months.add(dateline.slice(5, 7) === '01' ? dateline.slice(0, 7) : `${dateline.slice(0, 4)} so far`);
  return months;
}

/**
 * The years a sentence naming none counts for, read by its page's date ("seit Jahresbeginn" in an
 * item of February 2026: 2026; "vlani": 2025; "am Dienstagabend": the year of that Tuesday).
 */
function yearsSaid(sentence: string, dateline: string | undefined): Set<string> {
  const years = new Set<string>();
  if (!dateline || !/^\d{4}/.test(dateline)) return years;
  const folded = fold(sentence);
  const year = Number(dateline.slice(0, 4));
  if (SINCE_YEAR_BEGAN.test(folded)) years.add(String(year));
  if (YEAR_BEFORE.test(folded)) years.add(String(year - 1));
  for (const date of datesRelative(sentence, dateline)) years.add(date.slice(0, 4));
  return years;
}

/**
 * The days a sentence says relative to its page's date ("am Dienstagabend", "last weekend") and the
 * months it names without a day ("last April", "in April 2015"), as ISO dates.
 */
const datesRelative = (sentence: string, dateline: string | undefined): string[] => {
  const weekend = weekendBefore(sentence, dateline);
  return [
    ...[...relativeDays(sentence, dateline), ...monthsIn(sentence, dateline)].map(({ date }) => date),
    ...(weekend ? [weekend] : []),
  ];
};

/** "Last weekend", "am vergangenen Wochenende", "o víkendu", "cez víkend", folded: the weekend before the page's date. */
const LAST_WEEKEND =
  /\b(?:(?:last|past|this) weekend|over the weekend|(?:am|vom|uber das) (?:vergangenen |letzten )?wochenende|(?:o|cez|minul\w*|uplynul\w*) vikend\w*)\b/;

/** The Saturday of the weekend a sentence says it speaks of, before its page's date, as "YYYY-MM-DD". */
function weekendBefore(sentence: string, dateline: string | undefined): string | undefined {
  if (!dateline || !/^\d{4}-\d{2}-\d{2}$/.test(dateline) || !LAST_WEEKEND.test(fold(sentence))) return undefined;
  const day = new Date(`${dateline}T00:00:00Z`);
  // Saturday is day 6: a page of Monday speaks of two days before, one of Saturday of a week before.
  const back = (day.getUTCDay() + 1) % 7 || 7;
  return new Date(day.getTime() - back * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Whether a sentence counts for another period than the one a question asks about: last summer's
 * figure for "this summer" ("Last summer, officers … detected 212 crossings"), or the year so far
 * for "im gesamten Jahr 2025" ("Seit Jahresbeginn … 17 Schleuser" in an item of 2026), or a
 * Tuesday of February for "im Januar 2026", read by the page's date.
 */
export function countsOtherPeriod(question: string, sentence: string, dateline?: string): boolean {
  const [q, s] = [fold(question), fold(sentence)];
  if (
    (THIS_PERIOD.test(q) && LAST_PERIOD.test(s) && !THIS_PERIOD.test(s)) ||
    (LAST_PERIOD.test(q) && THIS_PERIOD.test(s) && !LAST_PERIOD.test(s))
  )
    return true;
  const askedMonths = monthsCounted(question);
  if (askedMonths.size > 0) {
    const said = monthsSaid(sentence, dateline);
    if (said.size > 0 && ![...said].some((month) => askedMonths.has(month))) return true;
  }
  const askedYears = yearsCounted(question);
  if (askedYears.size > 0 && yearsIn(sentence).length === 0) {
    const said = yearsSaid(sentence, dateline);
    if (said.size > 0 && ![...said].some((year) => askedYears.has(year))) return true;
  }
  return false;
}

/** A total ("in total", "celkem", "insgesamt"), folded. */
const TOTAL =
  /\b(?:in total|a total of|total|overall|altogether|celkem|celkove|celkovo|spolu|dohromady|insgesamt|gesamt\w*)\b/;

/** Whether a sentence counts a total and names no country: no count for one of several countries. */
export const countsTotalOnly = (sentence: string): boolean =>
  TOTAL.test(fold(sentence)) && countryMentions(sentence).length === 0;

/** Whether a day is before the page's date: no answer to a question for "the next" of something. */
export const pastForNext = (date: string | undefined, published: string | undefined): boolean =>
  date !== undefined && published !== undefined && date.slice(0, 10) < published.slice(0, date.length);

/** Whether a text names years, none of them one of these. */
export const namesOtherYearOnly = (sentence: string, years: ReadonlySet<string>): boolean => {
  const named = yearsIn(sentence);
  return named.length > 0 && !named.some((year) => years.has(year));
};

/** The share of the best sentence's score a sentence holding the kind of answer asked for needs to be preferred. */
const HOLDING_SHARE = 0.95;
/**
 * …for a sentence naming a person and every name the question gives: a news item's lead holds most
 * of a question's words ("new Czech-Slovak police treaty"), the quote naming who commented few of them.
 */
const PERSON_SHARE = 0.6;
/**
 * …for a line of a list of countries, one a line ("- Austria: Bundeskriminalamt"): the sentence it
 * yields to says "six countries took part", which names none of them.
 */
const LIST_LINE_SHARE = 0.7;

/** A loose (prefix, fuzzy) match counts this much of a stem match. */
const LOOSE = 0.4;
/** Words of the passage and heading around a sentence count this much of the sentence's own. */
const CONTEXT = 0.35;
/** A sentence with the kind of answer asked for gains this many average word weights. */
const KIND_BONUS = 1.2;
/**
 * A question word elsewhere in the document counts this much towards a passage's coverage: a news
 * item names its subject ("Operation TATRA BRIDGE") once, and the passage that answers ("seized
 * EUR 412 000 in cash") is about it all the same.
 */
const DOCUMENT_GIVEN = 0.6;
/**
 * A question word in the heading of a sentence's section counts this much of itself: a heading
 * names what the lines under it are about ("Úrad medzinárodnej policajnej spolupráce" over
 * "Riaditeľ: …"), more than any other word around.
 */
const HEADING = 0.7;
/**
 * A question word only in the document's title counts this much for each of its sentences: less
 * than one of the passage around it, as a page titled "Praha a Brno" has a section on each.
 */
const TITLE_CONTEXT = 0.2;
/**
 * A name the question gives that the document's lead holds counts this much for each of its
 * sentences, as a word only in its title does: a news item names its operation ("Joint Operation
 * Terra") once, at the top, and the sentence saying who leads it stands in a later paragraph.
 */
const NAME_GIVEN = TITLE_CONTEXT;
/** A question word in the title counts this much of itself in a sentence. */
const TITLE_GIVEN = 0.5;
/**
 * "Zittau, 14. Oktober 2026", "Published 12 March 2026", "18 June 2026 · Press Release": a line that is only a place or a label and
 * a date dates the page, not what the question asks about.
 */
const isDateline = (sentence: string, kind: AnswerKind): boolean => kind === 'date' && onlyDates(sentence);

/** A line of at most this many words beside its dates is a dateline ("Zittau, 14. Oktober 2026"). */
const DATELINE_WORDS = 3;

/** Whether a line says little but its dates ("18 June 2026 · Press Release"). */
const onlyDates = (text: string): boolean =>
  (withoutDates(text).match(/[\p{L}\p{N}]+/gu)?.length ?? 0) <= DATELINE_WORDS;

/** Whether a text names a month by its name ("April", "června"). */
const namesMonth = (text: string): boolean =>
  tokenize(text).some((word) => !/^\d/.test(word) && monthOf(word) !== undefined);

/** A text without the dates written in it ("18 June 2026 · Press Release" → " · Press Release"). */
const withoutDates = (text: string): string => {
  let rest = text;
  for (const { index, end } of datesIn(text).reverse()) rest = rest.slice(0, index) + rest.slice(end);
  return rest;
};

/** A sentence not naming what a "how many" question counts keeps this much of its score. */
const UNCOUNTED = 0.6;

/**
 * A sentence dating by its year alone ("since the beginning of 2025") answers "when" less well than
 * one giving the month or the day ("started last April"): its bonus counts this much.
 */
const YEAR_ONLY = 0.5;

const yearOnly = (sentence: string, question: Question): boolean =>
  question.kind === 'date' &&
  yearsIn(sentence).length > 0 &&
  !PART_OF_YEAR.test(fold(sentence)) &&
  datesIn(sentence).length === 0 &&
  monthsIn(sentence).length === 0;

/** A quarter or a half of a year ("in the first quarter of 2026", "im zweiten Halbjahr"), folded: more than the year. */
const PART_OF_YEAR =
  /\b(?:quarter|half|ctvrtlet\w*|stvrtrok\w*|stvrtroc\w*|polole\w*|polrok\w*|quartal\w*|halbjahr\w*)\b/;

/**
 * A count in a field a question word labels ("Arrests: 11" of a table's row, for "kolik zatkli")
 * answers before one counting something else nearby ("four analysts"): it gains this many bonuses more.
 */
const LABELLED = 0.5;

/** Whether a field of a record ("Label: 12") holds a count under a label the question says. */
const labelsCount = (sentence: string, question: Question): boolean =>
  [...sentence.matchAll(/(\p{L}+):\s*\d/gu)].some((field) => {
    const label = processTerm(field[1]!);
    return label !== null && question.terms.some((term) => term.strict.has(label) || term.translated.has(label));
  });

/** A month that is also a word of its own ("May I…", "march"): a time only beside a number. */
const MONTH_OR_WORD = new Set(['may', 'march', 'mar', 'jun', 'dec']);

/**
 * The question's words (as parsed) that date what it asks about: months, years, and the days before
 * them ("8.–12. června 2026", "im März", "in 2025"). The sentence answering "how many were arrested
 * on the action days of 8-12 June?" rarely repeats the days: the page gave them once, above.
 */
export function datedWords(words: readonly string[]): { dated: Set<number>; months: Set<number> } {
  const dated = new Set<number>();
  const months = new Set<number>();
  const isNumber = (i: number) => /^\d{1,2}$/.test(words[i] ?? '') && Number(words[i]) <= 31;
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i]!;
    const month = monthOf(word) !== undefined;
    const beside = isNumber(i - 1) || isNumber(i + 1) || /^(?:19|20)\d{2}$/.test(words[i + 1] ?? '');
    if (month && (beside || !MONTH_OR_WORD.has(fold(word)))) months.add(i);
    if (/^(?:19|20)\d{2}$/.test(word) || months.has(i) || (isNumber(i) && dated.has(i + 1))) dated.add(i);
  }
  return { dated, months };
}

/** Whether a sentence says a time of its own: a year, a month, a day ("gestern"), or a period of the page's ("vlani"). */
const namesPeriod = (sentence: string): boolean => {
  if (/(?<!\d)(?:19|20)\d{2}(?!\d)/.test(sentence) || holdsAnswer(sentence, 'date')) return true;
  const folded = fold(sentence);
  return THIS_PERIOD.test(folded) || LAST_PERIOD.test(folded) || namesMonth(sentence);
};

/** The words ending a period before its last day ("bis 30. April", "until 15 June", "do 15. 12."), folded. */
const UNTIL_WORD =
  /(?:^|[^\p{L}])(?:bis(?: zum| einschliesslich| spatestens)?|until|till|through|up to|no later than|do|az do|najneskor do|nejpozdeji do)\s+(?:\p{L}+,?\s+)?$/u;

/** Whether a sentence says until when ("werden bis 30. April 2026 parallel betrieben"): "until when" asks for that day. */
export const saysUntil = (sentence: string): boolean =>
  datesIn(sentence).some(({ index }) => UNTIL_WORD.test(fold(sentence.slice(Math.max(0, index - 30), index))));

/**
 * The question's levels in the first sentence of a page that says when, not a dateline ("18 Jun
 * 2026"): the period the page reports on ("Between 17 and 21 November 2025, …"), not one it
 * recalls further down ("The previous edition, held last April, …").
 */
function pagePeriod(passages: readonly Passage[], question: Question): { levels: Levels; sentence?: string } {
  for (const passage of passages)
    for (const sentence of readPassage(passage).sentences)
      if (namesPeriod(sentence) && !onlyDates(sentence)) return { levels: levels(sentence, question), sentence };
  return { levels: new Float64Array(question.terms.length) };
}

/**
 * Whether the page's period (`pagePeriod`) names a month, none of those the question asks about
 * ("last April's edition" over a page on 17-21 November): a sentence dated by it speaks of another time.
 */
const otherMonth = (question: Question, period: { levels: Levels; sentence?: string }): boolean => {
  if (!period.sentence || !namesMonth(period.sentence)) return false;
  const months = [...(question.datedMonths ?? [])];
  return months.length > 0 && months.every((i) => period.levels[i] === 0);
};

/** A line citing a URL is a source, rarely the answer. */
const CITATION_PENALTY = 0.5;

type Levels = Float64Array;

/** A text's index terms, as a set and in order (for the lexicon's phrases). */
interface Words extends Iterable<string> {
  readonly size: number;
  has(word: string): boolean;
  readonly order?: readonly string[];
}

/** A passage read once: its sentences and the terms of each, and of the whole with its heading. */
interface ReadPassage {
  sentences: string[];
  terms: Words[];
  all: Words;
  heading: Words;
}

const wordsIn = (text: string): Words => {
  const order = termsOf(text);
  return Object.assign(new Set(order), { order });
};

/**
 * A sentence's terms, looked up in order: a sentence has a few dozen at most, and a `Set` of its
 * own for each sentence of every passage kept was most of what a read passage held (issue 26).
 * `size` counts a term written twice twice: it only chooses which side `holdsAny` walks.
 */
class SentenceWords implements Words {
  constructor(readonly order: readonly string[]) {}

  get size(): number {
    return this.order.length;
  }

  has(word: string): boolean {
    return this.order.includes(word);
  }

  [Symbol.iterator](): IterableIterator<string> {
    return this.order[Symbol.iterator]();
  }
}

/** Passages are kept by the knowledge base, so reading each once pays across questions. */
const readPassage = memoByObject((passage: Passage): ReadPassage => {
  const sentences = sentencesOf(passage.text);
  // Each word as written is processed once for the whole passage and its sentences (`termsOf`,
  // term for term): a sentence's terms are the passage's own strings, not a copy of each.
  const processed = new Map<string, string | null>();
  const termsIn = (text: string): string[] => {
    const terms: string[] = [];
    for (const word of tokenize(text)) {
      let term = processed.get(word);
      if (term === undefined) processed.set(word, (term = processTerm(word)));
      if (term !== null) terms.push(term);
    }
    return terms;
  };
  const order = termsIn(`${passage.heading ?? ''}\n${passage.text}`);
  return {
    sentences,
    terms: sentences.map((sentence) => new SentenceWords(termsIn(sentence))),
    all: Object.assign(new Set(order), { order }),
    heading: wordsIn(passage.heading ?? ''),
  };
});

/**
 * The countries a list names, one a line ("- Austria: Bundeskriminalamt", "Poland | 19 | 24"), read
 * from the line answering both ways while each line names one; a sentence naming several by itself
 * gives its own. The answer to "which countries took part", as the list would be read out.
 */
export function countriesListed(passage: Passage, sentence: string): string[] {
  const { sentences } = readPassage(passage);
  const at = sentences.indexOf(sentence);
  const countriesOf = (line: string) => [...new Set(countryMentions(line).map((mention) => mention.country))];
  const own = countriesOf(sentence);
  if (at < 0 || own.length !== 1) return own;
  let first = at;
  while (first > 0 && countriesOf(sentences[first - 1]!).length === 1) first--;
  let last = at;
  while (last + 1 < sentences.length && countriesOf(sentences[last + 1]!).length === 1) last++;
  return [...new Set(sentences.slice(first, last + 1).flatMap(countriesOf))];
}

/** A list answering "which countries" names at least this many. */
export const LISTED = 3;

/** A passage's sentences, as read once for answering. */
export const sentencesIn = (passage: Passage): readonly string[] => readPassage(passage).sentences;

/** Whether a text's words hold any of a term's: the smaller side is walked (a document holds thousands). */
const holdsAny = (words: Words, of: ReadonlySet<string>): boolean => {
  if (of.size <= words.size) {
    for (const word of of) if (words.has(word)) return true;
  } else for (const word of words) if (of.has(word)) return true;
  return false;
};

function levels(text: string | Words, question: Question): Levels {
  const words = typeof text === 'string' ? wordsIn(text) : text;
  const found = new Float64Array(question.terms.length);
  question.terms.forEach((term, i) => {
    found[i] = holdsAny(words, term.strict)
      ? 1
      : holdsAny(words, term.translated) || saysPhrase(words, term.phrases)
        ? TRANSLATED
        : holdsAny(words, term.loose)
          ? LOOSE
          : 0;
  });
  return found;
}

/** Whether a text (its words in order) holds one of the phrases, word for word. */
const saysPhrase = (words: Words, phrases: ReadonlyArray<readonly string[]>): boolean =>
  phrases.length > 0 &&
  words.order !== undefined &&
  phrases.some((phrase) => phrase.every((word) => words.has(word)) && containsPhrase(words.order!, phrase));

/** Whether a sentence names what a "how many" question counts (always, for another question). */
export const namesCounted = (sentence: string, question: Question): boolean =>
  countedIn(levels(sentence, question), question);

/** Whether a text whose levels are given holds one of the words a "how many" question counts (always, for another). */
const countedIn = (levels: Levels, question: Question): boolean =>
  !question.counted || [...(question.countedNationals ?? question.counted)].some((i) => levels[i]! > 0);

const NO_TERMS: ReadonlySet<number> = new Set();

const weighted = (question: Question, level: (i: number) => number): number =>
  question.terms.reduce((sum, term, i) => sum + term.weight * level(i), 0);

const totalWeight = (question: Question): number => question.terms.reduce((sum, term) => sum + term.weight, 0);

/** The sentence answering best in a document's passages, and how much of the question they hold. */
export function findAnswer(
  passages: readonly Passage[],
  title: string,
  question: Question,
  snippetLength = 320,
): Answer | undefined {
  const total = totalWeight(question);
  if (passages.length === 0 || total === 0) return undefined;
  const titleLevels = levels(title, question);
  const bonus = (KIND_BONUS * total) / question.terms.length;
  const holds = question.holds ?? ((text: string) => holdsAnswer(text, question.kind!));
  type Candidate = { passage: Passage; sentences: string[]; at: number; score: number; coverage: number };
  let best: Candidate | undefined;
  let answering: Candidate | undefined;
  const read = passages
    .map((passage) => ({ passage, ...readPassage(passage) }))
    .map((passage) => ({ ...passage, around: levels(passage.all, question) }))
    .filter(({ around }) => around.some((level) => level > 0));
  // What the document says anywhere: the best of its passages, for each question word.
  const documentLevels = new Float64Array(question.terms.length);
  for (const { around } of read)
    around.forEach((level, i) => (documentLevels[i] = Math.max(documentLevels[i]!, level)));
  const given = (i: number) => Math.max(titleLevels[i]!, DOCUMENT_GIVEN * documentLevels[i]!);
  const lead = read[0]?.passage === passages[0] ? read[0]!.around : undefined;
  const dated = question.kind !== 'date' ? (question.dated ?? NO_TERMS) : NO_TERMS;
  const period = dated.size > 0 ? pagePeriod(passages, question) : undefined;
  for (const { passage, sentences, terms, heading, around } of read) {
    const named = heading.size > 0 ? levels(heading, question) : undefined;
    const coverage = weighted(question, (i) => Math.max(around[i]!, given(i))) / total;
    sentences.forEach((sentence, at) => {
      const own = levels(terms[at]!, question);
      // A sentence naming no time of its own speaks of the one its page opens with ("212 arrests
      // in total" under "Between 8 and 12 June 2026, …"); one naming another speaks of that.
      if (dated.size > 0 && !namesPeriod(sentence))
        for (const i of dated) own[i] = Math.max(own[i]!, period!.levels[i]!);
      // A word of the document's title is its topic, given already: the answering sentence is the
      // one holding the question's other words ("Kinder" in a page titled "Furth im Wald").
      let score = weighted(question, (i) =>
        Math.max(
          own[i]! * (titleLevels[i]! > 0 ? TITLE_GIVEN : 1),
          CONTEXT * around[i]!,
          TITLE_CONTEXT * titleLevels[i]!,
          lead && question.names?.has(i) ? NAME_GIVEN * lead[i]! : 0,
          HEADING * (named?.[i] ?? 0),
        ),
      );
      if (score === 0) return;
      // What is counted may be named by the heading instead ("Detections by Member State" over a table's rows).
      const counts =
        countedIn(own, question) ||
        (named !== undefined && countedIn(named, question)) ||
        (question.countries !== undefined &&
          question.countries.size > 0 &&
          countsNationals(sentence, question.countries));
      // The kind of answer asked for counts in a sentence that says something of the question
      // itself, or stands under a heading that does ("Riaditeľka: …" under the directorate's name).
      const says = own.some((level) => level > 0) || (named?.some((level) => level > 0) ?? false);
      // A list of countries may name one a line ("- Austria: Bundeskriminalamt" under "Participating authorities").
      const holding = () =>
        question.listsCountries ? countriesListed(passage, sentence).length >= LISTED : holds(sentence);
      const answers =
        question.kind !== undefined && counts && says && holding() && !isDateline(sentence, question.kind);
      // A count beside the one country asked about ("Czechia | 7", "6 in Czechia") answers before one
      // beside none; two countries asked ("the Slovak-Czech treaty") are what it is about, not where.
      const besideCountry =
        question.countries?.size === 1 && countryMentions(sentence).some((m) => question.countries!.has(m.country));
      if (answers) score += (besideCountry ? 2 : 1) * (yearOnly(sentence, question) ? YEAR_ONLY : 1) * bonus;
      if (answers && question.kind === 'number' && labelsCount(sentence, question)) score += LABELLED * bonus;
      else if (answers && question.until && saysUntil(sentence)) score += LABELLED * bonus;
      else if (!counts) score *= UNCOUNTED;
      if (/https?:\/\/|www\./.test(sentence)) score *= CITATION_PENALTY;
      if (question.years && question.kind !== 'date' && namesOtherYearOnly(sentence, question.years))
        score *= OTHER_YEAR;
      if (!best || score > best.score) best = { passage, sentences, at, score, coverage };
      if (answers && (!answering || score > answering.score)) answering = { passage, sentences, at, score, coverage };
    });
  }
  // A sentence naming the question's subject but holding no value of the kind asked for ("Operation
  // SILVER CORRIDOR culminated in an action day") yields to one nearly as good that holds one ("-
  // Czechia: 2 arrests", under the action day's results).
  const namesHeld = (candidate: Candidate) => {
    const own = levels(candidate.sentences[candidate.at]!, question);
    return [...(question.names ?? [])].every((i) => own[i]! > 0);
  };
  const share =
    answering && question.listsCountries && countryMentions(answering.sentences[answering.at]!).length < LISTED
      ? LIST_LINE_SHARE
      : question.kind === 'person' && answering && namesHeld(answering)
        ? PERSON_SHARE
        : HOLDING_SHARE;
  if (best && answering && answering !== best && answering.score >= share * best.score) best = answering;
  if (!best) {
    const passage = passages[0]!;
    return {
      passage,
      sentence: sentencesOf(passage.text)[0] ?? passage.text,
      snippet: makeSnippet(passage.text, matchedWords(question), snippetLength),
      coverage: 0,
      focus: 0,
      titled: 0,
    };
  }
  const quote = quoteFrom(best.sentences, best.at, snippetLength);
  const snippet = makeSnippet(quote.text, matchedWords(question), snippetLength, question.kind);
  return {
    passage: best.passage,
    sentence: best.sentences[best.at]!,
    snippet: { ...snippet, cutStart: snippet.cutStart || quote.cutStart, cutEnd: snippet.cutEnd || quote.cutEnd },
    coverage: best.coverage,
    focus: best.score / total,
    titled: weighted(question, (i) => titleLevels[i]!) / total,
    ...(period && !namesPeriod(best.sentences[best.at]!) && otherMonth(question, period) ? { elsewhen: true } : {}),
  };
}

/**
 * The first result's quote, wider: the sentence before the answering one when it fits, then the
 * ones after it up to `length`. The facts a reader checks an answer by often stand beside it
 * ("…from 15 June 2026. A joint operations room at Nickelsdorf will coordinate the patrols.").
 */
export function widerSnippet(
  hit: { passage: Passage; sentence: string },
  question: Question,
  length: number,
): Snippet | undefined {
  const { sentences } = readPassage(hit.passage);
  const at = sentences.indexOf(hit.sentence);
  if (at < 0) return undefined;
  const before = at > 0 && !isHeadingFragment(sentences[at - 1]!) ? at - 1 : at;
  const quote = quoteFrom(sentences, before, length, at);
  const snippet = makeSnippet(quote.text, matchedWords(question), length, question.kind);
  return { ...snippet, cutStart: snippet.cutStart || quote.cutStart, cutEnd: snippet.cutEnd || quote.cutEnd };
}

const matchedWords = (question: Question): Set<string> =>
  new Set(question.terms.flatMap((term) => [...term.strict, ...term.translated, ...term.loose]));

/** A line that is a heading, not a sentence: short and without a full stop. */
const isHeadingFragment = (sentence: string): boolean => !endsSentence(sentence) && sentence.split(/\s+/).length <= 6;

/**
 * The sentence at `at`, then the ones after it while they fit: whole sentences, headings left out
 * (`keep`: up to this sentence, the answering one, whatever the length).
 */
function quoteFrom(
  sentences: readonly string[],
  at: number,
  max: number,
  keep = at,
): { text: string; cutStart: boolean; cutEnd: boolean } {
  let text = sentences[at]!;
  let next = at + 1;
  for (; next < sentences.length; next++) {
    const sentence = sentences[next]!;
    if (isHeadingFragment(sentence) && next > keep) continue;
    if (text.length + sentence.length + 1 > max && next > keep) break;
    text = joinSentences(text, sentence);
  }
  return { text, cutStart: at > 0, cutEnd: next < sentences.length };
}
