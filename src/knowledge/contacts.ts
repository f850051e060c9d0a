/**
 * Contact points of every document, queried the way people ask: by organisation, unit, label,
 * person, city, e-mail or audience ("for the public"), by the digits of a number (spaces and the
 * country code optional), and by need: "night", "nonstop", "emergency", "24/7" mean a line that is
 * staffed around the clock, "fax" a fax line, "call" a voice line. Built once per KnowledgeBase.
 */
import { fold } from '../corpus/clean.ts';
import { countriesMentioned, czechStem, findCountry } from '../corpus/countries.ts';
import { has247 } from '../corpus/contacts/phones.ts';
import type { ContactPoint, Document, PhoneNumber } from '../corpus/types.ts';
import { FieldIndex, knownWords, mentionsAny } from './field-index.ts';
import type { KnowledgeBase } from './knowledge-base.ts';
import { processTerm, termsOf, tokenize } from './terms.ts';
import { parseQuery } from './query.ts';
import { placeNameForms } from '../analysis/slavic.ts';
import { memoByObject } from '../util/memo.ts';

export interface ContactEntry {
  contact: ContactPoint;
  document: Document;
}

export interface ContactMatch extends ContactEntry {
  score: number;
  /** The contact's phones, those matching the query first. */
  phones: PhoneNumber[];
  /** How many of `phones` (from the start) matched the query. */
  matchedPhones: number;
}

/** What a contact query asks for besides its words. */
interface ContactQuery {
  words: string;
  /** Digit runs typed ("123456789", "+420 123 456 789" -> "420123456789"). */
  digits: string[];
  wants247: boolean;
  wantsFax: boolean;
  wantsVoice: boolean;
  wantsEmail: boolean;
  wantsAddress: boolean;
  wantsHead: boolean;
}

type Need = 'wants247' | 'wantsFax' | 'wantsVoice' | 'wantsEmail' | 'wantsAddress' | 'wantsHead';

const NEEDS: Record<Need, ReadonlySet<string>> = {
  wants247: new Set(
    (
      'night nights nighttime overnight nonstop emergency emergencies urgent urgently anytime always ' +
      'weekend weekends holiday holidays 247 noc noci nocni nepretrzite nepretrzity nepretrzita pohotovost naleha nalehave urgentni vikend'
    ).split(' '),
  ),
  wantsFax: new Set(['fax', 'faxes', 'telefax', 'faxem', 'faxu']),
  wantsVoice: new Set(
    'call ring phone phones telephone tel dial hotline volat zavolat telefon telefonu volani linka linku'.split(' '),
  ),
  wantsEmail: new Set('email mail write e mailem napsat'.split(' ')),
  wantsAddress: new Set('address addresses located location visit adresa adresu adrese sidlo sidli'.split(' ')),
  wantsHead: new Set(
    'head heads leads chief director boss vedouci veduci veduca vede reditel reditelka riaditel riaditelka sef leiter leiterin'.split(
      ' ',
    ),
  ),
};

/** Need words typed with one slip ("emergancy", "adresss"): long words only, one edit. */
function needOf(word: string): Need | undefined {
  const needs = Object.keys(NEEDS) as Need[];
  const exact = needs.find((need) => NEEDS[need].has(word));
  if (exact || word.length < 5) return exact;
  return needs.find((need) => [...NEEDS[need]].some((known) => known.length >= 5 && withinOneEdit(word, known)));
}

function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const rest = (x: number, y: number) => a.slice(i + x) === b.slice(i + y);
  return rest(1, 1) || rest(1, 0) || rest(0, 1);
}

/** Words of a question that say nothing about whom ("who do I ..."). */
const FILLER = new Set(
  (
    'who whom what where when how which do does did i we you me my our can could should would need want get reach ' +
    'contact someone somebody anyone number numbers line lines kdo koho komu kam kdy jak mam muzu chci potrebuji kontakt ' +
    'is the of for at in on a an to and kontakty na pro v ve do je cislo cisla naseho nasi nase nasich nasim jmeno'
  ).split(' '),
);

const AROUND_THE_CLOCK = /24\s*\/\s*7|\b24\s*-?\s*(?:h|hrs?|hours?|hod\w*)\b/g;
const DIGIT_RUN = /\+?\d[\d\s()./-]*\d/g;

const digitsOf = (text: string): string => text.replace(/\D/g, '').replace(/^00/, '');

/** Split a query into its words, digit runs and needs. */
function parseContactQuery(query: string): ContactQuery {
  const text = fold(query);
  const parsed: ContactQuery = {
    words: '',
    digits: [],
    wants247: has247(text),
    wantsFax: false,
    wantsVoice: false,
    wantsEmail: false,
    wantsAddress: false,
    wantsHead: false,
  };
  const rest = text.replace(AROUND_THE_CLOCK, ' ');
  for (const run of rest.match(DIGIT_RUN) ?? []) if (digitsOf(run).length >= 4) parsed.digits.push(digitsOf(run));
  const words: string[] = [];
  for (const word of rest.match(/[\p{L}\p{N}@.]+/gu) ?? []) {
    const bare = word.replace(/^\.+|\.+$/g, '');
    const need = needOf(bare);
    if (need) parsed[need] = true;
    else if (!FILLER.has(bare)) words.push(bare);
  }
  parsed.words = words.join(' ');
  return parsed;
}

const phoneDigits = (phone: PhoneNumber): string[] =>
  [digitsOf(phone.e164 ?? ''), digitsOf(phone.national), digitsOf(phone.raw)].filter(Boolean);

/** Whether a phone's digits (E.164, national or as written) hold a typed digit run. */
const matchesDigits = (phone: PhoneNumber, query: ContactQuery): boolean =>
  query.digits.some((typed) => phoneDigits(phone).some((digits) => digits.includes(typed)));

/** How well one phone line answers the query (0: not at all). */
function phoneScore(phone: PhoneNumber, query: ContactQuery, matchedTerms: readonly string[]): number {
  return (
    (matchesDigits(phone, query) ? 10 : 0) +
    (query.wants247 && phone.available247 ? 3 : 0) +
    (query.wantsFax && phone.fax ? 3 : 0) +
    (query.wantsVoice && !phone.fax ? 1 : 0) +
    (mentionsAny(phone.label, matchedTerms) ? 2 : 0)
  );
}

/** Score of the needs a contact point meets as a whole (24/7, fax, voice, e-mail). */
function needsScore(contact: ContactPoint, query: ContactQuery): number {
  return (
    (query.wants247 && contact.available247 ? 5 : 0) +
    (query.wantsFax && contact.phones.some((p) => p.fax) ? 5 : 0) +
    (query.wantsVoice && contact.phones.some((p) => !p.fax) ? 1 : 0) +
    (query.wantsEmail && contact.emails.length > 0 ? 1 : 0) +
    (query.wantsAddress && contact.address ? 5 : 0) +
    (query.wantsHead && contact.head ? 5 : 0)
  );
}

/** A unit that cannot give what was asked (no line around the clock, no fax) counts less than its namesake that can. */
const UNMET = 0.75;
function unmetNeeds(contact: ContactPoint, query: ContactQuery): number {
  const unmet = [
    query.wants247 && !contact.available247,
    query.wantsFax && !contact.phones.some((p) => p.fax),
    query.wantsEmail && contact.emails.length === 0,
  ].filter(Boolean).length;
  return UNMET ** unmet;
}

/**
 * What a unit is, in the four languages: when a contact's own words (unit, organisation, divisions,
 * line labels) say it, the words of every language are indexed with it, so "Interpol ústředna",
 * "NCB Bratislava" and "Nationales Zentralbüro" find "Národná ústredňa Interpolu". Data, one line
 * per function; matched on folded text.
 */
const FUNCTIONS: Array<[pattern: RegExp, words: string]> = [
  [/sirene/, 'sirene bureau office kancelar centrala narodni narodna buro'],
  [
    /interpol|\bncb\b|ustredn\w* interpol|zentralburo|national central bureau/,
    'interpol ncb national central bureau narodni ustredna narodna ustredna nationales zentralburo',
  ],
  [
    /europol|\benu\b|narodni jednotk|narodna jednotk|national unit/,
    'europol enu national unit narodni jednotka narodna jednotka nationale stelle',
  ],
  [
    /nepretrzit|stala sluzba|stála služba|operacni stredisk|operacne stredisk|lagezentrum|dauerdienst|rund um die uhr|wache|24\s*\/\s*7|non-?stop|duty|operations? cent/,
    '24/7 247 nonstop non-stop nepretrzita nepretrzity stala sluzba operacni operacne stredisko lagezentrum dauerdienst wache rund um die uhr duty operations centre',
  ],
  [
    /cizineck|cudzineck|fremdenpoliz|fremden-|foreign police|aliens|\bocp\b/,
    'foreign police aliens cizinecka cizinecke policie cudzinecka cudzineckej policie fremdenpolizei',
  ],
  [
    /hranicn|hranicni|grenzpoliz|bundespoliz|border police|border guard|straz graniczn/,
    'border police guard hranicni hranicna policie policia grenzpolizei bundespolizei',
  ],
  [
    /spolecn\w* (?:centr|pracovis)|spolocn\w* (?:centr|kontaktn|pracovis)|kontaktn\w* pracovis|gemeinsame\w* zentrum|joint (?:contact|police|centre|center)|ccpc|pccc|\bspcs\b|\bskp\b|\bgz\b/,
    'joint centre center contact point police customs cooperation spolecne centrum pracoviste spolocne kontaktne pracovisko gemeinsames zentrum ccpc pccc',
  ],
  [
    /press|tiskov|tlacov|pressestelle|pressesprecher|offentlichkeitsarbeit|mluvci|hovorc|media/,
    'press media spokesperson tiskove oddeleni mluvci tlacove hovorca pressestelle pressesprecher',
  ],
  [
    /readmis|ruckubernahm|zpetne\w* prebir|vyhosten|return/,
    'readmission return readmise readmisie ruckubernahme zpetne prebirani',
  ],
  [
    /mezinarodni policejni|medzinarodnej policajnej|international police|internationale polizei/,
    'international police cooperation mezinarodni policejni spoluprace medzinarodna policajna spolupraca internationale polizeiliche zusammenarbeit',
  ],
];
/** Places by their names in the languages around them: a contact in one is found by any (words of one name joined by "-"). */
const PLACES: readonly string[] = [
  'praha prague prag praga',
  'brno brunn brünn',
  'bratislava pressburg pozsony',
  'wien vienna viden vieden',
  'kosice kaschau kassa',
  'dresden drazdany',
  'munchen munich mnichov',
  'nurnberg nuremberg norimberk',
  'warszawa warsaw varsava warschau',
  'berlin berlin',
  'budapest budapest budapest',
  'ostrava ostrau',
  'plzen pilsen',
  'linz linec',
  'passau pasov',
  'regensburg rezno',
  'zittau zitava',
  'gorlitz zhorelec',
  'cheb eger',
  'znojmo znaim',
  'komarno komarom',
  // Regions, a name of several words joined by "-": "Dolnom Rakúsku" finds Niederösterreich.
  'niederosterreich lower-austria dolni-rakousy dolne-rakusko',
  'oberosterreich upper-austria horni-rakousy horne-rakusko',
  'steiermark styria styrsko stajersko',
  'burgenland burgenlandsko',
  'bayern bavaria bavorsko',
  'sachsen saxony sasko',
];
/** The names of several words ("lower austria"), each found as a phrase. */
const PLACE_PHRASES: ReadonlyArray<readonly [RegExp, string]> = PLACES.flatMap((forms) =>
  forms
    .split(' ')
    .filter((form) => form.includes('-'))
    .map((form): [RegExp, string] => [new RegExp(`\\b${form.replace(/-/g, '\\s+')}\\b`), forms]),
);
const PLACE_OF = new Map<string, string>(
  PLACES.flatMap((forms) => forms.split(' ').map((form): [string, string] => [form, forms])),
);

/** What a contact says of itself: its organisation, unit, divisions, head's post and line labels. */
const ownWords = (contact: ContactPoint): string =>
  [contact.organisation, contact.unit, ...contact.divisions].filter(Boolean).join(' · ');

/**
 * The concept tokens of a text, remembered per lexicon: matching a name against the lexicon is
 * dear, and a folder reloaded after one file is added holds the same names as before.
 */
const conceptCache = new WeakMap<object, Map<string, string>>();
function conceptsOfName(kb: KnowledgeBase, text: string): string {
  let known = conceptCache.get(kb.lexicon);
  if (!known) conceptCache.set(kb.lexicon, (known = new Map()));
  let tokens = known.get(text);
  if (tokens === undefined) known.set(text, (tokens = conceptTokens(kb.conceptsOf(text))));
  return tokens;
}

/**
 * The lexicon's concepts a text names (German compounds by their parts: "Koordinationscenter" is
 * a coordination centre), each as one token no word of a page is: a unit written in one language
 * is found by a question in any other the lexicon knows.
 */
const conceptTokens = (concepts: Iterable<string>): string =>
  [...concepts].map((concept) => `lexconcept${concept.replace(/[^\p{L}\p{N}]/gu, '')}`).join(' ');

/** The function words a folded text calls for. */
const functionsOf = (folded: string): string =>
  FUNCTIONS.filter(([pattern]) => pattern.test(folded))
    .map(([, words]) => words)
    .join(' · ');

/** The function words and other-language place names a contact's own words call for. */
function glossesOf(contact: ContactPoint): string {
  const own = fold(
    [
      contact.organisation,
      contact.unit,
      contact.head?.role,
      ...(contact.staff ?? []).map((person) => person.role),
      ...contact.divisions,
      ...contact.phones.map((p) => p.label),
    ]
      .filter(Boolean)
      .join(' · '),
  );
  const functions = FUNCTIONS.filter(([pattern]) => pattern.test(own)).map(([, words]) => words);
  if (contact.available247) functions.push(FUNCTIONS[3]![1]);
  const where = fold([contact.city, contact.address, contact.unit].filter(Boolean).join(' '));
  const places = [
    ...(where.match(/\p{L}+/gu) ?? []).map((word) => PLACE_OF.get(word)),
    ...PLACE_PHRASES.filter(([phrase]) => phrase.test(where)).map(([, forms]) => forms),
  ].filter((forms): forms is string => forms !== undefined);
  return [...new Set([...functions, ...places.map((forms) => forms.replace(/-/g, ' '))])].join(' · ');
}

interface Directory {
  entries: ContactEntry[];
  index: FieldIndex<ContactEntry>;
  /** Organisations and units, for autocomplete. */
  names: string[];
}

const byOrganisation = (a: ContactEntry, b: ContactEntry): number =>
  fold(a.contact.organisation).localeCompare(fold(b.contact.organisation)) ||
  fold(a.contact.unit ?? '').localeCompare(fold(b.contact.unit ?? ''));

function buildDirectory(kb: KnowledgeBase): Directory {
  const entries = kb.documents
    .flatMap((document) => document.contacts.map((contact) => ({ contact, document })))
    .sort(byOrganisation);
  const index = new FieldIndex<ContactEntry>(entries, {
    organisation: { boost: 3, text: ({ contact }) => contact.organisation },
    unit: { boost: 3, text: ({ contact }) => [contact.unit, ...contact.divisions].filter(Boolean).join(' · ') },
    people: {
      boost: 2,
      text: ({ contact }) =>
        [contact.head, ...(contact.staff ?? [])]
          .flatMap((person) => (person ? [`${person.role} ${person.name}`] : []))
          .join(' · '),
    },
    labels: { boost: 1.5, text: ({ contact }) => contact.phones.map((p) => p.label).join(' · ') },
    emails: {
      boost: 1.5,
      text: ({ contact }) =>
        contact.emails.map((e) => `${e.address} ${e.address.split('@')[0]} ${e.audience ?? ''}`).join(' · '),
    },
    place: {
      boost: 1.5,
      text: ({ contact }) =>
        [contact.city, contact.address, ...countryNames(contact.country)].filter(Boolean).join(' · '),
    },
    // What the page is about says what its units are ("Standort Schwandorf" of a page on the joint centre), in every language.
    document: {
      boost: 0.5,
      text: ({ document }) =>
        [document.title, document.country, functionsOf(fold(document.title ?? ''))].filter(Boolean).join(' · '),
    },
    functions: { boost: 2, text: ({ contact }) => glossesOf(contact) },
    concepts: { boost: 2, text: ({ contact }) => conceptsOfName(kb, ownWords(contact)) },
  });
  const names = [
    ...new Set(
      entries.flatMap(({ contact }) => [contact.organisation, contact.unit]).filter((n): n is string => Boolean(n)),
    ),
  ];
  return { entries, index, names };
}

/** A country by every name people type: "Austria", "Austrian", "Rakousko". */
const countryNames = (country: string | undefined): string[] =>
  country ? [country, ...(findCountry(country)?.aliases ?? [])] : [];

/** Built once per knowledge base, on first use. */
const directory = memoByObject(buildDirectory);

/** Every contact point, grouped by organisation (alphabetically), then by unit. */
export const allContacts = (kb: KnowledgeBase): readonly ContactEntry[] => directory(kb).entries;

/** Organisation and unit names, for autocomplete. */
export const contactNames = (kb: KnowledgeBase): readonly string[] => directory(kb).names;

/**
 * The words of a query no contact point holds, not even by prefix, stem, typo, function or other
 * name of a place ("Frontex", "xylophone"); the lookup answers from the others.
 */
export function unknownNames(kb: KnowledgeBase, query: string): string[] {
  const { index } = directory(kb);
  const words = parseContactQuery(query).words.split(' ');
  const candidates = words.filter((word) => word.length > 1 && !/^\d+$/.test(word) && processTerm(word) !== null);
  const unknown = new Set(knownWords(index, candidates).unknown);
  return tokenize(query).filter((word) => unknown.has(fold(word)));
}

/**
 * Whether a word of a question (folded) may be a unit's own name: a word the lexicon does not know,
 * or a place it knows ("Furth im Wald"); not a kind of unit every country has ("SIRENE", "Europol").
 */
export const isOwnName = (kb: KnowledgeBase, folded: string): boolean =>
  !kb.lexicon.knows(folded) || kb.lexicon.namesPlace(folded);

/**
 * Whether a name a question gives names one unit: a place or a name of its own, not a country
 * ("German-Czech") or an acronym of a kind ("GZ", "SKP" for every joint centre).
 */
const namesOneUnit = (kb: KnowledgeBase, name: string): boolean =>
  !/^\p{Lu}+$/u.test(name) && countriesMentioned(name).length === 0 && isOwnName(kb, fold(name));

/** The terms a unit is known by: its own names, its address and city, each word as the index keeps it. */
const namingTerms = memoByObject(
  (contact: ContactPoint): ReadonlySet<string> =>
    new Set(termsOf([ownWords(contact), contact.address, contact.city].filter(Boolean).join(' '))),
);

/** A name a query gives that may be a unit's own: the cards holding it anywhere, the units it names or places. */
export interface UnitName {
  name: string;
  /** Cards holding it in any field, by any form the lookup matches ("Bundeskriminalamtu"). */
  cards: ReadonlySet<ContactPoint>;
  /** Units whose own names, address or city hold it. */
  units: readonly ContactPoint[];
  /** Its forms as the index keeps words. */
  forms: readonly string[];
}

/**
 * The names a query gives that may be a unit's own, each looked up once for every card: words the
 * lexicon knows other than places (SIRENE, Europol, countries) are kinds of units every country
 * has, not names.
 */
export function unitNamesIn(kb: KnowledgeBase, query: string): UnitName[] {
  const { entries, index } = directory(kb);
  return parseQuery(query)
    .names.filter((name) => namesOneUnit(kb, name))
    .map((name) => {
      const folded = fold(name);
      const forms = [processTerm(name), processTerm(czechStem(folded)), ...placeNameForms(folded)].filter(
        (form): form is string => Boolean(form),
      );
      const cards = new Set(forms.flatMap((form) => index.search(form, 0).map((hit) => hit.item.contact)));
      const units = entries
        .filter(({ contact }) => forms.some((form) => namingTerms(contact).has(form)))
        .map(({ contact }) => contact);
      return { name, cards, units, forms };
    });
}

/**
 * The names a query gives (`unitNamesIn`) that another unit is called or placed by, not this one
 * ("Furth im Wald" over the inspection at Ebersbach, "v Budapešti" over a liaison section in
 * Bratislava): the question asks for a unit the documents do not list.
 */
export function namesOtherUnit(names: readonly UnitName[], entry: ContactEntry): string[] {
  // A unit without an address stands nowhere the documents say: a place does not tell it from
  // another, unless its whole page never names it ("Berggießhübel" for the Austrian SPOC).
  const placed = Boolean(entry.contact.address || entry.contact.city);
  const pageTerms = placed ? undefined : termsOfPage(entry.document);
  return names
    .filter(
      ({ cards, units, forms }) =>
        !cards.has(entry.contact) &&
        units.some((unit) => unit !== entry.contact) &&
        (placed || !forms.some((form) => pageTerms!.has(form))),
    )
    .map(({ name }) => name);
}

/** Every word of a document, as the index keeps words. */
const termsOfPage = memoByObject((document: Document): ReadonlySet<string> => new Set(termsOf(document.text)));

/**
 * What a unit in another country than the one asked about keeps of its score: little, as "slovenský
 * SIRENE" asks for the Slovak bureau, however many words the Czech one's English page shares.
 */
const ELSEWHERE = 0.1;

/** How much a concept shared with the question counts beside its words. */
const CONCEPT_WEIGHT = 2;

/**
 * The contact points answering a query, best first, each with its matching phone lines first.
 * Matches scoring under `minShareOfBest` times the best are left out, so a strong answer is not buried.
 */
export function findContacts(kb: KnowledgeBase, query: string, minShareOfBest = 0.3): ContactMatch[] {
  const { entries, index } = directory(kb);
  const parsed = parseContactQuery(query);
  // Scored by the words some contact holds (a Czech form by its stem): one unknown word loses nothing.
  const { known } = knownWords(index, parsed.words.split(' ').filter(Boolean));
  const byWords = new Map(index.search(known.join(' ')).map((hit) => [hit.item, hit]));
  // Each word of the query counts once for a unit: by its form where the unit holds it, else by
  // what it means where the unit names the same concept in its own language ("liaison officers
  // section" for "Oddělení styčných důstojníků"), though another unit holds the English word.
  // Averaged over the word's concepts: a German compound names many, and shares as many by chance.
  const meanings = kb
    .conceptsByWord(parsed.words)
    .filter(({ concepts }) => concepts.length > 0)
    .map(({ word, concepts }) => ({
      forms: [processTerm(word), processTerm(czechStem(fold(word)))],
      scores: new Map(index.search(conceptTokens(concepts), 0).map((hit) => [hit.item, hit.score / concepts.length])),
    }));
  const byConcepts = (entry: ContactEntry): { score: number; words: number } => {
    const heard = byWords.get(entry)?.queryTerms ?? [];
    let score = 0;
    let words = 0;
    for (const { forms, scores } of meanings) {
      const meant = scores.get(entry);
      if (meant === undefined || forms.some((form) => form !== null && heard.includes(form))) continue;
      score += meant;
      words++;
    }
    return { score, words };
  };
  // A country the question names ("v Dolnom Rakúsku", "českého SPOC"): a unit placed in another counts less.
  const countriesAsked = countriesMentioned(query);
  const elsewhere = (contact: ContactPoint): number =>
    countriesAsked.length > 0 && contact.country && !countriesAsked.includes(contact.country) ? ELSEWHERE : 1;
  const matches = entries.flatMap((entry): ContactMatch[] => {
    const terms = byWords.get(entry)?.terms ?? [];
    const scored = entry.contact.phones.map((phone) => ({ phone, score: phoneScore(phone, parsed, terms) }));
    const byDigits = entry.contact.phones.some((phone) => matchesDigits(phone, parsed)) ? 10 : 0;
    const meant = byConcepts(entry);
    const score =
      ((byWords.get(entry)?.score ?? 0) +
        // Beside a word it holds, or by two meanings: "kontakt na německou policii" is not answered
        // by every police unit's concept.
        (byWords.has(entry) || meant.words >= 2 ? CONCEPT_WEIGHT * meant.score : 0) +
        needsScore(entry.contact, parsed) +
        byDigits) *
      unmetNeeds(entry.contact, parsed) *
      elsewhere(entry.contact);
    if (score <= 0) return [];
    const phones = [...scored].sort((a, b) => b.score - a.score); // stable: equal lines keep the document's order
    return [
      { ...entry, score, phones: phones.map((p) => p.phone), matchedPhones: phones.filter((p) => p.score > 0).length },
    ];
  });
  const best = Math.max(0, ...matches.map((m) => m.score));
  const ranked = matches.filter((m) => m.score >= best * minShareOfBest).sort((a, b) => b.score - a.score);
  // A unit the question names by its place or own name ("Riaditeľstvo … v Prahe") comes before a
  // closer one named otherwise (the Slovak office in Bratislava), when both matched.
  const names = ranked.length > 1 ? unitNamesIn(kb, query) : [];
  if (names.length > 0 && namesOtherUnit(names, ranked[0]!).length > 0) {
    const named = ranked.findIndex((match) => namesOtherUnit(names, match).length === 0);
    if (named > 0) ranked.unshift(...ranked.splice(named, 1));
  }
  return ranked;
}
