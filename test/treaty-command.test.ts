/** /treaty on the seeds and on agreements written here: parties, signing, status, provisions, sources. */
import { describe, expect, it } from 'vitest';
import treaty from '../commands/treaty.ts';
import type { Reply } from '../src/answers/reply.ts';
import type { Locale } from '../src/i18n/locale.ts';
import { loadCorpus } from '../src/corpus/load.ts';
import { KnowledgeBase } from '../src/knowledge/knowledge-base.ts';
import { parseDocument } from '../src/corpus/parse.ts';
import { askCli, contextFor, fieldOf, runQuery, seedKnowledge, trialKnowledge } from './support/structured.ts';

const trainingClauses = Array.from(
  { length: 18 },
  (_, i) =>
    `It also provides for the joint training of border guards in region ${i + 1}, including the exchange of experience, equipment, methods and liaison staff between the services`,
);

const MEMORANDUM = `Austria and Hungary strengthen border policing

On 12 March 2025 the Ministers of the Interior of Austria and Hungary signed a Memorandum of Understanding on Police Cooperation in Border Areas. It provides for joint patrols along the common border and the exchange of liaison officers. ${trainingClauses.join('. ')}.

The memorandum entered into force on 1 May 2025.`;

const SECOND_REPORT = `Czech and Slovak police treaty: what changes

The Treaty on Police Cooperation signed by Czechia and Slovakia on 6 February 2026 allows cross-border pursuit without a time limit.`;

/** The seeds, and the seeds with the documents above. */
const { seeds: seedKb, mixed: mixedKb } = await seedKnowledge([
  ['at-hu.txt', MEMORANDUM],
  ['cz-sk-report.txt', SECOND_REPORT],
]);

const ask = (query: string | undefined, kb = seedKb, locale?: Locale): Promise<Reply> =>
  runQuery(treaty, query, kb, locale);
const field = fieldOf;

describe('/treaty on the seeds', () => {
  it('query Slovakia: parties, date signed, status as stated, key provisions, source', async () => {
    const card = (await ask('Slovakia')).cards[0];
    expect(card?.title).toBe('Treaty on Police Cooperation');
    expect(field(card, 'Parties')).toBe('Czechia, Slovakia');
    expect(field(card, 'Signed')).toBe('6 February 2026');
    expect(field(card, 'Status')).toContain(
      '• must be approved by the parliaments of both countries and ratified by the presidents',
    );
    const provisions = field(card, 'Key provisions').split('\n');
    expect(provisions).toContain('• the possibility of cross-border pursuit');
    expect(provisions.some((p) => p.includes('within 10 kilometers of the state border'))).toBe(true);
    expect(provisions.every((p) => p.startsWith('• '))).toBe(true);
    expect(field(card, 'Source')).toContain('Czechia and Slovakia sign new agreement on police cooperation');
    expect(field(card, 'Source')).toContain('https://mv.gov.cz/clanek/prvni-zahranicni-cesta-ministra-metnara');
    expect(field(card, 'Source')).toContain('`000_683bff22d49141e8.txt`');
  });

  it.each(['Czech-Slovak treaty', 'slovak', 'police cooperation treaty', 'cross-border pursuit'])(
    'finds the same treaty for %j',
    async (query) => {
      expect((await ask(query)).cards[0]?.title).toBe('Treaty on Police Cooperation');
    },
  );

  it('lists every agreement known without a query', async () => {
    const card = (await ask(undefined)).cards[0];
    expect(card?.title).toBe('Agreements');
    expect(card?.description).toContain('1 agreement known');
    expect(card?.description).toContain('• **Treaty on Police Cooperation** — Czechia, Slovakia — 6 February 2026');
  });

  it('answers an unknown query kindly, naming the agreements it knows', async () => {
    const card = (await ask('Schengen Borders Code')).cards[0];
    expect(card?.description).toContain('No agreement matches “Schengen Borders Code”');
    expect(card?.description).toContain('• **Treaty on Police Cooperation** — Czechia, Slovakia — 6 February 2026');
  });

  it('speaks Czech to a Czech user', async () => {
    const card = (await ask('Slovakia', seedKb, 'cs')).cards[0];
    expect(card?.fields?.map((f) => f.name)).toEqual(['Strany', 'Podepsáno', 'Stav', 'Hlavní ustanovení', 'Zdroj']);
    expect(field(card, 'Podepsáno')).toBe('6. února 2026');
    expect(field(card, 'Strany')).toBe('Česko, Slovensko');
    expect(field(card, 'Stav')).toContain('• podepsána');
    expect(field(card, 'Zdroj')).toContain('6. února 2026');
  });
});

describe('/treaty with a second agreement written for the test', () => {
  it('tells the agreements apart by party and lists both, newest first', async () => {
    expect((await ask('Hungary', mixedKb)).cards[0]?.title).toBe(
      'Memorandum of Understanding on Police Cooperation in Border Areas',
    );
    expect((await ask('Slovak', mixedKb)).cards[0]?.title).toBe('Treaty on Police Cooperation');
    const lines = (await ask(undefined, mixedKb)).cards[0]?.description?.split('\n').filter((l) => l.startsWith('•'));
    expect(lines).toEqual([
      '• **Treaty on Police Cooperation** — Czechia, Slovakia — 6 February 2026',
      '• **Memorandum of Understanding on Police Cooperation in Border Areas** — Austria, Hungary — 12 March 2025',
    ]);
  });

  it('asked about one step of a report’s agreement, leads with it, or says first that the report does not state it', async () => {
    const inForce = await ask('When did the Austria-Hungary memorandum enter into force?', mixedKb);
    expect(inForce.content?.split('\n')[0]).toMatch(/^\*\*In force: 1 May 2025\*\* · \*\*Signed: 12 March 2025\*\*/);
    expect(inForce.unanswered).toBeUndefined();
    const ratified = await ask('When was the Austria Hungary memorandum ratified?', mixedKb);
    expect(ratified.content?.split('\n')[0]).toMatch(
      /^The documents do not say when it was ratified\. · \*\*Signed: 12 March 2025\*\*/,
    );
    expect(ratified.unanswered).toBe(true);
    expect(ratified.cards[0]?.title).toBe('Memorandum of Understanding on Police Cooperation in Border Areas');
    // Naming a step is not asking when it was taken.
    const patrols = await ask('What does the Austria Hungary memorandum in force say about joint patrols?', mixedKb);
    expect(patrols.unanswered).toBeUndefined();
    const ratification = await ask('Austria Hungary memorandum ratification', mixedKb);
    expect(ratification.content).not.toContain('do not say');
  });

  it('merges two reports of one treaty and cites both', async () => {
    const card = (await ask('Slovakia', mixedKb)).cards[0];
    expect(field(card, 'Key provisions')).toContain('10 kilometers');
    expect(field(card, 'Source')).toContain('`000_683bff22d49141e8.txt`');
    expect(field(card, 'Source')).toContain('`cz-sk-report.txt`');
  });

  it('names the other matches when a query fits several', async () => {
    const card = (await ask('liaison officers', mixedKb)).cards[0];
    expect(field(card, 'Also matching')).toMatch(/Treaty on Police Cooperation|Memorandum of Understanding/);
  });

  it('keeps a long list of provisions within a field, whole bullets and a count of the rest', async () => {
    const card = (await ask('Austria', mixedKb)).cards[0];
    const value = field(card, 'Key provisions');
    expect(value.length).toBeLessThanOrEqual(1024);
    expect(value).toMatch(/\n… \+\d+$/);
    expect(
      value
        .split('\n')
        .slice(0, -1)
        .every((line) => line.startsWith('• the joint') || line.startsWith('• joint patrols')),
    ).toBe(true);
    expect(field(card, 'Status')).toContain('entered into force on 1 May 2025');
  });

  it('autocompletes agreement names with their parties, and the choice finds its agreement', async () => {
    const ctx = contextFor(mixedKb);
    const choices = treaty.autocomplete?.({ name: 'query', value: 'memo' }, ctx) ?? [];
    expect(choices.map((c) => c.name)).toEqual([
      'Memorandum of Understanding on Police Cooperation in Border Areas — Austria, Hungary',
    ]);
    expect((await treaty.run({ query: choices[0]!.value }, ctx)).cards[0]?.title).toBe(
      'Memorandum of Understanding on Police Cooperation in Border Areas',
    );
    expect(treaty.autocomplete?.({ name: 'query', value: '' }, ctx)).toHaveLength(2);
  });
});

describe('/treaty asked by the body an agreement names in full', () => {
  it('finds the EU-Serbia agreement on Frontex by "Frontexu": its name says "European Border and Coast Guard Agency"', async () => {
    // A trial set written without reading the code (bench/unseen/trials/trial30).
    const { documents } = await loadCorpus(
      new URL('../bench/unseen/trials/trial30/set/docs/', import.meta.url).pathname,
    );
    const reply = await ask(
      'dohoda EU se Srbskem o Frontexu - od kdy platí a co nahradila?',
      new KnowledgeBase(documents),
    );
    expect(reply.unanswered).toBeFalsy();
    expect(reply.content?.split('\n')[0]).toContain('1 January 2026');
    expect(field(reply.cards[0], 'Replaces')).toContain(
      'Status Agreement between the European Union and the Republic of Serbia',
    );
  });
});

describe('npm run ask -- treaty', () => {
  it('answers in readable text', async () => {
    const { status, stdout } = await askCli('treaty', '--query', 'slovakia');
    expect(status).toBe(0);
    expect(stdout).toContain('== Treaty on Police Cooperation ==');
    expect(stdout).toContain('  • the possibility of cross-border pursuit');
    expect(stdout).toContain('Source <https://mv.gov.cz/clanek/');
    expect(stdout).not.toContain('**');
  });
});

describe('/treaty over the documents of trials written without reading the code', () => {
  it('keeps an agreement apart from the treaty it ended, though a report without a signing day fits both', async () => {
    const reply = await runQuery(
      treaty,
      'Welcher Vertrag ist durch das deutsch-tschechische Abkommen vom 19. März 2025 außer Kraft getreten?',
      await trialKnowledge(32),
    );
    expect(reply.content?.split('\n')[0]).toContain('Signed: 28 April 2015');
  });

  it('answers which earlier agreement was replaced with the one of the year asked', async () => {
    const reply = await runQuery(
      treaty,
      'Ktorú dohodu z roku 2004 nahradila nová česko-slovenská zmluva o policajnej spolupráci?',
      await trialKnowledge(32),
    );
    expect(reply.content?.split('\n')[0]).toContain('Signed: 27 January 2004');
  });

  it('finds an agreement on organised crime asked in Slovak, its German name saying it in two words', async () => {
    const reply = await runQuery(
      treaty,
      'Ktorú dohodu nahradila nová nemecko-slovenská dohoda o boji proti organizovanej trestnej činnosti?',
      await trialKnowledge(33),
    );
    expect(reply.unanswered).toBeUndefined();
    expect(reply.content?.split('\n')[0]).toContain('Signed: 23 January 2003');
  });
});

describe('/treaty asked when a step was taken, naming who took it', () => {
  it('reads "Národná rada" as who approved it, not as what the agreement is about', async () => {
    // Written for this test after a new user's trial; facts invented.
    const notice = parseDocument(
      'oznamenie-zmluva-cz.md',
      [
        '# Oznámenie Ministerstva zahraničných vecí a európskych záležitostí Slovenskej republiky',
        '',
        'Ministerstvo zahraničných vecí a európskych záležitostí Slovenskej republiky oznamuje, že 12. júna 2025 bola v Bratislave podpísaná Zmluva medzi Slovenskou republikou a Českou republikou o policajnej spolupráci.',
        '',
        'Národná rada Slovenskej republiky vyslovila so zmluvou súhlas uznesením č. 1542 zo 4. novembra 2025.',
        '',
        'Zmluva nadobudne platnosť 1. marca 2026.',
      ].join('\n'),
    );
    const reply = await runQuery(
      treaty,
      'Kedy nadobudne platnosť zmluva o policajnej spolupráci s Českom a kedy ju schválila Národná rada?',
      new KnowledgeBase([notice]),
    );
    expect(reply.content?.split('\n')[0]).toMatch(
      /^\*\*In force: 1 March 2026\*\* · \*\*Approved: 4 November 2025\*\*/,
    );
  });
});
