/**
 * Documents -> passages: paragraph-sized chunks that know their document, so a search hit can
 * quote the paragraph that matched. Short paragraphs merge with their neighbours (under one
 * heading); long ones split at sentence ends.
 */
import type { Document } from '../corpus/types.ts';

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
