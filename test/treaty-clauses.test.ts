/**
 * /treaty asked about what an instrument provides or how it ends, and the instrument a new one
 * replaced named where both names start alike. Documents written for this test; facts invented.
 */
import { describe, expect, it } from 'vitest';
import treaty from '../commands/treaty.ts';
import { parseDocument } from '../src/corpus/parse.ts';
import { KnowledgeBase } from '../src/knowledge/knowledge-base.ts';
import { runQuery } from './support/structured.ts';

const TREATY_TEXT = `TREATY between the Republic of Austria and Hungary on Police Cooperation in the Border Area

The Republic of Austria and Hungary (hereinafter "the Contracting Parties"), as Member States of the European Union, have agreed as follows:

Article 1 Scope
The Contracting Parties shall cooperate in the prevention and investigation of criminal offences in the border area.

Article 5 Hot pursuit
(1) Officers of one Contracting Party who are pursuing a person caught in the act may continue the pursuit into the territory of the other Contracting Party without its prior consent. (2) Hot pursuit on land may be carried out up to a distance of 30 kilometres from the common state border.

Article 12 Final provisions
(1) This Treaty shall enter into force on the first day of the second month after the exchange of the instruments of ratification. (2) This Treaty is concluded for an indefinite period. Either Contracting Party may denounce it in writing through diplomatic channels; the Treaty shall cease to be in force three months after the notice of denunciation is received.

Done at Vienna on 3 March 2025 in two originals.
`;

const GAZETTE = `Bekanntmachung über das Inkrafttreten des österreichisch-ungarischen Abkommens über die polizeiliche Zusammenarbeit

Vom 4. Mai 2026

Nach Artikel 2 des Gesetzes vom 9. Dezember 2025 zu dem Abkommen vom 2. Februar 2025 zwischen der Regierung der Republik Österreich und der Regierung der Republik Ungarn über die polizeiliche Zusammenarbeit im Grenzgebiet wird bekannt gemacht, dass das Abkommen nach seinem Artikel 30 am 1. Juni 2026 in Kraft treten wird.

Mit dem Inkrafttreten des Abkommens tritt das Abkommen vom 5. Mai 2001 zwischen der Regierung der Republik Österreich und der Regierung der Republik Ungarn über die Zusammenarbeit bei der Bekämpfung der grenzüberschreitenden Kriminalität außer Kraft.
`;

const NEWS = `Austria and Hungary to review older police arrangements

Vienna, 4 March 2025 – After signing the new treaty, Austria and Hungary also want to review their 1998 police cooperation agreement on the exchange of liaison officers, a ministry spokesman said.
`;

const treatyKb = new KnowledgeBase([parseDocument('at-hu-treaty.txt', TREATY_TEXT)]);
const withNewsKb = new KnowledgeBase([
  parseDocument('at-hu-treaty.txt', TREATY_TEXT),
  parseDocument('at-hu-news.txt', NEWS),
]);
const gazetteKb = new KnowledgeBase([parseDocument('bgbl-at-hu.txt', GAZETTE)]);
const quoted = async (query: string, kb = treatyKb) =>
  (await runQuery(treaty, query, kb)).content?.split('\n')[1] ?? '';

describe('/treaty asked what an instrument provides', () => {
  it('quotes the article on what the question names, not its heading nor its dates', async () => {
    const quote = await quoted('hot pursuit Hungary');
    expect(quote).toContain('up to a distance of 30 kilometres');
    expect(quote).not.toMatch(/^> “Article 5/);
  });

  it('asked how it ends, quotes its clause on denunciation', async () => {
    expect(await quoted('Austria Hungary treaty denunciation')).toContain(
      'cease to be in force three months after the notice of denunciation',
    );
  });

  it('names the two states as its parties, not the Union they are members of', async () => {
    const reply = await runQuery(treaty, 'Austria Hungary police treaty', treatyKb);
    expect(reply.cards[0]?.fields?.find((field) => field.name === 'Parties')?.value).toBe('Austria, Hungary');
  });

  it('asked only which instrument, quotes how it was signed as before', async () => {
    expect(await quoted('Austria Hungary police treaty')).not.toContain('kilometres');
  });
});

describe('a report of a bilateral agreement that names the Union', () => {
  it('names the two states as its parties', async () => {
    const report = `Slovenia and Croatia agree on joint patrols

On 2 June 2025 the interior ministers of Slovenia and Croatia signed an Agreement on Joint Patrols along the common border, which is also the external border of the European Union.
`;
    const kb = new KnowledgeBase([parseDocument('si-hr.txt', report)]);
    const reply = await runQuery(treaty, 'Slovenia Croatia joint patrols', kb);
    expect(reply.cards[0]?.fields?.find((field) => field.name === 'Parties')?.value).toBe('Slovenia, Croatia');
  });
});

describe('a Slovak notice in the present tense, with the regulations it ends listed under it', () => {
  const NOTICE = `OZNÁMENIE Ministerstva zahraničných vecí Slovenskej republiky

Ministerstvo zahraničných vecí Slovenskej republiky oznamuje, že 5. mája 2025 bola v Budapešti podpísaná Zmluva medzi Slovenskou republikou a Maďarskom o policajnej spolupráci.

Zmluva nadobúda platnosť 1. decembra 2025 na základe článku 30 ods. 1.

Dňom nadobudnutia platnosti zmluvy stráca platnosť Dohoda medzi vládou Slovenskej republiky a vládou Maďarskej republiky o spolupráci v boji proti trestnej činnosti, podpísaná 2. marca 1999 v Bratislave (oznámenie č. 211/1999 Z. z.).

Súvisiace predpisy
211/1999 Z. z. – stráca platnosť 1. 12. 2025
`;
  const kb = new KnowledgeBase([parseDocument('oznamenie-sk-hu.txt', NOTICE)]);

  it('reads "nadobúda platnosť" as its entry into force, and no end of its own on that day', async () => {
    const reply = await runQuery(treaty, 'Slovensko Maďarsko zmluva o policajnej spolupráci – od kedy platí?', kb);
    const line = reply.content?.split('\n')[0] ?? '';
    expect(line).toMatch(/^\*\*In force: 1 December 2025\*\*/);
    expect(reply.cards[0]?.fields?.find((field) => field.name === 'Status')?.value).not.toContain('terminated');
  });
});

describe('an arrangement between ministries ended by a notice’s instrument', () => {
  const NOTICE = `Bekanntmachung über das Inkrafttreten des österreichisch-ungarischen Abkommens über gemeinsame Streifen

Vom 10. März 2026

Nach Artikel 2 des Gesetzes vom 4. November 2025 zu dem Abkommen vom 6. Juni 2025 zwischen der Republik Österreich und Ungarn über gemeinsame Streifen im Grenzgebiet wird bekannt gemacht, dass das Abkommen am 1. Februar 2026 in Kraft getreten ist.

Mit dem Inkrafttreten des Abkommens ist gemäß seinem Artikel 12 die Verwaltungsvereinbarung vom 3. Mai 2010 zwischen dem Bundesministerium für Inneres und dem Innenministerium der Republik Ungarn über gemeinsame Streifen außer Kraft getreten.
`;
  const kb = new KnowledgeBase([parseDocument('bgbl-at-hu-streifen.txt', NOTICE)]);

  it('keeps it as an instrument between the same states, ended and replaced', async () => {
    const reply = await runQuery(
      treaty,
      'welche frühere Vereinbarung trat mit dem österreichisch-ungarischen Abkommen über gemeinsame Streifen außer Kraft',
      kb,
    );
    const line = reply.content?.split('\n')[0] ?? '';
    expect(line).toContain('Signed: 3 May 2010');
    expect(line).toContain('Verwaltungsvereinbarung');
    expect(line).toContain('replaced by');
  });
});

describe('a notice ending a list of instruments', () => {
  const NOTICE = `Sdělení Ministerstva zahraničních věcí o sjednání Smlouvy mezi Českou republikou a Maďarskem o policejní spolupráci

Ministerstvo zahraničních věcí sděluje, že dne 12. března 2025 byla v Budapešti podepsána Smlouva mezi Českou republikou a Maďarskem o policejní spolupráci.

Smlouva vstoupila v platnost na základě svého článku 30 odst. 1 dne 1. září 2025.

Podle článku 29 Smlouvy dnem jejího vstupu v platnost pozbyly platnosti:

Dohoda mezi Českou republikou a Maďarskou republikou o spolupráci v boji proti trestné činnosti, podepsaná dne 4. května 1999 v Praze, a Prováděcí protokol mezi Ministerstvem vnitra České republiky a Ministerstvem vnitra Maďarské republiky o výměně styčných důstojníků, podepsaný dne 8. října 2003 v Budapešti.
`;
  const kb = new KnowledgeBase([parseDocument('sdeleni-cz-hu.txt', NOTICE)]);

  it('ends every one of them, each with its own signing day, listed under the new one', async () => {
    const list = (await runQuery(treaty, undefined, kb)).cards[0]?.description ?? '';
    const lines = list.split('\n').filter((line) => /^(?:•| {2}↳)/.test(line));
    expect(lines[0]).toMatch(
      /^• \*\*Smlouva mezi Českou republikou a Maďarskem o policejní spolupráci\*\* — .* — 12 March 2025$/,
    );
    expect(lines.slice(1).sort()).toEqual([
      expect.stringMatching(/^ {2}↳ \*\*Dohoda mezi .* — 4 May 1999 — no longer in force$/),
      expect.stringMatching(/^ {2}↳ \*\*Protokol mezi .* — 8 October 2003 — no longer in force$/),
    ]);
  });
});

describe('an instrument the documents only mention', () => {
  it('asked by the year it was made, answers with the sentence mentioning it, said to be a mention', async () => {
    const reply = await runQuery(treaty, 'Austria Hungary police cooperation agreement 1998', withNewsKb);
    const [line, quote] = reply.content?.split('\n') ?? [];
    expect(line).toBe('No document describes an agreement of 1998; one mentions it:');
    expect(quote).toContain('their 1998 police cooperation agreement');
    expect(reply.cards[0]?.title).toBe('Austria and Hungary to review older police arrangements');
  });

  it('asked by the year of one the documents describe, answers with that one', async () => {
    const reply = await runQuery(treaty, 'Austria Hungary police cooperation treaty 2025', withNewsKb);
    expect(reply.content).toMatch(/^\*\*Signed: 3 March 2025, Vienna\*\*/);
  });
});

describe('an instrument replaced by one whose name starts alike', () => {
  it('names the old one with its signing day, how the gazette tells them apart', async () => {
    const line = (await runQuery(treaty, 'Abkommen Österreich Ungarn Inkrafttreten', gazetteKb)).content?.split(
      '\n',
    )[0];
    expect(line).toMatch(/replaces Abkommen zwischen der Regierung der Republik Österreich .*… \(signed 5 May 2001\)/);
  });
});

describe('an instrument ending an older one of another name', () => {
  const notice = parseDocument(
    'oznamenie-sk-hu.txt',
    `Oznámenie Ministerstva zahraničných vecí a európskych záležitostí Slovenskej republiky o uzavretí Zmluvy medzi Slovenskou republikou a Maďarskom o policajnej spolupráci

Ministerstvo zahraničných vecí a európskych záležitostí Slovenskej republiky oznamuje, že 12. mája 2025 bola v Komárne podpísaná Zmluva medzi Slovenskou republikou a Maďarskom o policajnej spolupráci.

Zmluva nadobudne platnosť 1. marca 2026 na základe článku 30 ods. 2.

Dňom nadobudnutia platnosti tejto zmluvy sa skončí platnosť Dohody medzi vládou Slovenskej republiky a vládou Maďarskej republiky o spolupráci v boji proti cezhraničnej trestnej činnosti, podpísanej 18. marca 2004 v Budapešti (oznámenie č. 411/2004 Z. z.).`,
  );
  const kb = new KnowledgeBase([notice]);

  it('asked which one ended with it or which one it cancels, names the old one by its signing day', async () => {
    for (const query of [
      'Which agreement ended when the Slovak-Hungarian police treaty entered into force?',
      'Kterou dohodu ruší nová slovensko-maďarská smlouva o policejní spolupráci?',
    ]) {
      const line = (await runQuery(treaty, query, kb)).content?.split('\n')[0];
      expect(line).toContain('(signed 18 March 2004)');
    }
  });
});
