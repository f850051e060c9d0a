/** Answers, not hit lists: stems, the answering sentence first, "not in the documents", and the lookups that use them. */
import { describe, expect, it } from 'vitest';
import contacts from '../commands/contacts.ts';
import developments from '../commands/developments.ts';
import search from '../commands/search.ts';
import treaty from '../commands/treaty.ts';
import { snippetMarkdown } from '../src/answers/citations.ts';
import { parseDocument } from '../src/corpus/parse.ts';
import { KnowledgeBase } from '../src/knowledge/knowledge-base.ts';
import { contextFor, runQuery, seedKnowledge } from './support/structured.ts';

const CENTRE = `Joint centre opens on the border

Czech and Slovak police opened a joint centre in Hodonín. The centre is a contact point for both forces.
Upgrading technologies
The project equipped the centre with rescue boats. Total investment was EUR 394 789, and the EU paid EUR 335 570 of it.
© Joint Centre photo archive
The treaty must be ratified by both parliaments. More at https://example.org/joint-centre-report and 2026 plans.
Date of development
06.02.2026
Country
Czechia`;

const PATROLS = `Společné hlídky na hranicích

Česká a polská policie posílí společné hlídky. Ve společných hlídkách bude sloužit 120 policistů.
Hlídky vede plk. Jan Novák z krajského ředitelství.`;

const OTHER = `Migration statistics for 2022

In 2022 the ministry registered more applications than in 2021. The point of the report is statistics.`;

const kb = new KnowledgeBase([
  parseDocument('centre.txt', CENTRE),
  parseDocument('hlidky.txt', PATROLS),
  parseDocument('stats.txt', OTHER),
]);
const first = (query: string) => kb.search(query).hits[0];
const quote = (query: string) =>
  first(query)
    ?.snippet.segments.map((s) => s.text)
    .join('') ?? '';

describe('terms', () => {
  it('matches other forms of a word in English and Czech, with or without diacritics', () => {
    expect(first('ratification')?.document.file).toBe('centre.txt');
    expect(first('equipment')?.document.file).toBe('centre.txt');
    for (const query of ['hlídkách', 'hlidkach', 'hlídky', 'policisté'])
      expect(first(query)?.document.file, query).toBe('hlidky.txt');
  });

  it('never matches numbers fuzzily or by prefix, and never fuzzes a word the documents have', () => {
    expect(kb.search('2024').total).toBe(0);
    expect(kb.search('202').total).toBe(0);
    // "joint" is in the documents: it does not also find "point" (it does find "společné", its Czech word).
    expect(kb.search('joint').hits.map((h) => h.document.file)).toEqual(['centre.txt', 'hlidky.txt']);
  });
});

describe('the answering sentence first', () => {
  it('quotes the sentence holding the kind of answer asked for', () => {
    expect(quote('How much did the EU pay for the joint centre?')).toMatch(/^The project equipped|^Total investment/);
    expect(quote('How much did the EU pay for the joint centre?')).toContain('EUR 335 570');
    expect(quote('Kdo vede hlídky?')).toContain('Jan Novák');
    expect(quote('Kolik policistů bude sloužit ve společných hlídkách?')).toContain('120 policistů');
  });

  it('quotes whole sentences, without captions, glued headings or bold inside a URL', () => {
    const text = quote('rescue boats');
    expect(text).not.toContain('©');
    expect(text).not.toContain('Upgrading technologies');
    const markdown = snippetMarkdown(first('joint centre report 2026 plans')!.snippet);
    expect(markdown).not.toMatch(/https:\/\/\S*\*\*/);
  });
});

describe('not in the documents', () => {
  it('says so, in the reader’s language, listing the closest documents as such', async () => {
    const en = await runQuery(search as never, 'What was the score of the joint centre football match?', kb);
    expect(en.cards[0]?.description).toContain("The documents don't answer");
    expect(en.cards[0]?.fields?.[0]?.name).toBe('Closest documents (they do not answer it)');
    const cs = await search.run({ query: 'Kolik stál nový stadion v Hodoníně?' }, contextFor(kb, 'cs'));
    expect(cs.cards[0]?.description).toContain('Dokumenty na');
    expect(kb.search('How many applications did Sweden register?').answered).toBe(false);
    expect(kb.search('What did the ministry register in 2022?').answered).toBe(true);
    // A count asked of a document that gives none ("more applications than in 2021") is not answered.
    expect(kb.search('How many applications did the ministry register in 2022?').answered).toBe(false);
  });
});

describe('lookups', () => {
  const agreements = new KnowledgeBase([
    parseDocument(
      'cz-sk.txt',
      'Czechia and Slovakia sign agreement\nOn 6 February 2026, Czechia and Slovakia signed a Treaty on Police Cooperation. It allows joint patrols. It also allows cross-border pursuit.',
    ),
  ]);

  it('/treaty shows no other country’s agreement for a country without one, and the matching provision first', async () => {
    const germany = await runQuery(treaty as never, 'agreement with Germany', agreements);
    expect(germany.cards[0]?.description).toContain('no agreement with Germany');
    const pursuit = await runQuery(treaty as never, 'Slovakia pursuit', agreements);
    const provisions = pursuit.cards[0]?.fields?.find((f) => f.name === 'Key provisions')?.value ?? '';
    expect(provisions.split('\n')[0]).toContain('cross-border pursuit');
  });

  it('/search answers when an agreement was signed with the notice’s sentence, and shows that notice first', async () => {
    const notices = new KnowledgeBase([
      parseDocument(
        'news.txt',
        'Ministers meet in Bratislava\nOn 6 February 2026 the Czech and Slovak ministers of the interior met in Bratislava and discussed police cooperation, the new treaty and joint patrols on the border.',
      ),
      parseDocument(
        'oznameni.txt',
        'SBÍRKA MEZINÁRODNÍCH SMLUV\n\nSmlouva mezi Českou republikou a Slovenskou republikou o policejní spolupráci\n\nMinisterstvo zahraničních věcí sděluje, že dne 14. listopadu 2023 byla v Bratislavě podepsána Smlouva mezi Českou republikou a Slovenskou republikou o policejní spolupráci.',
      ),
    ]);
    const reply = await runQuery(
      search as never,
      'When was the Czech-Slovak police cooperation treaty signed?',
      notices,
    );
    expect(reply.content).toContain('14 November 2023');
    expect(reply.content).toContain('byla v Bratislavě podepsána Smlouva');
    expect(reply.cards[0]?.fields?.[0]?.value).toContain('oznameni.txt');
  });

  it('/contacts names the words no contact holds and answers from the others, and reads typos of needs', async () => {
    const page = parseDocument(
      'contacts.txt',
      'Border Police\n\nBorder Police Directorate\n\nContact Points\nAddress: Main Street 1, 110 00 Praha 1\nDuty officer: +420 974 111 222 - 24/7\nE-mail: border@example.cz\nHead of the Directorate - Col. Eva Malá',
    );
    const directory = new KnowledgeBase([page]);
    const frontex = await runQuery(contacts as never, 'Frontex press office', directory);
    expect(frontex.content).toContain('No contact mentions “Frontex press”');
    const xylophone = await runQuery(contacts as never, 'Frontex xylophone', directory);
    expect(xylophone.cards[0]?.description).toContain('no contact for “Frontex xylophone”');
    const emergency = await runQuery(contacts as never, 'border police emergancy', directory);
    expect(JSON.stringify(emergency.cards[0])).toContain('+420 974 111 222 · 24/7**');
  });

  it('/developments --query quotes the part that matched', async () => {
    const { seeds } = await seedKnowledge();
    const reply = await developments.run({ query: 'ratification' }, contextFor(seeds));
    expect(reply.cards[0]?.fields?.[0]?.value).toContain('**ratified** by the presidents');
  });
});
