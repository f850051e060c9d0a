/**
 * Slovak: Snowball has no Slovak stemmer; the light West Slavic stem (shared with Czech) joins a
 * word's case forms and meets the Czech word that differs only in its ending or diacritics.
 */
import { MIN_STEMMED, type LanguagePack } from './pack.ts';
import { slavicKeys } from './slavic.ts';

export const sk: LanguagePack = {
  letters: 'áäčďéíĺľňóôŕšťúýž',
  stopWords: (
    'a i k o s u v z vo zo na sa si je su bol bola bolo boli boli do za po pre ako ktory ktora ktore ktori ktoru ' +
    'ktorom ktorej ktorym alebo ale tak to ten ta ti tu tom tym tento tato toto jeho jej ich kto koho komu kym kedy ' +
    'kde kam odkial preco co coho comu cim kolko aky aka ake aku uz este tiez by som sme ste bude budu mal mala mat ' +
    'ma maju moze mozu musi od az pri pred pod nad medzi bez podla len iba aj proti pocas kvoli cez voci okolo vdaka okrem mimo ' +
    'tej te mu mi ho jej jim nam vam ked akej akych akom akeho teraz ' +
    // "Kedy presne (dátum) …": the day asked for, not a word to find
    'presne datum'
  ).split(' '),
  stems: (_lower, folded) => (folded.length < MIN_STEMMED ? [] : slavicKeys(folded)),
};
