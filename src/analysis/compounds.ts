/**
 * German compounds split by the words the lexicon knows, as Lucene's dictionary compound filter
 * does: "Amtsgericht" is a Gericht (a court) of the Amt, "Haftbefehl" a Befehl of Haft,
 * "Polizeivertrag" a Vertrag. A compound then shares the stems of its parts, so a question for a
 * court finds "Amtsgericht", and "Polizeivertrag" names the treaty concept. The last part (the head)
 * is what the compound is; the part before it, when known too, is what it is about.
 */
import { fold } from '../corpus/clean.ts';
import { shippedConcepts } from './lexicon-file.ts';

/** Parts shorter than this are not split off: "Amt" + "sgericht" and "Ein" + "reise" mislead. */
const MIN_PART = 4;
/** Words shorter than this are not compounds worth splitting. */
const MIN_COMPOUND = 2 * MIN_PART;
/** A head standing alone, its modifier unknown, has at least this many letters. */
const LONE_HEAD = 7;
/** Linking elements between a compound's parts ("Amt-s-gericht", "Grenz-e", "Staat-en-bund"). */
const LINKS = ['es', 's', 'en', 'n', 'e'];

/** German inflection endings a compound's head may carry beyond the form the lexicon lists ("Haftbefehle"). */
const ENDINGS = ['e', 'en', 'n', 's', 'es', 'er', 'ern', 'em'];

/** The lexicon's German words as written (lower case), each with its stem: looked up without stemming. */
let known: ReadonlyMap<string, string> | undefined;

/** `stem` is the German pack's stemmer, passed in because the pack is what uses this. */
function knownWords(stem: (lower: string) => string): ReadonlyMap<string, string> {
  if (known) return known;
  const words = new Map<string, string>();
  for (const concept of shippedConcepts())
    for (const term of concept.terms.de ?? [])
      for (const word of term.toLowerCase().match(/\p{L}+/gu) ?? [])
        if (word.length >= MIN_PART && !words.has(word)) words.set(word, fold(stem(word)));
  known = words;
  return words;
}

/** The stem of a known word a part is, as written or with an inflection ending more. */
function knownPart(words: ReadonlyMap<string, string>, part: string): string | undefined {
  const stem = words.get(part);
  if (stem) return stem;
  for (const ending of ENDINGS)
    if (part.endsWith(ending) && part.length - ending.length >= MIN_PART) {
      const bare = words.get(part.slice(0, -ending.length));
      if (bare) return bare;
    }
  return undefined;
}

/**
 * The known parts of a German compound (lower case), head last, as stems: [] when it is no
 * compound of known words. A split whose modifier is known too (with or without its linking
 * element) wins, the longest head first; else a long known head alone ("…inspektion"), for a
 * short head alone is too often a word's tail ("Staatsanwalt-schaft" is no "Haft").
 */
export function compoundParts(lower: string, stem: (lower: string) => string): string[] {
  if (lower.length < MIN_COMPOUND) return [];
  const words = knownWords(stem);
  let alone: string | undefined;
  for (let at = MIN_PART; at <= lower.length - MIN_PART; at++) {
    const tail = lower.slice(at);
    const head = knownPart(words, tail);
    if (!head) continue;
    const modifier = lower.slice(0, at);
    const known = [
      modifier,
      ...LINKS.filter((link) => modifier.endsWith(link)).map((link) => modifier.slice(0, -link.length)),
    ]
      .filter((part) => part.length >= MIN_PART)
      .map((part) => words.get(part))
      .find((part) => part !== undefined);
    if (known) return [known, head];
    if (!alone && tail.length >= LONE_HEAD) alone = head;
  }
  return alone ? [alone] : [];
}
