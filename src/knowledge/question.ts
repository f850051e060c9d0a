/**
 * What kind of answer a question asks for, read from its question words in English or Czech
 * (who/kdo → a person, when/kdy → a date, how much/kolik stojí → money, how many/kolik → a number,
 * where/kde → a place), and whether a sentence holds that kind of answer.
 */
import { fold } from '../corpus/clean.ts';

export type AnswerKind = 'person' | 'date' | 'money' | 'number' | 'place';

const MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december|' +
  'ledna|unora|brezna|dubna|kvetna|cervna|cervence|srpna|zari|rijna|listopadu|prosince|' +
  'leden|unor|brezen|duben|kveten|cerven|cervenec|srpen|rijen|listopad|prosinec';

/** Patterns over folded text, one per kind of answer. */
const HOLDS: Record<AnswerKind, RegExp> = {
  date: new RegExp(
    String.raw`\b\d{1,2}\.?\s+(?:${MONTHS})\b|\b(?:${MONTHS})\s+\d{4}\b|\b\d{1,2}\.\s?\d{1,2}\.\s?\d{4}\b|\b\d{4}-\d{2}-\d{2}\b|\b(?:19|20)\d{2}\b`,
  ),
  money:
    /(?:€|\$|£)\s?\d|\b\d[\d\s.,]*\s?(?:eur|euro|eura|usd|czk|kc|korun\w*|dollars?|pounds?)\b|\b(?:eur|usd|czk|chf)\s?\d/,
  number: /\b\d[\d\s.,]*\b/,
  person:
    /\b(?:col|gen|mgr|ing|dr|judr|phdr|plk|pplk|mjr|mr|mrs|ms)\.\s|\b(?:minister|ministr|director|reditel\w*|head|vedouc\w*|commissioner|president|prezident\w*|chief|officer)\b/,
  place: /\b(?:in|at|near|from|v|ve|na|u)\s+[a-z]/,
};

/** Person names are capitalised: two capitalised words in a row, in the text as written. */
const NAME = /\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u;
/** Places are capitalised after a preposition, in the text as written. */
const PLACE = /\b(?:in|at|near|from|v|ve|na|u)\s+\p{Lu}\p{Ll}/u;

/** The kind of answer a question asks for, if its question words say. */
export function answerKind(question: string): AnswerKind | undefined {
  const q = ` ${fold(question).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  if (
    / (how much|what (?:did|does|will) \w+ cost|cost|costs|price|paid|pay|kolik (?:stal\w*|stoj\w*|penez|korun|eur)|cena|za kolik) /.test(
      q,
    )
  )
    return 'money';
  if (/ (how many|how far|how long|how quickly|how often|kolik|jak dlouho|jak daleko) /.test(q)) return 'number';
  if (/ (when|what date|which year|what year|kdy|od kdy|do kdy|ktereho dne|kterem roce) /.test(q)) return 'date';
  if (/ (who|whom|whose|kdo|koho|komu|kym) /.test(q)) return 'person';
  if (/ (where|kde|kam|odkud) /.test(q)) return 'place';
  return undefined;
}

/** Whether a sentence (as written) holds the kind of answer asked for. */
export function holdsAnswer(sentence: string, kind: AnswerKind): boolean {
  const folded = fold(sentence);
  if (kind === 'person') return HOLDS.person.test(folded) || NAME.test(sentence);
  if (kind === 'place') return PLACE.test(sentence);
  return HOLDS[kind].test(folded);
}
