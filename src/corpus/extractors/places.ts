/** Countries: every one mentioned (English and Czech names, inflected), the field's first, else the most mentioned. */
import { countriesMentioned, findCountry } from '../countries.ts';
import { splitFieldValues } from '../fields.ts';
import type { Extractor } from './types.ts';

export const countries: Extractor = {
  name: 'countries',
  extract(_input, facts) {
    const mentioned = countriesMentioned(facts.fullText ?? '');
    const named = splitFieldValues(facts.fields?.values.country ?? []).map((name) => findCountry(name)?.name ?? name);
    return { country: named[0] ?? mentioned[0], countries: [...new Set([...named, ...mentioned])] };
  },
};
