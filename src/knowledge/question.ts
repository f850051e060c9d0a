/**
 * What a question asks for, read from its question words in Czech, Slovak, English and German
 * (who/kdo/kto/wer: a person; when/kdy/kedy/wann: a date; how much/kolik stojí/wie viel kostet:
 * money; how many/kolik/koľko/wie viele: a number; where/kde/wo: a place; a phone, fax, e-mail or
 * address; "is it in force"/"platí"/"in Kraft": a status; "which countries"/"které státy": a list),
 * and whether a sentence holds that kind of answer. The cues are data, one table per kind.
 */
import { STOP_WORDS } from '../analysis/packs.ts';
import { fold } from '../corpus/clean.ts';
import { DEPUTY } from '../corpus/contacts/lines.ts';
import { countryMentions } from '../corpus/countries.ts';
import { namesPeriodOfDays } from '../corpus/dates.ts';

export type AnswerKind =
  | 'person'
  | 'date'
  | 'money'
  | 'number'
  | 'place'
  | 'origin'
  | 'phone'
  | 'fax'
  | 'email'
  | 'address'
  | 'status'
  | 'list';

/** A question as the cues read it: folded, its words between single spaces, a space at each end. */
const cueText = (question: string): string => ` ${fold(question).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;

const CONTACT_KINDS: ReadonlySet<AnswerKind> = new Set(['phone', 'fax', 'email', 'address']);

/** Whether a question of this kind asks for a contact's field: answered from the contact directory. */
export const isContactKind = (kind: AnswerKind | undefined): boolean => kind !== undefined && CONTACT_KINDS.has(kind);

/** "Which countries", "které země", "ktoré krajiny", "welche Länder": a list of countries is asked for. */
const COUNTRIES_ASKED =
  / (?:which countries|what countries|which states|which member states|ktere (?:zeme|staty|statu|zem\w*)|kterymi (?:zememi|staty)|kterych (?:zemi|zemich|statu|statech)|jake (?:zeme|staty)|ktore (?:krajiny|staty|statov)|ktorymi (?:krajinami|statmi)|ktorych (?:krajin|krajinach|statov|statoch)|welche[nm]? (?:lander\w*|staaten|mitgliedstaaten)) /;

export const asksCountries = (question: string): boolean => COUNTRIES_ASKED.test(cueText(question));

/** "Which Slovak interior ministry official", "který náměstek", "welcher Beamte": a person, by their post. */
const WHICH_PERSON =
  /(?:which|what|ktery|ktera|kteri|ktory|ktora|ktori|welche[rn]?)(?: (?!did |does |do |is |was |were |has |have |je |byl |bol |ist |war |hat )\w+){0,4} (?:official|minister|officer|spokes\w+|director|head|representative|secretary|commander|ministr(?:a|em|u|yne|yni|ka|ky)?|namest(?:ek|ka|kyne)|urednik\w*|reditel\w*|mluvci|zastupce|velitel\w*|riaditel\w*|hovorca|tajomnik\w*|minister(?:in)?|beamte\w*|sprecher\w*|leiter\w*|direktor\w*|staatssekretar\w*)/;

/**
 * Cues per kind, over the question folded and padded with spaces, in the order they are tried:
 * "kolik stojí" is money before "kolik" is a number; "od kdy platí" is a date before "platí" is
 * a status.
 */
const CUES: ReadonlyArray<readonly [AnswerKind, RegExp]> = [
  [
    'money',
    / (how much (?:money|cash|funding|did|does|will|was|is|has)|what amount|which amount|cost|costs|price|budget|funding|(?<!in )charg(?:e|ed|es|ing) (?:for|per)|paid|kolik (?:stal\w*|stoj\w*|bude stat|penez|korun|eur|milion\w*|hotovost\w*)|zaplat\w*|uctoval\w*|uctuj\w*|kolik si|kolko si|jakou castk\w*|jaka castka|castk[ayu]|za kolik|rozpoct\w*|rozpocet|kolko (?:stal\w*|stoj\w*|bude stat|penazi|eur|milion\w*|hotovost\w*)|aku sumu|suma|sumu|wie viel (?:geld|bargeld|kostet|euro)|bezahl\w*|verlangt\w*|welche\w* (?:betrag|summe)|betrag|kosten|finanzierung|profits?|proceeds|revenues?|turnover|damages?|zisk\w*|vynos\w*|gewinn\w*|erlos\w*|schaden\w*|umsatz\w*) /,
  ],
  // Opening with "until when" ("Until when do the old numbers work?", "od kdy platí nové číslo?"), a
  // question asks for a day, not the number it is of; asked after a count ("kolik … a do kdy"), it is a second part.
  ['date', /^ (?:\w+ )?(?:until when|since when|by when|od kdy|do kdy|od kedy|do kedy|seit wann|bis wann|ab wann) /],
  ['fax', / (fax\w*|telefax) /],
  ['email', / (e ?mail\w*|mail\w*|elektronick\w* (?:posty|adres\w*)) /],
  [
    'phone',
    / (phone|telephone|call|dial|number to call|(?:what|which) (?:is|are) the (?:\w+ ){0,4}numbers?|nummer|hotline|telefon\w*|tel|cisl[oa]|cisle|zavolat|volat|zavola\w*|telefonn\w*|rufnummer|telefonnummer|anrufen|erreichbar) /,
  ],
  // "v kolik", "um wie viel Uhr": a time of day, before "kolik" and "wie viel" ask for a count.
  ['date', / (v kolik|kolik hodin|o kolkej|o ktorej|um wie ?viel uhr|um welche uhrzeit|at what time|what time) /],
  [
    'number',
    / (how many|how far|how long|how old|number of|kolik let|kolko rokov|wie alt|kolik\w*|jak dlouho|jak daleko|pocet|poctu|kolko|kolkych|kolkim|ako dlho|ako daleko|wie viele|wie viel|wie weit|wie lange|anzahl|vzdalenost\w*|vzdialenost\w*|entfernung) /,
  ],
  [
    'date',
    / (when|what date|which date|which year|what year|since when|until when|kdy|od kdy|do kdy|ktereho dne|kterem roce|jakem roce|datum\w*|kedy|od kedy|do kedy|ktoreho dna|ktorom roku|wann|seit wann|bis wann|welchem tag|welchem jahr) /,
  ],
  [
    'origin',
    / (which country|what country|which state|which member state|ktera zeme|kterou zemi|ktery stat|ktera krajina|ktora krajina|ktory stat|welches land|welcher staat|welcher mitgliedstaat|what nationalit\w*|which nationalit\w*|nationality|nationalities|where (?:\w+ ){1,6}(?:come|came) from|where (?:was|were|is|are) (?:\w+ ){1,6}from|jak\w* statni prislusnost\w*|statni prislusnost\w*|jak\w* narodnost\w*|odkud pochaz\w*|akej statnej prislusnost\w*|statnej prislusnost\w*|akej narodnost\w*|odkial pochadz\w*|woher stamm\w*|woher kam\w*|welche\w* staatsangehorigkeit\w*|staatsangehorigkeit\w*|welche\w* nationalitat\w*) /,
  ],
  [
    'person',
    new RegExp(
      ` (?:who|whom|whose|name of|kdo|koho|komu|kym|jmeno|kto|meno|wer|wen|wem|wessen|${WHICH_PERSON.source}) `,
    ),
  ],
  [
    'address',
    / (address|postal|adres\w*|sidl\w*|sidlo|anschrift|adresse|postanschrift|wo (?:befindet|sitzt|ist) (?:sich )?(?:das|die|der) (?:buro|dienststelle|zentrum|amt)) /,
  ],
  [
    'place',
    / (where|which city|which town|what place|kde|kam|odkud|kterem meste|jakem meste|odkial|ktorom meste|wo|wohin|woher|welcher stadt|welchem ort) /,
  ],
  [
    'status',
    / (in force|status|valid|ratified|platn\w*|plati|ucinn\w*|ratifikov\w*|v platnosti|in kraft|gultig|ratifiziert) /,
  ],
  ['list', new RegExp(`${COUNTRIES_ASKED.source}| (?:list|seznam|zoznam|liste) `)],
  // Last, when no question word said more: "Nickelsdorf joint patrols start" asks when they start.
  [
    'date',
    / (start|starts|started|start date|begin|begins|beginning|zacatek|zacatku|zahajeni|zacne|zacina|zaciatok|zaciatku|beginn|beginnt|startet|starten) /,
  ],
];

/** "Until when", "do kdy", "bis wann": the end of a period is asked for. */
export const asksUntil = (question: string): boolean =>
  / (until when|until|by when|by what date|by which date|do kdy|do kedy|bis wann|bis zu welchem|how long will|dokdy) /.test(
    cueText(question),
  );

/**
 * "The next meeting", "der nächste Fahndungstag", "příští jednání", or a question in the future
 * tense ("kdy bude…", "when will…"): what is asked comes after the page's date.
 */
export const asksNext = (question: string): boolean =>
  / (next|upcoming|forthcoming|nachste\w*|kommende\w*|pristi\w*|nejblizsi\w*|nadchazejic\w*|buduc\w*|najblizs\w*|nasledujuc\w*|will|bude|budou|budu) /.test(
    cueText(question),
  );

/**
 * "Who led the investigation", "kdo zahájil vyšetřování", "wer hat die Operation geleitet", "who
 * tipped off the police": a body may be who did it, not only a person.
 */
export const asksAgent = (question: string): boolean =>
  / (investigat\w*|operation\w*|vysetrov\w*|operac\w*|ermittl\w*|pripad\w*|case|fall\w*|tip\w*|hinweis\w*|upozorn\w*|raid\w*|razzi\w*) /.test(
    cueText(question),
  );

/** "Which day", "an welchem Tag", "kterého dne", "presný dátum": a day is asked for, which a month or a year does not give. */
export const asksDay = (question: string): boolean =>
  / (which day|what day|exact date|welchem tag|welchen tag|genaue\w* datum|ktery den|ktereho dne|ktory den|ktoreho dna|presne datum|presny datum) /.test(
    cueText(question),
  );

/**
 * "How long", "jak dlouho", "ako dlho", "wie lange": a duration is asked for; so is a person's age
 * ("how old", "wie alt", "kolik mu bylo"), the years of a life ("34-jährig", "31-year-old").
 */
export const asksDuration = (question: string): boolean =>
  / (how long|jak dlouho|ako dlho|wie lange|how old|wie alt|kolik let|kolko rokov|kolik (?:mu|ji|jim) (?:bylo|je)|kolko (?:mal|mala|mali|ma)) /.test(
    cueText(question),
  );

/** "How far", "do jaké vzdálenosti", "wie weit", "within how many kilometres": a distance is asked for. */
export const asksDistance = (question: string): boolean =>
  / (how far|what distance|which distance|distance|jak daleko|ako daleko|wie weit|vzdalenost\w*|vzdialenost\w*|entfernung\w*|km|kilomet\w*|metr\w*|meter\w*|radius|umkreis\w*) /.test(
    cueText(question),
  );

/** "How many", "wie viele": what follows is what is counted. */
const COUNT_CUES = ['how many', 'number of', 'wie viele', 'anzahl der', 'anzahl an', 'anzahl'];
/** "Kolik", "koľko", "počet": the same, in a language that declines what follows (as written, and folded). */
const DECLINING_COUNT_CUES = ['kolik', 'koľko', 'kolko', 'počet', 'pocet'];
/** Either cue in a question folded and padded (`cueText`). */
const COUNT_CUE = new RegExp(` (?:${[...COUNT_CUES, ...DECLINING_COUNT_CUES].map(fold).join('|')}) `);
/** Words that may stand between the cue and the counted noun ("how many suspected smugglers"). */
const COUNTED_REACH = 3;

/**
 * The words a "how many" question counts, folded: up to three words after its cue ("how many
 * suspected smugglers" → suspected, smugglers; "kolik podezřelých" → podezrelych). A number
 * answers only with what it counts: "146 patrols" is no answer to how many smugglers.
 */
export function countedWords(question: string): string[] {
  const q = cueText(question);
  const cue = COUNT_CUE.exec(q);
  if (!cue) return [];
  return q
    .slice(cue.index + cue[0].length)
    .trim()
    .split(' ')
    .slice(0, COUNTED_REACH);
}

/** The count cue as the reader wrote it, and whether their language declines what follows it. */
const COUNT_CUE_WRITTEN = new RegExp(
  `(?:^|[^\\p{L}])(?:(${COUNT_CUES.join('|')})|(${DECLINING_COUNT_CUES.join('|')}))\\s+`,
  'iu',
);
/** A Czech or Slovak adjective in the genitive plural ("českých policistů"): the noun it goes with follows. */
const GENITIVE_ADJECTIVE = /(?:ých|ích|ych|ich)$/u;

/**
 * What a "how many" question counts, in the reader's own words, to say beside a bare number
 * ("kolik žádostí o azyl…" → "žádostí", "how many Frontex officers are…" → "Frontex officers").
 * English and German: the words up to a stop word; Czech and Slovak, whose verbs follow the noun
 * ("kolik lidí zatkli"): the noun, after its adjective. Undefined when nothing is counted.
 */
export function countedNoun(question: string): { words: string; declined: boolean } | undefined {
  const cue = COUNT_CUE_WRITTEN.exec(question);
  if (!cue) return undefined;
  const declined = cue[2] !== undefined;
  const after = question
    .slice(cue.index + cue[0].length)
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
  const words: string[] = [];
  for (const word of after) {
    if (!word || STOP_WORDS.has(fold(word)) || words.length === (declined ? 2 : 3)) break;
    words.push(word);
    if (declined && !GENITIVE_ADJECTIVE.test(word)) break;
  }
  return words.length > 0 ? { words: words.join(' '), declined } : undefined;
}

/** "Who … and what is her phone number?": the question asks for a person beside another kind. */
export function asksWho(question: string): boolean {
  const q = cueText(question);
  return CUES.find(([kind]) => kind === 'person')![1].test(q);
}

/** "Kdo je zástupcem vedoucího …?", "Who is the deputy head …?": the deputy is the person asked for, not the head. */
export const asksDeputy = (question: string): boolean => DEPUTY.test(cueText(question));

/** Kinds whose cues are question words and verbs only ("odkud pocházeli", "wann", "kdo"). */
const ASKING_ONLY: ReadonlySet<AnswerKind> = new Set(['origin', 'date', 'place', 'person']);

/**
 * The words of a question that say what kind of answer it wants ("odkud pocházeli", "woher
 * stammen"), folded: what to answer, not what to find.
 */
export function cueWords(question: string): Set<string> {
  const q = cueText(question);
  const words = new Set<string>();
  for (const [kind, cue] of CUES) {
    // A count's, an amount's or a contact's cue names what is asked too ("cash", "fax", "policistů").
    if (!ASKING_ONLY.has(kind)) continue;
    const found = cue.exec(q)?.[0];
    if (found) for (const word of found.trim().split(' ')) words.add(word);
  }
  return words;
}

/** Words joining two questions in one ("… and when …", "… a kdo …", "… und wer …"), folded. */
const JOINING = new Set(['a', 'i', 'and', 'und', 'sowie', 'oraz']);
/**
 * A question word opening the second question of two (a preposition may come first: "a do kdy",
 * "und seit wann"), over folded text padded with spaces. "ak" (Slovak "if") is not one.
 */
const ASKING_START =
  /^ (?:(?:do|od|bis|seit|until|since|um|at|in|v|ve|vo|z|zo|aus|from|to|s|so|mit|with) )?(?:kdo|koho|komu|kto|who|whom|whose|wer|wen|wem|kdy|kedy|when|wann|kde|kam|odkud|odkial|where|wo|woher|wohin|kolik\w*|kolko|how|wie|jak(?:y|a|e|eho|ou|ym|ych|em)?|ako|aky|aka|ake|akeho|akej|aku|akym|akych|what|which|welche\w*|was|co|kter\w*|ktor\w*) /;

/**
 * A question asking two things ("Kolik policistů … a do kdy má operace trvat?", "Wer leitet … und
 * wer ist der Koordinator?", "Kdy a kde …"), cut into its questions where a joining word opens a
 * new question word; a question asking one thing is one part. Each part is as written.
 */
export function questionParts(question: string): string[] {
  const tokens = question.trim().split(/\s+/);
  const parts: string[][] = [[]];
  tokens.forEach((token, i) => {
    const joins = JOINING.has(fold(token).replace(/[^\p{L}]/gu, ''));
    if (joins && parts.at(-1)!.length > 0 && ASKING_START.test(cueText(tokens.slice(i + 1, i + 4).join(' '))))
      parts.push([]);
    else parts.at(-1)!.push(token);
  });
  return parts.filter((part) => part.length > 0).map((part) => part.join(' ').replace(/[\s,;–-]+$/u, ''));
}

/** The kind of answer a question asks for, if its question words say. */
export function answerKind(question: string): AnswerKind | undefined {
  const q = cueText(question);
  return CUES.find(([, cue]) => cue.test(q))?.[0];
}

const MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december|' +
  'ledna|unora|brezna|dubna|kvetna|cervna|cervence|srpna|zari|rijna|listopadu|prosince|' +
  'leden|unor|brezen|duben|kveten|cerven|cervenec|srpen|rijen|listopad|prosinec|' +
  'januara|februara|marca|aprila|maja|juna|jula|augusta|septembra|oktobra|novembra|decembra|' +
  'januar|janner|februar|marz|april|mai|juni|juli|oktober|dezember';

/** A day or year said relative to the text's date ("yesterday", "des gestrigen Tages", "on Monday", "příští středu", "last year"), folded. */
const RELATIVE_DAYS =
  'yesterday|vcera|gestern|gestrigen|vcerejs\\w*|vceras\\w*|last year|letzten jahres|des vorjahres|minuleho roku|minuleho roka|' +
  '(?:on|last|next|am|letzten|nachsten|kommenden|v|ve|vo|pristi|minul\\w*|buduc\\w*)\\s+' +
  '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|pondeli|pondelok|utery|utorok|stredu|streda|' +
  'ctvrtek|stvrtok|patek|piatok|sobotu|sobota|nedeli|nedelu|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\\w*';

/**
 * A month said without its year ("last April", "im vergangenen April", "loni v dubnu"), folded: a
 * date all the same ("may" and "march" are English words too: "this may take weeks").
 */
const MONTH_SAID =
  `(?:last|next|this|in|since|until|for|im|seit|bis|ab|fur|vergangenen|letzten|kommenden|nachsten|na)\\s+(?:${MONTHS.split(
    '|',
  )
    .filter((month) => month !== 'may' && month !== 'march')
    .join('|')})|` +
  '(?:v|ve|vo)\\s+(?:lednu|unoru|breznu|dubnu|kvetnu|cervnu|cervenci|srpnu|zari|rijnu|listopadu|prosinci|' +
  'januari|februari|marci|aprili|maji|juni|juli|auguste|septembri|oktobri|novembri|decembri)';

/** A phone number as people write it: at least seven digits in groups. */
export const PHONE = /(?:\+|\b00)?\(?\d[\d\s\-/().]{6,}\d/;

/** Patterns over folded text, one per kind of answer. */
const HOLDS: Record<AnswerKind, RegExp> = {
  date: new RegExp(
    String.raw`\b(?:${RELATIVE_DAYS})\b|\b(?:${MONTH_SAID})\b|\b\d{1,2}\.?\s+(?:${MONTHS})\b|\b(?:${MONTHS})\s+\d{4}\b|\b\d{1,2}\.\s?\d{1,2}\.\s?\d{4}\b|\b\d{4}-\d{2}-\d{2}\b|\b(?:19|20)\d{2}\b`,
  ),
  money:
    /(?:€|\$|£)\s?\d|\b\d[\d\s.,]*\s?(?:mil\.?|milion\w*|million\w*|mio\.?|mld\.?|miliard\w*|tis\.?|tisic\w*)?\s?(?:eur|euro|eura|usd|czk|kc|korun\w*|dollars?|pounds?)\b|\b(?:eur|usd|czk|chf)\s?\d/,
  number:
    /\b\d[\d\s.,]*\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|dva|dve|tri|ctyri|pet|sest|sedm|osm|devet|deset|dvanact\w*|dvacet|styri|pat|sedem|osem|desat|dvanast\w*|zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn|elf|zwolf|zwanzig)\b/,
  person:
    /\b(?:col|gen|mgr|ing|dr|judr|phdr|plk|pplk|mjr|mr|mrs|ms|bc|doc|prof)\.\s|\b(?:minister\w*|ministr\w*|director|reditel\w*|riaditel\w*|leiter\w*|head|vedouc\w*|veduc\w*|commissioner|president|prezident\w*|chief|officer|secretary|tajomnik|tajemnik|sprecher\w*|mluvci|hovorca|spokesperson)\b/,
  place: /\b(?:in|at|near|from|v|ve|na|u|bei|im|nahe|pri|vo)\s+[a-z]/,
  origin: /./,
  phone: PHONE,
  fax: /\bfax/,
  email: /[\w.+-]+@[\w-]+\.[\w.]+/,
  address: /\b\d{3}\s?\d{2}\b|\bp\.?\s?o\.?\s?box\b|\b\p{L}{3,}\s\d{1,4}(?:\/\d{1,4})?\b/u,
  status:
    /\b(?:in force|entered into force|enter into force|ratif\w*|signed|terminated|expired|platnost\w*|platnost|ucinnost\w*|podepsan\w*|podpisan\w*|in kraft|unterzeichnet|ausser kraft|nadobud\w*)\b/,
  list: /,.*\b(?:and|a|i|und|oraz)\b|,.*,/,
};

/** Person names are capitalised: two capitalised words in a row, in the text as written. */
const NAME = /\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u;
/** Places are capitalised after a preposition, in the text as written. */
const PLACE = /\b(?:in|at|near|from|v|ve|na|u|bei|im|nahe|pri|vo)\s+\p{Lu}\p{Ll}/u;

/** Whether a sentence (as written) holds the kind of answer asked for. */
export function holdsAnswer(sentence: string, kind: AnswerKind): boolean {
  const folded = fold(sentence);
  if (kind === 'person') return HOLDS.person.test(folded) || NAME.test(sentence);
  if (kind === 'place') return PLACE.test(sentence);
  if (kind === 'origin') return countryMentions(sentence).length > 0;
  if (kind === 'phone') return HOLDS.phone.test(sentence);
  if (kind === 'date' && namesPeriodOfDays(sentence)) return true;
  // A fax is a number: "Nový fax pracoviště Mikulov" names one and holds none.
  if (kind === 'fax') return HOLDS.fax.test(folded) && HOLDS.phone.test(sentence);
  return HOLDS[kind].test(folded);
}
