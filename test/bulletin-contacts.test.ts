/**
 * /contacts on an e-mail bulletin whose items give numbers in prose ("… has a new number: …",
 * "His successor is Col. … / Her office: …") and on a page whose joint centre names the border it
 * lies on: the unit the item names, never the bulletin's title, and each unit in its own country.
 * Documents written for this test; facts invented.
 */
import { describe, expect, it } from 'vitest';
import contacts from '../commands/contacts.ts';
import { loadCorpus } from '../src/corpus/load.ts';
import { KnowledgeBase } from '../src/knowledge/knowledge-base.ts';
import { fieldOf, runQuery } from './support/structured.ts';

const { documents } = await loadCorpus(new URL('./fixtures/bulletin-contacts/', import.meta.url).pathname);
const kb = new KnowledgeBase(documents);
const ask = (query: string) => runQuery(contacts, query, kb);
const firstLine = (reply: Awaited<ReturnType<typeof ask>>) => reply.content?.split('\n')[0] ?? '';

describe('contacts in the items of a bulletin', () => {
  it('names a new number by the unit whose news it is, not by the bulletin title', async () => {
    const reply = await ask('What is the new duty number of the RPCC?');
    expect(firstLine(reply)).toContain('+420 974 777 120');
    const card = reply.cards[0];
    expect(card?.title).toContain('Regional Police Cooperation Centre (RPCC)');
    expect(card?.title).not.toMatch(/NEWSLETTER/i);
    expect(fieldOf(card, 'Phones')).not.toContain('has a new number');
  });

  it('gives the number under an item to the unit it names, headed by the person named last before it', async () => {
    const card = (await ask('Border Police Department Upper Austria')).cards[0];
    expect(card?.title).toContain('Border Police Department');
    expect(fieldOf(card, 'Head')).toContain('Col. Martina Eder');
    expect(fieldOf(card, 'Phones')).toContain('+43 59133 40 5200');
  });

  it('answers who heads it in Slovak, the region named in its own language', async () => {
    const reply = await ask('Kto je nový vedúci hraničnej polície v Hornom Rakúsku?');
    expect(firstLine(reply)).toContain('Col. Martina Eder');
    expect(reply.content?.split('\n').find((line) => line.includes('No contact mentions')) ?? '').not.toContain(
      'Hornom',
    );
  });
});

describe('a joint centre that names the border it lies on', () => {
  it('stands in its own country, not the neighbour its name mentions', async () => {
    const card = (await ask('Spoločné pracovisko Jarovce')).cards[0];
    expect(card?.title).toContain('Jarovce');
    expect(fieldOf(card, 'Country')).toBe('Slovakia');
  });
});
