import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractAgreements, splitSentences } from '../src/corpus/agreements/sentences.ts';
import { cleanText } from '../src/corpus/clean.ts';
import type { Agreement } from '../src/corpus/types.ts';
import { parseFile } from '../src/corpus/load.ts';

const SEEDS = new URL('../seeds/', import.meta.url);
const seedText = (name: string): string => cleanText(readFileSync(new URL(name, SEEDS), 'utf8'));
const squash = (text: string): string => text.replace(/\s+/g, ' ');
const only = (agreements: Agreement[]): Agreement => {
  expect(agreements).toHaveLength(1);
  return agreements[0] as Agreement;
};
/** Every provision and status clause is cut from the source, never written. */
const expectExtractive = (agreement: Agreement, source: string): void => {
  for (const bullet of [...agreement.provisions, ...agreement.status.filter((s) => s !== 'signed')]) {
    expect(squash(source), bullet).toContain(squash(bullet));
    expect(bullet.length).toBeLessThanOrEqual(200);
  }
  expect(new Set(agreement.provisions).size).toBe(agreement.provisions.length);
};

describe('the Czech–Slovak treaty seed', () => {
  const text = seedText('000_683bff22d49141e8.txt');
  const title = 'Czechia and Slovakia sign new agreement on police cooperation';
  const agreement = only(
    extractAgreements(text, { title, date: '2026-02-06', countries: ['Czechia', 'Slovakia', 'Ukraine'] }),
  );

  it('names the treaty as written, with demonyms read as country names', () => {
    expect(agreement.name).toBe('Treaty on Police Cooperation');
    expect(agreement.parties).toEqual(['Czechia', 'Slovakia']);
  });

  it('dates the signing from the sentence that says it was signed', () => {
    const undated = only(extractAgreements(text, { title, date: '2030-01-01', countries: [] }));
    expect(undated.signed).toBe('2026-02-06');
  });

  it('states the status clauses as written', () => {
    expect(agreement.status).toEqual([
      'signed',
      'must be approved by the parliaments of both countries and ratified by the presidents',
      'should enter into force in 2026',
    ]);
  });

  it('lists what the treaty covers, in document order, as clauses of the text', () => {
    const provisions = agreement.provisions;
    const index = (words: string) => provisions.findIndex((p) => p.includes(words));
    for (const words of [
      'joint patrols and joint search groups',
      'within 10 kilometers of the state border',
      'transfer of illegally staying persons',
      'identifying victims of mass disasters',
      'joint police cooperation centers',
      'liaison officers',
      'cross-border pursuit',
      'training of police officers',
    ]) {
      expect(index(words), words).toBeGreaterThanOrEqual(0);
    }
    expect(index('joint patrols')).toBeLessThan(index('cross-border pursuit'));
    expect(provisions).toContain('the possibility of cross-border pursuit');
    expect(provisions.some((p) => /^It\b|also introduces|parliaments|Frontex/.test(p))).toBe(false);
    expectExtractive(agreement, text);
  });
});

describe('seeds that are about no agreement', () => {
  it.each([
    ['001_cb69db5f71028c61.txt', 'International Cooperation – About Us and Contact Points'],
    [
      '002_1654193288ae2e88.txt',
      'Joint Contact Centre to boost collaboration between Czech and Slovak police forces in crisis management',
    ],
    ['003_92b564ac1ca8dc24.txt', 'Albanian and Czech Ministers discuss cooperation in addressing irregular migration'],
    [
      '004_75d9709aba672c2f.txt',
      'Cooperation in the area of asylum, migration, integration and protection of state borders',
    ],
  ])('%s: passing mentions (the Pact, a declaration, a readmission agreement) are skipped', (file, title) => {
    expect(extractAgreements(seedText(file), { title, countries: ['Czechia'] })).toEqual([]);
  });
});

describe('agreements in documents written for the test', () => {
  it('reads a memorandum of understanding and skips the pact mentioned in passing', () => {
    const text = `Austria and Hungary strengthen border policing

On 12 March 2025 the Ministers of the Interior of Austria and Hungary signed a Memorandum of Understanding on Police Cooperation in Border Areas. It provides for joint patrols along the common border and the exchange of liaison officers. It also allows officers to continue a pursuit up to 30 kilometres into the other state, and sets up a joint training programme for border police.

The memorandum entered into force on 1 May 2025. Both ministers also recalled the Pact on Migration and Asylum, which the EU adopted in 2024.`;
    const agreement = only(
      extractAgreements(text, {
        title: 'Austria and Hungary strengthen border policing',
        countries: ['Austria', 'Hungary'],
      }),
    );
    expect(agreement).toMatchObject({
      name: 'Memorandum of Understanding on Police Cooperation in Border Areas',
      parties: ['Austria', 'Hungary'],
      signed: '2025-03-12',
      status: ['signed', 'entered into force on 1 May 2025'],
    });
    expect(agreement.provisions).toEqual([
      'joint patrols along the common border and the exchange of liaison officers',
      'allows officers to continue a pursuit up to 30 kilometres into the other state',
      'sets up a joint training programme for border police',
    ]);
    expectExtractive(agreement, text);
  });

  it('names an agreement that is never named, from its subject and parties', () => {
    const text = `Poland and Lithuania sign agreement on joint patrols

The Polish and Lithuanian interior ministers signed an agreement on joint patrols on 3 June 2024. The agreement allows mixed patrols on trains crossing the border, and it is to be ratified by both parliaments.`;
    const agreement = only(
      extractAgreements(text, { title: 'Poland and Lithuania sign agreement on joint patrols', countries: [] }),
    );
    expect(agreement.name).toBe('Agreement on joint patrols between Poland and Lithuania');
    expect(agreement.parties).toEqual(['Poland', 'Lithuania']);
    expect(agreement.signed).toBe('2024-06-03');
    expect(agreement.status).toEqual(['signed', 'is to be ratified by both parliaments']);
    expect(agreement.provisions).toEqual(['allows mixed patrols on trains crossing the border']);
    expectExtractive(agreement, text);
  });

  it('never takes the dateline for the signing date when the signing sentence gives none', () => {
    const text = `Serbia and Hungary signed a Protocol on Joint Border Checks. The protocol introduces joint checks at the Röszke crossing.
The Protocol on Joint Border Checks will enter into force in 2025.`;
    const agreement = only(
      extractAgreements(text, { title: 'Border checks', date: '2024-10-10', countries: ['Serbia', 'Hungary'] }),
    );
    expect(agreement).toMatchObject({
      name: 'Protocol on Joint Border Checks',
      parties: ['Serbia', 'Hungary'],
    });
    expect(agreement.signed).toBeUndefined();
    expect(agreement.status).toEqual(['signed', 'will enter into force in 2025']);
    expect(agreement.provisions).toEqual(['joint checks at the Röszke crossing']);
  });

  it('takes the object of "signed" when a sentence also names another text in passing', () => {
    const text =
      'Recalling the Pact on Migration and Asylum, the ministers of Slovenia and Croatia signed an Agreement on Joint Police Patrols on 2 July 2024.';
    const agreement = only(extractAgreements(text, { title: 'Joint patrols', countries: [] }));
    expect(agreement.name).toBe('Agreement on Joint Police Patrols');
    expect(agreement.parties).toEqual(['Slovenia', 'Croatia']);
    expect(agreement.signed).toBe('2024-07-02');
  });

  it('does not invent a signing date for an agreement that is only being negotiated', () => {
    const text =
      'Talks continue\n\nGreece and Türkiye are negotiating a Readmission Protocol. The protocol would cover the return of irregular migrants.';
    const agreement = only(extractAgreements(text, { title: 'Talks continue', date: '2024-01-01', countries: [] }));
    expect(agreement.signed).toBeUndefined();
    expect(agreement.parties).toEqual(['Greece', 'Türkiye']);
    expect(agreement.status).toEqual(['Greece and Türkiye are negotiating a Readmission Protocol']);
  });
});

describe('splitSentences', () => {
  it('does not end a sentence after a rank or an abbreviation', () => {
    expect(splitSentences('The head is Col. Jana Nováková. She signed it, e.g. Art. 5 applies.')).toEqual([
      'The head is Col. Jana Nováková.',
      'She signed it, e.g. Art. 5 applies.',
    ]);
  });
});

describe('a gazette notice setting its date out on a line of its own', () => {
  it('reads the sentence the date stands in as one: "… Absatz 1" / "am 1. Oktober 2025" / "in Kraft getreten ist."', async () => {
    const notice = await parseFile(
      'bgbl-zentren.html',
      new TextEncoder()
        .encode(`<html><body><main><h1>Bekanntmachung über das Inkrafttreten des deutsch-tschechischen Abkommens über die Gemeinsamen Zentren</h1>
<p>Vom 6. November 2025</p>
<p>Nach Artikel 2 Absatz 2 des Gesetzes vom 21. Juli 2025 wird bekannt gemacht, dass das in Prag am 18. März 2025 unterzeichnete Abkommen zwischen der Regierung der Bundesrepublik Deutschland und der Regierung der Tschechischen Republik über die Einrichtung Gemeinsamer Zentren der Polizei- und Zollzusammenarbeit nach seinem Artikel 16 Absatz 1</p>
<p class="center">am 1. Oktober 2025</p>
<p>in Kraft getreten ist.</p>
<p>Berlin, den 6. November 2025</p>
</main></body></html>`),
    );
    const [agreement] = notice.agreements;
    expect(agreement?.signed).toBe('2025-03-18');
    expect(agreement?.history?.find((step) => step.kind === 'in force')?.date).toBe('2025-10-01');
    // A salutation is no sentence broken off: the letter's first line stays its own.
    const letter = await parseFile(
      'brief.html',
      new TextEncoder().encode(
        '<p>Sehr geehrte Kolleginnen und Kollegen, vážení kolegové,</p><p>ab dem 1. März 2026 gilt die neue Adresse.</p>',
      ),
    );
    expect(letter.sections.flatMap((section) => section.paragraphs)).toContain(
      'ab dem 1. März 2026 gilt die neue Adresse.',
    );
  });
});

describe('an agreement recorded in labelled fields (a treaty database entry)', () => {
  it('reads its title, parties, signing and entry into force, and the one it replaces as ended', async () => {
    const entry = await parseFile(
      'treaty-database-cz-md.html',
      new TextEncoder().encode(`<html><body><main><h1>Agreement details</h1><dl>
<dt>Title:</dt><dd>Agreement between the Czech Republic and the Republic of Moldova on police cooperation in combating crime</dd>
<dt>Reference:</dt><dd>BIL-CZ-MD-2025-017</dd>
<dt>Parties:</dt><dd>Czech Republic; Republic of Moldova</dd>
<dt>Place of signature:</dt><dd>Chişinău</dd>
<dt>Date of signature:</dt><dd>18/09/2025</dd>
<dt>Date of entry into force:</dt><dd>01/03/2026</dd>
<dt>Replaces:</dt><dd>Agreement between the Government of the Czech Republic and the Government of the Republic of Moldova on cooperation in combating organised crime, signed in Prague on 12 May 2004</dd>
</dl></main></body></html>`),
    );
    const recorded = entry.agreements.find((agreement) => !agreement.replacedBy);
    const replaced = entry.agreements.find((agreement) => agreement.replacedBy);
    expect(recorded?.name).toBe(
      'Agreement between the Czech Republic and the Republic of Moldova on police cooperation in combating crime',
    );
    expect(recorded?.parties.sort()).toEqual(['Czechia', 'Moldova']);
    expect(recorded?.signed).toBe('2025-09-18');
    expect(recorded?.history?.map((step) => `${step.kind} ${step.date}`)).toEqual([
      'in force 2026-03-01',
      'signed 2025-09-18',
    ]);
    expect(replaced?.signed).toBe('2004-05-12');
    expect(replaced?.replacedBy).toBe(recorded?.name);
    expect(replaced?.history?.[0]).toMatchObject({ kind: 'terminated', date: '2026-03-01' });
    expect(recorded?.replaces).toEqual([replaced?.name]);
  });

  it("reads an entry under the agreement's name as its heading, in a table, with the EU as a party", async () => {
    const entry = await parseFile(
      'eu-md-europol.html',
      new TextEncoder()
        .encode(`<html><body><main><h1>Agreement between the European Union and the Republic of Moldova on the exchange of personal data with Europol</h1>
<table><tr><th>Parties</th><td>European Union; Republic of Moldova</td></tr>
<tr><th>Date of signature</th><td>18/06/2025</td></tr>
<tr><th>Entry into force</th><td>01/03/2026</td></tr>
<tr><th>Replaces</th><td>Agreement on Operational and Strategic Cooperation between the Republic of Moldova and Europol, signed 18/12/2014</td></tr>
</table></main></body></html>`),
    );
    const recorded = entry.agreements.find((agreement) => !agreement.replacedBy);
    expect(recorded?.name).toMatch(/^Agreement between the European Union and the Republic of Moldova/);
    expect(recorded?.parties.sort()).toEqual(['European Union', 'Moldova']);
    expect(recorded?.signed).toBe('2025-06-18');
    expect(recorded?.replaces).toEqual([
      'Agreement on Operational and Strategic Cooperation between the Republic of Moldova and Europol',
    ]);
  });
});
