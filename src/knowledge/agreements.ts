/**
 * Agreements of every document, as one catalogue: the same agreement reported by several
 * documents (same name, same parties) is one entry citing them all. Queried by name, party (any
 * name or adjective of a country: "Austria", "Austrian"), provision, status or year signed.
 * Built once per KnowledgeBase.
 */
import { STOP_WORDS } from '../analysis/packs.ts';
import { fold } from '../corpus/clean.ts';
import { countriesMentioned, czechStem, findCountry } from '../corpus/countries.ts';
import type { Agreement, Document, StatusStep, StepKind } from '../corpus/types.ts';
import { isStillToCome } from '../corpus/agreements/sentences.ts';
import { FieldIndex, knownWords } from './field-index.ts';
import type { KnowledgeBase } from './knowledge-base.ts';
import { stemKeys, tokenize } from './terms.ts';
import { memoByObject } from '../util/memo.ts';

/** One step of an agreement's status, as one document states it. */
export interface StatusEntry {
  kind?: StepKind;
  status: string;
  date?: string;
  document: Document;
}

export interface AgreementEntry {
  /** The fullest account of the agreement (most provisions), with the parties, place and signing date of all accounts. */
  agreement: Agreement;
  /** The document that account comes from first, then every other document reporting it. */
  documents: Document[];
  /** Every status step stated about it, newest first, each citing its document. */
  history: StatusEntry[];
}

interface AgreementMatch extends AgreementEntry {
  score: number;
}

const keyOf = (agreement: Agreement): string =>
  `${fold(agreement.name)}|${agreement.parties.map(fold).sort().join(',')}`;

/** "Agreement on Joint Patrols — Austria, Hungary": a label telling same-named agreements apart. */
export const agreementLabel = (agreement: Agreement): string =>
  agreement.parties.length > 0 ? `${agreement.name} — ${agreement.parties.join(', ')}` : agreement.name;

type Account = { agreement: Agreement; document: Document };

/** Words that name no agreement in particular: nouns, joiners, and words of state. */
const GENERIC_WORDS = new Set(
  (
    'agreement agreements treaty memorandum understanding protocol convention declaration pact partnership mou on of the between and ' +
    'for in to with concerning regarding republic government governments federal kingdom state states minister ministry ' +
    'smlouva smlouvy dohoda dohody protokol memorandum mezi a o ve v s se republika republiky republikou vlada vlady'
  ).split(' '),
);

/** The words that tell one agreement from another ("joint patrols"), country names left out. */
const significantWords = (name: string): Set<string> =>
  new Set(
    (fold(name).match(/\p{L}{3,}/gu) ?? [])
      .filter((word) => !GENERIC_WORDS.has(word) && !findCountry(word))
      .map((word) => word.slice(0, 6)),
  );

/** Two signing dates that can be the same day: equal, or a month ("2015-04") and a day of it. */
const sameSigning = (a: string, b: string): boolean => a.startsWith(b) || b.startsWith(a);

/** Two instruments, whatever else they share: signed on different days, or of different families. */
const otherInstrument = (a: Account, b: Account): boolean =>
  (a.agreement.signed !== undefined &&
    b.agreement.signed !== undefined &&
    !sameSigning(a.agreement.signed, b.agreement.signed)) ||
  (a.agreement.type !== undefined && b.agreement.type !== undefined && a.agreement.type !== b.agreement.type);

/** Two reports of one agreement (same parties already): the same distinguishing words, whatever the wording around them. */
function sameAgreement(a: Account, b: Account, words: (account: Account) => Set<string>): boolean {
  // Signed on different days: two instruments, however alike their (generic) names; a month ("2015-04")
  // fits its days. Two of different families read from notices (a treaty and its protocol): never one.
  if (otherInstrument(a, b)) return false;
  if (keyOf(a.agreement) === keyOf(b.agreement)) return true;
  if (a.document === b.document) return false;
  // The same parties signing on the same day: one agreement, however each report names it (in any language).
  if (a.agreement.signed && b.agreement.signed && sameSigning(a.agreement.signed, b.agreement.signed)) return true;
  // A report without the signing day that has it enter into force on the day a notice does: the same one.
  const inForce = (account: Account) =>
    account.agreement.history
      ?.filter((step) => /^in force$|in(?:to)? force|v platnost|platnos|in kraft/i.test(`${step.kind ?? step.status}`))
      .map((step) => step.date);
  if ((!a.agreement.signed || !b.agreement.signed) && inForce(a)?.some((date) => date && inForce(b)?.includes(date)))
    return true;
  const wordsA = words(a);
  const wordsB = words(b);
  const shared = [...wordsA].filter((word) => wordsB.has(word)).length;
  return shared > 0 && shared >= Math.min(wordsA.size, wordsB.size) / 2;
}

const stepsOf = ({ agreement, document }: Account): StatusEntry[] =>
  (
    agreement.history ??
    agreement.status.map((status): StatusStep => ({
      status,
      ...(status === 'signed' && agreement.signed ? { date: agreement.signed } : {}),
    }))
  ).map((step) => ({
    ...(step.kind ? { kind: step.kind } : {}),
    status: step.status,
    // An instrument's undated step stays undated: the notice's own date is not when it happened;
    // nor is a report's the date of a step it says is still to come.
    ...(step.date || (!agreement.type && !isStillToCome(step.status)) ? { date: step.date ?? document.date } : {}),
    document,
  }));

/** A step saying it has entered into force, in the four languages. */
const ENTERED =
  /\b(?:entered|came|has come) into force|took effect|vstoupil\p{L}* v platnost|nabyl\p{L}* platnosti|nadobudl\p{L}* platnos|in Kraft getreten/iu;
/** A forecast of that: "should enter into force in 2026", "vstoupí v platnost po …", "soll … in Kraft treten". */
const FORECAST =
  /\b(?:should|will|is expected to|shall|could|may|would)\s+(?:\p{L}+\s+){0,2}?(?:enter|come) into force|\bvstoupí v platnost|\bby měl\p{L}* vstoupit|\bnadobudne platnos|\bmal\p{L}* by nadobudnúť|\bsoll\p{L}*\b.{0,40}in Kraft treten/iu;

/** One entry from every report of an agreement: the fullest account, citing every report, with the status history of all. */
function merge(accounts: readonly Account[]): AgreementEntry {
  // The fullest account first; between equals, an instrument's own notice (its full title) before a report of it.
  const ranked = [...accounts].sort(
    (a, b) =>
      b.agreement.provisions.length - a.agreement.provisions.length ||
      Number(Boolean(b.agreement.type)) - Number(Boolean(a.agreement.type)),
  );
  const fullest = ranked[0]!.agreement;
  // The day when one report states it, else the month another does.
  const signed = accounts
    .map((a) => a.agreement.signed)
    .filter((date): date is string => Boolean(date))
    .sort((a, b) => b.length - a.length || a.localeCompare(b))[0];
  // The instrument's own notice (a type, signed on a day) names it and its place as signed; a report, by the month, less so.
  const notice =
    accounts.find((account) => account.agreement.type && account.agreement.signed?.length === 10) ??
    accounts.find((account) => account.agreement.type && account.agreement.signed);
  const place = notice?.agreement.place ?? fullest.place ?? accounts.find((a) => a.agreement.place)?.agreement.place;
  const parties = [...new Set(ranked.flatMap((account) => account.agreement.parties))];
  const seen = new Set<string>();
  // One step once: by its kind and day when known (two notices of one entry into force), else by its words.
  const stepKey = (step: StatusEntry): string =>
    step.kind && step.date ? `${step.kind}|${step.date}` : `${fold(step.status)}|${step.date ?? ''}`;
  // A step the notice and a report both state is cited from the notice, the instrument's own record.
  const history = (notice ? [notice, ...accounts.filter((account) => account !== notice)] : accounts)
    .flatMap(stepsOf)
    .filter((step) => !seen.has(stepKey(step)) && Boolean(seen.add(stepKey(step))))
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
  // A report's month ("signed in September 2023") says no more than the notice's day in it.
  const kindOf = (step: StatusEntry) => step.kind ?? (step.status === 'signed' ? 'signed' : undefined);
  const byDay = history.filter((step) => kindOf(step) && step.date?.length === 10);
  history.splice(
    0,
    history.length,
    ...history.filter(
      (step) =>
        !(
          step.date?.length === 7 &&
          byDay.some((day) => kindOf(day) === kindOf(step) && day.date?.startsWith(step.date!))
        ),
    ),
  );
  // An instrument does not end on the day it enters into force: a notice's "stráca platnosť 1. 11. 2025" under its
  // related regulations that day is the one it replaced ending.
  const started = new Set(history.filter((step) => step.kind === 'in force' && step.date).map((step) => step.date));
  history.splice(
    0,
    history.length,
    ...history.filter((step) => !(step.kind === 'terminated' && step.date && started.has(step.date))),
  );
  // Once a report says it entered into force, earlier forecasts of that ("should enter into force in 2026") are history.
  const entered = history.some((step) => ENTERED.test(step.status));
  if (entered) history.splice(0, history.length, ...history.filter((step) => !FORECAST.test(step.status)));
  const replacedBy = accounts.find((account) => account.agreement.replacedBy)?.agreement.replacedBy;
  const replaces = [...new Set(accounts.flatMap((account) => account.agreement.replaces ?? []))];
  // Named as the instrument's own notice names it (with its signing), else as the fullest account does.
  const titled = notice?.agreement ?? fullest;
  // What every report says it provides, the fullest account's first.
  const provisions = [...new Set(ranked.flatMap((account) => account.agreement.provisions))];
  const agreement: Agreement = {
    ...fullest,
    provisions,
    name: titled.name,
    ...(titled.type ? { type: titled.type } : {}),
    parties,
    ...(signed ? { signed } : {}),
    ...(place ? { place } : {}),
    ...(replacedBy ? { replacedBy } : {}),
    ...(replaces.length > 0 ? { replaces } : {}),
  };
  // Cited first: the instrument's own notice, then the fullest report.
  const cited = notice ? [notice, ...ranked] : ranked;
  return { agreement, documents: [...new Set(cited.map((account) => account.document))], history };
}

/** Accounts grouped into agreements: each joins the first group with the same parties holding a report of the same agreement. */
function group(accounts: readonly Account[]): Account[][] {
  const groups: Account[][] = [];
  const byParties = new Map<string, Account[][]>();
  const cache = new Map<Account, Set<string>>();
  const words = (account: Account): Set<string> => {
    let found = cache.get(account);
    if (!found) cache.set(account, (found = significantWords(account.agreement.name)));
    return found;
  };
  for (const account of accounts) {
    // The EU named beside two countries (a bilateral treaty citing EU law) does not make another agreement.
    const countries = account.agreement.parties.filter((party) => party !== 'European Union');
    const parties = [...new Set(countries.length >= 2 ? countries : account.agreement.parties)].sort().join('|');
    const candidates = byParties.get(parties) ?? [];
    // Joined through a report without its signing day, two instruments signed on different days
    // (the 2015 treaty and the 2025 agreement that ended it) would become one: no member may differ.
    const found = candidates.find(
      (members) =>
        members.some((member) => sameAgreement(member, account, words)) &&
        !members.some((member) => otherInstrument(member, account)),
    );
    if (found) found.push(account);
    else {
      groups.push([account]);
      candidates.push(groups[groups.length - 1]!);
      byParties.set(parties, candidates);
    }
  }
  return groups;
}

/** Every agreement once, newest signed first, then by name. */
function catalogue(kb: KnowledgeBase): AgreementEntry[] {
  const accounts = kb.documents.flatMap((document) =>
    document.agreements.map((agreement) => ({ agreement, document })),
  );
  return group(accounts)
    .map(merge)
    .sort(
      (a, b) =>
        (b.agreement.signed ?? '').localeCompare(a.agreement.signed ?? '') ||
        a.agreement.name.localeCompare(b.agreement.name),
    );
}

const partyNames = (parties: readonly string[]): string =>
  parties.flatMap((party) => [party, ...(findCountry(party)?.aliases ?? [])]).join(' · ');

interface Catalogue {
  entries: AgreementEntry[];
  index: FieldIndex<AgreementEntry>;
}

/** Built once per knowledge base, on first use. */
const catalogueOf = memoByObject((kb: KnowledgeBase): Catalogue => {
  const entries = catalogue(kb);
  const index = new FieldIndex<AgreementEntry>(entries, {
    name: { boost: 3, text: ({ agreement }) => agreement.name },
    stems: { boost: 2, text: ({ agreement }) => stemsOf(agreement.name) },
    glosses: { boost: 2, text: ({ agreement }) => glossesOf(agreement.name) },
    parties: { boost: 2, text: ({ agreement }) => partyNames(agreement.parties) },
    provisions: { boost: 1, text: ({ agreement }) => [...agreement.provisions, ...agreement.status].join(' · ') },
    context: {
      boost: 1,
      text: ({ agreement, documents }) =>
        [agreement.signed?.slice(0, 4), ...documents.map((d) => d.title)].filter(Boolean).join(' · '),
    },
  });
  return { entries, index };
});

/**
 * What an instrument is and is about, in the four languages: its family's nouns and the subjects
 * its name states (matched on the folded name), so "readmission protocol" finds a
 * "Durchführungsprotokoll … über die Rückübernahme". Data, one line per concept; the shared
 * cross-language lexicon of the knowledge stage can take it over.
 */
const GLOSSES: Array<[pattern: RegExp, words: string]> = [
  [/^(?:smlouv|zmluv|vertrag|treaty)/, 'treaty smlouva zmluva vertrag'],
  [/^(?:dohod|abkommen|agreement)/, 'agreement dohoda abkommen'],
  [/protokol|protocol/, 'protocol protokol protokoll'],
  [/^(?:ujednan|vereinbarung|arrangement)/, 'arrangement ujednani vereinbarung'],
  [
    /readmis|zpetne?m? prebirani|spatnom preberani|ruckubernahm|readmission/,
    'readmission readmise readmisia ruckubernahme zpetne prebirani',
  ],
  [/polic|polizei/, 'police policie policia polizei policejni policajny polizeilich'],
  [/spoluprac|zusammenarbeit|cooperation/, 'cooperation spoluprace spolupraca zusammenarbeit'],
  [/hranic|grenz|border/, 'border hranice hranica grenze'],
  [
    /centr|zentrum|pracovis|contact point|kontaktn/,
    'centre center joint contact point centrum zentrum pracoviste pracovisko',
  ],
  [/spolecn|spolocn|gemeinsam|joint/, 'joint spolecne spolocne gemeinsam'],
  [/zmen|anderung|amend/, 'amendment zmena anderung'],
  [/provad|durchfuhr|implement/, 'implementing provadeci vykonavaci durchfuhrung'],
];
const glossesOf = (name: string): string => {
  const folded = fold(name);
  const words = folded.split(/[^\p{L}]+/u);
  return GLOSSES.filter(([pattern]) => pattern.test(folded) || words.some((word) => pattern.test(word)))
    .map(([, words]) => words)
    .join(' ');
};
/** The name's words cut to their Czech/Slovak stems ("spolupráci" and "spolupráce" alike). */
const stemsOf = (text: string): string => (fold(text).match(/\p{L}{4,}/gu) ?? []).map(czechStem).join(' ');

/** Every agreement known, newest signed first. */
export const allAgreements = (kb: KnowledgeBase): readonly AgreementEntry[] => catalogueOf(kb).entries;

/** Countries a query names, by name or adjective, in any case ("germany", "Polish"). */
function countriesAsked(query: string): string[] {
  const words = tokenize(query);
  const named = words
    .flatMap((word, i) => [word, i + 1 < words.length ? `${word} ${words[i + 1]}` : ''])
    .map((name) => (name.length > 2 ? findCountry(name)?.name : undefined));
  return [...new Set([...countriesMentioned(query), ...named.filter((name): name is string => name !== undefined)])];
}

export interface AgreementAnswer {
  matches: AgreementMatch[];
  /** Countries the query names; every match has one of them among its parties. */
  countries: string[];
}

/**
 * A replaced or terminated instrument ranks below the ones in force: /treaty answers with the
 * current one, unless the query names the year it was signed ("treaty 2004").
 */
const currentness = (entry: AgreementEntry, query: string): number => {
  // A year typed is the year it was signed ("treaty 2004"): that one first, in force or not.
  const yearAsked = entry.agreement.signed !== undefined && query.includes(entry.agreement.signed.slice(0, 4));
  if (yearAsked) return 1.5;
  const ended = entry.agreement.replacedBy || entry.history.some((step) => step.kind === 'terminated');
  return (SUBORDINATE.has(entry.agreement.type ?? '') ? 0.8 : 1) * (inForce(entry) ? 1 : 0.85) * (ended ? 0.3 : 1);
};
/** An instrument known to be in force; one only signed (or only reported) may never be. */
const inForce = (entry: AgreementEntry): boolean =>
  entry.history.some(
    (step) => step.kind === 'in force' || /in(?:to)? force|v platnost|nadobudl|in kraft/i.test(step.status),
  );
/** Instruments that carry out or amend a main one (a protocol, an arrangement between ministries): asked for by their own words. */
const SUBORDINATE = new Set(['protocol', 'arrangement']);

/** The entries an entry names as replaced by it, or as replacing it. */
export function relatedEntries(
  kb: KnowledgeBase,
  entry: AgreementEntry,
): { replaces: AgreementEntry[]; replacedBy?: AgreementEntry } {
  const entries = catalogueOf(kb).entries;
  // A new treaty often bears its predecessor's very name: never itself, and of namesakes the one in force replaces.
  const named = (name: string) => (other: AgreementEntry) =>
    other !== entry && fold(other.agreement.name) === fold(name);
  const replaces = [...new Set((entry.agreement.replaces ?? []).flatMap((name) => entries.filter(named(name))))].filter(
    (old) => old.agreement.replacedBy !== undefined || fold(old.agreement.name) !== fold(entry.agreement.name),
  );
  const successor = entry.agreement.replacedBy;
  const replacedBy = successor
    ? (entries.find((other) => named(successor)(other) && !other.agreement.replacedBy) ??
      entries.find(named(successor)))
    : undefined;
  return { replaces, ...(replacedBy ? { replacedBy } : {}) };
}

/**
 * Parties of an agreement beyond those a question names (and the asker's state, when it names one):
 * "smlouva s Rakouskem" and "der tschechisch-polnische Polizeivertrag" ask for a bilateral one, and a
 * trilateral agreement on a joint centre fits them worse. A question naming no country says nothing.
 */
export const partiesBeyond = (agreement: Agreement, named: number): number =>
  named === 0 ? 0 : Math.max(0, agreement.parties.length - Math.max(named, 2));

/** Whether an agreement was signed in a year a query names ("Maďarsko zmluva 1998", "dohodu z roku 2004"). */
export const signedInYearAsked = (agreement: Agreement, query: string): boolean =>
  agreement.signed !== undefined && query.includes(agreement.signed.slice(0, 4));

/**
 * Agreements matching a query, best first, each with the provisions matching the query first. A
 * query that is exactly an agreement's label or name ranks it first. When the query names a
 * country, only agreements it is party to are kept ("agreement with Germany" never shows another);
 * naming several, only agreements between all of them; one that names countries and nothing else
 * gets every agreement they are party to.
 */
export function findAgreements(kb: KnowledgeBase, query: string): AgreementAnswer {
  const typed = fold(query.trim());
  const exact = (entry: AgreementEntry): boolean =>
    fold(agreementLabel(entry.agreement)) === typed || fold(entry.agreement.name) === typed;
  const countries = countriesAsked(query);
  // Two countries named ask for an agreement between them: the Czech-Hungarian treaty is no answer
  // about a Czech-Austrian one. One named asks for any agreement it is party to.
  const withParty = (entry: AgreementEntry): boolean =>
    countries.length < 2
      ? countries.length === 0 || entry.agreement.parties.some((party) => countries.includes(party))
      : countries.every((country) => entry.agreement.parties.includes(country));
  // Scored by the words some agreement holds: one unknown word ("Änderung") does not lose the answer.
  const { index } = catalogueOf(kb);
  const asked = tokenize(query);
  const { known } = knownWords(index, asked);
  const stems = known.map((word) => czechStem(fold(word))).filter((stem) => stem.length >= 4 && !known.includes(stem));
  // Still, a query mostly of words no agreement holds ("Schengen Borders Code") is about none of them.
  // Stop words ("kdy a kde se") are in no name and make no query less about an agreement.
  const said = asked.filter((word) => !STOP_WORDS.has(fold(word)));
  const enough = known.length >= Math.max(1, said.length * 0.4);
  // How well an agreement fits beside its words: in force, and between the parties named only.
  const fit = (entry: AgreementEntry): number =>
    currentness(entry, query) / (1 + partiesBeyond(entry.agreement, countries.length));
  let matches = index
    .search(enough ? [...known, ...stems].join(' ') : '')
    .filter((hit) => withParty(hit.item))
    .map((hit) => ({ ...hit.item, score: (hit.score + (exact(hit.item) ? 1000 : 0)) * fit(hit.item) }));
  if (matches.length === 0 && countries.length > 0)
    matches = catalogueOf(kb)
      .entries.filter(withParty)
      .map((entry) => ({ ...entry, score: fit(entry) }));
  const keys = new Set(tokenize(query).flatMap((word) => stemKeys(word)));
  const overlap = (text: string): number =>
    tokenize(text).filter((word) => stemKeys(word).some((key) => keys.has(key))).length;
  const provisionsFirst = (match: AgreementMatch): AgreementMatch => {
    const provisions = [...match.agreement.provisions].sort((a, b) => overlap(b) - overlap(a));
    return { ...match, agreement: { ...match.agreement, provisions } };
  };
  // A year typed is the year the one asked was signed ("Maďarsko zmluva 1998"): those signed then come first.
  const inYear = (match: AgreementMatch): number => (signedInYearAsked(match.agreement, query) ? 1 : 0);
  return {
    matches: matches.sort((a, b) => inYear(b) - inYear(a) || b.score - a.score).map(provisionsFirst),
    countries,
  };
}
