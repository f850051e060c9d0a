/**
 * Agreements reported in German and Slovak prose (compounds such as "Rückübernahmeabkommen",
 * genitive country names, a weekday read from the dateline), and /treaty's first line naming the
 * instrument a new one replaced. Texts written for this test; facts invented.
 */
import { describe, expect, it } from 'vitest';
import treaty from '../commands/treaty.ts';
import { extractAgreements } from '../src/corpus/agreements/sentences.ts';
import { parseDocument } from '../src/corpus/parse.ts';
import { KnowledgeBase } from '../src/knowledge/knowledge-base.ts';
import { runQuery } from './support/structured.ts';

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

  it('marks the old instrument, asked for by its year, as replaced by the new one', async () => {
    const reply = await runQuery(treaty, 'Rakousko smlouva 1998', kb);
    const first = reply.content?.split('\n')[0] ?? '';
    expect(first).toContain('12 March 1998');
    expect(first).toContain(
      'no longer in force, replaced by Smlouva mezi Českou republikou a Rakouskou republikou o spolupráci',
    );
  });
});
