/**
 * Reading the answer out of documents shaped like real ones: a contact page whose sections are
 * named by their headings, a news item that names its subject once and gives the facts further
 * down, a police report with a road number beside its count, and compounds in German.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus/load.ts';
import { parseDocument } from '../src/corpus/parse.ts';
import { answerValue } from '../src/knowledge/answer-line.ts';
import search from '../commands/search.ts';
import { KnowledgeBase } from '../src/knowledge/knowledge-base.ts';
import { parseQuery } from '../src/knowledge/query.ts';
import { runQuery, seedKnowledge, trialKnowledge } from './support/structured.ts';
import { treatyAnswer } from '../src/knowledge/treaty-answer.ts';
import { answerKind, asksUntil } from '../src/knowledge/question.ts';
import { builtInLexicon } from '../src/analysis/lexicon.ts';

const CONTACT_PAGE = `# Kontakty – hraničná polícia

Na tejto stránke sú kontakty na útvary, ktoré spolupracujú so zahraničnými partnermi a riadia hraničnú políciu.

## Riaditeľstvo hraničnej polície Michalovce

Riaditeľ: plk. Mgr. Tomáš Hruška
Telefón: +421 56 600 1000
Riaditeľstvo pri readmisiách spolupracuje s Úradom medzinárodnej policajnej spolupráce.

## Úrad medzinárodnej policajnej spolupráce

Riaditeľ: plk. JUDr. Marek Zelený
Telefón: +421 2 5000 7000
`;

const filler = (topic: string) =>
  Array.from(
    { length: 6 },
    (_, i) =>
      `Investigators from several countries exchanged ${topic} records and analysed travel patterns in round ${i + 1}, comparing routes, vehicles and rented flats across the region.`,
  ).join(' ');

const NEWS = `Smuggling ring dismantled on the northern route

The investigation, code-named Operation RIVER GATE, began in 2025 after border police noticed rented vans crossing repeatedly at night. In an earlier case, officers seized two vans.

${filler('phone')}

${filler('bank')}

On the action day, during 17 house searches, officers seized EUR 250 000 in cash, six vehicles and forged residence permits.`;

const REPORT = `Streife stoppt Transporter

Eine gemeinsame Streife hielt am Dienstag auf der B 20 einen Transporter mit neun Personen an.
Der Fahrer, ein 29-jähriger moldauischer Staatsangehöriger, wurde festgenommen.
Seit Januar haben die gemeinsamen Streifen 31 Schleuser festgenommen.
Die Migranten wurden an das Ankunftszentrum Passau weitergeleitet.`;

const kb = new KnowledgeBase([
  parseDocument('kontakty.md', CONTACT_PAGE),
  parseDocument('river-gate.txt', NEWS),
  parseDocument('streife.txt', REPORT),
]);

describe('reading the answer', () => {
  it('answers from the lines under the heading that names what was asked about', () => {
    const results = kb.search('Kdo je ředitelem Úřadu mezinárodní policejní spolupráce?');
    expect(results.answered).toBe(true);
    expect(results.value?.text).toBe('Marek Zelený');
  });

  it('answers from a later passage of a news item that named its subject once, at the top', () => {
    for (const query of [
      'How much cash was seized in Operation RIVER GATE?',
      // German capitalises its nouns: "Aktionstag" is a word the English page says otherwise, not a name it lacks.
      'Wie viel Bargeld wurde am Aktionstag der Operation RIVER GATE sichergestellt?',
    ]) {
      const results = kb.search(query);
      expect(results.answered, query).toBe(true);
      expect(results.value?.text, query).toBe('EUR 250 000');
    }
  });

  it('finds a concept another language says in several words, word for word', () => {
    // "Aktionstag" is "action day": two words too common alone to stand for it.
    const results = kb.search('Was wurde am Aktionstag beschlagnahmt?');
    expect(results.hits[0]?.sentence).toContain('On the action day');
  });

  it('does not read a road number as a count, and reads where people were taken', () => {
    expect(kb.search('How many smugglers have the joint patrols arrested since January?').value?.text).toMatch(
      /^31 Schleuser/,
    );
    // The only number of this sentence is a road's: it holds no count.
    const road = 'Eine gemischte Streife hat am Montag auf der B 20 einen mutmaßlichen Schleuser festgenommen.';
    expect(answerValue(road, 'number', new Set(['schleuser']))).toBeUndefined();
    // Nor is an hour written as an ordinal ("po 2. hodině").
    const hour = 'Hlídka kontrolovala krátce po 2. hodině ranní provoz u hraničního přechodu.';
    expect(answerValue(hour, 'number', new Set(['hlidka']))).toBeUndefined();
    // Nor a day of a month without its year ("(17. November)").
    const day = 'Die Streife hat am Dienstagabend (17. November) einen Schleuser festgenommen.';
    expect(answerValue(day, 'number', new Set(['schleuser']))).toBeUndefined();
    // Nor what a number names: a room, an article of a treaty.
    const room = 'We invite you to the handover meeting in Drasenhofen (meeting room 2, ground floor).';
    expect(answerValue(room, 'number', new Set(['meeting']))).toBeUndefined();
    // A count grouped by thousands is as long as a phone number, and still a count.
    expect(answerValue('Kontrolliert wurden 1 250 000 Personen.', 'number', new Set(['personen']))?.text).toMatch(
      /^1 250 000 Personen/,
    );
    // A name with its particle is one person's.
    const quoted = '"It shows what seven countries can achieve," said Pieter van Doorne of Europol.';
    expect(answerValue(quoted, 'person', new Set(['europol']))?.text).toBe('Pieter van Doorne');
    // Nor office hours or a phone number in a table row.
    const row = 'Pracovisko: SKP Čunovo; Telefón: 09610 36 100; Prevádzka: pondelok – piatok 7.00 – 15.30';
    expect(answerValue(row, 'number', new Set(['pracovisko']))).toBeUndefined();
    const article = 'Podle článku 29 smí na pracovišti sloužit 24 policistů.';
    expect(answerValue(article, 'number', new Set(['policistu']))?.text).toBe('24 policistů');
    expect(kb.search('Wohin wurden die Migranten gebracht?').value?.text).toBe('Ankunftszentrum Passau');
  });

  it("says what a bare count counts in the question's words, and takes no word of the sentence for its unit", async () => {
    const frontex = new KnowledgeBase([
      parseDocument(
        'terra.txt',
        [
          'Frontex reinforces Joint Operation Terra',
          '',
          'Frontex has deployed 120 additional standing corps officers to Joint Operation Terra, bringing the total number of officers deployed in the operation to 640.',
          'The network smuggled at least 1 350 people since early 2025.',
        ].join('\n'),
      ),
    ]);
    const czech = await runQuery(search, 'kolik důstojníků Frontexu je teď celkem v operaci Terra?', frontex);
    expect(czech.content?.split('\n')[0]).toMatch(/^\*\*640\*\* důstojníků ·/);
    const english = await runQuery(search, 'How many officers are in Operation Terra in total?', frontex);
    expect(english.content?.split('\n')[0]).toMatch(/^\*\*640\*\* officers ·/);
    const sentence = 'The network smuggled at least 1 350 people since early 2025.';
    expect(answerValue(sentence, 'number', new Set(['smuggled']))?.text).toBe('1 350 people');
  });

  it('answers from the page naming the road the question names ("A17"), not a page saying more of its other words', async () => {
    // A set of pages written for the evaluation: a Europol item on vans stopped in 2025, and a
    // Bundespolizei release on the A 17.
    const { documents } = await loadCorpus(
      new URL('../bench/unseen/trials/trial18/set/docs/', import.meta.url).pathname,
    );
    const pages = new KnowledgeBase(documents);
    const results = pages.search('Kdy zastavila česko-německá hlídka dodávku s migranty na A17?');
    expect(results.hits[0]?.document.file).toBe('bundespolizei-pm-berggiesshuebel-schleusung-a17.html');
    expect(results.value?.date).toBe('2026-02-03');
    // A road no page writes as typed ("Autobahn 17" for "A17") is no name the answer must hold.
    expect(pages.search('Kdy zastavila hlídka dodávku s migranty na D8?').answered).toBe(true);
  });

  it('answers "which countries" with the sentence listing them, not one counting them and naming two', async () => {
    const news = new KnowledgeBase([
      parseDocument(
        'kestrel.txt',
        [
          '27 arrests in hit against a migrant smuggling network',
          '',
          'On Tuesday, police and judicial authorities from six countries, supported by Europol and Eurojust, took action against a criminal network that moved migrants towards Germany and Austria (Operation KESTREL).',
          'Countries involved: Czechia, Germany, Austria, Slovakia, Hungary and Romania.',
        ].join('\n'),
      ),
    ]);
    const reply = await runQuery(search, 'Které země se zapojily do akce Europolu Kestrel?', news);
    expect(reply.content?.split('\n')[0]).toContain(
      'Countries involved: Czechia, Germany, Austria, Slovakia, Hungary and Romania.',
    );
  });

  it('answers "when did it start" with the month a sentence gives, before a year another gives', () => {
    const news = new KnowledgeBase([
      parseDocument(
        'kestrel.txt',
        [
          'Press release | 27 February 2026',
          '',
          'Investigators believe the network moved at least 1 100 people since the beginning of 2025, charging up to EUR 6 000 per person.',
          'The investigation started last April, when officers found 23 migrants locked in a lorry near Mikulov.',
        ].join('\n'),
      ),
    ]);
    expect(news.search('Kdy začalo vyšetřování té převaděčské sítě?').value?.date).toBe('2025-04');
  });

  it('answers a count for one country from the field its label names, not from a count of something else beside the country', async () => {
    // A trial set written without reading the code (bench/unseen/trials/trial16): Europol's table of
    // arrests by country, and "deployed four analysts to Poland and one specialist to Czechia" below it.
    const asked = await trialKnowledge(16);
    expect(asked.search('Kolik lidí zatkli v Česku při operaci PALLAS?').value?.text).toBe('11');
  });

  it('reads a quarter or a half of a year as more than the year alone', async () => {
    // A trial set written without reading the code (bench/unseen/trials/trial18): the EU–Ukraine
    // agreement "expected to be signed in the first quarter of 2026", beside years alone.
    const asked = await trialKnowledge(18);
    const reply = await runQuery(
      search,
      'Kedy sa má podpísať dohoda EÚ – Ukrajina o údajoch o registrácii vozidiel?',
      asked,
    );
    expect(reply.content?.split('\n')[0]).toContain('first quarter of 2026');
  });

  it('answers "which countries" from a list naming one a line, all of them on the answer line', async () => {
    const news = new KnowledgeBase([
      parseDocument(
        'pallas.md',
        [
          '# 61 arrests in action against a cargo theft network',
          '',
          'Law enforcement authorities from six European countries, supported by Europol, took down a network that looted lorries at motorway rest areas (Operation PALLAS).',
          '',
          '## Participating authorities',
          '',
          '- Poland: Central Bureau of Investigation',
          '- Germany: Federal Criminal Police Office',
          '- Czechia: National Centre Against Organised Crime',
          '- Slovakia: National Criminal Agency',
          '- Austria: Criminal Intelligence Service',
          '- Lithuania: Criminal Police Bureau',
        ].join('\n'),
      ),
    ]);
    const reply = await runQuery(search, 'které země se zapojily do operace PALLAS?', news);
    expect(reply.content?.split('\n')[0]).toMatch(/^\*?\*?Poland, Germany, Czechia, Slovakia, Austria, Lithuania/);
  });

  it('reads a first name that is also a word of some country\'s name ("Tomas", of "Svatý Tomáš") as a name', () => {
    const news = new KnowledgeBase([
      parseDocument(
        'quote.txt',
        "Network dismantled\n\n“Six countries acting on the same morning is what it takes,” said Tomas Aaltonen, Head of Europol's European Migrant Smuggling Centre.",
      ),
    ]);
    expect(news.search('Kto z Europolu komentoval operáciu?').value?.text).toBe('Tomas Aaltonen');
  });

  it('does not answer when a treaty enters into force with the day it was signed', () => {
    const news = new KnowledgeBase([
      parseDocument(
        'tasr.txt',
        'Slovensko a Česko podpísali novú zmluvu\n\nTrenčín 22. januára 2026 (TASR) – Ministri vnútra SR a ČR v stredu v Trenčíne podpísali Zmluvu o policajnej spolupráci. Zmluvu ešte musia schváliť parlamenty oboch krajín.',
      ),
    ]);
    expect(
      news.search('Kedy podpísali ministri novú slovensko-českú zmluvu o policajnej spolupráci?').value?.date,
    ).toBe('2026-01-21');
    expect(news.search('Kedy nadobudne platnosť nová slovensko-česká zmluva o policajnej spolupráci?').answered).toBe(
      false,
    );
  });

  it('reads a surname that is also a word ("Vít Rakušan": "Rakušan" is an Austrian) as a name, and no body as a person', () => {
    const news = new KnowledgeBase([
      parseDocument(
        'albania.txt',
        'Ministers discuss migration\n\nVít Rakušan also informed his Albanian colleague that the Czech Republic welcomes the Brussels Declaration.\n\nSeit Januar hat die Bundespolizeiinspektion Berggießhübel gemeinsam mit der Bezirkspolizeidirektion Ústí nad Labem 74 gemeinsame Streifen durchgeführt.',
      ),
    ]);
    expect(news.search('Who informed the Albanian colleague about the Brussels Declaration?').value?.text).toBe(
      'Vít Rakušan',
    );
    expect(news.search('Wer leitet die gemeinsamen Streifen von Berggießhübel?').value).toBeUndefined();
  });

  it('does not take the year of the name asked about ("Terra 2026") for the day asked', () => {
    const news = new KnowledgeBase([
      parseDocument(
        'terra.txt',
        'Frontex launches Joint Operation Terra 2026\n\nPress release | 14 January 2026\n\nWarsaw – Yesterday, Frontex launched its largest land operation of the year.\n\nJoint Operation Terra 2026 runs across 13 EU Member States and covers 71 border crossing points.',
      ),
    ]);
    const results = news.search('Kedy sa začala operácia Frontexu Terra 2026?');
    expect(results.value?.date).toBe('2026-01-13');
    const named = 'Joint Operation Terra 2026 runs across 13 EU Member States.';
    expect(answerValue(named, 'date', new Set(['terra', '2026']))).toBeUndefined();
  });

  it('reads "mit welchen Ländern" as asking for countries, "denen" as no word asked', async () => {
    // The ministry's page of the seeds.
    const { seeds } = await seedKnowledge();
    const query = 'Mit welchen Ländern hat die EU Mobilitätspartnerschaften, an denen Tschechien teilnimmt?';
    expect(seeds.search(query).hits[0]?.sentence).toContain('Moldova, Georgia and Armenia');
    expect(answerKind(query)).toBe('list');
    expect(answerKind('Se kterými zeměmi má Česko partnerství pro mobilitu?')).toBe('list');
  });

  it('asks for a person by their post ("which … official", "který náměstek") and reads no country\'s possessive as a first name', () => {
    expect(answerKind('Which Slovak interior ministry official commented on the treaty?')).toBe('person');
    expect(answerKind('Který náměstek ministra podepsal akční plán?')).toBe('person');
    expect(answerKind('Welcher Beamte der Bundespolizei hat das gesagt?')).toBe('person');
    // A ministry is no post, and a verb between the question word and a post ends the phrase.
    expect(answerKind('What did the ministry register in 2022?')).not.toBe('person');
    expect(answerKind('What did the minister say about the treaty?')).not.toBe('person');
    const said =
      "Slovakia's State Secretary at the Interior Ministry, Miroslav Pekár, said the countries would next focus on patrols.";
    const isWord = (word: string) => builtInLexicon().knows(word);
    expect(answerValue(said, 'person', new Set(['slovak']), { isWord })?.text).toBe('Miroslav Pekár');
  });

  it('answers when a step is to come with a part of a year, from the sentence saying that step', () => {
    const release = new KnowledgeBase([
      parseDocument(
        'council.txt',
        'Council backs signature of EU-Ukraine agreement on vehicle registration data\n\nIn 2024 Ukrainian authorities identified 3 950 vehicles reported stolen in EU member states. The agreement is expected to be signed in the first quarter of 2026.',
      ),
    ]);
    const results = release.search('Kedy sa má podpísať dohoda EÚ – Ukrajina o údajoch o registrácii vozidiel?');
    expect(results.value?.text).toBe('first quarter of 2026');
    expect(answerValue('Podpis se očekává v první polovině roku 2027.', 'date', new Set())?.text).toBe(
      'první polovině roku 2027',
    );
  });

  it('reads an abbreviation in brackets as glossing the words before it, no name a page must hold', async () => {
    // Pages written for the evaluation: a Europol item quoting the centre's head, who it never calls "EMSC".
    const { documents } = await loadCorpus(
      new URL('../bench/unseen/trials/trial22/set/docs/', import.meta.url).pathname,
    );
    const results = new KnowledgeBase(documents).search(
      'Kdo vede Evropské centrum pro boj proti převaděčství (EMSC) v Europolu?',
    );
    expect(results.answered).toBe(true);
    expect(results.value?.text).toBe('Marta Lindqvist');
  });

  it('reads "by what date" as asking for a deadline, and "melden … an" as registering', () => {
    const mail = new KnowledgeBase([
      parseDocument(
        'gz.txt',
        [
          'Subject: Gemeinsame Arbeitsbesprechung GZ / Verlegung auf 12. Mai 2026',
          'Date: Tue, 21 Apr 2026 09:12:00 +0200',
          '',
          'Neuer Termin: Dienstag, 12. Mai 2026, 10:00 Uhr.',
          'Bitte melden Sie die Teilnehmer bis zum 5. Mai 2026 an die Adresse gz@polizei.example.de.',
        ].join('\n'),
      ),
    ]);
    const results = mail.search('By what date do we have to register participants for the GZ working meeting?');
    expect(results.value?.date).toBe('2026-05-05');
    expect(asksUntil('By what date do we have to register?')).toBe(true);
    expect([...mail.conceptsOf('Bitte melden Sie die Teilnehmer an')]).toContain('register');
  });

  it('answers who drove from "am Steuer saß", asked in Czech with pronouns ("té dodávky", "kolik mu bylo")', () => {
    const release = parseDocument(
      'streife-a17.txt',
      'Gemeinsame Streife stoppt Schleuserfahrzeug auf der A 17\n\nIm Laderaum des Transporters saßen 13 Personen.\n\nAm Steuer saß ein 41-jähriger ukrainischer Staatsangehöriger.',
    );
    const results = new KnowledgeBase([release]).search('Jaké národnosti byl řidič té dodávky na A17 a kolik mu bylo?');
    expect(results.answered).toBe(true);
    expect(results.hits[0]?.sentence).toContain('41-jähriger ukrainischer');
  });

  it('answers each part of a question asking two things, each on its own line', () => {
    const news = parseDocument(
      'lika.txt',
      [
        'Frontex launches Joint Operation Lika 2026',
        '',
        'Frontex has launched Joint Operation Lika 2026 at the border of Croatia. Among the 84 officers deployed are six officers from Czechia and four from Slovakia.',
        '',
        'Last year, officers deployed in this section detected 2 310 irregular border crossings.',
        '',
        'The operation is planned to run until 30 June 2026.',
      ].join('\n'),
    );
    const results = new KnowledgeBase([news]).search(
      'Kolik českých policistů Frontex nasadil v operaci Lika a do kdy má operace trvat?',
    );
    expect(results.value?.text).toMatch(/^six officers/);
    expect(results.more?.map((part) => part.value.date)).toEqual(['2026-06-30']);
    // A question asking one thing is answered once.
    expect(new KnowledgeBase([news]).search('Do kdy má operace Lika trvat?').more).toBeUndefined();
  });

  it('answers each part of a question by its own words: when and where a meeting is, and the deadline before it', () => {
    const mail = parseDocument(
      'follow-up.txt',
      [
        'JIT follow-up meeting in Brno',
        'Published 23 November 2026',
        '',
        'Following the action day of 21 October, the follow-up meeting of the joint investigation team will take place on 3 December 2026 at the Regional Police Directorate in Brno.',
        'Please send the names of your participants (max. three per country)',
        'by Friday 27 November 2026 to the secretariat.',
      ].join('\n'),
    );
    const results = new KnowledgeBase([mail, ...kb.documents]).search(
      'Kdy a kde se koná navazující schůzka společného vyšetřovacího týmu a do kdy mám poslat jména účastníků?',
    );
    expect(results.value?.date).toBe('2026-12-03');
    expect(results.more?.map((part) => part.value.date ?? part.value.text)).toEqual(['Brno', '2026-11-27']);
  });

  it('reads "fand … statt" as "took place": the particle is no word a page must hold', () => {
    // "statt" ends most German questions about an event; as rare as a name, it pulled the answer to
    // "Die Fahndungstage finden regelmäßig statt" instead of the sentence dating the day asked about.
    const words = parseQuery('An welchem Datum fand der gemeinsame Fahndungstag bei Waidhaus statt?').words;
    expect(words).toEqual(expect.arrayContaining(['Fahndungstag', 'Waidhaus']));
    expect(words).not.toContain('statt');
  });

  it('knows a nationality in the dative plural ("Polákům", "Slovákům") as the people the page names otherwise', () => {
    const bulletin = parseDocument(
      'prehled.md',
      '# Týdenní přehled\n\nFormuláře žádostí podle staré smlouvy lze využít nejpozději do 30. dubna 2026, poté je polská strana nepřijme.',
    );
    const results = new KnowledgeBase([bulletin, ...kb.documents]).search(
      'Do kdy můžeme posílat Polákům žádosti na formulářích podle staré smlouvy?',
    );
    expect(results.answered).toBe(true);
    expect(results.value?.date).toBe('2026-04-30');
  });

  it("does not answer a count for this summer with last summer's figure", () => {
    const news = parseDocument(
      'terra.txt',
      'Frontex reinforces the border with Ukraine\n\nLast summer, officers deployed in the same area helped detect 212 irregular border crossings and 37 stolen vehicles.',
    );
    const frontex = new KnowledgeBase([news, ...kb.documents]);
    expect(frontex.search('How many irregular border crossings did the officers detect this summer?').answered).toBe(
      false,
    );
    expect(frontex.search('Kolik nelegálních přechodů hranice odhalili letos v létě?').answered).toBe(false);
    const last = frontex.search('How many irregular border crossings did the officers detect last summer?');
    expect(last.answered).toBe(true);
    expect(last.value?.text).toMatch(/^212/);
  });

  it('answers who took part from the sentence naming them, though the lead holds more of the question', async () => {
    // Trial 19's Czech-Albanian news item (written by a helper who never read the code): its lead
    // names the meeting in Prague, a later sentence who met.
    const results = (await trialKnowledge(19)).search(
      'Who was the Czech minister at the Prague meeting with the Albanian interior minister?',
    );
    expect(results.answered).toBe(true);
    expect(results.value?.text).toBe('Vít Rakušan');
  });

  it('answers who led an investigation with the bodies the sentence names, where it names no person', () => {
    const release = parseDocument(
      'furth.txt',
      [
        'Schleuser bei Furth im Wald festgenommen',
        'Furth im Wald, 3. März 2026',
        '',
        'Eine gemeinsame Streife hat am Montag einen Kleinbus mit elf Personen ohne Papiere angehalten.',
        'Die Ermittlungen wegen Einschleusens von Ausländern führt die Bundespolizeiinspektion Waldmünchen in Abstimmung mit der Staatsanwaltschaft Regensburg.',
      ].join('\n'),
    );
    const results = new KnowledgeBase([release, ...kb.documents]).search(
      'Wer führt die Ermittlungen wegen der Schleusung bei Furth im Wald?',
    );
    expect(results.answered).toBe(true);
    expect(results.value?.text).toBe(
      'Bundespolizeiinspektion Waldmünchen in Abstimmung mit der Staatsanwaltschaft Regensburg',
    );
  });

  it("does not answer a count of one country's officers with another's", async () => {
    // Trial 19 (written by a helper who never read the code) with the seeds: "in 2026 it is planned
    // to send a total of 16 Czech police officers to the Slovak-Ukrainian border".
    const asked = await trialKnowledge(19);
    expect(
      asked.search('Kolik slovenských policistů pošle Slovensko v roce 2026 na hranici s Ukrajinou?').answered,
    ).toBe(false);
    const czech = asked.search('Kolik policistů pošle Česko na hranici s Ukrajinou?');
    expect(czech.answered).toBe(true);
    expect(czech.value?.text).toMatch(/^16 Czech police/);
  });

  it('reads "přesně (datum)" as how a day is asked for, not as words a page must hold', () => {
    const release = parseDocument(
      'waidhaus-transporter.txt',
      [
        'Bundespolizei stoppt Kleintransporter auf der A6',
        'Waidhaus, 12. März 2026',
        '',
        'Fahnder der Bundespolizeiinspektion Waidhaus haben am Dienstagabend auf der A6 einen Kleintransporter mit bulgarischer Zulassung angehalten.',
        'Im Laderaum saßen sieben Personen ohne Papiere.',
      ].join('\n'),
    );
    const results = new KnowledgeBase([release, ...kb.documents]).search(
      'Kdy přesně (datum) zastavili ten bulharský transportér u Waidhausu?',
    );
    expect(results.answered).toBe(true);
    expect(results.value?.date).toBe('2026-03-10');
  });

  it("does not answer a count for a whole year or month with the year so far or a weekend's, read by the page's date", () => {
    const release = parseDocument(
      'waidhaus.txt',
      [
        'Bundespolizei nimmt Schleuser bei Waidhaus fest',
        'Waidhaus, 9. Februar 2026',
        '',
        'Bundespolizisten haben am vergangenen Wochenende an der Grenze zu Tschechien vier mutmaßliche Schleuser festgenommen.',
        'Seit Jahresbeginn hat die Bundespolizeiinspektion Waidhaus damit bereits 17 mutmaßliche Schleuser festgenommen.',
      ].join('\n'),
    );
    const waidhaus = new KnowledgeBase([release, ...kb.documents]);
    expect(
      waidhaus.search('Wie viele Schleuser hat die Inspektion Waidhaus im gesamten Jahr 2025 festgenommen?').answered,
    ).toBe(false);
    expect(waidhaus.search('Kolik převaděčů zadržela policie u Waidhausu za celý leden 2026?').answered).toBe(false);
    const year = waidhaus.search('How many smugglers did the Waidhaus inspection arrest in 2026?');
    expect(year.answered).toBe(true);
    expect(year.value?.text).toMatch(/^17/);
  });

  it('answers "when" with a month said without its year ("last April"), read by the page\'s date', () => {
    const news = parseDocument(
      'action-day.txt',
      [
        '27 arrests as migrant smuggling network is taken down',
        '19 March 2026',
        '',
        'The investigation was opened by the Czech National Organised Crime Agency (NCOZ) last April, after a van carrying 22 people was stopped near Mikulov.',
        'In September 2025, Czech and Austrian authorities set up a joint investigation team, which Germany joined at the end of the year.',
      ].join('\n'),
    );
    const results = new KnowledgeBase([news, ...kb.documents]).search('Kdy zahájila NCOZ vyšetřování sítě?');
    expect(results.value).toEqual({ text: 'last April', date: '2025-04' });
  });

  it('does not answer "the next" of something with a day before the page was written', () => {
    const release = (file: string, sentence: string) =>
      parseDocument(file, `Gemeinsamer Fahndungstag bei Waidhaus\n\nPresseaussendung vom 21.05.2026\n\n${sentence}`);
    const past = release(
      'fahndungstag.txt',
      'Seit dem Inkrafttreten des Protokolls am 1. April 2026 dürfen gemischte Teams den gemeinsamen Fahndungstag in Waidhaus durchführen.',
    );
    const ask = 'Wann findet der nächste gemeinsame Fahndungstag in Waidhaus statt?';
    expect(new KnowledgeBase([past, ...kb.documents]).search(ask).answered).toBe(false);
    const coming = release(
      'naechster.txt',
      'Der nächste gemeinsame Fahndungstag in Waidhaus ist für den 18. Juni 2026 geplant.',
    );
    expect(new KnowledgeBase([coming, ...kb.documents]).search(ask).value?.date).toBe('2026-06-18');
  });

  it('answers "when is the next one" with a month said bare, the one to come, but not "which day"', () => {
    const item = (dated: string) =>
      parseDocument(
        'akce.txt',
        `Společná akce s polskými kolegy\n\n${dated}\n\nV úterý policisté obou zemí v příhraničí zkontrolovali 1 386 vozidel. Další společná akce s polskou policií je naplánována na září.`,
      );
    const ask = 'kdy bude další společná akce s polskou policií?';
    // "na září" in an item of May 2026 is September 2026; in one of November, September 2027.
    expect(new KnowledgeBase([item('21. 5. 2026'), ...kb.documents]).search(ask).value?.date).toBe('2026-09');
    expect(new KnowledgeBase([item('17. 11. 2026'), ...kb.documents]).search(ask).value?.date).toBe('2027-09');
    // A month is no answer to which day.
    const day = new KnowledgeBase([item('21. 5. 2026'), ...kb.documents]).search(
      'Kterého dne přesně bude další společná akce s polskou policií?',
    );
    expect(day.value?.date).not.toBe('2026-09');
  });

  it('answers who leads an operation named once, at the top, from the later paragraph saying it', async () => {
    // A new user's trial set (bench/unseen/trials/trial11), written without reading the code.
    const asked = await trialKnowledge(11);
    expect(asked.search('Kdo velí operaci Frontexu Terra na slovenské straně?').value?.text).toBe('Milan Hudec');
  });

  it('counts from the sentence after the one naming what is asked about, when that one counts nothing', () => {
    const release = parseDocument(
      'kittsee.txt',
      [
        'Schlepper nach Kontrolle festgenommen',
        '',
        'Eine österreichisch-slowakische Streife hielt in Kittsee einen Kastenwagen an. Im Laderaum befanden sich 19 Personen aus Syrien und Afghanistan.',
      ].join('\n'),
    );
    const results = new KnowledgeBase([release, ...kb.documents]).search(
      'Kolik lidí našla rakousko-slovenská hlídka v dodávce u Kittsee?',
    );
    expect(results.value?.text).toMatch(/^19 Personen/);
    expect(results.hits[0]?.sentence).toContain('Im Laderaum');
  });

  it("does not answer one country's count with the total of an action day in several", () => {
    const news = parseDocument(
      'danube-shield.txt',
      'Action days along the Danube route\n\nPolice from Austria, Czechia, Hungary and Slovakia took part in Operation Danube Shield. In total, 38 suspected smugglers were arrested and 412 irregular migrants were detected.',
    );
    const asked = new KnowledgeBase([news, ...kb.documents]);
    expect(asked.search('Kolik převaděčů zadrželi při operaci Danube Shield na Slovensku?').answered).toBe(false);
    expect(asked.search('Kolik převaděčů zadrželi při operaci Danube Shield?').answered).toBe(true);
  });

  it('reads a day written without its year by the date of the item that writes it', () => {
    const ended = 'Dočasné kontroly na hranici se Slovenskem jsme 13. srpna ukončili.';
    expect(answerValue(ended, 'date', new Set(['kontroly']), { published: '2026-08-21' })?.date).toBe('2026-08-13');
    // Across the turn of a year: the nearest such day.
    const starts = 'Die gemeinsamen Streifen beginnen am 3. Januar.';
    expect(answerValue(starts, 'date', new Set(['streifen']), { published: '2025-12-20' })?.date).toBe('2026-01-03');
    // Without the item's date there is no year to give it.
    expect(answerValue(ended, 'date', new Set(['kontroly']))).toBeUndefined();
  });

  it('reads "next Wednesday" as that day of the following week, and an amount in Euro written with a capital', () => {
    // "do deseti dnů od odeslání", "within 14 days", "binnen zehn Tagen": the period's last day.
    const names = 'Prosím o zaslání jmen policistů nejpozději do deseti dnů od odeslání tohoto e-mailu.';
    expect(answerValue(names, 'date', new Set(['jmen']), { published: '2026-03-03' })?.date).toBe('2026-03-13');
    const reply = 'Please send the list within 14 days.';
    expect(answerValue(reply, 'date', new Set(['list']), { published: '2026-03-03' })?.date).toBe('2026-03-17');
    // "next January", "v lednu příštího roku": that month of the year to come.
    const opening = 'The joint contact centre is expected to open next January with 18 officers.';
    expect(answerValue(opening, 'date', new Set(['centre']), { published: '2026-10-16' })?.date).toBe('2027-01');
    const nextYear = 'Centrum bude otevřeno v lednu příštího roku.';
    expect(answerValue(nextYear, 'date', new Set(['centrum']), { published: '2026-10-16' })?.date).toBe('2027-01');
    // What happened in some days, or English "do", names no deadline.
    const training = 'Officers do ten days of training.';
    expect(answerValue(training, 'date', new Set(['training']), { published: '2026-03-03' })).toBeUndefined();
    const invite = 'We would like to invite you to a short handover meeting next Wednesday at 10:00 in Drasenhofen.';
    // An e-mail of Tuesday 3 February 2026.
    expect(answerValue(invite, 'date', new Set(['meeting']), { published: '2026-02-03' })?.date).toBe('2026-02-11');
    const czech = 'Schůzka se uskuteční příští středu v Mikulově.';
    expect(answerValue(czech, 'date', new Set(['schuzka']), { published: '2026-02-06' })?.date).toBe('2026-02-11');
    const seized = 'Sichergestellt wurden 96.000 Euro Bargeld, vier Fahrzeuge und 21 Mobiltelefone.';
    expect(answerValue(seized, 'money', new Set(['bargeld']))?.text).toBe('96.000 Euro');
    expect(answerValue('Sie arbeiteten mit 5 Eurojust-Teams.', 'money', new Set(['teams']))).toBeUndefined();
  });

  it('reads no count from an amount of money, a range of amounts included, and a unit stops at "and"', () => {
    const paid = 'The migrants paid between EUR 4 000 and EUR 6 000 per person.';
    expect(answerValue(paid, 'number', new Set(['migrants']))).toBeUndefined();
    const range = 'Pro Person verlangten die Schlepper zwischen 3.000 und 4.500 Euro.';
    expect(answerValue(range, 'number', new Set(['person']))).toBeUndefined();
    const seized = 'Es wurden 12 Personen und 4.500 Euro sichergestellt.';
    expect(answerValue(seized, 'number', new Set(['personen']))?.text).toBe('12 Personen');
  });

  it('reads "in April last year" by the item\'s date, as a month of the year before', () => {
    const started = 'The investigation started in April last year, when investigators noticed the same vans.';
    expect(answerValue(started, 'date', new Set(['investigation']), { published: '2026-06-18' })?.date).toBe('2025-04');
    const german = 'Die Ermittlungen begannen im April letzten Jahres.';
    expect(answerValue(german, 'date', new Set(['ermittlungen']), { published: '2026-06-18' })?.date).toBe('2025-04');
  });

  it('reads the count by the place asked about from a list of counts by place', () => {
    const list = '- 23 arrests: 9 in Austria, 6 in Czechia, 4 in Slovakia, 3 in Slovenia and 1 in Croatia';
    expect(answerValue(list, 'number', new Set(['arrests', 'czechia']))?.text).toBe('6 in Czechia');
    expect(answerValue(list, 'number', new Set(['arrests']))?.text).toBe('23 arrests');
    // A country the list gives no count for has none, not another's.
    const deployed =
      'A total of 84 officers have started, among them six officers from Czechia and four from Slovakia.';
    expect(answerValue(deployed, 'number', new Set(['officers', 'austria']))).toBeUndefined();
    expect(answerValue(deployed, 'number', new Set(['officers', 'slovakia']))?.text).toMatch(/^four/);
    // A count beside a place in passing is no list: the count of what was asked stays.
    const passing = 'Police arrested 14 suspects and searched 6 houses in Brno.';
    expect(answerValue(passing, 'number', new Set(['arrested', 'suspects', 'brno']))?.text).toBe('14 suspects');
  });

  it("answers one country's count from its row of a table, before a count the item gives for no country", async () => {
    // A trial set written without reading the code (bench/unseen/trials/trial14): Europol's table
    // of arrests by country, and "smuggled at least 1 350 people" in the paragraph below it.
    const asked = await trialKnowledge(14);
    expect(asked.search('kolik lidí zatkli v Česku při operaci HARBOUR LIGHTS?').value?.text).toMatch(/^8\b/);
  });

  it("answers no count for a country an operation's item gives none for: not with the operation's own", async () => {
    // A trial set written without reading the code (bench/unseen/trials/trial5): Europol's results
    // of the action days ("- 47 suspected smugglers arrested"), then the counts by country, Slovakia's not among them.
    const asked = await trialKnowledge(5);
    expect(asked.search('Kolik převaděčů bylo během akčních dnů Danube Shield zadrženo na Slovensku?').answered).toBe(
      false,
    );
  });

  it("answers no count for a country from an English item that names it most: the item is the operation's, not that country's", async () => {
    // A trial set written without reading the code (bench/unseen/trials/trial15): Europol's item on
    // an operation in six countries names Austria most; "moved at least 1 200 migrants" is no arrest in Austria.
    const asked = await trialKnowledge(15);
    expect(asked.search('Kolik lidí bylo zatčeno při operaci Danube Shield přímo v Rakousku?').answered).toBe(false);
  });

  it("answers no count for a year with another year's, unless the sentence says the year asked in other words", () => {
    const page = parseDocument(
      'gz.txt',
      'Gemeinsames Zentrum Schwandorf\n\nIm Jahr 2025 bearbeitete das GZ Schwandorf 18.640 Ersuchen.\n\nCzech police recorded 2,310 people crossing the Czech-German border illegally in 2025, down from 3,870 a year earlier.',
    );
    const kb = new KnowledgeBase([page]);
    expect(kb.search('Wie viele Ersuchen bearbeitete das Gemeinsame Zentrum Schwandorf im Jahr 2024?').answered).toBe(
      false,
    );
    expect(kb.search('Wie viele Ersuchen bearbeitete das Gemeinsame Zentrum Schwandorf im Jahr 2025?').answered).toBe(
      true,
    );
    expect(kb.search('How many people crossed the Czech-German border illegally in 2024?').answered).toBe(true);
  });

  it('answers who the bodies are with the sentence naming them, and still wants a name for who heads one', () => {
    const notice = parseDocument(
      'bgbl.txt',
      'Bekanntmachung\n\nZentrale Kontaktstellen nach Artikel 5 des Abkommens sind auf deutscher Seite das Bundeskriminalamt und auf slowakischer Seite das Amt für internationale Polizeizusammenarbeit.',
    );
    const kb = new KnowledgeBase([notice]);
    const bodies = kb.search(
      'Who are the central contact points under the German–Slovak police cooperation agreement?',
    );
    expect(bodies.answered).toBe(true);
    expect(bodies.hits[0]?.sentence).toContain('Bundeskriminalamt');
    expect(kb.search('Who is the head of the German central contact point?').answered).toBe(false);
  });

  it('reads a person only from a name, not from a capitalised phrase of time', () => {
    const evening = 'Am Montagabend (12. Oktober 2026) kontrollierten Beamte einen Kleintransporter.';
    expect(answerValue(evening, 'person', new Set(['beamte']))).toBeUndefined();
    const spokesman = 'Pressesprecher: Polizeihauptkommissar Stefan Kronawitter';
    expect(answerValue(spokesman, 'person', new Set(), { isWord: (word) => word === 'pressesprecher' })?.text).toBe(
      'Stefan Kronawitter',
    );
  });

  it("reads a table row's cell under the column the question names, not the cell before it", () => {
    const row = 'Reporting country: Hungary; June: 412; July: 388; August: 351; September: 297; Total: 1 448';
    expect(answerValue(row, 'number', new Set(['hungary', 'august']))?.text).toBe('351');
  });

  it('answers from a list line holding the count rather than the sentence naming the operation', async () => {
    // Documents written for a new user's trial: the operation is named once, the arrests listed per country.
    const [news, seeds] = await Promise.all(
      ['./fixtures/operation-lists/', '../seeds/'].map((dir) => loadCorpus(new URL(dir, import.meta.url).pathname)),
    );
    const asked = new KnowledgeBase([...seeds!.documents, ...news!.documents]);
    const value = asked.search('Kolik lidí zatkli v Česku při operaci SILVER CORRIDOR?').value;
    expect(value?.text).toMatch(/^2 arrests/);
  });

  it('answers a question about one year from the sentence on that year, not from one on another', () => {
    const report = parseDocument(
      'zprava.txt',
      'Společná pracoviště v roce 2025\n\nSpolečná kontaktní pracoviště na hranici vyřídila v roce 2025 celkem 11 480 žádostí.\n\nV roce 2024 šlo o 9 870 žádostí.',
    );
    const value = new KnowledgeBase([report]).search(
      'Kolik žádostí vyřídila společná kontaktní pracoviště v roce 2024?',
    ).value;
    expect(value?.text).toMatch(/^9 870/);
  });

  it('reads no count from a duration or a share, unless the question asks for one', () => {
    const fell = 'The number of irregular border crossings fell by 22% in the four months from June to September.';
    expect(answerValue(fell, 'number', new Set(['crossings']))).toBeUndefined();
    expect(answerValue(fell, 'number', new Set(['percent', 'crossings']))?.text).toMatch(/^22%/);
    // Asked in Czech "o kolik procent" over a page that writes only "%", the share is the answer.
    const rise = new KnowledgeBase([
      parseDocument(
        'jcc.txt',
        'Joint contact centre\n\nSince opening there has been a 20 % increase in information exchange.',
      ),
    ]).search('O kolik procent vzrostla výměna informací?');
    expect(rise.value?.text).toMatch(/^20 %/);
    // Nor a clock's hours or minutes.
    const evening = 'Gegen 21:15 Uhr fiel den Beamten ein Transporter auf.';
    expect(answerValue(evening, 'number', new Set(['beamten']))).toBeUndefined();
    const stay = 'Foreigners may stay 90 days; 14 people were refused entry.';
    expect(answerValue(stay, 'number', new Set(['people']))?.text).toMatch(/^14/);
    // Asked how long, the duration is the answer, in any language's unit.
    // A count said in words, in the Slovak masculine too ("štyria policajti").
    const desk = 'Jeho stálu službu zabezpečujú štyria policajti z každej zmluvnej strany.';
    expect(answerValue(desk, 'number', new Set(['policajti']))?.text).toMatch(/^štyria policajti/);
    // Nor a person's age, unless asked how old.
    const driver = 'Der 34-jährige Fahrer, ein moldauischer Staatsangehöriger, wurde vorläufig festgenommen.';
    expect(answerValue(driver, 'number', new Set(['festgenommen']))).toBeUndefined();
    expect(new KnowledgeBase([parseDocument('a17.txt', driver)]).search('Wie alt war der Fahrer?').value?.text).toMatch(
      /^34/,
    );
    const notice = 'Dohoda skončí platnosť šesť mesiacov po doručení výpovede.';
    expect(answerValue(notice, 'number', new Set(['dohoda']))).toBeUndefined();
    expect(answerValue(notice, 'number', new Set(['dohoda']), { duration: true })?.text).toMatch(/^šesť mesiacov/);
    // Or by the days a period runs between, the first written without the year of the last.
    const patrols = 'Spoločné hliadky budú pôsobiť od 1. mája do 30. septembra 2026 v okolí hraničných priechodov.';
    expect(answerValue(patrols, 'number', new Set(['hliadky']), { duration: true })?.text).toBe(
      '1. mája do 30. septembra 2026',
    );
  });

  it('prefers the sentence that holds a count to one whose only number is a road', () => {
    const release = parseDocument(
      'streife-furth.txt',
      [
        'Gemischte Streife stellt Schleuser',
        '',
        'Eine gemischte Streife der Bundespolizei hat am Montagabend auf der B 20 einen mutmaßlichen Schleuser festgenommen.',
        '',
        'Seit Januar 2026 führte die Bundespolizeiinspektion 146 gemeinsame Streifen mit der tschechischen Polizei durch. Dabei wurden 58 mutmaßliche Schleuser festgenommen.',
      ].join('\n'),
    );
    const value = new KnowledgeBase([release]).search('Kolik převaděčů zadržela od ledna spolková policie?').value;
    expect(value?.text).toMatch(/^58/);
  });

  it('answers where people come from with the nationality as written, asked in any language', () => {
    for (const query of [
      'Jaké státní příslušnosti byl řidič?',
      'What nationality was the driver?',
      'Woher stammte der Fahrer?',
    ])
      expect(kb.search(query).value?.text, query).toBe('moldauischer');
    // "Which country" asks for a country the same way.
    const vote = parseDocument(
      'vote.txt',
      'Council adopts rules on migrant smuggling\n\nThe regulation was adopted by qualified majority. Hungary voted against and Austria abstained.',
    );
    expect(
      new KnowledgeBase([vote, ...kb.documents]).search('která země hlasovala proti nařízení?').value?.text,
    ).toContain('Hungary');
  });

  it('reads a German compound by its parts, and a compound term of the lexicon only whole', () => {
    const concepts = kb.conceptsOf('Polizeivertrag');
    expect(concepts).toContain('treaty');
    expect(concepts).toContain('police');
    // "Polizeieinsatz" is a term of "intervene": sharing "Polizei" with it makes no treaty an intervention.
    expect(concepts).not.toContain('intervene');
    // A place is no form of the words it is made of.
    expect(kb.search('Waldmünchen').total).toBe(0);
  });
});

describe('an agreement question answered by the kind of instrument it names', () => {
  const notice = parseDocument(
    'sbirka-protokol.txt',
    `SBÍRKA MEZINÁRODNÍCH SMLUV

Sdělení Ministerstva zahraničních věcí

Ministerstvo zahraničních věcí sděluje, že dne 3. června 2024 byl ve Varšavě podepsán Protokol mezi Ministerstvem vnitra České republiky a Ministerstvem vnitra a administrativy Polské republiky o činnosti společných pracovišť policejní a celní spolupráce.

Protokol vstoupil v platnost dne 2. srpna 2024.`,
  );
  const protocolKb = new KnowledgeBase([notice]);

  it('does not answer for a treaty with a protocol on joint workplaces, and does for the protocol', () => {
    const treaty = treatyAnswer(protocolKb, 'Kdy byla podepsána smlouva s Polskem o policejní spolupráci?', 'date');
    expect(typeof treaty === 'object' ? treaty.step.date : undefined).toBeUndefined();
    const protocol = treatyAnswer(protocolKb, 'Kdy byl podepsán protokol s Polskem o společných pracovištích?', 'date');
    expect(typeof protocol === 'object' ? protocol.step.date : undefined).toBe('2024-06-03');
  });

  it('lets a notice answer for the protocol its title names, though the sentence dating the step names none', async () => {
    // A new user's trial set (bench/unseen/trials/trial10): a Bundesgesetzblatt page of two notices.
    const asked = await trialKnowledge(10);
    const reply = await runQuery(
      search,
      'Wann und wo wurden die Ratifikationsurkunden zum deutsch-tschechischen Änderungsprotokoll zum Polizeivertrag ausgetauscht?',
      asked,
    );
    expect(reply.unanswered).toBeFalsy();
    expect(reply.content).toContain('Prag');
  });

  it('lets a news item answer for an arrangement no gazette lists, though its subject is only in the title', async () => {
    const news = parseDocument(
      'ctk-hlidky.txt',
      `Čeští a rakouští policisté budou od ledna hlídkovat společně

Znojmo 6. listopadu 2026 (ČTK) – Prováděcí ujednání k česko-rakouské smlouvě o policejní spolupráci podepsali ve čtvrtek ve Znojmě ministři vnitra obou zemí.

Hlídky začnou 1. ledna 2027.`,
    );
    const reply = await runQuery(
      search,
      'Kdy a kde podepsali ministři ujednání o česko-rakouských společných hlídkách?',
      new KnowledgeBase([news, notice]),
    );
    expect(reply.unanswered).toBeFalsy();
    expect(reply.content).toContain('Znojmě');
  });
});

describe('a count the question does not ask for', () => {
  const europol = parseDocument(
    'europol-danube.txt',
    [
      'Joint Action Days "Danube Shield" target migrant smuggling',
      'Between 17 and 21 November 2025, law enforcement authorities from 24 countries took part in the Joint Action Days "Danube Shield", targeting migrant smuggling and firearms trafficking along the Danube route.',
      'Officers seized 38 firearms and checked more than 96 000 vehicles.',
    ].join('\n'),
  );
  const kb = new KnowledgeBase([europol]);

  it('answers how many people were arrested with neither the countries taking part nor the day a range opens with', async () => {
    for (const query of [
      'Kolik lidí bylo při akci Danube Shield zatčeno?',
      'How many people were arrested during the Danube Shield action days?',
    ]) {
      const reply = await runQuery(search, query, kb);
      const first = reply.content?.split('\n')[0] ?? '';
      expect(first, query).not.toMatch(/\*\*(?:24|17)\b/);
    }
  });

  it('still answers a count of countries with them', async () => {
    const reply = await runQuery(search, 'How many countries took part in Danube Shield?', kb);
    expect(reply.content?.split('\n')[0]).toMatch(/^\*\*24 countries/);
  });
});

describe('a phone asked of a unit the page names only after its numbers', () => {
  const mail = parseDocument(
    'pkz-mail.txt',
    [
      'Neue Rufnummern PKZ Drasenhofen',
      'Das Polizeikooperationszentrum (PKZ) Drasenhofen ist ab 1. April 2026 unter neuen Rufnummern erreichbar:',
      'Telefon (24/7): +43 59133 3190 500',
      'Die Rufnummern des PKZ Nickelsdorf bleiben unverändert.',
    ].join('\n'),
  );
  const directory = parseDocument(
    'sirene.txt',
    ['Národná ústredňa SIRENE', 'Kontakt', 'Telefón: 09610 56510', 'E-mail: sirene@minv.example.sk'].join('\n'),
  );
  const kb = new KnowledgeBase([mail, directory]);

  it('gives no other unit’s number for it', async () => {
    const reply = await runQuery(search, 'Telefonnummer des Polizeikooperationszentrums Nickelsdorf', kb);
    expect(reply.unanswered).toBe(true);
  });

  it('answers for the unit the numbers stand under', async () => {
    const reply = await runQuery(search, 'Telefonnummer des Polizeikooperationszentrums Drasenhofen', kb);
    expect(reply.content?.split('\n')[0]).toContain('+43 59133 3190 500');
  });
});

describe('a count by country for a country the list leaves out', () => {
  const europol = parseDocument(
    'europol-balkan.txt',
    [
      '21 arrests in action day against migrant smuggling on the Balkan route',
      'The arrests were made in Austria (6), Czechia (4), Germany (5), Hungary (2), Romania (3) and Slovakia (1).',
    ].join('\n'),
  );
  const kb = new KnowledgeBase([europol]);

  it('answers the count of a country the list names, bracketed after it', async () => {
    const reply = await runQuery(search, 'How many arrests were made in Germany during the action day?', kb);
    expect(reply.content?.split('\n')[0]).toMatch(/^\*\*5\*\*/);
  });

  it('does not answer one no document names with another country’s count', async () => {
    const reply = await runQuery(search, 'How many arrests were made in Serbia during the action day?', kb);
    expect(reply.unanswered).toBe(true);
  });
});

describe('a count by country said in words after others given in brackets', () => {
  it('answers the country the sentence counts with a verb between the count and the place', async () => {
    const europol = parseDocument(
      'europol-danube.txt',
      [
        'Migrant smuggling network dismantled in Operation DANUBE SHIELD: 27 arrests',
        'Most arrests took place in Hungary (11) and Serbia (7); four suspects were arrested in Czechia.',
      ].join('\n'),
    );
    const reply = await runQuery(
      search,
      'How many suspects were arrested in Czechia during Operation DANUBE SHIELD?',
      new KnowledgeBase([europol]),
    );
    expect(reply.content?.split('\n')[0]).toMatch(/^\*\*four suspects/);
  });
});

describe('a count asked for the days a page reports on', () => {
  // A news item dates its action days once, in its lead; the results below it do not repeat them,
  // and a later line recalls another edition by its own month.
  const item = parseDocument(
    'europol-action-days.md',
    [
      '# 212 arrests in joint action days on the Central European route',
      '',
      '18 Jun 2026',
      '',
      'Between 8 and 12 June 2026, police officers from 19 countries took part in joint action days against criminal networks that smuggle migrants.',
      '',
      '## Results',
      '',
      '- 212 arrests in total, including 64 suspected migrant smugglers',
      '- 38 firearms seized',
      '',
      'The previous edition of the joint action days, held last April, led to 143 arrests.',
    ].join('\n'),
  );
  const kb = new KnowledgeBase([item]);

  it('answers from the results, not from the lead that dates them', async () => {
    const reply = await runQuery(search, 'Kolik lidí zatkli při akčních dnech 8.–12. června 2026?', kb);
    expect(reply.content?.split('\n')[0]).toMatch(/^\*\*212 arrests/);
  });

  it('does not answer for another edition the page only recalls', async () => {
    const reply = await runQuery(
      search,
      "How many firearms were seized during last April's edition of the action days?",
      kb,
    );
    expect(reply.unanswered).toBe(true);
  });
});

describe('until when, and the day a news item says', () => {
  it('answers until when old numbers work with the day they stop, not the day the new ones start', async () => {
    const mail = parseDocument(
      'pkz-rufnummern.txt',
      [
        'Subject: Neue Rufnummern des Polizeikooperationszentrums Drasenhofen',
        '',
        'Das Polizeikooperationszentrum (PKZ) Drasenhofen ist ab Mittwoch, 1. April 2026, unter neuen Rufnummern erreichbar: +43 59133 3290 100.',
        'Die bisherigen Nummern (+43 2554 8810) werden bis 30. April 2026 parallel geschaltet und danach abgeschaltet.',
      ].join('\n'),
    );
    const kb = new KnowledgeBase([mail]);
    for (const query of [
      'Do kdy budou ještě fungovat stará telefonní čísla PKZ Drasenhofen?',
      'Until when do the old phone numbers of the Drasenhofen centre keep working?',
    ]) {
      const reply = await runQuery(search, query, kb);
      expect(reply.content?.split('\n')[0], query).toMatch(/^\*\*30 April 2026\*\*/);
    }
  });

  it('reads "on Thursday" by the item’s dateline, which is no answer itself', async () => {
    // A ČTK item of trial 32: "Mikulov 17. října 2025 (ČTK) – Ministr vnitra … ve čtvrtek v Mikulově podepsali …".
    const reply = await runQuery(
      search,
      'On what date and where did the Czech and Austrian interior ministers sign the arrangement on joint patrols?',
      await trialKnowledge(32),
    );
    expect(reply.content?.split('\n')[0]).toMatch(/^\*\*16 October 2025\*\*/);
  });
});

describe('numbers that measure or designate, asked for a count', () => {
  const notice = parseDocument(
    'oznamenie-hliadky.txt',
    [
      'Oznámenie Ministerstva zahraničných vecí o dohode medzi Slovenskou republikou a Rakúskou republikou o spoločných hliadkach',
      '',
      'Národná rada Slovenskej republiky vyslovila s dohodou súhlas a rozhodla, že ide o medzinárodnú zmluvu podľa článku 7 ods. 5 Ústavy Slovenskej republiky.',
      '- Spoločné hliadky môžu pôsobiť na území druhej zmluvnej strany do vzdialenosti 20 km od štátnej hranice.',
    ].join('\n'),
  );
  const kb = new KnowledgeBase([notice]);

  it('does not count patrols with a paragraph number or a distance', async () => {
    const reply = await runQuery(search, 'How many joint patrols did Slovakia and Austria carry out in 2025?', kb);
    expect(reply.unanswered).toBe(true);
  });

  it('answers how far with the distance', async () => {
    const reply = await runQuery(search, 'Do jaké vzdálenosti od hranice mohou působit společné hlídky?', kb);
    expect(reply.content?.split('\n')[0]).toMatch(/^\*\*20 km\*\*/);
  });
});

describe('questions over the documents of trials written without reading the code', () => {
  it('counts the nationals of a country asked about, though the sentence names no "people"', async () => {
    const reply = await runQuery(
      search,
      'How many of the people found in the van on the A17 were Syrian nationals?',
      await trialKnowledge(11),
    );
    expect(reply.content?.split('\n')[0]).toMatch(/^\*\*neun syrische\*\*/);
  });

  it('reads a German question without its articles ("die" is no death), an English one with its verb', () => {
    expect(parseQuery('Welche Telefonnummer hat die Pressestelle der Bundespolizeiinspektion?').words).not.toContain(
      'die',
    );
    expect(parseQuery('How many people die crossing the border each year?').words).toContain('die');
  });

  it('does not answer who signed a Czech-Hungarian agreement with a sentence on another pair', async () => {
    const reply = await runQuery(
      search,
      'Kdo podepsal česko-maďarskou dohodu o spolupráci v boji proti trestné činnosti za Maďarsko?',
      await trialKnowledge(33),
    );
    expect(reply.unanswered).toBe(true);
  });
});

describe('a range of days asked when', () => {
  // Written for this test after a new user's trial; facts invented.
  const release = parseDocument(
    'akce-sumava.txt',
    [
      'Společná akce Šumava 2025',
      '',
      'Plzeň, 14. října 2025 – Ve dnech 6. až 9. října 2025 proběhla v příhraničí společná přeshraniční akce české a bavorské policie.',
      'Policisté během akce zadrželi 23 osob.',
    ].join('\n'),
  );
  const kb = new KnowledgeBase([release]);

  it('answers when with the range, first day to last', async () => {
    const reply = await runQuery(search, 'Kdy proběhla akce Šumava 2025?', kb);
    expect(reply.content?.split('\n')[0]).toMatch(/^\*\*6 October 2025 – 9 October 2025\*\*/);
  });

  it('answers until when with its last day', async () => {
    const reply = await runQuery(search, 'Do kdy trvala akce Šumava 2025?', kb);
    expect(reply.content?.split('\n')[0]).toMatch(/^\*\*9 October 2025\*\*/);
  });
});

describe('counts as people write them, and numbers that count nothing', () => {
  it('reads a count written as one word ("dvaadvacet lidí")', async () => {
    const reply = await runQuery(
      search,
      'Kolik lidí bez dokladů sedělo v dodávce, kterou zastavili u Hatí?',
      await trialKnowledge(41),
    );
    expect(reply.content?.split('\n')[0]).toMatch(/^\*\*dvaadvacet lidí\*\*/);
  });

  it('does not count with a house number of an address ("Anschrift: Liberecká 582")', async () => {
    const reply = await runQuery(
      search,
      'Kolik společných česko-polských hlídek bylo loni v Libereckém kraji?',
      await trialKnowledge(42),
    );
    expect(reply.content ?? '').not.toMatch(/^\*\*582/);
  });

  it('asks for money when it asks for profits or proceeds, not when it names a Škoda', () => {
    expect(answerKind('What are the estimated criminal profits of the smuggling ring?')).toBe('money');
    expect(answerKind('Jaký zisk měla převaděčská síť?')).toBe('money');
    expect(answerKind('Kdy a kde rakouská policie zajistila Škodu Kodiaq?')).toBe('date');
  });

  it('reads the codes of countries in a question as the countries, not as names a page must write ("CZ, PL and DE")', async () => {
    const reply = await runQuery(
      search,
      'What are the estimated criminal profits of the smuggling ring taken down by CZ, PL and DE in March?',
      await trialKnowledge(42),
    );
    expect(reply.content?.split('\n')[0]).toMatch(/^\*\*EUR 5\.8 million\*\*/);
  });

  it('reads German contractions as the stop words they are ("beim Fahrer")', () => {
    expect(parseQuery('Wie viel Bargeld wurde beim Fahrer sichergestellt?').words).not.toContain('beim');
  });
});

describe('what a count counts, named by its nationals', () => {
  it('does not answer how many Syrians with a count of requests naming no Syrian', async () => {
    const reply = await runQuery(
      search,
      'Kolik Syřanů požádalo v roce 2025 o azyl v Maďarsku?',
      await trialKnowledge(41),
    );
    expect(reply.unanswered).toBe(true);
  });
});

describe('until when border controls apply', () => {
  // Written for this test after a trial's failing line; facts invented.
  const release = parseDocument(
    'kontroly-hranice.txt',
    [
      'Kontroly na vnútorných hraniciach pokračujú',
      '',
      'Bratislava 2. marca 2026',
      '',
      'Slovensko obnovilo kontroly na hranici s Maďarskom v októbri 2023. Vláda ich na návrh ministerstva vnútra predĺžila do 25. apríla 2026.',
      '',
      'Rakúsko oznámilo, že svoje kontroly na hranici so Slovenskom predĺžilo do 15. júna 2026.',
    ].join('\n'),
  );
  const kb = new KnowledgeBase([release]);

  it('answers with the day of the pair asked ("platí" is no agreement’s entry into force here)', async () => {
    const reply = await runQuery(search, 'Do kdy platí slovenské kontroly na hranici s Maďarskem?', kb);
    expect(reply.content?.split('\n')[0]).toMatch(/^\*\*25 April 2026\*\*/);
  });
});
