/** Hungarian: Snowball's Hungarian stemmer on the word in lower case. */
import snowball from 'snowball-stemmers';
import { fold } from '../corpus/clean.ts';
import { MIN_STEMMED, type LanguagePack } from './pack.ts';

const stemmer = snowball.newStemmer('hungarian');

export const hu: LanguagePack = {
  letters: 'áéíóöőúüű',
  stopWords: 'az es hogy nem egy volt meg mint csak vagy azt ami aki kell lesz lett szerint kozott'.split(' '),
  stems: (lower, folded) => (folded.length < MIN_STEMMED ? [] : [`h${fold(stemmer.stem(lower))}`]),
};
