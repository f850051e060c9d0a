/**
 * /treaty on a press release about a new treaty that bears its predecessor's very name ("gilt ab
 * …", "Unterzeichnet wurde das Abkommen am … in …", "… vom 12. Juni 2006 außer Kraft") and on a
 * hard-wrapped gazette notice whose signing sentence runs over three lines. Documents written for
 * this test; facts invented.
 */
import { describe, expect, it } from 'vitest';
import treaty from '../commands/treaty.ts';
import { loadCorpus } from '../src/corpus/load.ts';
import { KnowledgeBase } from '../src/knowledge/knowledge-base.ts';
import { fieldOf, runQuery } from './support/structured.ts';

const { documents } = await loadCorpus(new URL('./fixtures/treaty-reports/', import.meta.url).pathname);
const kb = new KnowledgeBase(documents);
const ask = (query: string) => runQuery(treaty, query, kb);
const firstLine = (reply: Awaited<ReturnType<typeof ask>>) => reply.content?.split('\n')[0] ?? '';

describe('a new treaty and the one it replaced', () => {
  it('answers with the new treaty, its signing place and day and its entry into force, the old one under it', async () => {
    const reply = await ask('Kdy vstoupila v platnost nová smlouva Rakouska s Maďarskem o policejní spolupráci?');
    const line = firstLine(reply);
    expect(line).toMatch(/^\*\*In force: 1 July 2026\*\* · \*\*Signed: 10 September 2025, Győr\*\*/);
    expect(line).toContain('1 July 2026');
    expect(line).toContain('replaces');
    expect(line).toContain('(signed 12 June 2006)');
    expect(fieldOf(reply.cards[0], 'Signed')).toBe('10 September 2025, Győr');
    expect(fieldOf(reply.cards[0], 'Replaces')).toContain('12 June 2006');
    expect(fieldOf(reply.cards[0], 'Replaces')?.match(/•/g)).toHaveLength(1);
  });

  it('keeps the old treaty a record of its own, replaced, answered when its year is asked', async () => {
    const reply = await ask('Vertrag Österreich Ungarn 2006');
    expect(firstLine(reply)).toMatch(/^\*\*Signed: 12 June 2006\*\*/);
    expect(firstLine(reply)).toContain('replaced by');
    expect(firstLine(reply)).toContain('(signed 10 September 2025)');
  });
});

describe('a gazette notice written in hard-wrapped lines', () => {
  it('reads the signing sentence that runs over three lines: place and day', async () => {
    const reply = await ask('When did the Czech–Moldovan agreement on illegal migration enter into force?');
    expect(firstLine(reply)).toMatch(/^\*\*In force: 1 February 2026\*\* · \*\*Signed: 7 November 2025, Praze\*\*/);
    expect(firstLine(reply)).toContain('1 February 2026');
  });
});
