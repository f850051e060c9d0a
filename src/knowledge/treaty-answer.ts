/**
 * A question about an agreement's dates or status asked of /search ("Kdy vstoupila v platnost
 * smlouva se Slovenskem?", "Is the Slovak police treaty in force?"): answered from the agreement
 * catalogue's dated steps, the step the question names (signed, approved, ratified, instruments
 * exchanged, applied provisionally, in force, terminated), or for a status question the latest
 * step, rather than from whichever sentence mentions a date.
 */
import { allAgreements, signedInYearAsked, type AgreementEntry, type StatusEntry } from './agreements.ts';
import type { KnowledgeBase, SearchHit } from './knowledge-base.ts';
import type { AnswerKind } from './question.ts';
import type { StepKind } from '../corpus/types.ts';
import { stepKindOf } from '../corpus/instruments.ts';
import { stemKeys } from './terms.ts';
import { datesIn } from '../corpus/dates.ts';
import { sentencesOf } from './passages.ts';
import { AGREEMENT_CONCEPTS, namesAgreement, STEP_CONCEPTS, stepsAsked } from './steps.ts';

/** Lexicon concepts of who approves, ratifies or signs an instrument for a state: a step's actor. */
const STEP_ACTORS = new Set([
  'president',
  'government',
  'parliament',
  'chamber-of-deputies',
  'senate',
  'national-council-sk',
  'nationalrat-at',
  'bundestag',
  'bundesrat',
  'sejm',
  'minister',
]);

export interface TreatyAnswer {
  entry: AgreementEntry;
  /** The step answering: the one asked for, or the latest for a status question. */
  step: StatusEntry;
  /** The document's whole sentence stating the step, when it can be found: the evidence quoted. */
  sentence?: string;
  /** The question named the step ("ratified", "instruments exchanged"): an answer even where no passage was found to hold one. */
  named?: true;
}

/** A status clause shorter than this is a bare word, not a clause to find a sentence by. */
const MIN_CLAUSE = 15;

/** The sentence of the step's document that holds its status clause whole ("Protokol vstoupil v platnost … 2024."). */
export function sentenceStating(kb: KnowledgeBase, step: StatusEntry): string | undefined {
  if (step.status.length >= MIN_CLAUSE) return kb.sentenceHolding(step.document, step.status);
  // A bare "signed" (the agreement's own signing date, no clause read) says too little to find it
  // by: the sentence naming its day and saying the step is.
  const saying = STEP_CONCEPTS.find(([, kind]) => kind === step.kind)?.[0];
  return step.date && saying ? kb.sentenceDated(step.document, step.date, saying) : undefined;
}

const answered = (kb: KnowledgeBase, entry: AgreementEntry, step: StatusEntry): TreatyAnswer => {
  const sentence = sentenceStating(kb, step);
  return { entry, step, ...(sentence ? { sentence } : {}) };
};

/** The question is about an agreement between parties no document has one between: not answered. */
export const NO_SUCH_AGREEMENT = 'no-such-agreement';

/**
 * The latest step of an agreement: the newest dated one, and of several stated the same day the
 * last (a report says "signed …, must be ratified …, should enter into force in 2026" in that order).
 */
export function latestStep(entry: AgreementEntry): StatusEntry | undefined {
  const newest = entry.history.find((step) => step.date)?.date;
  if (!newest) return entry.history[0];
  return entry.history.filter((step) => step.date === newest).at(-1);
}

/** The step a question's concepts name, if any. */
const stepAsked = (concepts: ReadonlySet<string>): StepKind | undefined => stepsAsked(concepts)[0];

/** Steps a state takes on its own (its parliament approves, its president ratifies); the others both parties take together. */
const UNILATERAL: ReadonlySet<StepKind> = new Set(['approved', 'ratified']);
/** Names that are not who acts: "Slovak–Slovenian", "with Slovenia", "zwischen … und …", "se Slovinskem". */
const NOT_ACTING =
  /\p{L}+\s*[-–—]\s*\p{L}+|(?<!\p{L})(?:with|between|and|se|s|so|mezi|medzi|a|mit|zwischen|und)\s+(?:the\s+|der\s+|dem\s+|den\s+)?\p{L}+/giu;

/**
 * The one state a question asks as taking a step ("When did Slovenia ratify the Slovak–Slovenian
 * treaty?": Slovenia), if it names one outside the instrument's parties as written beside it.
 */
export function actorAsked(kb: KnowledgeBase, query: string): string | undefined {
  const named = kb.countriesNamed(query.replace(NOT_ACTING, ' '));
  return named.size === 1 ? [...named][0] : undefined;
}

/**
 * The dated steps of an agreement that answer the steps a question asks about; a step one state
 * takes (a ratification) answers only about that state: the Slovak president's ratification is no
 * answer to when Slovenia ratified.
 */
export function stepsGiven(
  kb: KnowledgeBase,
  entry: AgreementEntry,
  asked: readonly StepKind[],
  actor: string | undefined,
): StatusEntry[] {
  return asked.flatMap((kind) => {
    if (kind === 'signed' && entry.agreement.signed) {
      const step = entry.history.find((s) => s.kind === 'signed' && s.date === entry.agreement.signed);
      return [step ?? { kind, status: 'signed', date: entry.agreement.signed, document: entry.documents[0]! }];
    }
    // A report's steps are read without kinds: the kind its words state.
    const step = entry.history.find((s) => {
      if ((s.kind ?? stepKindOf(s.status)) !== kind || !s.date) return false;
      if (!actor || !UNILATERAL.has(kind)) return true;
      const by = kb.countriesNamed(s.status);
      return by.size === 0 || by.has(actor);
    });
    return step ? [step.kind ? step : { ...step, kind }] : [];
  });
}

/**
 * Agreement concepts that also say what an agreement is about: "readmission" names a readmission
 * agreement, so it is the question's subject too, where "treaty" or "protocol" names only a kind.
 */
const SPECIFIC_AGREEMENTS = new Set(['readmission-agreement']);

/** Lexicon groups of what an agreement is about (its subject), as opposed to its kind, status or date. */
const SUBJECT_GROUPS = new Set(['subject', 'institution', 'crime', 'place', 'contact']);

/**
 * The words naming what the agreement asked about is about: "společném kontaktním pracovišti" of
 * "dohoda s Rakouskem o společném kontaktním pracovišti", "Schengen", a place's name; not its kind
 * (treaty), step (signed), parties (countries) or words such as "new".
 */
function subjectWords(kb: KnowledgeBase, query: string): SubjectWord[] {
  const asksStep = stepAsked(kb.conceptsOf(query)) !== undefined;
  return kb.conceptsByWord(query).flatMap((entry) => {
    const { word, concepts } = entry;
    // A number or a party ("2008", "SR", "ČR") is not what the agreement is about.
    if (/^\p{N}/u.test(word) || kb.countriesNamed(word).size > 0) return [];
    // "wann ratifiziert der Präsident?", "kdy vyslovil souhlas parlament?", "kedy ju schválila Národná
    // rada?": who takes the step asked about, not what the agreement is about ("Národná" also means national).
    if (asksStep && concepts.some((concept) => STEP_ACTORS.has(concept))) return [];
    // A word no lexicon knows is a subject when it is a name ("Schengen", "Kittsee").
    if (concepts.length === 0) return /^\p{Lu}/u.test(word) ? [entry] : [];
    // A word that can be an action ("took": taking over a case, breaking up a network) says what
    // happened, not what the agreement is about, unless it names a subject too ("cooperation").
    const groups = concepts.map((concept) => kb.lexicon.groupOf(concept) ?? '');
    const about =
      groups.includes('subject') || (groups.some((group) => SUBJECT_GROUPS.has(group)) && !groups.includes('action'));
    const ofAgreement = concepts.some(
      (concept) =>
        (AGREEMENT_CONCEPTS.has(concept) && !SPECIFIC_AGREEMENTS.has(concept)) ||
        STEP_CONCEPTS.some(([step]) => step === concept) ||
        kb.lexicon.countryOf(concept) !== undefined,
    );
    return about && !ofAgreement ? [entry] : [];
  });
}

interface SubjectWord {
  word: string;
  concepts: string[];
}

/**
 * A part of the subject: one word, or words that name one concept together ("illegal migration",
 * "policajnej spolupráci"), with their forms as an agreement's name may hold them (as written, in
 * their other forms and languages, their stem keys). Read once per question.
 */
interface SubjectPart {
  forms: Array<Set<string>>;
  /** The concepts the words name together (a lone word's own: "Frontexu" is the "European Border and Coast Guard Agency"). */
  together: string[];
}

function subjectParts(kb: KnowledgeBase, subject: readonly SubjectWord[]): SubjectPart[] {
  const parts: Array<{ words: SubjectWord[]; together: string[] }> = [];
  for (const word of subject) {
    const last = parts.at(-1);
    const together = last ? last.together.filter((concept) => word.concepts.includes(concept)) : [];
    if (last && together.length > 0) {
      last.words.push(word);
      last.together = together;
    } else parts.push({ words: [word], together: word.concepts });
  }
  return parts.map(({ words, together }) => ({
    forms: words.map(({ word }) => {
      const forms = [...kb.wordsOf(word), ...kb.translationsOf(word)];
      return new Set(forms.flatMap((form) => [form, ...stemKeys(form)]));
    }),
    together,
  }));
}

/**
 * The words of a text that must name a concept the question says in several words: all of them,
 * up to two ("organizovanej trestnej činnosti" is "organisierten Kriminalität").
 */
const TOGETHER = 2;

/**
 * Whether a text (an agreement's name and where it was signed, its provisions, a sentence) names
 * most parts of the subject: most of a part's words, each as a word or by its stem, or the concept
 * a part's words name together by as many words of its own, or two for a longer part ("nedovolené migrace"
 * for "illegal migration"). An agreement "on the joint contact point and cooperation in protecting the border"
 * is no answer about "police cooperation", though it names cooperation.
 */
function namesSubject(kb: KnowledgeBase, text: string, parts: readonly SubjectPart[]): boolean {
  const keys = kb.wordsOf(text).flatMap((word) => [word, ...stemKeys(word)]);
  const conceptsOfWords = kb.conceptsByWord(text).map(({ concepts }) => concepts);
  // Read from every word of the text only for a lone word's concepts, and then once.
  let concepts: ReadonlySet<string> | undefined;
  const holds = (part: SubjectPart) =>
    part.forms.filter((word) => keys.some((key) => word.has(key))).length > part.forms.length / 2 ||
    (part.forms.length === 1
      ? part.together.some((concept) => (concepts ??= kb.conceptsOfText(text)).has(concept))
      : part.together.some(
          (concept) =>
            conceptsOfWords.filter((concepts) => concepts.includes(concept)).length >=
            Math.min(part.forms.length, TOGETHER),
        ));
  return parts.filter(holds).length > parts.length / 2;
}

/** An agreement's name with where it was signed, or other text of it, as `namesSubject` reads it. */
const named = (entry: AgreementEntry, text = entry.agreement.name): string =>
  [text, entry.agreement.place].filter(Boolean).join(' · ');

/**
 * Whether an agreement is about what a question names besides its kind, step and parties, by its
 * name or what it provides: "zmluva o
 * policajnej spolupráci Slovensko Rakúsko" is not answered by the Slovak-Austrian agreement on a
 * joint contact point. A question naming no subject accepts any.
 */
export function aboutSubjectOf(kb: KnowledgeBase, query: string): (entry: AgreementEntry) => boolean {
  const subject = subjectWords(kb, query);
  if (subject.length === 0) return () => true;
  const parts = subjectParts(kb, subject);
  // /treaty is asked by what an agreement provides too ("cross-border pursuit"): its name or its provisions.
  return (entry) =>
    namesSubject(kb, named(entry, [entry.agreement.name, ...entry.agreement.provisions].join(' · ')), parts);
}

/**
 * The instrument's own sentence answering what a question asks beyond which instrument it is and
 * when its steps were taken: a provision the question names that the instrument's name does not
 * ("hot pursuit Poland": how far a pursuit may go), or, asked how it ends while it has not ended,
 * its clause on that ("výpoveď – kedy skončí platnosť": six months after notice is given). The
 * clause on ending states no day: a sentence dating an end is about the instrument it replaced.
 */
export function clauseAsked(kb: KnowledgeBase, query: string, entry: AgreementEntry): string | undefined {
  const concepts = kb.conceptsOf(query);
  // What it replaced is told by the sentence ending the old one.
  if (asksAboutReplacement(concepts) && !concepts.has('terminate')) return undefined;
  const subject = subjectWords(kb, query);
  const parts = subjectParts(kb, subject);
  const provisionAsked = subject.length > 0 && !namesSubject(kb, named(entry), parts);
  const endAsked =
    stepsAsked(concepts).includes('terminated') &&
    !entry.agreement.replacedBy &&
    !entry.history.some((step) => step.kind === 'terminated');
  if (!provisionAsked && !endAsked) return undefined;
  for (const document of entry.documents) {
    const hit = kb.answerIn(document, query);
    if (!hit) continue;
    // An article's heading ("Article 5 Hot pursuit") names the provision; its sentences say what it provides.
    const says = (sentence: string) => kb.wordsOf(sentence).length >= MIN_CLAUSE_WORDS;
    const provision = [hit.sentence, ...sentencesOf(hit.passage.text)].find(
      (sentence) => says(sentence) && namesSubject(kb, sentence, parts),
    );
    if (provisionAsked && provision) return provision;
    const { sentence } = hit;
    if (endAsked && kb.conceptsOf(sentence).has('terminate') && datesIn(sentence).length === 0) return sentence;
  }
  return undefined;
}

/** Fewer words than this name a provision (a heading) rather than state it. */
const MIN_CLAUSE_WORDS = 8;

/** Instrument families that stand beside a treaty or an agreement: a protocol to it, a memorandum, an arrangement between ministries. */
const SUBSIDIARY: ReadonlyMap<string, string> = new Map([
  ['protocol', 'protocol'],
  ['implementing-protocol', 'protocol'],
  ['memorandum', 'memorandum'],
  ['arrangement', 'arrangement'],
]);

/**
 * Which instrument families answer a question, by the kind it names: a protocol, memorandum or
 * arrangement only the same; a treaty or an agreement not those ("kdy byla podepsána smlouva o
 * policejní spolupráci" is not answered by a protocol on joint workplaces); no kind named, any.
 */
function familyAsked(concepts: ReadonlySet<string>): (type: string | undefined) => boolean {
  const specific = new Set([...concepts].flatMap((concept) => SUBSIDIARY.get(concept) ?? []));
  if (specific.size > 0) return (type) => type === undefined || specific.has(type);
  const generic = namesAgreement(concepts);
  const subsidiary = new Set(SUBSIDIARY.values());
  return (type) => !generic || type === undefined || !subsidiary.has(type);
}

/**
 * The agreement a question is about: among those between the parties it names (or, naming none,
 * those of the documents search found for it), the one in the documents search ranked first
 * across languages, whose name holds most of its words; a replaced instrument yields to the one
 * in force.
 */
function agreementAsked(kb: KnowledgeBase, query: string, parties: ReadonlySet<string>): AgreementEntry | undefined {
  const found = kb.search(query, {}, 3).hits.map((hit) => hit.document.id);
  const words = new Set([...kb.translationsOf(query), ...kb.wordsOf(query)]);
  const score = (entry: AgreementEntry): number => {
    const rank = Math.min(...entry.documents.map((d) => (found.includes(d.id) ? found.indexOf(d.id) : 9)));
    const named = entry.agreement.parties.filter((party) => parties.has(party)).length;
    const overlap = kb.wordsOf(entry.agreement.name).filter((word) => words.has(word)).length;
    const replaced = entry.agreement.replacedBy || entry.history.some((step) => step.kind === 'terminated') ? 1 : 0;
    return 2 * named + overlap - rank - 2 * replaced;
  };
  // Every country the question names must be a party: the Czech-Hungarian treaty is no answer
  // about the Czech-Austrian one; and what it is about must be in its name: the readmission
  // agreement with Austria is no answer about the joint contact point with Austria.
  const subject = subjectWords(kb, query);
  const parts = subjectParts(kb, subject);
  const family = familyAsked(kb.conceptsOf(query));
  const candidates = allAgreements(kb).filter(
    (entry) =>
      family(entry.agreement.type) &&
      [...parties].every((party) => entry.agreement.parties.includes(party)) &&
      (parties.size > 0 || entry.documents.some((d) => found.includes(d.id))) &&
      (subject.length === 0 || namesSubject(kb, named(entry), parts)),
  );
  return candidates.sort((a, b) => score(b) - score(a))[0];
}

/**
 * Whether the passage answering a search speaks of the agreement asked about, where no agreement
 * of the catalogue is between its parties: the passage (with its heading and its document's
 * title) names each party, and the answering sentence names an instrument of the kind asked for
 * and what it is about. A Czech-Austrian readmission agreement is no answer about joint contact
 * points, nor a protocol on joint workplaces about a police cooperation treaty.
 */
function answersInPassage(
  kb: KnowledgeBase,
  query: string,
  hit: SearchHit | undefined,
  parties: ReadonlySet<string>,
): boolean {
  if (!hit) return false;
  const context = `${hit.document.title}\n${hit.passage.heading ?? ''}\n${hit.passage.text}`;
  const countries = kb.countriesNamed(context);
  if (![...parties].every((party) => countries.has(party))) return false;
  // The instrument is the sentence's or its section's, or a protocol, memorandum or arrangement the
  // page's title names: a notice names it above ("Bekanntmachung über das Inkrafttreten des
  // Protokolls …") and dates a step in a sentence of its own. A gazette's title ("Sbírka
  // mezinárodních smluv") names treaties of every kind, none in particular.
  const family = familyAsked(kb.conceptsOf(query));
  const instruments = [
    ...kb.conceptsOf(`${hit.passage.heading ?? ''}\n${hit.sentence}`),
    ...[...kb.conceptsOf(hit.document.title)].filter((concept) => SUBSIDIARY.has(concept)),
  ].filter((concept) => AGREEMENT_CONCEPTS.has(concept));
  if (!instruments.some((concept) => family(SUBSIDIARY.get(concept) ?? 'treaty'))) return false;
  const subject = subjectWords(kb, query);
  return subject.length === 0 || namesSubject(kb, context, subjectParts(kb, subject));
}

/** A year as a question names one ("treaty 2006"). */
const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/g;

/**
 * The passage mentioning an instrument of the year a question names when no instrument the
 * documents describe was signed that year: "Poland Czech Republic police cooperation treaty 2006"
 * is answered by the news item on "their own 2006 police cooperation treaty", not by the 2024
 * protocol between them. The sentence names the year and an instrument of the kind asked, its
 * passage every party asked.
 */
export function mentionAsked(
  kb: KnowledgeBase,
  query: string,
  described: readonly AgreementEntry[],
): { hit: SearchHit; year: string } | undefined {
  const years = query.match(YEAR) ?? [];
  if (years.length === 0) return undefined;
  if (described.some((entry) => years.some((year) => entry.agreement.signed?.startsWith(year)))) return undefined;
  const parties = kb.countriesNamed(query);
  const [hit] = kb.search(query, {}, 1).hits;
  const year = years.find((candidate) => hit?.sentence.includes(candidate));
  return hit && year && parties.size > 0 && answersInPassage(kb, query, hit, parties) ? { hit, year } : undefined;
}

/**
 * Whether a question asks about the instrument an agreement replaced: it names an earlier one
 * ("dřívější", "ältere", "earlier"), what ceased to apply when it took effect ("jaký předpis přestal
 * platit"), or what the new one replaces ("kterou dohodu nahradí nová smlouva").
 */
const asksReplaced = (concepts: ReadonlySet<string>): boolean =>
  concepts.has('old-former') || concepts.has('cease-to-be-valid') || (concepts.has('replace') && concepts.has('new'));

/**
 * Whether a question asks about a replacement at all: what an agreement replaced or cancelled
 * ("which treaty does it replace", "jakou dohodu zrušila", "welches Abkommen tritt außer Kraft", "which
 * agreement ended when it entered into force"),
 * or an earlier instrument.
 */
export const asksAboutReplacement = (concepts: ReadonlySet<string>): boolean =>
  ['replace', 'old-former', 'cease-to-be-valid', 'repeal', 'terminate', 'expire', 'end'].some((concept) =>
    concepts.has(concept),
  );

/**
 * The instrument a question (its concepts) asks about when it asks what an agreement replaced
 * (`asksReplaced`), if the documents name one: of several, the one signed in a year the question
 * names ("ktorú dohodu z roku 2004 nahradila").
 */
export const replacedAsked = (
  kb: KnowledgeBase,
  query: string,
  concepts: ReadonlySet<string>,
  entry: AgreementEntry,
): AgreementEntry | undefined => (asksReplaced(concepts) ? replacedInstrument(kb, query, entry) : undefined);

/** The instrument an agreement replaced, as the documents name it; the agreement itself when it is the replaced one. */
function replacedInstrument(kb: KnowledgeBase, query: string, entry: AgreementEntry): AgreementEntry | undefined {
  if (entry.agreement.replacedBy) return entry;
  const names = new Set(entry.agreement.replaces ?? []);
  const replaced = allAgreements(kb).filter((other) => names.has(other.agreement.name));
  return replaced.find((other) => signedInYearAsked(other.agreement, query)) ?? replaced[0];
}

/**
 * The agreement step answering a date or status question about an agreement; `NO_SUCH_AGREEMENT`
 * when the question names parties no agreement of the documents has (its answer would be about
 * another agreement); undefined when the question is not one for the catalogue.
 */
export function treatyAnswer(
  kb: KnowledgeBase,
  query: string,
  kind: AnswerKind | undefined,
  answering?: SearchHit,
): TreatyAnswer | typeof NO_SUCH_AGREEMENT | undefined {
  if (kind !== 'date' && kind !== 'status') return undefined;
  const concepts = kb.conceptsOf(query);
  if (!namesAgreement(concepts)) return undefined;
  const asked = stepAsked(concepts) ?? (kind === 'date' ? 'signed' : undefined);
  const parties = kb.countriesNamed(query);
  const best = agreementAsked(kb, query, parties);
  // No agreement between them, unless the passage answering the search speaks of those parties: a
  // news item on an arrangement no gazette lists ("Česko a Rakousko …: ministři ve čtvrtek v
  // Mikulově podepsali prováděcí ujednání").
  if (!best)
    return parties.size >= 2 && !answersInPassage(kb, query, answering, parties) ? NO_SUCH_AGREEMENT : undefined;
  const replaced = replacedAsked(kb, query, concepts, best);
  if (replaced) {
    // "Which earlier agreement did it replace, and when was that signed?": the old one's step.
    // The catalogue knows which one it replaced, though no passage read as the answer.
    const step = replaced.history.find((s) => s.date && s.kind === (asked === 'terminated' ? 'terminated' : 'signed'));
    return step && { ...answered(kb, replaced, step), named: true };
  }
  const dated = best.history.filter((step) => step.date);
  if (kind === 'status') {
    const latest = latestStep(best);
    return latest && answered(kb, best, latest);
  }
  // A step the question names ("when were the instruments exchanged"), one state's own only of that state.
  const named = stepAsked(concepts);
  if (named) {
    const [given] = stepsGiven(kb, best, [named], actorAsked(kb, query));
    return given && { ...answered(kb, best, given), named: true };
  }
  const step =
    dated.find((s) => s.kind === asked) ??
    (asked === 'signed' && best.agreement.signed
      ? { kind: 'signed' as const, status: 'signed', date: best.agreement.signed, document: best.documents[0]! }
      : undefined);
  return step && answered(kb, best, step);
}
