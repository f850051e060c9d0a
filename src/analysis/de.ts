/**
 * German: Snowball's German stemmer (it reads umlauts and ß) on the word in lower case, and the
 * stems of a compound's known parts (compounds.ts).
 */
import snowball from 'snowball-stemmers';
import { fold } from '../corpus/clean.ts';
import { compoundParts } from './compounds.ts';
import { MIN_STEMMED, type LanguagePack } from './pack.ts';

const stemmer = snowball.newStemmer('german');

export const de: LanguagePack = {
  letters: 'äöüß',
  // Words that are also English content words ("war", "man", "die", "rat") are left out: the stop
  // words of every language are dropped from every text.
  stopWords: (
    'der das und ist sind waren ein eine einer eines einem einen den dem des zu zum zur mit von vom auf fur im ' +
    'nicht sich auch als bei nach aus wird werden wurde wurden hat haben hatte oder dass uber unter sowie wie wer ' +
    'wem wen wessen wann wo woher wohin warum welche welcher welches ob noch nur schon sein seine ihre ihr es sie ' +
    'wir ich er kann konnen muss soll sollen gegen durch wahrend wegen ohne bis um am zwischen statt anstatt ' +
    'denen deren dessen welchen welchem diese dieser dieses diesem diesen uns ihm ihn ihnen beim ins ans aufs ' +
    // "Wann genau …": how exactly it is asked, not a word to find
    'genau'
  ).split(' '),
  questionStopWords: ['die', 'war', 'man'],
  stems(lower, folded, parts) {
    if (folded.length < MIN_STEMMED) return [];
    const stem = (word: string) => stemmer.stem(word);
    const whole = `g${fold(stem(lower))}`;
    return parts ? [whole, ...compoundParts(lower, stem).map((part) => `g${part}`)] : [whole];
  },
};
