/**
 * Every extractor, in the order they run: each reads the tree (and the facts of those before it)
 * and adds its own. Adding a fact kind is one module and one line here.
 */
import { agreements } from '../agreements/extractor.ts';
import { contacts } from '../contacts/extractor.ts';
import { dates } from './dates.ts';
import { fields } from './fields.ts';
import { items } from './items.ts';
import { kind } from './kind.ts';
import { countries } from './places.ts';
import { title } from './title.ts';
import type { ExtractInput, Extractor, Facts } from './types.ts';
import { sectionsText } from '../sections.ts';

/** Title, body and sources as one text, once the body is known. */
const fullText: Extractor = {
  name: 'fullText',
  extract: (_input, facts) => ({
    text: sectionsText(facts.sections ?? []),
    fullText: [facts.title, sectionsText(facts.sections ?? [])].join('\n\n'),
  }),
};

const EXTRACTORS: readonly Extractor[] = [title, fields, fullText, countries, dates, contacts, agreements, items, kind];

/** Run every extractor; `check` is called between them (a time budget throws from it). */
export function extractFacts(input: ExtractInput, check: (stage: string) => void = () => undefined): Facts {
  // One object the facts are added to (a copy per extractor was 1% of parsing): a fact set again
  // keeps its place, as it did in the copy.
  const facts: Facts = {};
  for (const extractor of EXTRACTORS) {
    Object.assign(facts, extractor.extract(input, facts));
    check(extractor.name);
  }
  return facts;
}
