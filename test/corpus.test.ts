import iconv from 'iconv-lite';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanText } from '../src/corpus/clean.ts';
import { loadCorpus, parseFile } from '../src/corpus/load.ts';
import { parseDocument } from '../src/corpus/parse.ts';
import { withoutTextCopy } from '../src/corpus/sections.ts';
import type { Document } from '../src/corpus/types.ts';
import { describeReason } from '../src/i18n/reasons.ts';

const SEEDS = new URL('../seeds/', import.meta.url).pathname;
let seeds: Document[];
const seed = (prefix: string): Document => {
  const found = seeds.find((d) => d.file.startsWith(prefix));
  if (!found) throw new Error(`no seed ${prefix}`);
  return found;
};

beforeAll(async () => {
  const corpus = await loadCorpus(SEEDS);
  expect(corpus.warnings).toEqual([]);
  seeds = corpus.documents;
});

describe('cleaning', () => {
  it('normalises NBSP and tabs, drops junk runs and chrome lines', () => {
    const text = cleanText(
      '\tTitle of the page zzzzzz\nSecretariat: 974\u00a0804\u00a0400\nPrint \nheader1_image1.png\nPřejdi na\nvytisknout\u00a0 e-mailem',
    );
    expect(text).toBe('Title of the page\nSecretariat: 974 804 400');
  });

  it('keeps real words with repeated letters', () => {
    expect(cleanText('The Brussels Declaration, 1000 officers')).toBe('The Brussels Declaration, 1000 officers');
  });
});

describe('hard-wrapped text', () => {
  it('joins a sentence broken before a date or a name, and keeps the item headings apart', () => {
    const text = [
      'Dear colleagues,',
      '',
      'please find below the short items collected in November. As usual, the original',
      'documents are available from me on request.',
      '',
      '1) WORKING GROUP - NEXT MEETING (item of 4 November 2026)',
      '   The next meeting of the trilateral working group on migrant smuggling will take place on',
      '   21 January 2027 in Mikulov (Regional Police Directorate of the South Moravian Region, branch',
      '   office). Start 09:30. Agenda proposals to me by 8 January 2027. The Austrian side will',
      '   present the first results of the joint centre in Hohenau an der March.',
    ].join('\n');
    const paragraphs = parseDocument('bulletin.txt', text).sections.flatMap((section) => section.paragraphs);
    expect(paragraphs).toContain('1) WORKING GROUP - NEXT MEETING (item of 4 November 2026)');
    expect(paragraphs.join('\n')).toContain('will take place on 21 January 2027 in Mikulov');
  });
});

describe('the seed documents', () => {
  it('have their text as parsed, read from their sections, and a hand-made text stays as given', async () => {
    for (const document of seeds) {
      const parsed = await parseFile(document.file, await readFile(join(SEEDS, document.file)));
      expect(document.text).toBe(parsed.text);
    }
    const parsed = parseDocument('note.txt', 'Police cooperation\n\nPatrols on the border every night.');
    const kept = withoutTextCopy(parsed);
    expect(kept.text).toBe(parsed.text);
    expect(JSON.parse(JSON.stringify(kept))).not.toHaveProperty('text');
    const handMade = { ...parsed, text: 'something else' };
    expect(withoutTextCopy(handMade).text).toBe('something else');
  });

  it('reads all five with stable ids', () => {
    expect(seeds.map((d) => d.id).sort()).toEqual([
      '000-683bff22d49141e8',
      '001-cb69db5f71028c61',
      '002-1654193288ae2e88',
      '003-92b564ac1ca8dc24',
      '004-75d9709aba672c2f',
    ]);
  });

  it('reads the Czech-Slovak development entry field by field', () => {
    const d = seed('000');
    expect(d.title).toBe('Czechia and Slovakia sign new agreement on police cooperation');
    expect(d.kind).toBe('development');
    expect(d.date).toBe('2026-02-06');
    expect(d.country).toBe('Czechia');
    expect(d.themes).toEqual(['General asylum and migration development', 'Access to procedures and non-refoulement']);
    expect(d.developmentType).toBe('Policy');
    expect(d.sources).toHaveLength(1);
    expect(d.sources[0]).toMatchObject({
      publisher: 'Ministry of the Interior | Ministerstvo Vnitra',
      date: '2026-02-06',
      url: 'https://mv.gov.cz/clanek/prvni-zahranicni-cesta-ministra-metnara-na-slovensku-podepsal-novou-smlouvu-o-policejni-spolupraci.aspx',
    });
    expect(d.sources[0]?.title).toContain('podepsal novou smlouvu o policejní spolupráci');
    expect(d.language).toBe('en');
  });

  it('reads the Markdown-shaped entry the same way', () => {
    const d = seed('003');
    expect(d.title).toBe('Albanian and Czech Ministers discuss cooperation in addressing irregular migration');
    expect(d).toMatchObject({ kind: 'development', date: '2025-01-16', country: 'Czechia', developmentType: 'Policy' });
    expect(d.themes).toEqual(['General asylum and migration development']);
    expect(d.countries).toContain('Albania');
    expect(d.sources[0]?.url).toBe(
      'https://mv.gov.cz/clanek/spoluprace-v-boji-proti-nelegalni-migraci-v-praze-jednali-ministri-vnitra-ceska-a-albanie.aspx',
    );
  });

  it('finds the title of a page behind its site navigation', () => {
    expect(seed('001').title).toBe('International Cooperation – About Us and Contact Points');
    expect(seed('001').kind).toBe('contact');
    expect(seed('004').title).toBe(
      'Cooperation in the area of asylum, migration, integration and protection of state borders',
    );
    expect(seed('004').kind).toBe('policy');
  });

  it('reads the project page and its day-first draft date', () => {
    const d = seed('002');
    expect(d.title).toBe(
      'Joint Contact Centre to boost collaboration between Czech and Slovak police forces in crisis management',
    );
    expect(d.kind).toBe('project');
    expect(d.date).toBe('2016-11-09');
  });

  it('never lets chrome or junk reach the text', () => {
    for (const d of seeds) {
      const all = `${d.title}\n${d.text}`;
      for (const chrome of [
        'Přejdi na',
        'Hlavní menu',
        'Quick links',
        'Rychlé linky',
        'vytisknout',
        'zzzz',
        '.png',
        '.jpg',
        'Document generated on',
        'Main menu',
      ]) {
        expect(all, `${d.file} contains ${chrome}`).not.toContain(chrome);
      }
      expect(all).not.toMatch(/^(Print|E-mail|Go)$/m);
      expect(all).not.toMatch(/[\t\u00a0]/);
    }
  });
});

describe('other formats and broken files', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'liaison-corpus-'));
    await writeFile(
      join(dir, 'page.html'),
      `<html><head><title>Site</title><script>var x = "Hlavní menu";</script><style>p{}</style></head><body>
       <nav><ul><li>Home</li><li>Main menu</li></ul></nav>
       <h1>Austria and Hungary sign memorandum on joint patrols</h1>
       <p>On 12&nbsp;March 2025 the ministers of Austria and Hungary signed a memorandum on joint patrols.</p>
       <footer>Print E-mail</footer></body></html>`,
    );
    await writeFile(
      join(dir, 'entry.md'),
      '# Poland extends border controls\n\nPoland extended **temporary** border controls with [Lithuania](https://example.org/lt).\n\n## Date of development\n\n03.04.2025\n\n## Country\n\nPoland\n\n## Development type\n\nLegislation\n',
    );
    await writeFile(join(dir, 'empty.txt'), '');
    await writeFile(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]));
    await writeFile(
      join(dir, 'legacy.txt'),
      iconv.encode(
        'Oddělení cizinecké policie\n\nOddělení cizinecké policie v Praze přijímá žádosti každý pracovní den.',
        'windows-1250',
      ),
    );
    await writeFile(join(dir, 'broken.pdf'), '%PDF-1.4 this is not really a pdf');
    await writeFile(join(dir, 'notes.odt'), 'x');
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    const page = pdf.addPage();
    page.drawText('Slovenia opens a joint police centre', { x: 50, y: 700, font, size: 18 });
    page.drawText('On 2 May 2025 Slovenia and Croatia opened a joint police cooperation centre.', {
      x: 50,
      y: 660,
      font,
      size: 11,
    });
    await writeFile(join(dir, 'report.pdf'), await pdf.save());
  });

  it('skips each broken file with one warning naming it, and keeps the rest', async () => {
    const { documents, warnings } = await loadCorpus(dir);
    expect(documents.map((d) => d.file).sort()).toEqual(['entry.md', 'legacy.txt', 'page.html', 'report.pdf']);
    expect(documents.find((d) => d.file === 'legacy.txt')?.text).toContain(
      'Oddělení cizinecké policie v Praze přijímá žádosti',
    );
    const reasons = Object.fromEntries(warnings.map((w) => [w.file, describeReason(w.reason, 'en')]));
    expect(reasons).toEqual({
      'empty.txt': 'empty file',
      'binary.txt': 'binary file (contains NUL bytes)',
      'broken.pdf': expect.stringMatching(/^broken PDF/),
      'notes.odt': 'unsupported file type ".odt"',
    });
  });

  it('reads HTML without its navigation, scripts or footer', async () => {
    const { documents } = await loadCorpus(dir);
    const page = documents.find((d) => d.file === 'page.html')!;
    expect(page.title).toBe('Austria and Hungary sign memorandum on joint patrols');
    expect(page.date).toBe('2025-03-12');
    expect(page.text).not.toMatch(/Hlavní menu|Main menu|Home|var x|Print/);
    expect(page.countries.slice(0, 2).sort()).toEqual(['Austria', 'Hungary']);
  });

  it('reads a Markdown development entry', async () => {
    const { documents } = await loadCorpus(dir);
    const entry = documents.find((d) => d.file === 'entry.md')!;
    expect(entry).toMatchObject({
      title: 'Poland extends border controls',
      kind: 'development',
      date: '2025-04-03',
      country: 'Poland',
      developmentType: 'Legislation',
    });
    expect(entry.text).toContain('Poland extended temporary border controls with Lithuania');
    expect(entry.text).not.toContain('**');
  });

  it('reads the text of a PDF', async () => {
    const { documents } = await loadCorpus(dir);
    const report = documents.find((d) => d.file === 'report.pdf')!;
    expect(report.title).toBe('Slovenia opens a joint police centre');
    expect(report.date).toBe('2025-05-02');
    expect(report.text).toContain('joint police cooperation centre');
  });

  it('skips a file whose name gives the same id as another, and gives non-Latin names ids of their own', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'liaison-ids-'));
    const text = (title: string) => `# ${title}\n\nSome words about ${title} and police cooperation in the region.\n`;
    await writeFile(join(dir, 'report.md'), text('First report'));
    await writeFile(join(dir, 'Report.txt'), text('Second report'));
    await writeFile(join(dir, 'доклад.md'), text('Cyrillic named'));
    await writeFile(join(dir, 'σχέδιο.md'), text('Greek named'));
    const { documents, warnings } = await loadCorpus(dir);
    expect(documents.map((d) => d.title).sort()).toEqual(['Cyrillic named', 'Greek named', 'Second report']);
    expect(warnings).toEqual([{ file: 'report.md', reason: { code: 'duplicate-id', other: 'Report.txt' } }]);
    expect(describeReason(warnings[0]!.reason, 'en')).toBe(
      'same document id as Report.txt (ids come from file names): rename one of them',
    );
    expect(new Set(documents.map((d) => d.id)).size).toBe(3);
  });

  it('refuses a file with no readable text', async () => {
    await expect(parseFile('blank.txt', Buffer.from('\n\n\t \n'))).rejects.toThrow('no readable text');
  });

  it('parses day-first dates and drops a title junk token in a new document', () => {
    const d = parseDocument(
      'x.txt',
      'Slovenia and Croatia agree joint patrols xxxxx\nSome text about it.\nDate of development\n09/11/2016\nCountry\nSlovenia',
    );
    expect(d).toMatchObject({
      title: 'Slovenia and Croatia agree joint patrols',
      date: '2016-11-09',
      country: 'Slovenia',
    });
  });
});
