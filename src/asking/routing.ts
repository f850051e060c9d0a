/**
 * A question in plain words (a message that mentions the bot, a message searched from its context
 * menu) -> the Invocation of the lookup a user would have typed: /contacts, /treaty or
 * /developments when the question is plainly about one of them, /search otherwise.
 */
import { fold } from '../corpus/clean.ts';
import type { Locale } from '../i18n/locale.ts';
import type { Invocation } from '../framework/dispatch.ts';
import type { RawValue } from '../framework/options.ts';

/** The longest query the lookups accept (their `query` option's max length). */
const MAX_QUESTION = 200;
const SHORT_QUERY = 100;

/** Mentions of users, roles and channels, and custom emoji: markup, not words of the question. */
const MARKUP = /<(?:@[!&]?|#)\d+>|<a?:\w+:\d+>/g;

/** The words of a message, without mentions, shortened at a word to what a query may hold. */
export function questionText(content: string, max = MAX_QUESTION): string {
  const text = content.replace(MARKUP, ' ').replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  return (space > max / 2 ? cut.slice(0, space) : cut.slice(0, max)).trim();
}

/** Words a question starts with, in English, Czech and German. */
const QUESTION_WORD =
  /^(who|whom|whose|what|when|where|which|why|how|is|are|can|could|does|do|did|should|kdo|koho|komu|co|kdy|kde|kam|který|která|které|jaký|jaká|jaké|proč|jak|lze|wer|wen|wem|was|wann|wo|wohin|welche[rsnm]?|warum|wie|gibt|ist|sind|kann|können)(?![\p{L}\p{N}])/iu;

/** Whether a message asks something: a question mark, or a question word first. */
export const isQuestion = (content: string): boolean => {
  const text = questionText(content);
  return text.includes('?') || QUESTION_WORD.test(text);
};

/** Whether a message mentions this user explicitly (not only by replying to them). */
export const mentionsUser = (content: string, userId: string): boolean => new RegExp(`<@!?${userId}>`).test(content);

type Topic = 'contacts' | 'treaty' | 'developments';

/**
 * Words (folded, English, Czech and German, stems where Czech inflects) that make a question
 * plainly about one lookup. A question with words of two topics, or of none, goes to /search.
 */
const TOPIC_WORDS: Record<Topic, readonly string[]> = {
  contacts: [
    'call',
    'contact',
    'phone',
    'telephone',
    'fax',
    'e-mail',
    'email',
    'reach',
    'hotline',
    'number for',
    'kontakt',
    'telefon',
    'volat',
    'zavolat',
    'zavolam',
    'cislo na',
    'linka',
    'spojit',
    'anrufen',
    'rufe',
    'erreichen',
    'erreichbar',
    'telefonnummer',
    'rufnummer',
    'nummer fur',
  ],
  treaty: [
    'treaty',
    'agreement',
    'convention',
    'protocol',
    'signed',
    'ratified',
    'provision',
    'smlouv',
    'dohod',
    'umluv',
    'protokol',
    'podepsan',
    'ratifik',
    'ustanoveni',
    'vertrag',
    'abkommen',
    'ubereinkommen',
    'unterzeichne',
    'bestimmung',
  ],
  developments: [
    'latest',
    'recent',
    'news',
    'new developments',
    "what's new",
    'what is new',
    'what happened',
    'developments',
    'updates',
    'novinky',
    'nejnovejsi',
    'posledni',
    'co je noveho',
    'co se stalo',
    'vyvoj',
    'neuigkeiten',
    'was gibt es neues',
    'was ist neu',
    'entwicklungen',
    'aktuell',
  ],
};

/** Words that say which lookup, not what to look up, dropped from a /developments query. */
const FILLER = new Set(
  (
    'the a an in on of about for to is are any what whats there been have has latest recent news new developments updates happened ' +
    'v ve na o k co je jsou jake nejaky nejake noveho novinky nejnovejsi posledni stalo se vyvoj ' +
    'was gibt es ist neu neues neuigkeiten entwicklungen aktuell zu uber in der die das im'
  ).split(' '),
);

const hasWord = (folded: string, word: string): boolean =>
  new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u').test(folded);

/** The one topic a question is plainly about, if any. */
function topicOf(question: string): Topic | undefined {
  const folded = fold(question);
  const topics = (Object.keys(TOPIC_WORDS) as Topic[]).filter((topic) =>
    TOPIC_WORDS[topic].some((word) => hasWord(folded, word)),
  );
  return topics.length === 1 ? topics[0] : undefined;
}

/** What is left of a "what is new about X" question once its filler is gone. */
const developmentsQuery = (question: string): string | undefined => {
  const words = question.split(/[^\p{L}\p{N}'-]+/u).filter((word) => word && !FILLER.has(fold(word).replace(/'/g, '')));
  return words.length > 0 ? words.join(' ').slice(0, SHORT_QUERY) : undefined;
};

/** The lookup a question goes to, with the question as its query; `hide` answers privately. */
export function routeQuestion(question: string, hide: boolean): Invocation {
  const topic = topicOf(question);
  const options: Record<string, RawValue> = hide ? { hide: true } : {};
  if (topic === 'developments') {
    const query = developmentsQuery(question);
    return { command: topic, options: query ? { ...options, query } : options };
  }
  const query = topic ? questionText(question, SHORT_QUERY) : question;
  return { command: topic ?? 'search', options: { ...options, query } };
}

/** Czech letters, or a few common Czech words: the question is in Czech, whatever the server's language. */
const CZECH =
  /[ěščřžůťďň]|(?<!\p{L})(je|jsou|se|ve|pro|nebo|jak|kdo|kde|kdy|proč|co|jaký|jaká|jaké|který|která|prosím)(?!\p{L})/iu;

/** Umlauts and ß, or a few common German words: the question is in German. */
const GERMAN =
  /[äöüß]|(?<!\p{L})(wer|wen|wem|wie|wo|wann|warum|welche[rsnm]?|ich|ist|sind|der|das|und|nicht|mit|für|bitte|gibt|neues|eine[nmrs]?|wegen)(?!\p{L})/iu;

/** The language a question is answered in: Czech or German when it is written so, else the server's. */
export const questionLocale = (question: string, fallback: Locale): Locale =>
  CZECH.test(question) ? 'cs' : GERMAN.test(question) ? 'de' : fallback;
