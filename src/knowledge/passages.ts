/**
 * Documents -> passages: paragraph-sized chunks that know their document and heading, so a search
 * hit can quote the part that answers. Short paragraphs merge with their neighbours (under one
 * heading); long ones split at sentence ends. Photo captions and credits are not passages.
 *
 * Where passages come from is a `PassageSource`: today the document's sections; a structured
 * document (table rows, cards under their heading) can supply its own.
 */
import { detectLanguage } from '../corpus/language.ts';
import type { Document, Language } from '../corpus/types.ts';

export interface Passage {
  /** `${documentId}#${n}` */
  id: string;
  documentId: string;
  /** The heading above the passage: context for matching, never glued into a quote. */
  heading?: string;
  text: string;
  /** The language it is written in (a passage quoting another language is that language). */
  language: Language;
}

/** Cuts a document into passages. */
export type PassageSource = (document: Document, target: number) => Passage[];

/** Abbreviations a full stop does not end a sentence after (ranks, titles, "e.g.", "Z. z.", "Sb. m. s."). */
const ABBREVIATION = String.raw`(?<!(?:^|[^\p{L}])(?:Col|Gen|gen|Lt|Maj|Capt|Mgr|Ing|Dr|JUDr|PhDr|MUDr|RNDr|Bc|doc|prof|Prof|plk|pplk|mjr|kpt|npor|por|ppor|nprap|prap|pprap|nstrm|strm|brig|Mr|Mrs|Ms|St|No|Nr|Art|čl|odst|ods|písm|pism|odd|para|Kap|lit|Str|str|ggf|cf|approx|tzv|např|resp|tel|Tel|ul|nám|č|zn|bzw|ca|Dipl|vgl|z\.B|u\.a|e\.g|i\.e|vs|Abs|Ziff|\p{Lu}|\p{Ll})\.)`;
/** "BGBl. 2025 II Nr. 402", "Sb. 2024": a gazette cited by its year, not a sentence's end (before "III Nr." it may be one). */
const GAZETTE_YEAR = String.raw`(?!(?<=(?:^|[^\p{L}])(?:BGBl|Sb|ABl)\.)\s+\d)`;
/** "14. Oktober", "1. září": a day's number with its full stop, not a sentence's end. */
const ORDINAL_DAY = String.raw`(?<!(?:^|[^\p{L}\d])\d{1,2}\.)`;
const SENTENCE_END = new RegExp(
  String.raw`${ABBREVIATION}${ORDINAL_DAY}${GAZETTE_YEAR}(?<=[.!?]["”]?)\s+(?=[\p{Lu}\d"„“])`,
  'u',
);

/** Photo captions and credits: "© ...", "Photo: ...", "Foto: ...", a Markdown image. */
const CAPTION = /©|^\s*(?:photo|foto|image|obrázek|snímek|zdroj foto)\s*:|^\s*!\[[^\]]*\]\([^)]*\)\s*$/iu;

const isCaption = (line: string): boolean => CAPTION.test(line);

/** Sentences of a text: each line on its own, lines split at sentence ends. */
/** Whether a text ends as a sentence does (a full stop, or a colon before a list), closing quote aside. */
export const endsSentence = (text: string): boolean => /[.!?:;]["”)]?$/.test(text);

/** Two pieces of text quoted as one: a space after a sentence, a middle dot after a heading or a line without one. */
export const joinSentences = (first: string, next: string): string =>
  `${first}${endsSentence(first) ? ' ' : ' · '}${next}`;

export function sentencesOf(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !isCaption(line))
    .flatMap((line) => line.split(SENTENCE_END))
    .map((sentence) => sentence.trim())
    .filter((sentence) => /[\p{L}\p{N}]/u.test(sentence));
}

function splitLong(paragraph: string, max: number): string[] {
  if (paragraph.length <= max) return [paragraph];
  const chunks: string[] = [];
  let current = '';
  for (const sentence of paragraph.split(SENTENCE_END)) {
    if (current && current.length + sentence.length + 1 > max) {
      chunks.push(current);
      current = sentence;
    } else current = current ? `${current} ${sentence}` : sentence;
  }
  if (current) chunks.push(current);
  return chunks;
}

/** Passages of one document's sections; `target` is the length a passage grows to before a new one starts. */
export const toPassages: PassageSource = (document, target) => {
  const passages: Passage[] = [];
  const push = (heading: string | undefined, text: string) =>
    passages.push({
      id: `${document.id}#${passages.length}`,
      documentId: document.id,
      heading,
      text,
      language: detectLanguage(text, document.language)!,
    });
  for (const section of document.sections) {
    let current = '';
    for (const paragraph of section.paragraphs
      .filter((p) => !isCaption(p))
      .flatMap((p) => splitLong(p, target * 1.5))) {
      if (current && current.length + paragraph.length > target) {
        push(section.heading, current);
        current = paragraph;
      } else current = current ? `${current}\n${paragraph}` : paragraph;
    }
    if (current) push(section.heading, current);
  }
  if (passages.length === 0) push(undefined, document.title);
  return passages;
};

/**
 * Passages of a document: its sections as in `toPassages`, plus each record (a table row, a card)
 * as a passage of its own, so a contact row or a card can be quoted whole instead of the
 * paragraph-sized chunk it was merged into.
 */
export const blockPassageSource: PassageSource = (document, target) => {
  const passages = toPassages(document, target);
  for (const record of document.records ?? []) {
    passages.push({
      id: `${document.id}#${passages.length}`,
      documentId: document.id,
      ...record,
      language: detectLanguage(record.text, document.language)!,
    });
  }
  return passages;
};
