/** English: Snowball's English stemmer on the folded word. */
import snowball from 'snowball-stemmers';
import { MIN_STEMMED, type LanguagePack } from './pack.ts';

const stemmer = snowball.newStemmer('english');

/** The English Snowball stem of a folded word. */
export const englishStem = (folded: string): string => stemmer.stem(folded);

export const en: LanguagePack = {
  letters: '',
  stopWords: (
    'a an and are as at be been being by for from has have had in is it its of on or that the their them this ' +
    'these those to was were which with will would also into not but they he she we our i you your me my us his her ' +
    'who whom whose what when where why how much many did do does done can could should shall may might must get got ' +
    'there here than then so such any some all each other about over under after before up down out off very just ' +
    'still again yet if am towards toward per via whether while far quickly often exactly'
  ).split(' '),
  stems: (_lower, folded) => (folded.length < MIN_STEMMED ? [] : [`e${englishStem(folded)}`]),
};
