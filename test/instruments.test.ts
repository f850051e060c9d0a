/**
 * Agreements as instruments, read from gazette notices (Czech, Slovak in windows-1250 without a
 * declaration), a ministry's table of legal bases (German) and a wire report dated relative to its
 * dateline: what /treaty shows a reader. The fixtures are modelled on real notices, their facts invented.
 */
import { describe, expect, it } from 'vitest';
import search from '../commands/search.ts';
import treaty from '../commands/treaty.ts';
import { loadCorpus } from '../src/corpus/load.ts';
import { parseDocument } from '../src/corpus/parse.ts';
import { KnowledgeBase } from '../src/knowledge/knowledge-base.ts';
import { fieldOf, runQuery } from './support/structured.ts';

const { documents, warnings } = await loadCorpus(new URL('./fixtures/instruments/', import.meta.url).pathname);
const kb = new KnowledgeBase(documents);
const doc = (file: string) => documents.find((d) => d.file === file)!;
const card = async (query: string) => (await runQuery(treaty, query, kb)).cards[0];

describe('instruments from gazette notices', () => {
  it('reads every file, the Slovak notice in undeclared windows-1250 included', () => {
    expect(warnings).toEqual([]);
    expect(doc('oznamenie-hu-cp1250.txt').text).toContain('bola v Budapešti podpísaná Zmluva medzi Slovenskou');
  });

  it('keeps two instruments of one Czech gazette issue apart, each with its parties, type and dates', () => {
    const names = doc('sdeleni-hu.txt').agreements.map((a) => [a.type, a.parties.join('+'), a.signed]);
    expect(names).toEqual([
      ['treaty', 'Czechia+Hungary', '2024-04-08'],
      ['agreement', 'Czechia+Hungary', '1998-06-11'],
      ['protocol', 'Czechia+Ukraine', '2025-10-02'],
    ]);
    expect(doc('sdeleni-hu.txt').date).toBe('2026-02-12');
  });

  it('answers with the instrument in force, its steps as the notice words them, and names the one it replaced', async () => {
    const answer = await card('Maďarsko převaděčství');
    expect(answer?.title).toBe(
      'Smlouva mezi Českou republikou a Maďarskem o spolupráci při potírání převaděčství a nelegální migrace',
    );
    expect(fieldOf(answer, 'Parties')).toBe('Czechia, Hungary');
    expect(fieldOf(answer, 'Signed')).toBe('8 April 2024, Budapešti');
    const status = fieldOf(answer, 'Status');
    expect(status.split('\n')[0]).toMatch(
      /^• in force: vstoupila v platnost na základě svého článku 19 dne 1\. ledna 2026 \(1 January 2026, /,
    );
    expect(status).toContain('instruments exchanged: listiny byly vyměněny v Praze dne 4. listopadu 2025');
    expect(fieldOf(answer, 'Replaces')).toContain('Dohoda mezi vládou České republiky a vládou Maďarské republiky');
    // The wire report of its entry into force ("on Thursday", dated 3 January) is the same instrument.
    expect(fieldOf(answer, 'Source')).toContain('wire-hu.md');
    expect(JSON.stringify(answer)).not.toContain('3 January 2026, Czech-Hungarian');
  });

  it('shows a replaced instrument as such when asked for by its year', async () => {
    const answer = await card('Maďarsko dohoda 1998');
    expect(fieldOf(answer, 'Signed')).toBe('11 June 1998, Praze');
    expect(fieldOf(answer, 'Status')).toMatch(/terminated: pozbyla .* \(1 January 2026, /);
    expect(fieldOf(answer, 'Replaced by (no longer in force)')).toContain('Smlouva mezi Českou republikou a Maďarskem');
  });

  it('reads a Slovak notice: approval, ratification and a coming entry into force, and what it ends', async () => {
    const answer = await card('Slovensko Maďarsko spoločné hliadky');
    expect(fieldOf(answer, 'Signed')).toBe('19 June 2025, Budapešti');
    const status = fieldOf(answer, 'Status');
    expect(status).toContain('in force: nadobudne platnosť 1. apríla 2026');
    expect(status).toContain('ratified: Prezident Slovenskej republiky zmluvu ratifikoval 14. novembra 2025');
    expect(status).toContain('approved: Národná rada Slovenskej republiky vyslovila so zmluvou súhlas');
    expect(fieldOf(answer, 'Replaces')).toContain('o spolupráci pri kontrole hraníc');
  });

  it('reads what a Slovak notice says will lose validity ("stratí platnosť") as replaced, not as an instrument of its own', async () => {
    const notice = parseDocument(
      'oznamenie-cz.txt',
      [
        'Oznámenie Ministerstva zahraničných vecí',
        '',
        'Ministerstvo zahraničných vecí Slovenskej republiky oznamuje, že 22. mája 2025 bola v Košiciach podpísaná Zmluva medzi Slovenskou republikou a Českou republikou o spoločných kontaktných pracoviskách.',
        'Zmluva nadobudne platnosť 1. januára 2027.',
        'Dňom nadobudnutia platnosti zmluvy stratí platnosť Dohoda medzi vládou Slovenskej republiky a vládou Českej republiky o spoločných kontaktných pracoviskách podpísaná 9. októbra 2008 v Bratislave.',
      ].join('\n'),
    );
    const old = notice.agreements.find((agreement) => agreement.signed === '2008-10-09');
    expect(old?.name).toMatch(/^Dohoda medzi vládou/);
    expect(old?.replacedBy).toMatch(/^Zmluva medzi Slovenskou republikou a Českou republikou/);
    // Asked which earlier agreement it replaces, /search answers with that one's signing, in any language.
    const notices = new KnowledgeBase([notice]);
    for (const query of [
      'Which earlier agreement with Slovakia does the new treaty replace, and when was it signed?',
      'Kterou dohodu se Slovenskem nahradí nová smlouva a kdy byla podepsána?',
    ]) {
      const reply = await runQuery(search, query, notices);
      expect(reply.content?.split('\n')[0], query).toMatch(/^\*\*9 October 2008\*\*/);
    }
  });

  it('/treaty asked which agreement a new treaty replaces shows the replaced one, its signing day wrapped onto a line of its own', async () => {
    const notice = parseDocument(
      'oznamenie-hu.txt',
      [
        'Oznámenie Ministerstva zahraničných vecí o uzavretí Zmluvy medzi Slovenskou republikou a Maďarskom',
        '',
        'Ministerstvo zahraničných vecí Slovenskej republiky oznamuje, že 14. marca 2025 bola v Komárne podpísaná Zmluva medzi Slovenskou republikou a Maďarskom o policajnej spolupráci.',
        '',
        'Zmluva nadobudne platnosť 1. januára 2026.',
        '',
        'Dňom nadobudnutia platnosti tejto zmluvy stráca platnosť Dohoda medzi',
        'vládou Slovenskej republiky a vládou Maďarskej republiky o spolupráci',
        'v boji proti cezhraničnej trestnej činnosti podpísaná v Budapešti',
        '12. apríla 2001 (oznámenie č. 377/2001 Z. z.).',
      ].join('\n'),
    );
    const reply = await runQuery(
      treaty,
      'Ktorú dohodu nahrádza nová zmluva s Maďarskom o policajnej spolupráci?',
      new KnowledgeBase([notice]),
    );
    expect(reply.content?.split('\n')[0]).toMatch(/^\*\*Signed: 12 April 2001/);
  });

  it('answers no agreement when the one between the parties is about something else than the question names', async () => {
    const notice = parseDocument(
      'oznamenie-at.txt',
      'Oznámenie Ministerstva zahraničných vecí\n\nMinisterstvo zahraničných vecí Slovenskej republiky oznamuje, že 22. mája 2024 bola v Bratislave podpísaná Dohoda medzi vládou Slovenskej republiky a vládou Rakúskej republiky o spoločnom kontaktnom pracovisku Petržalka – Kittsee a o spolupráci pri ochrane spoločných štátnych hraníc.',
    );
    const notices = new KnowledgeBase([notice]);
    // It names cooperation, but not police cooperation.
    const police = await runQuery(treaty, 'zmluva o policajnej spolupráci Slovensko Rakúsko', notices);
    expect(police.content ?? '').not.toContain('22 May 2024');
    const contactPoint = await runQuery(treaty, 'dohoda o spoločnom kontaktnom pracovisku Slovensko Rakúsko', notices);
    expect(contactPoint.content).toContain('22 May 2024');
    // Asked in other words, most of them its own: the agreement, whatever a word of action ("novú") or its parties' abbreviations.
    const asked = await runQuery(
      treaty,
      'Kedy podpísali novú dohodu SR a Rakúska o spoločnom kontaktnom pracovisku?',
      notices,
    );
    expect(asked.content).toContain('22 May 2024');
  });

  it('reads a table of legal bases: one instrument a row, the one out of force replaced by the one that took over', async () => {
    const answer = await card('Österreich Ungarn Abkommen');
    expect(answer?.title).toBe(
      'Abkommen zwischen der Republik Österreich und Ungarn über die polizeiliche Zusammenarbeit im Grenzgebiet',
    );
    expect(fieldOf(answer, 'Signed')).toBe('5 May 2025, Sopron');
    expect(fieldOf(answer, 'Status')).toContain('in force: am 1. Dezember 2025');
    const old = await card('Streifen 2006');
    expect(fieldOf(old, 'Status')).toContain('terminated: außer Kraft seit 1. Dezember 2025');
    expect(fieldOf(old, 'Replaced by (no longer in force)')).toContain('polizeiliche Zusammenarbeit im Grenzgebiet');
  });

  it('reads a German gazette notice: days written "am 15. Oktober", the verb last, the instrument it ends', async () => {
    const answer = await card('Polen Abkommen Polizei Zollbehörden');
    expect(answer?.title).toContain(
      'Abkommen zwischen der Regierung der Bundesrepublik Deutschland und der Regierung der Republik Polen über die Zusammenarbeit der Polizei-, Grenz- und Zollbehörden',
    );
    expect(fieldOf(answer, 'Signed')).toBe('15 October 2024, Görlitz');
    expect(fieldOf(answer, 'Status')).toMatch(/in force: am 1. April 2025 in Kraft getreten \(1 April 2025, /);
    expect(fieldOf(answer, 'Replaces')).toContain('in den Grenzgebieten');
    expect(doc('bgbl-bekanntmachung-pl.txt').date).toBe('2025-05-14');
  });

  it('never takes a report’s dateline for a signing date, and dates "on Thursday" from it', () => {
    const [reported] = doc('wire-hu.md').agreements;
    // "signed in Budapest in April 2024": the month, not the dateline.
    expect(reported?.signed).toBe('2024-04');
    expect(reported?.history).toContainEqual(expect.objectContaining({ kind: 'in force', date: '2026-01-01' }));
  });
});

describe('a Slovak notice listing related instruments under it', () => {
  it('gives the end dated the day the new one comes into force to the one it replaces, not to the new one', () => {
    const notice = parseDocument(
      'zbierka-58-2026.txt',
      [
        '58 OZNÁMENIE Ministerstva zahraničných vecí a európskych záležitostí Slovenskej republiky',
        '',
        'Ministerstvo zahraničných vecí a európskych záležitostí Slovenskej republiky oznamuje, že 9. septembra 2025 bola v Bratislave podpísaná Zmluva medzi Slovenskou republikou a Českou republikou o policajnej spolupráci pri boji proti závažnej trestnej činnosti.',
        '',
        'Zmluva nadobudne platnosť 1. apríla 2026 v súlade s článkom 29 ods. 2.',
        '',
        'Dňom nadobudnutia platnosti tejto zmluvy stráca platnosť Zmluva medzi Slovenskou republikou a Českou republikou o spolupráci pri boji proti trestnej činnosti, podpísaná 27. januára 2004 v Bratislave (oznámenie č. 344/2004 Z. z.).',
        '',
        'Súvisiace predpisy',
        '',
        '344/2004 Z. z. – stráca platnosť 1. 4. 2026',
      ].join('\n'),
    );
    const current = notice.agreements.find((agreement) => agreement.signed === '2025-09-09');
    expect(current?.history?.map((step) => step.kind)).not.toContain('terminated');
    const replaced = notice.agreements.find((agreement) => agreement.signed === '2004-01-27');
    expect(replaced?.history?.find((step) => step.kind === 'terminated')?.date).toBe('2026-04-01');
  });
});

describe('a German gazette notice naming its treaties by their signing day', () => {
  const notice = parseDocument(
    'bgbl-pl.txt',
    [
      'Bekanntmachung über das Inkrafttreten des Abkommens zwischen der Bundesrepublik Deutschland und der Republik Polen über die Zusammenarbeit der Polizeibehörden',
      '',
      'Vom 12. Februar 2027',
      '',
      'Nach Artikel 2 Absatz 2 des Gesetzes vom 3. November 2026 zu dem Abkommen vom 14. Mai 2026 zwischen der Bundesrepublik Deutschland und der Republik Polen über die Zusammenarbeit der Polizeibehörden (BGBl. 2026 II Nr. 311) wird bekannt gemacht, dass das Abkommen nach seinem Artikel 30 am 1. März 2027 in Kraft tritt.',
      '',
      'Die Ratifikationsurkunden wurden am 9. Februar 2027 in Warschau ausgetauscht.',
      '',
      'Mit dem Inkrafttreten dieses Abkommens tritt das Abkommen vom 18. Februar 2002 zwischen der Bundesrepublik Deutschland und der Republik Polen über die Zusammenarbeit der Polizeibehörden und der Grenzschutzbehörden in den Grenzgebieten außer Kraft.',
    ].join('\n'),
  );
  const notices = new KnowledgeBase([notice]);

  it('reads "Abkommen vom 14. Mai 2026 zwischen …" as signed that day, and the one "vom 18. Februar 2002" it ends as replaced', () => {
    const [current, old] = notice.agreements;
    expect(current).toMatchObject({
      name: 'Abkommen zwischen der Bundesrepublik Deutschland und der Republik Polen über die Zusammenarbeit der Polizeibehörden',
      signed: '2026-05-14',
    });
    expect(current?.history).toContainEqual(expect.objectContaining({ kind: 'in force', date: '2027-03-01' }));
    expect(current?.history).toContainEqual(expect.objectContaining({ kind: 'exchanged', date: '2027-02-09' }));
    // "des Gesetzes vom 3. November 2026 zu dem Abkommen": the law approving it.
    expect(current?.history).toContainEqual({
      kind: 'approved',
      status: 'Gesetz vom 3. November 2026 zu dem Abkommen',
      date: '2026-11-03',
    });
    expect(old?.signed).toBe('2002-02-18');
    expect(old?.name).toMatch(/Grenzschutzbehörden in den Grenzgebieten$/);
    expect(old?.replacedBy).toBe(current?.name);
  });

  it('/treaty names the replaced instrument with its own signing day, in the first line and the card', async () => {
    const reply = await runQuery(
      treaty,
      'German-Polish police agreement: when does it enter into force and which agreement does it replace?',
      notices,
    );
    const first = reply.content?.split('\n')[0] ?? '';
    expect(first).toMatch(/^\*\*In force: 1 March 2027\*\* · \*\*Signed: 14 May 2026\*\*/);
    expect(first).toMatch(/replaces Abkommen .*\(signed 18 February 2002\)/);
    expect(fieldOf(reply.cards[0], 'Replaces')).toMatch(/Grenzgebieten \(signed 18 February 2002\)$/);
    expect(reply.unanswered).toBeUndefined();
    // The evidence: the notice's sentence ending the old one.
    expect(reply.content?.split('\n')[1]).toMatch(
      /^> “Mit dem Inkrafttreten dieses Abkommens tritt das Abkommen vom 18\. Februar 2002 zwischen .* außer Kraft\.”$/,
    );
  });

  it('answers when the parliament approved it by the law approving it', async () => {
    const reply = await runQuery(
      treaty,
      'Wann hat der Bundestag dem deutsch-polnischen Polizeiabkommen zugestimmt?',
      notices,
      'de',
    );
    expect(reply.content?.split('\n')[0]).toMatch(/^\*\*Gebilligt: 3\. November 2026\*\*/);
  });

  it('quotes a sentence citing the gazette ("BGBl. 2026 II Nr. 311") whole', async () => {
    const reply = await runQuery(treaty, 'Wann tritt das deutsch-polnische Polizeiabkommen in Kraft?', notices);
    expect(reply.content?.split('\n')[1]).toMatch(
      /^> “Nach Artikel 2 Absatz 2 .*\(BGBl\. 2026 II Nr\. 311\) wird bekannt gemacht, dass .* am 1\. März 2027 in Kraft tritt\.”$/,
    );
  });
});

describe('/treaty asked about one step of an agreement', () => {
  const notices = new KnowledgeBase([
    parseDocument(
      'oznamenie-hr.txt',
      [
        'Oznámenie Ministerstva zahraničných vecí Slovenskej republiky',
        '',
        'Ministerstvo zahraničných vecí Slovenskej republiky oznamuje, že 2. februára 2026 bola v Záhrebe podpísaná Zmluva medzi Slovenskou republikou a Chorvátskou republikou o policajnej spolupráci.',
        'Národná rada Slovenskej republiky vyslovila so zmluvou súhlas uznesením č. 210 z 10. marca 2026.',
        'Prezident Slovenskej republiky zmluvu ratifikoval 2. apríla 2026.',
        'Zmluva nadobudne platnosť 1. júla 2026 v súlade s článkom 17 ods. 1.',
      ].join('\n'),
    ),
  ]);

  it('quotes a sentence citing its article ("článkom 17 ods. 1") whole', async () => {
    const reply = await runQuery(treaty, 'Kedy nadobudne platnosť zmluva s Chorvátskom?', notices);
    expect(reply.content).toContain('“Zmluva nadobudne platnosť 1. júla 2026 v súlade s článkom 17 ods. 1.”');
  });

  it('leads with that step and its day, whoever the question says takes it ("der Präsident")', async () => {
    const reply = await runQuery(treaty, 'Slowakei Kroatien Polizeivertrag – wann ratifiziert der Präsident?', notices);
    expect(reply.content?.split('\n')[0]).toMatch(/^\*\*Ratified: 2 April 2026\*\* · \*\*Signed: 2 February 2026/);
    expect(reply.content).toContain('Prezident Slovenskej republiky zmluvu ratifikoval 2. apríla 2026.');
    const german = await runQuery(
      treaty,
      'Wann ist der Polizeivertrag Slowakei Kroatien in Kraft getreten?',
      notices,
      'de',
    );
    expect(german.content?.split('\n')[0]).toMatch(/^\*\*In Kraft: 1\. Juli 2026\*\*/);
  });

  it('says first when the documents do not state the step, still showing the card: one party’s ratification is not the other’s', async () => {
    const slovenia = await runQuery(
      treaty,
      'When did Croatia ratify the Slovak–Croatian police cooperation treaty?',
      notices,
    );
    expect(slovenia.content?.split('\n')[0]).toMatch(/^The documents do not say when it was ratified by Croatia\./);
    expect(slovenia.unanswered).toBe(true);
    expect(slovenia.cards[0]?.title).toBe(
      'Zmluva medzi Slovenskou republikou a Chorvátskou republikou o policajnej spolupráci',
    );
    const slovakia = await runQuery(treaty, 'When did Slovakia ratify the police treaty with Croatia?', notices);
    expect(slovakia.content?.split('\n')[0]).toMatch(/^\*\*Ratified: 2 April 2026\*\*/);
    expect(slovakia.unanswered).toBeUndefined();
    const exchanged = await runQuery(
      treaty,
      'Kdy byly vyměněny ratifikační listiny ke slovensko-chorvatské smlouvě o policejní spolupráci?',
      notices,
      'cs',
    );
    expect(exchanged.content?.split('\n')[0]).toMatch(/^Dokumenty neuvádějí, kdy byly vyměněny listiny\./);
    expect(exchanged.unanswered).toBe(true);
    expect(exchanged.cards).toHaveLength(1);
  });
});

describe('what a notice says its instrument provides', () => {
  it('is not the notice’s heading naming it, an attachment or a gazette entry cited', async () => {
    const notice = parseDocument(
      'oznamenie-si.txt',
      [
        'Oznámenie Ministerstva zahraničných vecí Slovenskej republiky o uzavretí Zmluvy medzi Slovenskou republikou a Slovinskou republikou o spolupráci pri pátraní po osobách',
        '',
        'Ministerstvo zahraničných vecí Slovenskej republiky oznamuje, že 3. júna 2026 bola v Bratislave podpísaná Zmluva medzi Slovenskou republikou a Slovinskou republikou o spolupráci pri pátraní po osobách.',
        'Zmluva nadobudne platnosť 1. septembra 2026.',
        'Ústredným orgánom na vykonávanie zmluvy je za slovenskú stranu Prezídium Policajného zboru.',
        'Príloha č. 1 – Text zmluvy v slovenskom jazyku (PDF, 310 kB)',
        '- Oznámenie č. 118/2004 Z. z. (zrušená dohoda)',
      ].join('\n'),
    );
    const reply = await runQuery(treaty, 'Slovensko Slovinsko zmluva pátranie po osobách', new KnowledgeBase([notice]));
    expect(fieldOf(reply.cards[0], 'Key provisions')).toBe(
      '• Ústredným orgánom na vykonávanie zmluvy je za slovenskú stranu Prezídium Policajného zboru',
    );
  });
});

describe('an Austrian notice of a "Staatsvertrag"', () => {
  const notice = parseDocument(
    'bgbl-at-sk.txt',
    [
      'Kundmachung des Bundeskanzlers betreffend den Polizeivertrag zwischen der Republik Österreich und der Slowakischen Republik',
      '',
      'Der Nationalrat hat den Staatsvertrag zwischen der Republik Österreich und der Slowakischen Republik über die polizeiliche Zusammenarbeit, der am 12. Juni 2025 in Bratislava unterzeichnet wurde, genehmigt.',
      '',
      'Die Ratifikationsurkunden wurden am 2. Dezember 2025 ausgetauscht; der Vertrag tritt gemäß seinem Art. 40 Abs. 1 mit 1. Februar 2026 in Kraft.',
    ].join('\n'),
  );

  it('reads a compound noun as the instrument, its name up to the clause after it, and each step of a sentence in its own clause', async () => {
    const [treatyRead] = notice.agreements;
    expect(treatyRead).toMatchObject({
      name: 'Staatsvertrag zwischen der Republik Österreich und der Slowakischen Republik über die polizeiliche Zusammenarbeit',
      type: 'treaty',
      signed: '2025-06-12',
      place: 'Bratislava',
    });
    const reply = await runQuery(
      treaty,
      'Wann wurden die Ratifikationsurkunden zum Polizeivertrag Österreich Slowakei ausgetauscht?',
      new KnowledgeBase([notice]),
    );
    expect(reply.content?.split('\n')[0]).toMatch(/^\*\*Instruments exchanged: 2 December 2025\*\*/);
    expect(fieldOf(reply.cards[0], 'Status')).toContain('instruments exchanged: am 2. Dezember 2025 ausgetauscht (');
    expect(fieldOf(reply.cards[0], 'Status')).toContain(
      'in force: tritt gemäß seinem Art. 40 Abs. 1 mit 1. Februar 2026 in Kraft (',
    );
  });
});

describe('a treaty text saying what it still needs', () => {
  it('shows "subject to ratification" in its status, as the treaty words it', async () => {
    const text = parseDocument(
      'treaty-cz-hr.md',
      [
        '# Treaty between the Czech Republic and the Republic of Croatia on Police Cooperation',
        '',
        'The Czech Republic and the Republic of Croatia have agreed as follows:',
        '',
        '## Article 1 Scope',
        '',
        'The Parties shall cooperate in preventing and investigating crime.',
        '',
        '## Article 2 Joint patrols',
        '',
        'The competent authorities may form joint patrols in the border area.',
        '',
        '## Article 3 Entry into force',
        '',
        '(1) This Treaty is subject to ratification.',
        '(2) It shall enter into force on the first day of the second month after the exchange of the instruments of ratification.',
        '',
        'Done at Zagreb on 4 May 2026 in two originals.',
      ].join('\n'),
    );
    const reply = await runQuery(treaty, 'Croatia', new KnowledgeBase([text]));
    expect(fieldOf(reply.cards[0], 'Status')).toContain('• This Treaty is subject to ratification (4 May 2026, ');
  });
});

describe('a ministry report of a signing, in Czech', () => {
  const report = parseDocument(
    'mv-zprava.md',
    [
      '# Česko a Rakousko podepsaly smlouvu o společném pracovišti v Mikulově',
      '',
      '10. dubna 2026',
      '',
      'Náměstek ministra vnitra a rakouský státní tajemník ve čtvrtek ve Vídni podepsali Smlouvu mezi Českou republikou a Rakouskou republikou o společném pracovišti policejní a celní spolupráce Mikulov – Drasenhofen.',
      '',
      'Na pracovišti nyní slouží 24 lidí. Smlouva zatím v platnost nevstoupila.',
    ].join('\n'),
  );
  const kb = new KnowledgeBase([report]);

  it('names the treaty as the sentence does, in the nominative, signed on the Thursday before the report', async () => {
    const reply = await runQuery(
      treaty,
      'Kdy a kde byla podepsána smlouva s Rakouskem o pracovišti Mikulov – Drasenhofen?',
      kb,
    );
    expect(reply.cards[0]?.title).toBe(
      'Smlouva mezi Českou republikou a Rakouskou republikou o společném pracovišti policejní a celní spolupráce Mikulov – Drasenhofen',
    );
    expect(fieldOf(reply.cards[0], 'Signed')).toBe('9 April 2026, Vídni');
  });

  it('answers whether it is in force with the report saying it is not yet', async () => {
    const reply = await runQuery(treaty, 'Platí už smlouva s Rakouskem o pracovišti Mikulov – Drasenhofen?', kb);
    expect(reply.content).toContain('“Smlouva zatím v platnost nevstoupila.”');
    expect(fieldOf(reply.cards[0], 'Status')).toContain('Smlouva zatím v platnost nevstoupila (10 April 2026');
  });
});

describe('one sentence, two instruments', () => {
  it('gives the new treaty its entry into force and the old agreement its end when one sentence says both', () => {
    const notice = parseDocument(
      'sdeleni-si.txt',
      [
        'SDĚLENÍ Ministerstva zahraničních věcí',
        '',
        'Ministerstvo zahraničních věcí sděluje, že dne 14. května 2025 byla v Lublani podepsána Smlouva mezi Českou republikou a Republikou Slovinsko o policejní spolupráci.',
        '',
        'Smlouva vstoupila v platnost na základě svého článku 29 odst. 1 dne 1. března 2026 a tímto dnem pozbyla platnosti Dohoda mezi vládou České republiky a vládou Republiky Slovinsko o spolupráci v boji proti terorismu, podepsaná dne 12. listopadu 1996 v Praze.',
      ].join('\n'),
    );
    const treaty = notice.agreements.find((agreement) => agreement.signed === '2025-05-14');
    const old = notice.agreements.find((agreement) => agreement.signed === '1996-11-12');
    expect(treaty?.history?.find((step) => step.kind === 'in force')?.date).toBe('2026-03-01');
    expect(old?.history?.find((step) => step.kind === 'terminated')?.date).toBe('2026-03-01');
    expect(old?.replacedBy).toBe(treaty?.name);
  });

  it('reads a Slovak notice ending an agreement named with its place and day in brackets, in the future tense', () => {
    const notice = parseDocument(
      'oznamenie-hr.txt',
      [
        'Ministerstvo zahraničných vecí a európskych záležitostí Slovenskej republiky oznamuje, že 22. októbra 2025 bola v Záhrebe podpísaná Zmluva medzi Slovenskou republikou a Chorvátskou republikou o spolupráci v boji proti trestnej činnosti.',
        '',
        'Zmluva nadobudne platnosť 16. apríla 2026 v súlade s článkom 31 ods. 1.',
        '',
        'Dňom nadobudnutia platnosti tejto zmluvy sa skončí platnosť Dohody medzi vládou Slovenskej republiky a vládou Chorvátskej republiky o spolupráci v boji proti organizovanému zločinu (Bratislava 4. júna 2001) (oznámenie č. 12/2002 Z. z.).',
      ].join('\n'),
    );
    const old = notice.agreements.find((agreement) => agreement.signed === '2001-06-04');
    expect(old?.place).toBe('Bratislava');
    expect(old?.history?.find((step) => step.kind === 'terminated')?.date).toBe('2026-04-16');
    expect(old?.replacedBy).toMatch(/^Zmluva medzi Slovenskou republikou a Chorvátskou/);
  });
});

describe('a gazette date set on a line of its own', () => {
  it('reads the sentence across it: the arrangement entered into force that day', () => {
    const notice = parseDocument(
      'bgbl.txt',
      [
        'Bekanntmachung über das Inkrafttreten der deutsch-österreichischen Vereinbarung',
        '',
        'Die in Wien am 6. März 2025 unterzeichnete Vereinbarung zwischen dem Bundesministerium des Innern der Bundesrepublik Deutschland und dem Bundesministerium für Inneres der Republik Österreich über das Gemeinsame Zentrum in Passau ist nach ihrem Artikel 12 Absatz 2',
        '',
        '                         am 15. September 2025',
        '',
        'in Kraft getreten; sie wird nachstehend veröffentlicht.',
      ].join('\n'),
    );
    const arrangement = notice.agreements.find((agreement) => agreement.signed === '2025-03-06');
    expect(arrangement?.history?.find((step) => step.kind === 'in force')?.date).toBe('2025-09-15');
  });
});

describe('which agreement a new one ends, asked in another language', () => {
  it('answers from the catalogue with the old agreement, quoting the sentence that ends it', async () => {
    const notice = parseDocument(
      'bgbl-sk.txt',
      [
        'Bekanntmachung über das Inkrafttreten des deutsch-slowakischen Abkommens',
        '',
        'Das in Bratislava am 3. April 2025 unterzeichnete Abkommen zwischen der Regierung der Bundesrepublik Deutschland und der Regierung der Slowakischen Republik über die Zusammenarbeit der Polizei- und Grenzschutzbehörden wird am 1. Juli 2026 in Kraft treten.',
        '',
        'Mit dem Inkrafttreten des Abkommens tritt das Abkommen vom 18. Oktober 2002 zwischen der Regierung der Bundesrepublik Deutschland und der Regierung der Slowakischen Republik über die Zusammenarbeit bei der Bekämpfung der organisierten Kriminalität außer Kraft.',
      ].join('\n'),
    );
    const reply = await runQuery(
      search,
      'Která dohoda mezi Německem a Slovenskem přestane platit, až vstoupí v platnost nová dohoda o spolupráci policejních a pohraničních orgánů?',
      new KnowledgeBase([notice]),
    );
    expect(reply.unanswered).toBeFalsy();
    expect(reply.content?.split('\n')[0]).toMatch(/^\*\*18 October 2002\*\* · “Mit dem Inkrafttreten des Abkommens/);
  });
});

describe('when a treaty took effect and which one it replaced, asked in one question', () => {
  it('gives the new one’s entry into force beside the old one it ended', async () => {
    const notice = parseDocument(
      'sdeleni-md.txt',
      [
        'Sdělení Ministerstva zahraničních věcí o sjednání Smlouvy mezi Českou republikou a Moldavskou republikou o policejní spolupráci',
        '',
        'Ministerstvo zahraničních věcí sděluje, že dne 14. května 2025 byla v Kišiněvě podepsána Smlouva mezi Českou republikou a Moldavskou republikou o policejní spolupráci.',
        '',
        'Smlouva vstoupila v platnost dne 1. března 2026 a tímto dnem pozbyla platnosti Dohoda mezi vládou České republiky a vládou Moldavské republiky o spolupráci v boji proti organizovanému zločinu, podepsaná v Praze dne 12. května 1999.',
      ].join('\n'),
    );
    const reply = await runQuery(
      treaty,
      'Od kdy platí smlouva s Moldavskem o policejní spolupráci a kterou dřívější dohodu nahradila?',
      new KnowledgeBase([notice]),
    );
    const first = reply.content?.split('\n')[0] ?? '';
    expect(first).toMatch(/^\*\*In force: 1 March 2026\*\*/);
    expect(first).toContain('12 May 1999');
    expect(first).not.toContain('do not say');
  });
});

describe('two records of one pair’s treaty, one stating its entry into force', () => {
  it('answers "in force since when" from the record stating it, though a news item on a signing ranks first', async () => {
    const news = parseDocument(
      'news.txt',
      [
        'Czechia and Slovakia sign new treaty on police cooperation',
        'On 6 February 2026, the Czech and Slovak Ministers of the Interior signed a new Treaty on Police Cooperation between their two countries. The treaty on police cooperation should enter into force in 2026.',
      ].join('\n'),
    );
    const notice = parseDocument(
      'sdeleni-sk.txt',
      [
        'Sdělení Ministerstva zahraničních věcí',
        '',
        'Ministerstvo zahraničních věcí sděluje, že dne 20. října 2025 byla v Bratislavě podepsána Smlouva mezi Českou republikou a Slovenskou republikou o policejní spolupráci.',
        '',
        'Smlouva vstoupila v platnost dne 1. března 2026.',
      ].join('\n'),
    );
    const reply = await runQuery(
      treaty,
      'Czech-Slovak police cooperation treaty – in force since when?',
      new KnowledgeBase([news, notice]),
    );
    expect(reply.content?.split('\n')[0]).toMatch(/^\*\*In force: 1 March 2026\*\*/);
  });
});

describe('a German notice ending an arrangement named by its day and subject, no parties', () => {
  // Written for this test; facts invented.
  const notice = parseDocument(
    'bgbl-gz.txt',
    [
      'Bekanntmachung über das Inkrafttreten des deutsch-tschechischen Abkommens über Gemeinsame Zentren',
      '',
      'Es wird bekannt gemacht, dass das in Dresden am 4. März 2025 unterzeichnete Abkommen zwischen der Bundesrepublik Deutschland und der Tschechischen Republik über Gemeinsame Zentren am 1. Oktober 2025 in Kraft getreten ist.',
      '',
      'Mit dem Inkrafttreten des Abkommens ist die Vereinbarung vom 12. Juni 2009 über die Einrichtung des Gemeinsamen Zentrums Hrádek–Zittau außer Kraft getreten.',
    ].join('\n'),
  );

  it('reads the old arrangement as replaced, between the same states, and names it by its day when asked', async () => {
    const old = notice.agreements.find((agreement) => agreement.signed === '2009-06-12');
    expect(old?.parties).toEqual(['Germany', 'Czechia']);
    expect(old?.replacedBy).toContain('Abkommen zwischen der Bundesrepublik Deutschland');
    const reply = await runQuery(
      treaty,
      'Welche Vereinbarung tritt mit dem deutsch-tschechischen Abkommen außer Kraft?',
      new KnowledgeBase([notice]),
    );
    expect(reply.content?.split('\n')[0]).toMatch(
      /Signed: 12 June 2009\*\* · Vereinbarung über die Einrichtung des Gemeinsamen Zentrums Hrádek–Zittau/,
    );
  });
});
