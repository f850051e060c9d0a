/**
 * /contacts on a ministry page of units, each a heading over a two-column table (some with a
 * paragraph on what the unit does between them), under a site header whose first word is the
 * menu's "Polícia". Page written for this test; facts invented.
 */
import { describe, expect, it } from 'vitest';
import contacts from '../commands/contacts.ts';
import { loadCorpus } from '../src/corpus/load.ts';
import { KnowledgeBase } from '../src/knowledge/knowledge-base.ts';
import { fieldOf, runQuery } from './support/structured.ts';
import { placeNameForms } from '../src/analysis/slavic.ts';

const { documents } = await loadCorpus(new URL('./fixtures/contact-tables/', import.meta.url).pathname);
const kb = new KnowledgeBase(documents);
const ask = (query: string) => runQuery(contacts, query, kb);
const titles = async (query: string) => (await ask(query)).cards.map((card) => card.title);

describe('a page of units, each a heading over its table', () => {
  it('names a unit by its heading over a paragraph on what it does, never by the site header word', async () => {
    const post = (await ask('Spoločné pracovisko Lúky')).cards[0];
    expect(post?.title).toBe('Spoločné pracovisko Lúky (Slovensko – Česko)');
    expect(fieldOf(post, 'Head')).toContain('kpt. Ing. Mária Horváthová');
    expect(await titles('pracovisko')).not.toContain('Polícia');
    expect(JSON.stringify(await ask('Azylový úrad'))).not.toContain('Polícia');
  });

  it('lists a number written twice in a row (national, then from abroad) once', async () => {
    const phones = fieldOf((await ask('Spoločné pracovisko Lúky')).cards[0], 'Phones') ?? '';
    expect(phones.match(/961 077 333/g)?.length).toBe(2); // "0961 077 333 · +421 961 077 333", once
    expect(phones).toContain('Telefón – vedúca');
  });

  it('keeps a row whose label lists what it serves in brackets, in the unit it belongs to, around the clock', async () => {
    const cards = (await ask('Odbor policajnej spolupráce')).cards.filter((card) => card.title?.startsWith('Odbor'));
    expect(cards).toHaveLength(1);
    expect(fieldOf(cards[0], 'Phones')).toContain('0961 066 700');
    expect(fieldOf(cards[0], '24/7 service')).toBe('yes');
    expect(fieldOf(cards[0], 'Head')).toContain('plk. Mgr. Juraj Benko');
  });

  it('reads a head with a degree after a comma and e-mails with a note in brackets on whom they are for', async () => {
    const office = (await ask('Who heads the Azylový úrad and what is its e-mail?')).cards[0];
    expect(fieldOf(office, 'Head')).toContain('JUDr. Tomáš Zelenák, PhD.');
    expect(fieldOf(office, 'E-mails')).toContain('podatelna.au@mv.example — všeobecné podania');
    expect(fieldOf(office, 'E-mails')).toContain('konanie.au@mv.example — len pre právnych zástupcov');
  });

  it('shows an Austrian number in the groups it was written in', async () => {
    const phones = fieldOf((await ask('Styčný dôstojník Wien')).cards[0], 'Phones') ?? '';
    expect(phones).toContain('+43 59133 12 3456');
    expect(phones).not.toMatch(/\+43 59 1331/);
  });

  it('finds a unit by its place typed in a Czech case ("v Lúkách"), and answers with its line around the clock', async () => {
    const reply = await ask('Jaké je nonstop číslo na společné pracoviště v Lúkách?');
    expect(reply.content?.split('\n')[0]).toMatch(/^\**0961 077 333/);
    expect(reply.content).not.toContain('No contact mentions');
  });
});

describe('the nominatives a place typed in another case may stand for', () => {
  it('reads Czech and Slovak locatives, genitives and instrumentals of place names', () => {
    expect(placeNameForms('kutech')).toContain('kuty');
    expect(placeNameForms('komarne')).toContain('komarno');
    expect(placeNameForms('kosicich')).toContain('kosice');
    expect(placeNameForms('kosiciach')).toContain('kosice');
    expect(placeNameForms('praze')).toContain('praha');
    expect(placeNameForms('brnem')).toContain('brno');
    expect(placeNameForms('piestanech')).toContain('piestany');
  });
});
