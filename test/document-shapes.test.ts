/**
 * Documents of every shape a team drops into seeds/ (HTML tables, <dl>, cards, a Czech page with
 * Czech chrome, prose phones, Markdown tables with front matter, a bulletin, a forwarded e-mail, a
 * PDF treaty and a Word file made here, a later status update), asked through /contacts, /treaty
 * and /developments as a user would.
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import contacts from '../commands/contacts.ts';
import developments from '../commands/developments.ts';
import treaty from '../commands/treaty.ts';
import type { Card, Reply } from '../src/answers/reply.ts';
import { blockPassages } from '../src/corpus/blocks.ts';
import { loadCorpus } from '../src/corpus/load.ts';
import { parseDocument } from '../src/corpus/parse.ts';
import { readFormat } from '../src/corpus/readers/index.ts';
import type { Document } from '../src/corpus/types.ts';
import type { Locale } from '../src/i18n/locale.ts';
import { KnowledgeBase } from '../src/knowledge/knowledge-base.ts';
import { minutesDocx, treatyPdf } from './support/generated-documents.ts';
import { contextFor, fieldOf, runQuery } from './support/structured.ts';

const FIXTURES = new URL('./fixtures/documents/', import.meta.url).pathname;
let kb: KnowledgeBase;
let documents: Document[];
const doc = (file: string): Document => documents.find((d) => d.file === file)!;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'liaison-shapes-'));
  cpSync(FIXTURES, dir, { recursive: true });
  writeFileSync(join(dir, 'treaty.pdf'), await treatyPdf());
  writeFileSync(join(dir, 'minutes.docx'), await minutesDocx());
  const corpus = await loadCorpus(dir);
  expect(corpus.warnings).toEqual([]);
  documents = corpus.documents;
  kb = new KnowledgeBase(documents);
});

const ask = (command: typeof contacts | typeof treaty, query: string | undefined, locale?: Locale): Promise<Reply> =>
  runQuery(command, query, kb, locale);
const phones = (card: Card | undefined): string => fieldOf(card, 'Phones');
const cardFor = (reply: Reply, title: string): Card | undefined => reply.cards.find((card) => card.title === title);

describe('/contacts on pages of every shape', () => {
  it('reads one contact point per table row, each with its own name, country and number as written plus E.164', async () => {
    const reply = await ask(contacts, 'Slovakia');
    const card = cardFor(reply, 'International Police Cooperation Office');
    expect(phones(card)).toBe('Telephone: +421 9610 56000 · +421 961 056 000');
    expect(fieldOf(card, 'Country')).toBe('Slovakia');
    expect(fieldOf(card, 'E-mails')).toBe('spoc@minv.example.sk');
    const austrian = cardFor(await ask(contacts, 'Austria'), 'Federal Criminal Police Office, SPOC');
    expect(phones(austrian).split('\n')).toHaveLength(1); // a tel: link counts once
    expect(fieldOf(austrian, 'Country')).toBe('Austria');
    expect(JSON.stringify(doc('contact-points.html').contacts)).not.toContain('taxonomy');
  });

  it('reads a definition list as one card under its heading, labels in Czech or English', async () => {
    const card = cardFor(await ask(contacts, 'liaison desk'), 'Regional liaison desk');
    expect(phones(card)).toContain('Telefon: +420 974 834 210');
    expect(fieldOf(card, 'E-mails')).toBe('liaison.desk@example.cz');
    expect(fieldOf(card, '24/7 service')).toBe('yes');
    expect(fieldOf(card, 'Country')).toBe('Czechia');
  });

  it('reads a Czech page: cards under headings, Stálá služba around the clock, the head of unit, national numbers in E.164', async () => {
    const page = doc('kontakty-odbor.html');
    expect(page.title).toBe('Odbor mezinárodní policejní spolupráce');
    expect(page.language).toBe('cs');
    expect(page.text).not.toMatch(/cookies|Přijmout|Sdílet|Související|užitečná|Přejít na obsah|Úvod \//);
    expect(page.countries).toEqual(expect.arrayContaining(['Austria', 'Slovakia']));
    const duty = cardFor(await ask(contacts, 'stálá služba'), 'Stálá služba');
    expect(fieldOf(duty, '24/7 service')).toBe('yes');
    expect(phones(duty)).toContain('+420 974 834 380');
    const interpol = cardFor(await ask(contacts, 'Interpol', 'cs'), 'Oddělení Interpol');
    expect(fieldOf(interpol, 'Telefony')).toBe(
      'Tel.: 974 834 210 · +420 974 834 210\nFax: 974 834 716 · +420 974 834 716 · fax',
    );
    expect(fieldOf(interpol, 'Vedoucí')).toBe('plk. Mgr. Jana Horáková (Vedoucí oddělení)');
    expect(fieldOf(interpol, 'Země')).toBe('Česko');
  });

  it('reads a Markdown table of contact points for several countries, and a phone offered in prose', async () => {
    const reply = await ask(contacts, 'joint centre Mikulov');
    const mikulov = cardFor(reply, 'Joint centre Mikulov');
    expect(phones(mikulov)).toBe('Duty phone: +43 5 9133 4040');
    expect(fieldOf(mikulov, 'Country')).toBe('Austria');
    const prose = cardFor(await ask(contacts, 'duty officer'), 'duty officer');
    expect(phones(prose)).toContain('+421 2 9685 1111');
    expect(fieldOf(prose, 'Country')).toBe('Slovakia');
    expect(fieldOf(prose, '24/7 service')).toBe('yes');
  });

  it('takes the signature in a forwarded e-mail as a contact, never the From/To/Cc addresses', async () => {
    const mail = doc('forwarded.txt');
    expect(mail).toMatchObject({ kind: 'email', title: 'Contact for the joint patrols', date: '2026-03-04' });
    const addresses = mail.contacts.flatMap((c) => c.emails.map((e) => e.address));
    expect(addresses).toEqual(['jpcu@polizei.example.at']);
    const reply = await ask(contacts, 'jpcu');
    expect(phones(reply.cards[0])).toContain('Tel: +43 59133 30 1234');
  });

  it('reads the contact table of a Word file, and knows the file is minutes', async () => {
    expect(doc('minutes.docx')).toMatchObject({
      kind: 'minutes',
      date: '2026-03-05',
      title: 'Minutes of the meeting of the joint contact group',
    });
    const card = cardFor(await ask(contacts, 'Slovenia'), 'International Police Cooperation Division');
    expect(phones(card)).toBe('Phone: +386 1 428 4780 · +386 1 428 47 80');
    expect(fieldOf(card, 'Country')).toBe('Slovenia');
  });
});

describe('/treaty on a PDF treaty, a later status update and a Czech news item', () => {
  it('reads the PDF treaty: its own title and date, not the running header or the 1990 date of its preamble', () => {
    const pdf = doc('treaty.pdf');
    expect(pdf.title).toBe('Treaty between the Republic of Austria and the Czech Republic on Joint Patrols');
    expect(pdf).toMatchObject({ kind: 'treaty', date: '2026-02-06' });
    expect(pdf.text).not.toMatch(/official translation|Page \d of 3|co- operation/);
    expect(pdf.text).toContain('police cooperation in the border areas');
  });

  it('answers with parties, signing place and date, provisions by article, and the status history newest first', async () => {
    const card = (await ask(treaty, 'joint patrols')).cards[0];
    expect(card?.title).toBe('Treaty between the Republic of Austria and the Czech Republic on Joint Patrols');
    expect(fieldOf(card, 'Parties')).toBe('Austria, Czechia');
    expect(fieldOf(card, 'Signed')).toBe('6 February 2026, Vienna');
    const provisions = fieldOf(card, 'Key provisions').split('\n');
    // The provisions that match the question come first.
    expect(provisions[0]).toBe(
      '• Article 3 Joint patrols: Police officers of both Parties may carry out joint patrols on the territory of either Party under the command of the officer of the host state.',
    );
    expect(provisions).toHaveLength(6);
    const status = fieldOf(card, 'Status').split('\n');
    expect(status[0]).toMatch(
      /^• in force: entered into force on 1 June 2026.*\(1 June 2026, Austria and Czechia: joint patrols treaty in force\)$/,
    );
    expect(status[status.length - 1]).toBe(
      '• signed (6 February 2026, Treaty between the Republic of Austria and the Czech Republic on Joint Patrols)',
    );
    expect(fieldOf(card, 'Source')).toContain('`treaty.pdf`');
    expect(fieldOf(card, 'Source')).toContain('`treaty-in-force.txt`');
  });

  it('reads a Czech news item on an agreement: Czech month names, inflected country names, the article heading as title', async () => {
    const news = doc('dohoda-hlidky.html');
    expect(news).toMatchObject({
      title: 'Česko a Slovensko podepsaly dohodu o společných hlídkách',
      date: '2026-02-07',
      language: 'cs',
    });
    const card = (await ask(treaty, 'společné hlídky Slovensko', 'cs')).cards[0];
    expect(card?.title).toBe('Dohoda o společných hlídkách');
    expect(fieldOf(card, 'Strany')).toBe('Česko, Slovensko');
    expect(fieldOf(card, 'Podepsáno')).toBe('6. února 2026');
    expect(fieldOf(card, 'Stav')).toContain('vstoupí v platnost po ratifikaci parlamenty obou zemí');
  });
});

describe('/developments on a bulletin', () => {
  it('makes each dated item a development of its own, with its own date and country; the issue date is the document date', async () => {
    const bulletin = doc('weekly-bulletin.md');
    expect(bulletin).toMatchObject({ kind: 'bulletin', date: '2026-03-13' });
    const reply = await developments.run({ since: '2026-03-01', until: '2026-03-31' }, contextFor(kb));
    const lines = reply.cards[0]?.fields?.map((f) => f.value) ?? [];
    expect(reply.cards[0]?.description).toBe('4 developments, newest first');
    expect(lines[0]).toContain('Greece reported a fall in sea arrivals');
    expect(lines[3]).toContain('Austria extended internal border checks');
    const poland = await developments.run({ country: 'Poland' }, contextFor(kb));
    expect(poland.cards[0]?.description).toBe('1 development, newest first');
    expect(poland.cards[0]?.fields?.[0]).toMatchObject({
      name: 'Poland opens reception centre',
      value: expect.stringContaining('**2026-03-10** · Poland'),
    });
    expect(poland.cards[0]?.fields?.[0]?.value).toContain('`weekly-bulletin.md`');
  });
});

describe('the block tree of each document', () => {
  it('keeps table rows and cards as records with the heading above them, for search to quote', () => {
    expect(doc('contact-points.html').records?.[1]).toEqual({
      heading: 'Contact points for cross-border cooperation',
      text: 'Country: Slovakia; Contact point: International Police Cooperation Office; Telephone: +421 9610 56000; E-mail: spoc@minv.example.sk',
    });
  });

  it('reads PDF pages into blocks with their page and headings', async () => {
    const read = await readFormat('.pdf', await treatyPdf());
    const article = blockPassages(read.blocks).find((unit) => unit.text.startsWith('Police officers of both Parties'));
    expect(article).toMatchObject({
      page: 2,
      path: [
        'Treaty between the Republic of Austria and the Czech Republic on Joint Patrols',
        'Article 3 Joint patrols',
      ],
    });
  });
});

describe('an e-mail saved as .eml', () => {
  // As a mail client saves it: an encoded subject, a Czech body in ISO-8859-2 quoted-printable, an
  // HTML alternative, and an attachment that is not read.
  const eml = [
    'From: =?UTF-8?Q?Jana_Nov=C3=A1kov=C3=A1?= <jana.novakova@pcr.example.cz>',
    'To: Spolecne pracoviste <spolecne@pcr.example.cz>',
    'Subject: =?UTF-8?Q?Nov=C3=BD_fax_pracovi=C5=A1t=C4=9B_Mikulov?=',
    'Date: Tue, 3 Feb 2026 09:14:27 +0100',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="outer"',
    '',
    '--outer',
    'Content-Type: multipart/alternative; boundary="inner"',
    '',
    '--inner',
    'Content-Type: text/plain; charset=iso-8859-2',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    'Dobr=FD den,',
    '',
    'od 1. b=F8ezna 2026 m=E1 spole=E8n=E9 pracovi=B9t=EC Mikulov nov=FD fax +420 974 632 799.',
    '',
    'S pozdravem',
    'Jana Nov=E1kov=E1',
    '--inner',
    'Content-Type: text/html; charset=utf-8',
    '',
    '<p>Dobrý den, nový fax +420 974 632 799.</p>',
    '--inner--',
    '--outer',
    'Content-Type: application/octet-stream; name="plan.bin"',
    'Content-Disposition: attachment; filename="plan.bin"',
    'Content-Transfer-Encoding: base64',
    '',
    'AAECAwQF',
    '--outer--',
    '',
  ].join('\r\n');

  it('is read with its subject as title, its date, and its body decoded; a question about it is answered', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'liaison-eml-'));
    writeFileSync(join(dir, 'novy-fax.eml'), eml, 'latin1');
    const corpus = await loadCorpus(dir);
    expect(corpus.warnings).toEqual([]);
    const [mail] = corpus.documents;
    expect(mail).toMatchObject({ kind: 'email', title: 'Nový fax pracoviště Mikulov', date: '2026-02-03' });
    const results = new KnowledgeBase(corpus.documents).search('Jaký je nový fax pracoviště Mikulov?');
    expect(results.hits[0]?.sentence).toContain('nový fax +420 974 632 799');
    expect(results.value?.text).toBe('+420 974 632 799');
  });
});

describe('an e-mail pasted as text with all its headers', () => {
  it('takes Message-ID and MIME lines as headers, not as a contact e-mail', () => {
    const mail = parseDocument(
      'mail.txt',
      [
        'From: Maja Zupancic <maja.zupancic@policija.example.si>',
        'Subject: Slovenian contact point',
        'Date: Tue, 10 Mar 2026 10:27:14 +0100',
        'Message-ID: <20260310102714.4471@policija.example.si>',
        'MIME-Version: 1.0',
        'Content-Type: text/plain; charset="utf-8"',
        '',
        'Dear colleagues, the central contact point is reachable 24/7 at +386 1 428 47 80 and spoc@policija.example.si.',
      ].join('\n'),
    );
    const addresses = mail.contacts.flatMap((contact) => contact.emails.map((email) => email.address));
    expect(addresses).not.toContain('20260310102714.4471@policija.example.si');
    expect(addresses).toContain('spoc@policija.example.si');
  });
});

describe('an invitation with the meeting’s "Date:" line in its body', () => {
  const mail = parseDocument(
    'invitation.txt',
    [
      'From: Peter Baláž <peter.balaz@minv.example.sk>',
      'Subject: JIT LIMESTONE - coordination meeting in Kúty',
      'Date: Tue, 20 Jan 2026 10:14:37 +0100',
      '',
      'Dear colleagues,',
      '',
      'following our phone call last Friday, I confirm the next coordination meeting of the joint investigation team LIMESTONE.',
      '',
      'Date: Wednesday 4 February 2026, 09:30',
      'Place: Joint Contact Centre Kúty, meeting room 2',
    ].join('\n'),
  );

  it('keeps the line in the text: the meeting’s day is no date of the e-mail', () => {
    expect(mail.date).toBe('2026-01-20');
    expect(mail.text).toContain('Date: Wednesday 4 February 2026, 09:30');
  });

  it('answers when the meeting will be from that line, not from the call "last Friday"', () => {
    const results = new KnowledgeBase([mail]).search('Kdy bude koordinační schůzka týmu LIMESTONE?');
    expect(results.value?.date).toBe('2026-02-04');
  });
});
