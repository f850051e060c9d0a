/** Polish: the light West Slavic stem on the folded word. */
import { MIN_STEMMED, type LanguagePack } from './pack.ts';
import { slavicKeys } from './slavic.ts';

export const pl: LanguagePack = {
  letters: 'ąćęłńóśźż',
  stopWords:
    'oraz lub jest sa byl byla bylo przez dla przy ktory ktora ktore ktorzy takze rowniez zostal zostala'.split(' '),
  stems: (_lower, folded) => (folded.length < MIN_STEMMED ? [] : slavicKeys(folded)),
};
