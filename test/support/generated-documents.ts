/** Documents made in the tests: a multi-page PDF treaty (pdf-lib) and a Word file with a table (docx). */
import {
  AlignmentType,
  Document as WordDocument,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import { PDFDocument, StandardFonts } from 'pdf-lib';

const ARTICLES: Array<[string, string[]]> = [
  [
    'Purpose',
    ['This Treaty governs joint patrols of the police forces of the Parties in the border', 'areas of both states.'],
  ],
  [
    'Definitions',
    [
      'For the purposes of this Treaty, "border area" means the territory within 30 kilo-',
      'metres of the common state border.',
    ],
  ],
  [
    'Joint patrols',
    [
      'Police officers of both Parties may carry out joint patrols on the territory of',
      'either Party under the command of the officer of the host state.',
    ],
  ],
  [
    'Powers of officers',
    [
      'Officers of the sending Party may carry their service weapons and uniforms during',
      'joint patrols and may apprehend a person caught in the act.',
    ],
  ],
  [
    'Exchange of information',
    [
      'The Parties shall exchange information on the planning of joint patrols through',
      'the joint police cooperation centre.',
    ],
  ],
  [
    'Entry into force',
    [
      'This Treaty shall enter into force on the first day of the second month after the',
      'exchange of notes confirming its approval by both Parties.',
    ],
  ],
];

/** Three pages with a running header, page numbers, wrapped and hyphenated lines, and an old date in the preamble. */
export async function treatyPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const pages = [pdf.addPage([595, 842]), pdf.addPage([595, 842]), pdf.addPage([595, 842])];
  pages.forEach((page, i) => {
    page.drawText('AT-CZ Joint Patrols Treaty - official translation', { x: 50, y: 800, font, size: 9 });
    page.drawText(`Page ${i + 1} of ${pages.length}`, { x: 270, y: 30, font, size: 9 });
  });
  let page = pages[0]!;
  let y = 740;
  const line = (text: string, size = 11, f = font) => {
    page.drawText(text, { x: 50, y, font: f, size });
    y -= size * 1.45;
  };
  line('Treaty between the Republic of Austria and the', 16, bold);
  line('Czech Republic on Joint Patrols', 16, bold);
  y -= 10;
  line('The Republic of Austria and the Czech Republic (hereinafter "the Parties"), having regard');
  line('to the Convention implementing the Schengen Agreement of 19 June 1990 and desiring to');
  line('strengthen police co-');
  line('operation in the border areas, have agreed as follows:');
  ARTICLES.forEach(([heading, body], i) => {
    if (i === 2) {
      page = pages[1]!;
      y = 760;
    }
    if (i === 5) {
      page = pages[2]!;
      y = 760;
    }
    y -= 10;
    line(`Article ${i + 1}`, 11, bold);
    line(heading, 11, bold);
    for (const text of body) line(text);
  });
  y -= 10;
  line('Done at Vienna on 6 February 2026 in two originals, each in the German and Czech languages.');
  return pdf.save();
}

const cell = (text: string, header = false) =>
  new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold: header })] })] });

/** Minutes of a meeting with a table of contact points, as a Word file. */
export async function minutesDocx(): Promise<Uint8Array> {
  const word = new WordDocument({
    sections: [
      {
        children: [
          new Paragraph({ text: 'Minutes of the meeting of the joint contact group', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: 'Date: 5 March 2026' }),
          new Paragraph({ text: 'Present: delegations of Hungary, Slovenia and Czechia.' }),
          new Paragraph({ text: 'Agenda', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({
            text: 'The group reviewed the joint operations of February and agreed the contact points below.',
          }),
          new Paragraph({ text: 'Contact points', heading: HeadingLevel.HEADING_2, alignment: AlignmentType.LEFT }),
          new Table({
            rows: [
              new TableRow({
                children: [
                  cell('Country', true),
                  cell('Contact point', true),
                  cell('Phone', true),
                  cell('E-mail', true),
                ],
                tableHeader: true,
              }),
              new TableRow({
                children: [
                  cell('Hungary'),
                  cell('National Police Operations Centre'),
                  cell('+36 1 443 5000'),
                  cell('ops@police.example.hu'),
                ],
              }),
              new TableRow({
                children: [
                  cell('Slovenia'),
                  cell('International Police Cooperation Division'),
                  cell('+386 1 428 4780'),
                  cell('ipcd@policija.example.si'),
                ],
              }),
            ],
          }),
          new Paragraph({ text: 'Action points: each delegation confirms its contact point by 20 March 2026.' }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(word));
}
