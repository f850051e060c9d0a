/**
 * Plain text wrapped at a fixed width (e-mail bulletins, gazette exports): a sentence cut off
 * mid-clause carries on over the next line, whatever that line starts with, so a reader is quoted
 * the whole sentence. Text written for this test; facts invented.
 */
import { describe, expect, it } from 'vitest';
import search from '../commands/search.ts';
import { parseDocument } from '../src/corpus/parse.ts';
import { sectionsOf } from '../src/corpus/sections.ts';
import { KnowledgeBase } from '../src/knowledge/knowledge-base.ts';
import { runQuery } from './support/structured.ts';

const BULLETIN = `LIAISON NEWSLETTER - GRAZ
Issue 3/2026 - 12 March 2026

1) WORKING GROUP ON DOCUMENT FRAUD - NEXT MEETING (item of 2 March 2026)
   The next meeting of the bilateral working group on document fraud will take place on
   14 April 2026 in Maribor (Police Directorate, conference room 2). Start 10:00. Proposals
   for the agenda to the secretariat by 1 April 2026.

2) NEW NUMBER OF THE OPERATIONS CENTRE (item of 9 March 2026)
   From 1 April 2026 the operations centre of the Provincial Police Directorate of Styria
   Directorate has a new number: +43 59133 60 1000. The old number stays in use until the end of April.
`;

describe('a hard-wrapped paragraph', () => {
  it('is one paragraph when a line ends mid-clause, even before a date or a capital', () => {
    const lines = BULLETIN.split('\n').map((line) => line.trim());
    const paragraphs = sectionsOf(lines).flatMap((section) => section.paragraphs);
    expect(paragraphs).toContain(
      'The next meeting of the bilateral working group on document fraud will take place on 14 April 2026 in Maribor (Police Directorate, conference room 2). Start 10:00. Proposals for the agenda to the secretariat by 1 April 2026.',
    );
    expect(
      paragraphs.some((p) =>
        p.startsWith(
          'From 1 April 2026 the operations centre of the Provincial Police Directorate of Styria Directorate has a new number',
        ),
      ),
    ).toBe(true);
    expect(paragraphs).toContain('1) WORKING GROUP ON DOCUMENT FRAUD - NEXT MEETING (item of 2 March 2026)');
  });

  it('is quoted whole in the passage shown', async () => {
    const kb = new KnowledgeBase([parseDocument('newsletter-graz-2026-03.txt', BULLETIN)]);
    const reply = await runQuery(search, 'When is the next meeting of the working group on document fraud?', kb);
    expect(JSON.stringify(reply)).toContain('will take place on 14 April 2026 in Maribor');
  });

  it('never takes a table row for a line going on: each row is a paragraph of its own', () => {
    const lines = [
      'Ukazatel | 1. čtvrtletí 2026 | 1. čtvrtletí 2025',
      'pozitivní lustrace (hity) v SIS | 4 812 | 4 395',
      'osoby zadržené na základě EZR v ČR | 63 | 58',
    ];
    const paragraphs = sectionsOf(lines).flatMap((section) => section.paragraphs);
    expect(paragraphs).toEqual(lines);
  });

  it('goes on past a closing bracket when the next line starts in lower case', () => {
    const lines = [
      'Please send the names of your participants (max. three per country)',
      'by Friday 27 November to the secretariat.',
    ];
    const paragraphs = sectionsOf(lines).flatMap((section) => section.paragraphs);
    expect(paragraphs).toEqual([lines.join(' ')]);
  });
});
