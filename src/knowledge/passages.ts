/**
 * Documents -> passages: paragraph-sized chunks that know their document, so a search hit can
 * quote the paragraph that matched. Short paragraphs merge with their neighbours (under one
 * heading); long ones split at sentence ends.
 */
import type { Document } from '../corpus/types.ts';
import { termsOf } from './terms.ts';

export interface Passage {
  /** `${documentId}#${n}` */
  id: string;
  documentId: string;
  heading?: string;
  text: string;
}

const SENTENCE_END = /(?<=[.!?]["”]?)\s+(?=[\p{Lu}\d"„“])/u;

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

/** Passages of one document; `target` is the length a passage grows to before a new one starts. */
export function toPassages(document: Document, target: number): Passage[] {
  const passages: Passage[] = [];
  const push = (heading: string | undefined, text: string) =>
    passages.push({ id: `${document.id}#${passages.length}`, documentId: document.id, heading, text });
  for (const section of document.sections) {
    let current = '';
    for (const paragraph of section.paragraphs.flatMap((p) => splitLong(p, target * 1.5))) {
      if (current && current.length + paragraph.length > target) {
        push(section.heading, current);
        current = paragraph;
      } else current = current ? `${current}\n${paragraph}` : paragraph;
    }
    if (current) push(section.heading, current);
  }
  if (passages.length === 0) push(undefined, document.title);
  return passages;
}

/**
 * The passage that best answers a query, given the index terms it matched: most distinct
 * matched terms first, then most occurrences, then the earliest.
 */
export function bestPassage(passages: readonly Passage[], matchedTerms: readonly string[]): Passage | undefined {
  const wanted = new Set(matchedTerms);
  let best: { passage: Passage; distinct: number; total: number } | undefined;
  for (const passage of passages) {
    const found = termsOf(`${passage.heading ?? ''} ${passage.text}`).filter((term) => wanted.has(term));
    const distinct = new Set(found).size;
    if (!best || distinct > best.distinct || (distinct === best.distinct && found.length > best.total)) {
      best = { passage, distinct, total: found.length };
    }
  }
  return best?.passage;
}
