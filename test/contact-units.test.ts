/**
 * /contacts names units as their pages do: a unit listed in a bullet with its number, a unit named
 * in the line that gives its number ("Rückfragen: …, Pressestelle, Telefon …"), a heading with its
 * other name in brackets under it, a heading with an abbreviation ("hl. m."), a contact person
 * between heading and numbers. Pages written for this test; facts invented.
 */
import { describe, expect, it } from 'vitest';
import contacts from '../commands/contacts.ts';
import { loadCorpus } from '../src/corpus/load.ts';
import { KnowledgeBase } from '../src/knowledge/knowledge-base.ts';
import { parseDocument } from '../src/corpus/parse.ts';
import { fieldOf, runQuery } from './support/structured.ts';

const { documents } = await loadCorpus(new URL('./fixtures/contact-units/', import.meta.url).pathname);
const kb = new KnowledgeBase(documents);
const ask = (query: string) => runQuery(contacts, query, kb);

describe('units named as their pages name them', () => {
  it('reads each unit of a bulleted list as its own contact, with its German number whole', async () => {
    const watch = (await ask('Wache Bundespolizeiinspektion Waldmünchen')).cards[0];
    expect(watch?.title).toBe('Bundespolizeiinspektion Waldmünchen');
    expect(fieldOf(watch, 'Phones')).toContain('0 99 72 - 94 07 - 0');
    const kemnath = (await ask('Polizeiinspektion Kemnath')).cards[0];
    expect(kemnath?.title).toBe('Polizeiinspektion Kemnath');
    expect(fieldOf(kemnath, 'Phones')).toContain('+49 9642 92030');
  });

  it('takes the unit a press contact line names, not the headline above it', async () => {
    const press = (await ask('Pressestelle Waldmünchen')).cards[0];
    expect(press?.title).toContain('Pressestelle');
    expect(fieldOf(press, 'Phones')).toContain('0 99 72 - 94 07 - 10 10');
    expect(fieldOf(press, 'E-mails')).toBe('presse.waldmuenchen@polizei.example');
  });

  it('names a unit by its heading when its other name stands in brackets under it, and finds it in Czech', async () => {
    const ncb = (await ask('ústředna Interpolu Trnava')).cards[0];
    expect(ncb?.title).toBe('Národná ústredňa Interpolu Trnava');
    expect(fieldOf(ncb, 'Phones')).toContain('+421 33 555 1234');
    expect(fieldOf(ncb, 'Address')).toBe('Hlavná 5, 917 01 Trnava');
  });

  it('reads a heading with an abbreviation and a contact person under a heading', async () => {
    const office = (await ask('odbor dopravnej polície Trnava')).cards[0];
    expect(office?.title).toBe('Krajské riaditeľstvo hl. m. Trnavy – odbor dopravnej polície');
    const escort = (await ask('skupina eskort letisko')).cards[0];
    expect(escort?.title).toBe('Skupina eskort Letisko Piešťany');
    expect(fieldOf(escort, 'E-mails')).toBe('eskorty.trnava@minv.example');
  });

  it('finds a unit by what the lexicon says it is when none of its words is typed, and places it by its numbers', async () => {
    const centre = (await ask('Einsatzzentrum Österreich')).cards[0];
    expect(centre?.title).toBe('Einsatz- und Lagezentrum der Landespolizeidirektion');
    expect(fieldOf(centre, 'Phones')).toContain('+43 (0) 59133 40-1000');
  });

  it('answers a question for the line around the clock with the unit that has one, not its namesake without', async () => {
    const watch = (await ask('24/7 Bundespolizeiinspektion Waldmünchen')).cards[0];
    expect(watch?.title).toBe('Bundespolizeiinspektion Waldmünchen');
  });
});

describe('the head of a unit named with their rank in another language in brackets', () => {
  it('is the head, not the deputy listed after them', async () => {
    const page = parseDocument(
      'sirene.md',
      [
        '# SIRENE Bureau',
        '',
        'Head of the SIRENE Bureau: Lt. Col. Mgr. Radek Vondráček (plk. Mgr. Radek Vondráček)',
        'Deputy head: Maj. Ing. Hana Kolářová',
        'Operations room (24/7): +420 974 834 650',
        'E-mail: sirene@pcr.example.cz',
      ].join('\n'),
    );
    const [bureau] = page.contacts;
    expect(bureau?.head?.name).toBe('Lt. Col. Mgr. Radek Vondráček');
    const reply = await runQuery(contacts, 'kdo je vedoucí národní centrály SIRENE', new KnowledgeBase([page]));
    expect(reply.content?.split('\n')[0]).toContain('Radek Vondráček');
  });
});
