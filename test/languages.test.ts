/** Asking in the team's languages: language per passage, word forms per language, the lexicon across them, the answer line. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import contacts from '../commands/contacts.ts';
import developments from '../commands/developments.ts';
import treaty from '../commands/treaty.ts';
import search from '../commands/search.ts';
import { readTimePhrase } from '../src/answers/time-phrase.ts';
import { detectLanguage } from '../src/corpus/language.ts';
import { loadCorpus } from '../src/corpus/load.ts';
import { countriesMentioned, countryPairs } from '../src/corpus/countries.ts';
import { parseDocument } from '../src/corpus/parse.ts';
import { KnowledgeBase } from '../src/knowledge/knowledge-base.ts';
import { parseLexicon, LexiconError } from '../src/analysis/lexicon.ts';
import { applyTeamLexicon } from '../src/knowledge/team-lexicon.ts';
import { answerKind, cueWords } from '../src/knowledge/question.ts';
import { runQuery, seedKnowledge } from './support/structured.ts';

const seedsOnly = async () => (await seedKnowledge()).seeds;

const EN_TREATY = `Czechia and Hungary sign police treaty
Published 12 March 2026
The interior ministers of Czechia and Hungary signed a treaty on police cooperation in Budapest on 10 March 2026.
Under the treaty, up to 120 police officers may serve in joint patrols on trains between Prague and Budapest.
The treaty will enter into force after ratification by both parliaments.`;

const CS_CONTACTS = `Odbor mezinárodní policejní spolupráce
Ředitelem odboru je plk. Mgr. Karel Dvořáček.
Telefon (nepřetržitá služba): 974 834 210
Fax: 974 834 716
Adresa: Strojnická 935/27, 170 89 Praha 7`;

const SK_NOTICE = `Oznámenie Ministerstva zahraničných vecí a európskych záležitostí Slovenskej republiky
Ministerstvo zahraničných vecí a európskych záležitostí Slovenskej republiky oznamuje, že 22. mája 2025 bola v Bratislave podpísaná Zmluva medzi Slovenskou republikou a Rakúskou republikou o spoločných hliadkach.
Zmluva nadobudne platnosť 1. januára 2027.`;

const DE_PRESS = `Bundespolizei nimmt Schleuser bei Zittau fest
Zittau, 14. Oktober 2026
Eine gemeinsame Streife der Bundespolizei und der tschechischen Polizei hat am Montag einen mutmaßlichen Schleuser festgenommen.
Im Fahrzeug saßen neun Migranten aus Syrien.
Der Fahrer wurde dem Amtsgericht Görlitz vorgeführt.`;

const kb = new KnowledgeBase([
  parseDocument('en-treaty.txt', EN_TREATY),
  parseDocument('cs-contacts.txt', CS_CONTACTS),
  parseDocument('sk-notice.txt', SK_NOTICE),
  parseDocument('de-press.txt', DE_PRESS),
]);

const answerLine = async (query: string) => (await runQuery(search as never, query, kb)).content ?? '';

describe('language of documents and passages', () => {
  it('tells Czech, Slovak, English, German and Polish apart by their function words and letters', () => {
    expect(detectLanguage('Ministerstvo vnitra sděluje, že smlouva byla podepsána a vstoupila v platnost.')).toBe('cs');
    expect(detectLanguage('Ministerstvo vnútra oznamuje, že zmluva bola podpísaná a nadobudla platnosť.')).toBe('sk');
    expect(detectLanguage('The treaty was signed by the ministers and is in force.')).toBe('en');
    expect(detectLanguage('Der Vertrag wurde von den Ministern unterzeichnet und ist in Kraft.')).toBe('de');
    expect(detectLanguage('Umowa została podpisana przez ministrów i jest w mocy.')).toBe('pl');
    expect(detectLanguage('974 834 210', 'cs')).toBe('cs');
  });

  it('knows the countries a text names by its adjectives too: "deutsch-tschechische", "slovenská strana"', () => {
    const press = parseDocument(
      'de.txt',
      'Eine deutsch-tschechische Streife hat in Furth im Wald einen Schleuser festgenommen.',
    );
    expect(press.countries).toEqual(expect.arrayContaining(['Germany', 'Czechia']));
    const notice = parseDocument('sk.txt', 'Náklady na prevádzku budovy hradí slovenská strana.');
    expect(notice.countries).toContain('Slovakia');
    // Typed in chat without diacritics.
    expect(countriesMentioned('dokument EUAA o cesko-slovenske smlouve')).toEqual(['Czechia', 'Slovakia']);
  });

  it('keeps the language on every document', () => {
    expect(kb.documents.map((d) => [d.file, d.language]).sort()).toEqual([
      ['cs-contacts.txt', 'cs'],
      ['de-press.txt', 'de'],
      ['en-treaty.txt', 'en'],
      ['sk-notice.txt', 'sk'],
    ]);
  });
});

describe('a question finds the fact in another language', () => {
  it('Czech question, English document: the date, in the answer line, tagged EN', async () => {
    const line = await answerLine('Kdy byla podepsána smlouva s Maďarskem?');
    expect(line).toContain('10 March 2026');
    expect(line).toContain('(EN)');
    // Cited by the agreement's name here; its file is cited by the result below.
    expect(line).toContain('Czechia, Hungary');
  });

  it('English question, Czech document: the head of the department', async () => {
    const line = await answerLine('Who is the director of the international police cooperation department?');
    expect(line).toContain('Karel Dvořáček');
    expect(line).toContain(
      '“Ředitelem odboru je plk. Mgr. Karel Dvořáček.” · Odbor mezinárodní policejní spolupráce (CS)',
    );
  });

  it('Czech question, Slovak document: the entry into force from the gazette notice', async () => {
    const line = await answerLine('Kdy vstoupí v platnost smlouva s Rakouskem o společných hlídkách?');
    expect(line).toMatch(/1 January 2027|1\. januára 2027/);
  });

  it('Czech question, German document: a weekday read by the document’s date', async () => {
    const line = await answerLine('Kdy zadržela společná hlídka převaděče u Zittau?');
    // "am Montag" in a release of Wednesday 14 October 2026.
    expect(line).toContain('12 October 2026');
  });

  it('a number with what it counts, nearest the question’s words', async () => {
    const line = await answerLine('Kolik policistů může sloužit ve společných hlídkách?');
    expect(line).toContain('**120 police officers**');
  });

  it('a "how many" question is answered by the number of what it counts, not by another number near its words', async () => {
    const report = parseDocument(
      'en-report.txt',
      `Border report
The joint patrols checked 146 vehicles.
58 smugglers were arrested.`,
    );
    const kb = new KnowledgeBase([report]);
    const line = (await runQuery(search as never, 'How many smugglers did the joint patrols arrest?', kb)).content;
    expect(line?.split('\n')[0]).toMatch(/^\*\*58 smugglers/);
  });

  it('answers on an arrangement no gazette lists from the news item naming its parties, and not from another instrument', async () => {
    const news = parseDocument(
      'ctk.txt',
      `Česko a Rakousko rozšíří společné hlídky na jižní Moravě
Mikulov 15. května 2026 (ČTK)
Ministři vnitra obou zemí ve čtvrtek v Mikulově podepsali prováděcí ujednání o společných hlídkách, které počet hlídek zvyšuje ze čtyř na osm týdně.`,
    );
    const withNews = new KnowledgeBase([news, parseDocument('en-treaty.txt', EN_TREATY)]);
    const ask = async (query: string) => await runQuery(search as never, query, withNews);
    const signed = await ask('Kdy podepsali ministři vnitra Česka a Rakouska ujednání o společných hlídkách?');
    // "ve čtvrtek" in an item of Friday 15 May 2026.
    expect(signed.content?.split('\n')[0]).toContain('14 May 2026');
    // A treaty between them, or an arrangement on something else, is not what the item says.
    expect((await ask('Kdy byla podepsána smlouva mezi Českem a Rakouskem o policejní spolupráci?')).unanswered).toBe(
      true,
    );
    expect((await ask('Kdy podepsali Česko a Rakousko ujednání o zpětném přebírání osob?')).unanswered).toBe(true);
  });

  it('reads a month in an English question as a time, not as a name the German page lacks', async () => {
    const press = parseDocument(
      'de-waidhaus.txt',
      `BPOLI WAI: Streife stoppt Schleusungsfahrzeug bei Rozvadov
Waidhaus, 12.03.2026
Der 31-jährige Fahrer, ein moldauischer Staatsangehöriger, wurde vorläufig festgenommen.`,
    );
    const reply = await runQuery(
      search as never,
      'How old was the driver arrested near Rozvadov in March 2026?',
      new KnowledgeBase([press]),
    );
    expect(reply.unanswered).toBeFalsy();
    expect(reply.content).toContain('31-jährige Fahrer');
  });

  it('reads a release dated at its foot, "des gestrigen Tages" by that date, and a border named by its countries', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'liaison-release-'));
    await writeFile(
      join(dir, 'lpd.txt'),
      `Schlepper nach Kontrolle durch gemeinsame Streife festgenommen

Eine österreichisch-slowakische Streife hielt in Kittsee einen Kastenwagen an.

In den frühen Morgenstunden des gestrigen Tages kontrollierte eine gemischte Streife der Polizeiinspektion Kittsee und des slowakischen Polizeikorps im Gemeindegebiet von Kittsee einen weißen Kastenwagen mit slowakischem Kennzeichen. Die Schwerpunktaktion läuft seit 1. Oktober 2026.

Presseaussendung vom 13.10.2026, 09:15 Uhr`,
    );
    await writeFile(
      join(dir, 'frontex.txt'),
      `Frontex launches operation at the border between Croatia and Bosnia and Herzegovina

Last year, officers deployed in this section helped Croatian authorities detect 2 310 irregular border crossings.`,
    );
    await writeFile(
      join(dir, 'lpd-artikel.txt'),
      'Nacheile-Übung mit der Slowakei\n\nPolizeikräfte beider Staaten haben am Mittwoch eine gemeinsame Übung durchgeführt.\n\nArtikel Nr: 468214 vom Freitag, 12. Juni 2026, 11:05 Uhr.',
    );
    const { documents } = await loadCorpus(dir);
    expect(documents.find((d) => d.file === 'lpd.txt')?.date).toBe('2026-10-13');
    // An Austrian police page's foot: "Artikel Nr: … vom <weekday>, <date>".
    expect(documents.find((d) => d.file === 'lpd-artikel.txt')?.date).toBe('2026-06-12');
    const kb = new KnowledgeBase(documents);
    const ask = async (query: string) => (await runQuery(search as never, query, kb)).content?.split('\n')[0] ?? '';
    expect(await ask('On what date did the joint Austrian–Slovak patrol stop the van in Kittsee?')).toContain(
      '12 October 2026',
    );
    // "chorvátsko-bosnianskej": the page names Bosnia, not "Bosnian".
    expect(
      await ask('Koľko nelegálnych prechodov hranice odhalili minulý rok na chorvátsko-bosnianskej hranici?'),
    ).toMatch(/^\*\*2 310/);
  });

  it('tells the words asking what kind of answer ("odkud pocházeli", "woher stammen") from what is asked about', () => {
    const cues = cueWords('Kolik lidí našla rakousko-slovenská hlídka v dodávce u Kittsee a odkud pocházeli?');
    expect(cues).toContain('pochazeli');
    expect(cues).not.toContain('hlidka');
    expect(cueWords('Woher stammten die Migranten?')).toContain('stammten');
    // An amount's cue names what is asked: "cash" is what to find.
    expect(cueWords('How much cash was seized?')).not.toContain('cash');
  });

  it('asks for a time of day with "v kolik", "um wie viel Uhr", "at what time", not for a count', () => {
    expect(answerKind('Kdy a v kolik je předávací schůzka na PKZ Drasenhofen?')).toBe('date');
    expect(answerKind('Um wie viel Uhr beginnt die Übergabe?')).toBe('date');
    expect(answerKind('At what time does the meeting start?')).toBe('date');
    expect(answerKind('Kolik lidí bylo v dodávce?')).toBe('number');
  });

  it('stays silent about an agreement between parties no document has one between', async () => {
    const reply = await runQuery(search as never, 'When was the Czech-Polish police treaty signed?', kb);
    expect(reply.unanswered).toBe(true);
    expect(reply.content).toBeUndefined();
  });
});

describe('word forms', () => {
  it('a German compound is found by its parts: a court by "Amtsgericht", in any language', () => {
    const hits = (query: string) => kb.search(query).hits.map((hit) => hit.document.file);
    expect(hits('Gericht')[0]).toBe('de-press.txt');
    expect(kb.search('Which court was the driver taken to?').hits[0]?.sentence).toContain('Amtsgericht Görlitz');
  });

  it('a word in letters a language does not write is not a word of that language: "sítě" is no "site"', () => {
    expect(kb.conceptsOf('převaděčské sítě')).not.toContain('g-place');
    expect(kb.conceptsOf('site of the joint centre')).toContain('g-place');
  });

  it('the republics\' abbreviations are their countries: "ČR" and "SR" in a Slovak question', () => {
    expect([...kb.conceptsOf('ministri vnútra ČR a SR')]).toEqual(expect.arrayContaining(['country-cz', 'country-sk']));
  });

  it('a national force\'s name says its country: a page of the "Policajný zbor" is a Slovak one', () => {
    expect([...kb.conceptsOf('Úrad medzinárodnej policajnej spolupráce Prezídia Policajného zboru')]).toContain(
      'country-sk',
    );
  });

  it('a name keeps the forms a Czech sentence gives it, whatever its letters: "ve Waldmünchenu"', () => {
    const de = new KnowledgeBase([
      parseDocument('de.txt', 'Die Bundespolizeiinspektion Waldmünchen meldet elf Festnahmen.'),
    ]);
    // A form of the name, not a typo of it: the name is one the documents hold, so it can answer.
    expect(de.search('Festnahmen ve Waldmünchenu').answered).toBe(true);
  });

  it('a vowel that comes and goes in Czech and Slovak meets its other forms: "hlídek" is "hlídka", "pravidel" "pravidlo"', () => {
    expect(kb.conceptsOf('společných hlídek')).toContain('patrol');
    const sk = new KnowledgeBase([parseDocument('sk.txt', 'Počet spoločných hliadok sa zvýši na osem týždenne.')]);
    expect(sk.search('spoločné hliadky').hits[0]?.document.file).toBe('sk.txt');
    // A plural's genitive before "l", "n" or "r" too: "pravidel" (Czech) and "pravidiel" (Slovak) are "pravidlo", the rules.
    expect(kb.conceptsOf('pravidel')).toContain('rule');
    expect(kb.conceptsOf('pravidiel')).toContain('rule');
  });

  it('a joint "action" in English is the Czech "akce": the Czech page of the action answers, not one saying "action days"', async () => {
    // A trial set written without reading the code (bench/unseen/trials/trial30).
    const { documents } = await loadCorpus(
      new URL('../bench/unseen/trials/trial30/set/docs/', import.meta.url).pathname,
    );
    const results = new KnowledgeBase(documents).search(
      'How many people were checked and how many detained in the joint Czech-Polish action?',
    );
    expect(results.hits[0]?.document.file).toBe('policie-cz-spolecna-akce-cesko-polska-hranice-2026-05.html');
  });

  it('a German or English name declined in a Czech question is that name: "Bundeskriminalamtu", "Eurojustem"', () => {
    const release = parseDocument(
      'bka.txt',
      'Federal Criminal Police Office: joint investigation\n\nThe Federal Criminal Police Office in Wiesbaden led the investigation with 40 officers.',
    );
    const other = parseDocument(
      'naka.txt',
      'National Criminal Agency: joint investigation\n\nThe National Criminal Agency in Bratislava led the investigation with 40 officers.',
    );
    const asked = new KnowledgeBase([other, release, ...kb.documents]);
    expect(asked.search('vyšetřování Bundeskriminalamtu').hits[0]?.document.file).toBe('bka.txt');
    expect(kb.conceptsOf('s Eurojustem')).toContain('eurojust');
    // A short word is no declined name: German capitalises its nouns, and "Rady" is no "Rad".
    expect(kb.conceptsOf('Rady')).not.toContain('g-bicycle');
  });

  it('a place typed in another case is found by its nominative: "v Kútech" finds "Kúty"', () => {
    const sk = new KnowledgeBase([
      parseDocument('skp.txt', 'Spoločné kontaktné pracovisko Kúty\n\nNepretržitá služba: 0961 43 4400'),
    ]);
    const results = sk.search('Jaké je nepřetržité číslo pracoviště v Kútech?');
    expect(results.answered).toBe(true);
    expect(results.value?.text).toBe('0961 43 4400');
  });

  it('"authoritative" meets the gazette’s "rozhodné znění" and "maßgebend"', () => {
    expect(kb.conceptsOf('which language version is authoritative')).toContain('authentic-text');
    expect(kb.conceptsOf('anglické znění, jež je pro její výklad rozhodné')).toContain('authentic-text');
    expect(kb.conceptsOf('der englische Wortlaut ist maßgebend')).toContain('authentic-text');
  });

  it('a Czech or Slovak adjective meets the noun it is made from: "převaděčských" finds "převaděč"', () => {
    const cs = new KnowledgeBase([parseDocument('cs.txt', 'Policie zadržela převaděče a sedm migrantů u Hodonína.')]);
    expect(cs.search('převaděčských').hits[0]?.document.file).toBe('cs.txt');
  });
});

describe('the lexicon', () => {
  it('refuses a bad entry with the entry and the reason, not a crash', () => {
    expect(() => parseLexicon('version: 1\nconcepts:\n  - id: lonely\n    en: [alone]\n', 'x.yaml')).toThrow(
      /concept "lonely" needs two languages/,
    );
    expect(() => parseLexicon('version: 1\nconcepts: [', 'x.yaml')).toThrow(LexiconError);
    expect(() => parseLexicon('version: 1\nconcepts:\n  - id: Bad Id\n    en: [a]\n    cs: [b]\n', 'x.yaml')).toThrow(
      /lower-case letters/,
    );
  });

  it('is extended by the team’s file in DATA_DIR, and a bad file is a warning that keeps the built-in one', async () => {
    const local = new KnowledgeBase([parseDocument('note.txt', 'Codename\nThe quorbix unit meets on Fridays.')]);
    expect(local.search('zworblik').total).toBe(0);
    const dir = await mkdtemp(join(tmpdir(), 'liaison-lexicon-'));
    await writeFile(
      join(dir, 'lexicon.yaml'),
      'version: 1\nconcepts:\n  - id: quorbix\n    en: [quorbix]\n    cs: [zworblik]\n',
    );
    expect(applyTeamLexicon(local, dir)).toBeUndefined();
    expect(local.search('zworblik').hits[0]?.document.file).toBe('note.txt');
    await writeFile(join(dir, 'lexicon.yaml'), 'version: 1\nconcepts:\n  - id: quorbix\n    en: [quorbix]\n');
    const warning = applyTeamLexicon(local, dir);
    expect(warning?.reason).toEqual({ code: 'bad-lexicon', detail: 'concept "quorbix" needs two languages' });
    expect(local.search('smlouva').total).toBe(0);
    expect(local.search('zworblik').total).toBe(0);
  });

  it('names no country by a word that is only a code ("by", "km") and no nationality by "national" alone', () => {
    const kb = new KnowledgeBase([]);
    expect([...kb.countriesNamed('Until when do the old numbers work, and how many km is it by road?')]).toEqual([]);
    expect([...kb.countriesNamed('Büro 2.3 – Europol National Unit')]).toEqual([]);
  });

  it('knows a region as people name it: "v Dolním Rakousku", "niederösterreichische", "South Moravian police"', () => {
    const kb = new KnowledgeBase([]);
    const concepts = (text: string) => kb.conceptsByWord(text).flatMap((word) => word.concepts);
    expect(concepts('v Dolním Rakousku')).toContain('lower-austria');
    expect(concepts('niederösterreichische Polizisten')).toContain('lower-austria');
    expect(concepts('the South Moravian police')).toContain('south-moravian-region');
    expect(concepts('jihomoravská policie')).toContain('south-moravian-region');
  });

  it('reads two codes joined as a pair of countries, a lone code in prose as none', () => {
    expect(countryPairs('SKP Čunovo – Rajka (SK/HU)')).toEqual(['Slovakia', 'Hungary']);
    expect(countryPairs('Pracoviště ČR – SR v Hodoníně')).toEqual(['Czechia', 'Slovakia']);
    expect(countryPairs('IT systems at the border, DE-CZ')).toEqual(['Germany', 'Czechia']);
    expect(countryPairs('IT systems at the border')).toEqual([]);
  });
});

describe('time phrases in questions', () => {
  const now = new Date('2026-12-06T12:00:00');
  it('reads the period in Czech, Slovak, English and German, and leaves the rest of the question', () => {
    expect(readTimePhrase('what is new since last month?', now)).toMatchObject({
      range: { start: '2026-11-01', end: '2026-12-06' },
      recent: true,
    });
    expect(readTimePhrase('Které státy letos zavedly kontroly?', now)).toMatchObject({
      range: { start: '2026-01-01' },
      rest: 'Které státy zavedly kontroly?',
    });
    expect(readTimePhrase('Kolik převaděčů zadržela od ledna policie?', now)?.rest).toBe(
      'Kolik převaděčů zadržela policie?',
    );
    expect(readTimePhrase('Koľko žiadostí vybavili minulý rok?', now)?.range).toEqual({
      start: '2025-01-01',
      end: '2025-12-31',
    });
    expect(readTimePhrase('Welche Staaten kontrollieren seit Januar?', now)?.range.start).toBe('2026-01-01');
    expect(readTimePhrase('Kto vedie úrad?', now)).toBeUndefined();
  });

  it('/developments takes "since last month" as the period, not as words to find', async () => {
    const reply = await runQuery(developments as never, 'what is new since last month?', await seedsOnly());
    const text = JSON.stringify(reply);
    expect(text).not.toContain('since last month');
    expect(text).toMatch(/1 October 2026/);
  });
});

describe('the answer line of /contacts and /treaty', () => {
  it('/contacts opens with the field asked for, then the unit’s other ways to reach it', async () => {
    const reply = await runQuery(contacts as never, 'fax odboru mezinárodní policejní spolupráce', kb);
    expect(reply.content?.split('\n')[0]).toMatch(/^\*\*974 834 716\*\*/);
    expect(reply.content?.split('\n')[0]).toContain('974 834 210');
    // Then the line of the page it was read from, as written.
    expect(reply.content?.split('\n')[1]).toBe('> “Fax: 974 834 716”');
  });

  it('/contacts does not answer for a unit the documents do not list, nor with a field the unit lacks', async () => {
    const unknownUnit = await runQuery(contacts as never, 'fax pracoviště Svrčinovec', kb);
    expect(unknownUnit.unanswered).toBe(true);
    expect(unknownUnit.content?.split('\n')[0]).not.toMatch(/974 834 716/);
    const noEmail = await runQuery(contacts as never, 'e-mail odboru mezinárodní policejní spolupráce', kb);
    expect(noEmail.unanswered).toBe(true);
    expect(noEmail.content?.split('\n')[0]).toMatch(/lists no e-mail in the documents/);
  });

  it('/treaty opens with the signing date and the agreement', async () => {
    const reply = await runQuery(treaty as never, 'Hungary', kb);
    expect(reply.content).toMatch(/^\*\*Signed: 10 March 2026\*\*/);
  });

  it('/treaty quotes, under its answer line, the sentence stating the latest step, whole', async () => {
    const reply = await runQuery(treaty as never, 'Rakúsko', kb);
    expect(reply.content?.split('\n')[1]).toBe('> “Zmluva nadobudne platnosť 1. januára 2027.”');
  });
});

describe('citations', () => {
  it('name the section of a long page the quoted passage stands under', async () => {
    const page = parseDocument(
      'page.md',
      '# Odbor cizinecké policie\n\n## Úřední hodiny\n\nPondělí a středa 8.00–17.00, úterý a čtvrtek 8.00–12.00.\n\n## Kontakty\n\nTelefon 974 820 000.',
    );
    const reply = await runQuery(search as never, 'úřední hodiny odboru cizinecké policie', new KnowledgeBase([page]));
    expect(reply.cards[0]?.fields?.[0]?.value).toContain('§ Úřední hodiny · `page.md`');
  });
});

describe('an agreement asked about by its subject', () => {
  const AT_READMISSION = `Czechia and Austria sign readmission agreement
Published 10 October 2024
The interior ministers of Czechia and Austria signed an agreement on the readmission of persons in Vienna on 9 October 2024.`;
  const twoAgreements = new KnowledgeBase([parseDocument('at-readmission.txt', AT_READMISSION), ...kb.documents]);

  it('is answered with its own date', async () => {
    const reply = await runQuery(
      search as never,
      'Kdy byla podepsána dohoda s Rakouskem o zpětném přebírání osob?',
      twoAgreements,
    );
    expect(reply.content?.split('\n')[0]).toContain('9 October 2024');
  });

  it('is not answered by another kind of agreement: a readmission agreement is no police treaty', async () => {
    // The seeds hold the Czech-Slovak police treaty, which should enter into force in 2026, and no readmission agreement.
    const reply = await runQuery(
      search as never,
      'When did the Czech–Slovak readmission agreement enter into force?',
      await seedsOnly(),
    );
    expect(reply.content ?? '').not.toContain('should enter into force in 2026');
    expect(reply.unanswered).toBe(true);
  });

  it('is not answered with the date of another agreement between the same countries', async () => {
    const reply = await runQuery(
      search as never,
      'Kdy byla podepsána dohoda mezi Českem a Rakouskem o společných hlídkách?',
      twoAgreements,
    );
    expect(reply.content ?? '').not.toContain('9 October 2024');
    expect(reply.unanswered).toBe(true);
  });
});

describe('/treaty between two named countries', () => {
  it('answers only with an agreement between both, never another one of them', async () => {
    const reply = await runQuery(treaty as never, 'Czech-Austrian police agreement', kb);
    expect(reply.unanswered).toBe(true);
    expect(reply.content).toBeUndefined();
    // The agreements it knows are listed as such, after saying there is none between the two.
    expect(reply.cards[0]?.description).toMatch(/^The documents describe no agreement with Czechia, Austria/);
  });
});

describe('a press release with a contact footer', () => {
  it('is news (a development), not a contact page', () => {
    const release = parseDocument(
      'bpol.txt',
      `${DE_PRESS}\nRückfragen bitte an\nPressestelle\nTelefon: 0 35 83 - 79 56 10 10\nFax: 0 35 83 - 79 56 10 99\nE-Mail: presse.ebersbach@polizei.bund.de`,
    );
    expect(release.kind).toBe('news');
    expect(release.date).toBe('2026-10-14');
  });
});
