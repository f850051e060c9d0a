/**
 * Agreements reported in German and Slovak prose (compounds such as "Rückübernahmeabkommen",
 * genitive country names, a weekday read from the dateline), and /treaty's first line naming the
 * instrument a new one replaced. Texts written for this test; facts invented.
 */
import { describe, expect, it } from 'vitest';
import treaty from '../commands/treaty.ts';
import { extractAgreements } from '../src/corpus/agreements/sentences.ts';
import { readInstruments } from '../src/corpus/instruments.ts';
import { parseDocument } from '../src/corpus/parse.ts';
import { KnowledgeBase } from '../src/knowledge/knowledge-base.ts';
import { fieldOf, runQuery } from './support/structured.ts';

const GERMAN = `Die Innenminister Österreichs und Tschechiens haben am Dienstag in Wien ein neues Rückübernahmeabkommen unterzeichnet. Das Abkommen regelt die Übergabe von Personen ohne Aufenthaltsrecht an drei Grenzübergängen.`;

const SLOVAK = `Ministri vnútra Slovenska a Maďarska v piatok v Komárne podpísali dohodu o spoločných hliadkach. Dohoda umožní spoločné hliadky slovenských a maďarských policajtov v pohraničí.`;

const IN_FORCE = `Der neue deutsch-polnische Polizeivertrag ist am Donnerstag in Kraft getreten. Er erlaubt gemeinsame Streifen im Grenzgebiet.`;

const WIRE = `The readmission agreement between Poland and Slovakia came into force on Saturday, the interior ministry said. The two governments signed it in April 2015 after two years of talks.`;

describe('a news item dates what it reports from its dateline, never by it', () => {
  it('reads a month without a day as the month, and a weekday back from the dateline', () => {
    const [found] = extractAgreements(WIRE, { title: 'Readmission deal in force', date: '2016-10-03', countries: [] });
    expect(found?.signed).toBe('2015-04');
    expect(found?.history?.find((step) => /came into force/.test(step.status))?.date).toBe('2016-10-01');
  });

  it('shows a month as the month in every language', async () => {
    const kb = new KnowledgeBase([parseDocument('wire.txt', `Readmission deal in force\n\n${WIRE}`)]);
    for (const [locale, month] of [
      ['en', 'April 2015'],
      ['cs', 'duben 2015'],
      ['de', 'April 2015'],
    ] as const)
      expect((await runQuery(treaty, 'Poland Slovakia readmission', kb, locale)).content).toContain(month);
  });
});

describe('agreements reported in German and Slovak', () => {
  it('reads a German compound noun, the countries in the genitive, the place and the weekday of the signing', () => {
    const [found] = extractAgreements(GERMAN, {
      title: 'Neues Abkommen unterzeichnet',
      date: '2024-10-10',
      countries: [],
    });
    expect(found?.name).toBe('Rückübernahmeabkommen');
    expect(found?.parties).toEqual(['Austria', 'Czechia']);
    expect(found?.signed).toBe('2024-10-08');
    expect(found?.place).toBe('Wien');
  });

  it('reads a Slovak report of a signing with its subject, place and parties', () => {
    const [found] = extractAgreements(SLOVAK, { title: 'Spoločné hliadky', date: '2025-03-08', countries: [] });
    expect(found?.name).toBe('Dohoda o spoločných hliadkach');
    expect(found?.parties).toEqual(['Slovakia', 'Hungary']);
    expect(found?.signed).toBe('2025-03-07');
    expect(found?.place).toBe('Komárne');
  });

  it('dates an entry into force stated before its verb by the weekday it names', () => {
    const [found] = extractAgreements(IN_FORCE, { title: 'Polizeivertrag', date: '2026-01-03', countries: [] });
    expect(found?.history?.find((step) => /in Kraft getreten/.test(step.status))?.date).toBe('2026-01-01');
  });
});

const NOTICE = `Sdělení Ministerstva zahraničních věcí o sjednání Smlouvy mezi Českou republikou a Rakouskou republikou

Ministerstvo zahraničních věcí sděluje, že dne 5. května 2022 byla v Brně podepsána Smlouva mezi Českou republikou a Rakouskou republikou o spolupráci při ochraně státních hranic.

Smlouva vstoupila v platnost na základě svého článku 30 dne 1. února 2023.

Dnem vstupu Smlouvy v platnost pozbyla platnosti Smlouva mezi Českou republikou a Rakouskou republikou o ochraně státních hranic, podepsaná ve Vídni dne 12. března 1998.`;

describe('/treaty names what a new instrument replaced', () => {
  const kb = new KnowledgeBase([parseDocument('notice-at.txt', NOTICE)]);

  it('puts the replaced instrument in the first line, without its dates, and its own card under the new one', async () => {
    const reply = await runQuery(treaty, 'Rakousko smlouva ochrana hranic', kb);
    const first = reply.content?.split('\n')[0] ?? '';
    expect(first).toContain('5 May 2022');
    expect(first).toContain('1 February 2023');
    expect(first).toContain('replaces Smlouva mezi Českou republikou a Rakouskou republikou o ochraně státních hranic');
    expect(first).not.toContain('1998');
  });

  it('asked what the new one cancelled, names the replaced instrument with its own signing day said to be its, no other date of it', async () => {
    for (const query of [
      'Rakousko smlouva ochrana hranic – jakou smlouvu zrušila?',
      'Austria border treaty: which treaty does it replace?',
    ]) {
      const reply = await runQuery(treaty, query, kb);
      const first = reply.content?.split('\n')[0] ?? '';
      expect(first, query).toMatch(/^\*\*Signed: 5 May 2022/);
      expect(first, query).toContain(
        'replaces Smlouva mezi Českou republikou a Rakouskou republikou o ochraně státních hranic (signed 12 March 1998)',
      );
      expect(first.match(/1998/g), query).toHaveLength(1);
      expect(fieldOf(reply.cards[0], 'Replaces'), query).toContain('(signed 12 March 1998)');
    }
  });

  it('lists a replaced instrument under the one that replaced it, marked as no longer in force', async () => {
    const list = (await runQuery(treaty, undefined, kb)).cards[0]?.description ?? '';
    const lines = list.split('\n').filter((line) => line.includes('**Smlouva'));
    expect(lines[0]).toMatch(/^• \*\*Smlouva .* o spolupráci při ochraně státních hranic\*\*/);
    expect(lines[1]).toMatch(/^ {2}↳ \*\*Smlouva .* o ochraně státních hranic\*\*.* — no longer in force$/);
  });

  it('answers a question naming a year with the instrument signed that year, whatever its noun', async () => {
    const reply = await runQuery(treaty, 'Rakousko dohoda 1998', kb);
    expect(reply.content?.split('\n')[0]).toContain('12 March 1998');
  });

  it('marks the old instrument, asked for by its year, as replaced by the new one', async () => {
    const reply = await runQuery(treaty, 'Rakousko smlouva 1998', kb);
    const first = reply.content?.split('\n')[0] ?? '';
    expect(first).toContain('12 March 1998');
    expect(first).toContain(
      'no longer in force, replaced by Smlouva mezi Českou republikou a Rakouskou republikou o spolupráci',
    );
  });
});

const BEKANNTMACHUNG = `Bekanntmachung über das Inkrafttreten des deutsch-polnischen Polizeiabkommens

Das in Görlitz am 15. Mai 2024 unterzeichnete Abkommen zwischen der Regierung der Bundesrepublik Deutschland und der Regierung der Republik Polen über die Zusammenarbeit der Polizei-, Grenz- und Zollbehörden ist nach seinem Artikel 30 Absatz 1 am 1. Februar 2026 in Kraft getreten.

Mit Inkrafttreten dieses Abkommens ist das Abkommen zwischen der Regierung der Bundesrepublik Deutschland und der Regierung der Republik Polen über die Zusammenarbeit der Polizeibehörden in den Grenzgebieten vom 18. Februar 2002 außer Kraft getreten.`;

const KUNDMACHUNG = `Kundmachung des Bundeskanzlers betreffend das Abkommen zwischen der Republik Österreich und der Slowakischen Republik über die polizeiliche Zusammenarbeit

Nach Mitteilung der Slowakischen Republik wurden die Ratifikationsurkunden am 10. April 2025 ausgetauscht. Das am 3. Oktober 2024 in Bratislava unterzeichnete Abkommen tritt gemäß seinem Art. 20 Abs. 1 mit 1. Juli 2025 in Kraft.`;

describe('German and Austrian gazette wording', () => {
  it('reads an instrument known by its date ("vom 18. Februar 2002") as the one the new one replaced', () => {
    const [current, old] = readInstruments(BEKANNTMACHUNG, '2026-03-20');
    expect(current?.signed).toBe('2024-05-15');
    expect(current?.history).toContainEqual(expect.objectContaining({ kind: 'in force', date: '2026-02-01' }));
    expect(old?.signed).toBe('2002-02-18');
    expect(old?.replacedBy).toBe(current?.name);
    expect(old?.history).toContainEqual(expect.objectContaining({ kind: 'terminated', date: '2026-02-01' }));
  });

  it('reads the instrument a heading names, signed, exchanged and in force in the sentences after it', () => {
    const [found] = readInstruments(KUNDMACHUNG, '2025-05-02');
    expect(found?.parties).toEqual(expect.arrayContaining(['Austria', 'Slovakia']));
    expect(found?.signed).toBe('2024-10-03');
    expect(found?.place).toBe('Bratislava');
    expect(found?.history?.map((step) => `${step.kind} ${step.date}`)).toEqual([
      'signed 2024-10-03',
      'exchanged 2025-04-10',
      'in force 2025-07-01',
    ]);
  });
});

describe('a step a report says is still to come', () => {
  it('is not dated by the report: "vstoupí v platnost až po ratifikaci" has no day yet', async () => {
    const text = `Ministři vnitra podepsali novou česko-slovenskou smlouvu o policejní spolupráci

Bratislava 13. března 2026 (ČTK) – Ministři vnitra České republiky a Slovenska ve čtvrtek v Bratislavě podepsali novou smlouvu o policejní spolupráci. Smlouva vstoupí v platnost až po ratifikaci v obou zemích; s projednáním v Poslanecké sněmovně ministerstvo počítá do konce roku 2026.`;
    const [found] = extractAgreements(text, { title: 'Ministři podepsali smlouvu', date: '2026-03-13', countries: [] });
    const toCome = found?.history?.find((step) => step.status.includes('vstoupí v platnost'));
    expect(toCome).toBeDefined();
    expect(toCome?.date).toBeUndefined();
    const reply = await runQuery(
      treaty,
      'Kdy vstoupí v platnost nová česko-slovenská smlouva o policejní spolupráci?',
      new KnowledgeBase([parseDocument('ctk.txt', text)]),
    );
    expect(reply.content).not.toContain('13 March 2026**');
  });
});

describe('Czech gazette wording', () => {
  it('reads the old treaty ended "ve vztazích mezi" the parties, words between the verb and "platnosti"', () => {
    const notice = `Sdělení Ministerstva zahraničních věcí

Ministerstvo zahraničních věcí sděluje, že dne 14. května 2025 byla ve Vídni podepsána Smlouva mezi Českou republikou a Rakouskou republikou o policejní spolupráci. Smlouva vstoupila v platnost na základě svého článku 38 odst. 1 dne 1. února 2026.

Dnem vstupu Smlouvy v platnost pozbyla ve vztazích mezi Českou republikou a Rakouskou republikou platnosti Smlouva mezi Českou republikou a Rakouskou republikou o policejní spolupráci ze dne 14. listopadu 2001, vyhlášená pod č. 71/2004 Sb. m. s.`;
    const [current, old] = readInstruments(notice, '2026-03-01');
    expect(current?.signed).toBe('2025-05-14');
    expect(old?.signed).toBe('2001-11-14');
    expect(old?.replacedBy).toBe(current?.name);
    expect(old?.history).toContainEqual(expect.objectContaining({ kind: 'terminated', date: '2026-02-01' }));
  });
});

const SK_HU_NOTICE = `Oznámenie Ministerstva zahraničných vecí Slovenskej republiky o podpísaní Zmluvy medzi Slovenskou republikou a Maďarskom o policajnej spolupráci

Ministerstvo zahraničných vecí Slovenskej republiky oznamuje, že 12. marca 2024 bola v Bratislave podpísaná Zmluva medzi Slovenskou republikou a Maďarskom o policajnej spolupráci.

Národná rada Slovenskej republiky vyslovila so zmluvou súhlas uznesením č. 55 z 5. júna 2024. Prezident Slovenskej republiky zmluvu ratifikoval 20. júna 2024.

Zmluva nadobudla platnosť 1. septembra 2024 v súlade s článkom 25 ods. 1.

Dňom nadobudnutia platnosti zmluvy stratila platnosť Dohoda medzi vládou Slovenskej republiky a vládou Maďarskej republiky o spolupráci v boji proti trestnej činnosti podpísaná 11. novembra 1998 v Budapešti.`;

const SK_HU_NEWS = `---
title: Slovakia and Hungary sign police treaty
date: 2024-03-13
---

# Slovakia and Hungary sign police treaty

BRATISLAVA, March 13 – The interior ministers of Slovakia and Hungary signed a treaty on police cooperation in Bratislava on Tuesday. The treaty allows hot pursuit across the border and joint patrols in border towns. It replaces a 1998 agreement and must be approved by both parliaments.`;

describe('a notice and a news item about one instrument', () => {
  const kb = new KnowledgeBase([
    parseDocument('sk-hu-notice.txt', SK_HU_NOTICE),
    parseDocument('sk-hu-news.md', SK_HU_NEWS),
  ]);

  it('are one instrument, found by what the news says it provides, in another language', async () => {
    const first = (await runQuery(treaty, 'Hungary Slovakia hot pursuit', kb)).content?.split('\n')[0] ?? '';
    expect(first).toContain('12 March 2024');
    expect(first).toContain('1 September 2024');
    expect(first).toContain('Zmluva medzi Slovenskou republikou a Maďarskom o policajnej spolupráci');
  });

  it('reads a parliament’s consent in a notice as a step, not as a provision', () => {
    const [notice] = parseDocument('sk-hu-notice.txt', SK_HU_NOTICE).agreements;
    expect(notice?.provisions.join(' ')).not.toContain('súhlas');
  });

  it('names a reported treaty by its subject, not by where and when it was signed', () => {
    const [found] = extractAgreements(SK_HU_NEWS, { title: '', date: '2024-03-13', countries: [] });
    expect(found?.name).toBe('Treaty on police cooperation between Slovakia and Hungary');
  });
});

describe('a notice and a report giving only the month', () => {
  const report = `Slovakia and Hungary: police treaty in force

The treaty between Slovakia and Hungary on police cooperation, which the two ministers signed in March 2024, entered into force on 1 September 2024.`;
  const kb = new KnowledgeBase([parseDocument('report.txt', report), parseDocument('sk-hu-notice.txt', SK_HU_NOTICE)]);

  it('cites the notice first and keeps its day of signing, not the report’s month beside it', async () => {
    const reply = await runQuery(treaty, 'Slovakia Hungary police treaty', kb);
    const card = reply.cards[0];
    const status = card?.fields?.find((field) => field.name === 'Status')?.value ?? '';
    expect(status).toContain('signed (12 March 2024');
    expect(status).not.toContain('March 2024, Slovakia and Hungary');
    const source = card?.fields?.find((field) => field.name === 'Source')?.value ?? '';
    expect(source.indexOf('sk-hu-notice.txt')).toBeLessThan(source.indexOf('report.txt'));
  });
});

// An issue of the Austrian gazette as its legal information system shows it: the notice of a treaty
// (ratification papers "unterzeichnet", "BGBl. III Nr." inside a sentence, the old treaty ending)
// and the next notice, on another pair's protocol.
const RIS_ISSUE = `31. Vertrag zwischen der Republik Österreich und der Tschechischen Republik über die polizeiliche Zusammenarbeit

Die vom Bundespräsidenten unterzeichnete und vom Bundeskanzler gegengezeichnete Ratifikationsurkunde wurde am 3. November 2025 in Wien ausgetauscht; der Vertrag tritt gemäß seinem Art. 30 Abs. 1 mit 1. Februar 2026 in Kraft.

Mit dem Inkrafttreten dieses Vertrages tritt gemäß Art. 30 Abs. 4 der Vertrag zwischen der Republik Österreich und der Tschechischen Republik über die Zusammenarbeit in den Grenzgebieten vom 12. April 2005, BGBl. III Nr. 77/2006, außer Kraft.

Der Vertrag wurde am 20. Mai 2025 in Mikulov (Nikolsburg) unterzeichnet.

32. Kundmachung des Bundeskanzlers betreffend den Geltungsbereich des Abkommens zwischen der Österreichischen Bundesregierung und der Regierung Ungarns über die Rückübernahme von Personen

Nach Mitteilung der ungarischen Regierung wurde das Durchführungsprotokoll zum Abkommen am 2. Februar 2026 in Budapest unterzeichnet. Das Protokoll tritt am 1. April 2026 in Kraft.`;

describe('an issue of the Austrian gazette', () => {
  const [current, old, next] = readInstruments(RIS_ISSUE, '2026-01-15');

  it('dates the signing by the treaty’s own sentence, not by the ratification papers someone signed', () => {
    expect(current?.signed).toBe('2025-05-20');
    expect(current?.place).toBe('Mikulov');
    expect(current?.history?.map((step) => `${step.kind} ${step.date}`)).toEqual([
      'signed 2025-05-20',
      'in force 2026-02-01',
      'exchanged 2025-11-03',
    ]);
  });

  it('reads the old treaty as ended, though its gazette number ("BGBl. III Nr.") stands inside the sentence', () => {
    expect(old?.signed).toBe('2005-04-12');
    expect(old?.replacedBy).toBe(current?.name);
  });

  it('gives the next notice’s steps to that notice’s instrument, not to the treaty before it', () => {
    expect(current?.history?.some((step) => step.date === '2026-04-01')).toBe(false);
    expect(next?.parties).toEqual(expect.arrayContaining(['Austria', 'Hungary']));
  });
});

describe('an agreement applied provisionally before it entered into force', () => {
  const notice = `Oznámenie Ministerstva zahraničných vecí a európskych záležitostí Slovenskej republiky

Ministerstvo zahraničných vecí a európskych záležitostí Slovenskej republiky oznamuje, že 4. júna 2025 bola v Bratislave podpísaná Dohoda medzi vládou Slovenskej republiky a vládou Českej republiky o spoločných hliadkach.

Dohoda sa podľa článku 14 ods. 2 predbežne vykonávala vo vzťahoch medzi Slovenskou republikou a Českou republikou od 1. júla 2025.

Dohoda nadobudne platnosť 1. marca 2026 na základe článku 14 ods. 1. Dňom nadobudnutia platnosti tejto dohody stráca vo vzťahoch medzi Slovenskou republikou a Českou republikou platnosť Dohoda medzi Ministerstvom vnútra Slovenskej republiky a Ministerstvom vnútra Českej republiky o hliadkovaní podpísaná 3. mája 2010 v Skalici.`;
  const kb = new KnowledgeBase([parseDocument('oznamenie-hliadky.txt', notice)]);

  it('reads the provisional application as a dated step, and "in relations between" as no name', () => {
    const [found, ended] = readInstruments(notice, '2026-01-20');
    expect(found?.history).toContainEqual(expect.objectContaining({ kind: 'provisional', date: '2025-07-01' }));
    expect(ended?.name).toMatch(/^Dohoda medzi Ministerstvom vnútra/);
    expect(ended?.replacedBy).toBe(found?.name);
  });

  it('answers "od kdy se předběžně prováděla" with that day', async () => {
    const reply = await runQuery(
      treaty,
      'Od kdy se předběžně prováděla dohoda se Slovenskem o společných hlídkách?',
      kb,
    );
    expect(reply.content?.split('\n')[0]).toContain('1 July 2025');
  });
});

describe('a question naming one country, over a bilateral and a trilateral instrument', () => {
  const bilateral = `Kundmachung des Bundeskanzlers

Der am 20. Mai 2025 in Mikulov unterzeichnete Vertrag zwischen der Republik Österreich und der Tschechischen Republik über die polizeiliche Zusammenarbeit tritt mit 1. Februar 2026 in Kraft.`;
  const another = `Sdělení Ministerstva zahraničních věcí

Ministerstvo zahraničních věcí sděluje, že dne 8. dubna 2024 byla v Budapešti podepsána Smlouva mezi Českou republikou a Maďarskem o zpětném přebírání osob.`;
  const trilateral = `Oznámenie Ministerstva zahraničných vecí Slovenskej republiky

Ministerstvo zahraničných vecí oznamuje, že 9. septembra 2025 bola v Slavkove podpísaná Dohoda medzi vládou Slovenskej republiky, vládou Českej republiky a Rakúskou spolkovou vládou o zriadení spoločného centra policajnej spolupráce. Dohoda nadobudne platnosť 1. apríla 2026.`;
  const kb = new KnowledgeBase([
    parseDocument('bgbl-cz.txt', bilateral),
    parseDocument('oznamenie-centrum.txt', trilateral),
    parseDocument('sdeleni-hu.txt', another),
  ]);

  it('answers "when and where was it signed" with the one between the asker’s state and that country', async () => {
    const reply = await runQuery(treaty, 'Kdy a kde se podepsala nová smlouva o policejní spolupráci s Rakouskem?', kb);
    expect(reply.content?.split('\n')[0]).toContain('20 May 2025, Mikulov');
  });
});
