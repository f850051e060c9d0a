/**
 * Czech: Snowball's Czech stemmer (on the word with its diacritics, which its rules read, and on the
 * folded word, so "hlídkách" and "hlidky" meet) and the light West Slavic stem shared with Slovak.
 */
import snowball from 'snowball-stemmers';
import { fold } from '../corpus/clean.ts';
import { MIN_STEMMED, type LanguagePack } from './pack.ts';
import { slavicKeys } from './slavic.ts';

const stemmer = snowball.newStemmer('czech');

export const cs: LanguagePack = {
  letters: 'áčďéěíňóřšťúůýž',
  stopWords: (
    'a i k o s u v z ve ze na se si je jsou byl byla bylo byli byly do za po pro jak ktery ktera ktere kteri kterou ' +
    'kterem kterym nebo ale tak to ten ta ty ti tu tom tim tento tato toto jeho jeji jejich kdo koho komu kym kdy kde ' +
    'kam odkud proc co ceho cemu cim kolik jaky jaka jake jakou jakym uz jiz jeste take tez by bych bude budou ' +
    'mel mela mit ma maji muze muzou musi od az pri pred pod nad mezi bez dle podle jen pouze jsem jste jsme ' +
    'proti behem kvuli pres vuci kolem okolo diky krome mimo te mu mi ho ji jim nam vam ' +
    // "Jaké je číslo na ...": the number asked for, not a word to find
    'cislo cisla cisle cislu cislem ' +
    // "Kdy přesně (datum) …": the day asked for, not a word to find
    'presne datum ' +
    // Words of a question's grammar: which, when, now, we, them
    'kterych jakem jakych kdyz ted nich nim naseho nasi nase mame mam muzeme muzete'
  ).split(' '),
  stems(lower, folded) {
    if (folded.length < MIN_STEMMED) return [];
    const keys = [`c${fold(stemmer.stem(lower))}`, ...slavicKeys(folded)];
    if (folded !== lower) keys.push(`c${stemmer.stem(folded)}`);
    return keys;
  },
};
