/** Autocomplete answered from memory: values actually present in the knowledge base. */
import { fold } from '../corpus/clean.ts';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import { matchTyped } from '../knowledge/typeahead.ts';

/** One suggestion of autocomplete: what the user sees, and the value sent back. */
export interface Choice {
  name: string;
  value: string;
}

/** Values containing what was typed (diacritics-insensitive), those starting with it first. */
export function matchingChoices(values: readonly string[], typed: string, limit = 25): Choice[] {
  return matchTyped(values, (value) => [fold(value)], typed, limit).map((value) => ({
    name: value.slice(0, 100),
    value: value.slice(0, 100),
  }));
}

export const countryChoices = (kb: KnowledgeBase, typed: string): Choice[] =>
  matchingChoices(kb.facet('country'), typed);
