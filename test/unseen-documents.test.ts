/**
 * Documents written without looking at the extractors (test/fixtures/unseen/): contact cards, a
 * Czech <dl> page, a SPOC table, phones in a hard-wrapped Czech memo, a forwarded e-mail, a Czech
 * news item on an agreement and a later English one on its entry into force, treaties in English
 * and Czech, a monthly bulletin, minutes, a labelled database entry and a news page full of chrome,
 * asked through /contacts, /treaty and /developments as a team member would.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import contacts from '../commands/contacts.ts';
import developments from '../commands/developments.ts';
import search from '../commands/search.ts';
import treaty from '../commands/treaty.ts';
import type { Card, Reply } from '../src/answers/reply.ts';
import { loadCorpus } from '../src/corpus/load.ts';
import type { Document } from '../src/corpus/types.ts';
import type { Locale } from '../src/i18n/locale.ts';
import { KnowledgeBase } from '../src/knowledge/knowledge-base.ts';
import { contextFor, fieldOf, runQuery } from './support/structured.ts';

const FIXTURES = new URL('./fixtures/unseen/', import.meta.url).pathname;
let kb: KnowledgeBase;
let documents: Document[];
const doc = (file: string): Document => documents.find((d) => d.file === file)!;

beforeAll(async () => {
  const corpus = await loadCorpus(FIXTURES);
  expect(corpus.warnings).toEqual([]);
  documents = corpus.documents;
  kb = new KnowledgeBase(documents);
});

const ask = (command: typeof contacts | typeof treaty, query: string, locale?: Locale): Promise<Reply> =>
  runQuery(command, query, kb, locale);
const cardFor = (reply: Reply, title: string): Card | undefined => reply.cards.find((card) => card.title === title);
const listed = async (options: Record<string, string>): Promise<string> =>
  JSON.stringify((await developments.run(options, contextFor(kb))).cards);

describe('/contacts on unseen pages', () => {
  it('reads a card under its heading: a person over their post is the head, a unit over a note keeps its name', async () => {
    const head = cardFor(await ask(contacts, 'cybercrime'), 'Head of the Cybercrime Unit');
    expect(fieldOf(head, 'Head')).toBe('Marek Novotný (Head of the Cybercrime Unit)');
    expect(fieldOf(head, 'Phones')).toBe('Tel.: +420 974 835 210');
    const desk = cardFor(await ask(contacts, 'Bratislava'), 'Duty Desk Bratislava');
    expect(fieldOf(desk, '24/7 service')).toBe('yes');
    expect(fieldOf(desk, 'E-mails')).toBe('dutydesk@example.org');
    const ncoz = cardFor(await ask(contacts, 'NCOZ', 'cs'), 'Stálá služba NCOZ');
    expect(fieldOf(ncoz, 'Služba 24/7')).toBe('ano');
    expect(fieldOf(ncoz, 'Adresa')).toBe('Strojnická 27, 170 89 Praha 7');
  });

  it('reads phones in a hard-wrapped Czech memo: Czech E.164 despite one Slovak number, the fax, around the clock', async () => {
    const card = (await ask(contacts, 'dozorčí', 'cs')).cards[0];
    // The line that matched the question is shown in bold.
    expect(fieldOf(card, 'Telefony').split('\n')).toEqual([
      '**dozorčí službu ředitelství: 974 820 111 · +420 974 820 111 · 24/7**',
      'Fax: 974 820 199 · +420 974 820 199 · fax',
    ]);
    expect(fieldOf(card, 'Služba 24/7')).toBe('ano');
    const slovak = cardFor(await ask(contacts, 'Bratislavě', 'cs'), 'operační středisko v Bratislavě');
    expect(fieldOf(slovak, 'Telefony')).toContain('+421 2 9610 1111');
  });
});

describe('/contacts in a forwarded e-mail', () => {
  it('takes the signer over their post as the person, and never the From/To/Cc addresses', async () => {
    const card = (await ask(contacts, 'Hungary')).cards[0];
    expect(fieldOf(card, 'Head')).toBe('Gábor Szabó (Head of Cybercrime Liaison)');
    expect(fieldOf(card, 'Phones')).toContain('Mobile: +36 30 555 1234');
    const addresses = doc('fwd-contact.txt').contacts.flatMap((c) => c.emails.map((e) => e.address));
    expect(addresses).toEqual(['gabor.szabo@example.org']);
  });
});

describe('/treaty on unseen reports', () => {
  it('merges a Czech signing report and a later English entry-into-force report, newest status first', async () => {
    const reply = await ask(treaty, 'Austria');
    expect(reply.cards).toHaveLength(1);
    const card = reply.cards[0];
    expect(fieldOf(card, 'Signed')).toBe('12 March 2026, Vienna');
    const status = fieldOf(card, 'Status').split('\n');
    expect(status[0]).toMatch(/^• in force: entered into force on 1 September 2026 .*\(1 September 2026, /);
    expect(fieldOf(card, 'Source')).toContain('zprava-dohoda-rakousko.html');
    expect(fieldOf(card, 'Source')).toContain('news-austria-in-force.md');
  });
});

describe('/developments on unseen entries', () => {
  it('dates a bulletin by its publication line, not by its first item', () => {
    expect(doc('monthly-bulletin-2026-04.html')).toMatchObject({ kind: 'bulletin', date: '2026-04-30' });
  });

  it('reads a plain-text entry labelled Title/Country/Type/Themes as a development', async () => {
    expect(doc('db-entry-belgium.txt')).toMatchObject({
      title: 'Belgium tightens family reunification conditions',
      kind: 'development',
      developmentType: 'Legislation',
      themes: ['Family reunification', 'Legal migration'],
    });
    expect(await listed({ country: 'Belgium' })).toContain('Belgium tightens family reunification conditions');
  });

  it('summarises a Czech item past its ordinal date ("Dne 27. března"), and a hard-wrapped English one whole', async () => {
    expect(await listed({ country: 'Poland' })).toContain('Dne 27. března 2026 přijal polský Sejm zákon');
    expect(await listed({ country: 'Austria' })).toContain(
      'on police cooperation in border areas, signed in Vienna on 12 March 2026, entered into force on 1 September 2026',
    );
  });
});

describe('/search in plain words on unseen documents', () => {
  it('answers "Jaké je číslo na stálou službu v Brně?" with the number from the Brno page', async () => {
    const reply = await search.run({ query: 'Jaké je číslo na stálou službu v Brně?' }, contextFor(kb, 'cs'));
    expect(reply.unanswered).toBeFalsy();
    const first = reply.cards[0]?.fields?.[0]?.value ?? '';
    expect(first.replace(/\*\*/g, '')).toContain('Stálá služba: 974 621 111');
    expect(first).toContain('brno-sluzba.html');
  });
});
