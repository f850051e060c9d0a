/**
 * Synthetic corpora in the seed formats, deterministic from a seed: development entries (plain
 * text and Markdown), contact pages with varied labels and numbers, treaty news, HTML pages and
 * project pages, about 3 KB each, with the same kinds of mess as real exports (chrome, NBSP, tabs,
 * junk tokens).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** mulberry32: a tiny seeded PRNG, so every run generates the same corpus. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const COUNTRIES = [
  ['Czechia', 'Czech', 'Praha', '420', 9],
  ['Slovakia', 'Slovak', 'Bratislava', '421', 9],
  ['Austria', 'Austrian', 'Wien', '43', 10],
  ['Poland', 'Polish', 'Warszawa', '48', 9],
  ['Hungary', 'Hungarian', 'Budapest', '36', 9],
  ['Germany', 'German', 'Berlin', '49', 11],
  ['Slovenia', 'Slovenian', 'Ljubljana', '386', 8],
  ['Croatia', 'Croatian', 'Zagreb', '385', 9],
  ['Albania', 'Albanian', 'Tirana', '355', 9],
  ['Serbia', 'Serbian', 'Beograd', '381', 9],
  ['Italy', 'Italian', 'Roma', '39', 10],
  ['Greece', 'Greek', 'Athina', '30', 10],
] as const;

const THEMES = [
  'General asylum and migration development',
  'Access to procedures and non-refoulement',
  'Reception of applicants',
  'Detention of applicants',
  'Return and readmission',
  'Border management',
  'Police cooperation',
  'Trafficking in human beings',
  'Unaccompanied minors',
  'Temporary protection',
  'Integration of beneficiaries',
];
const TYPES = ['Policy', 'Legislation', 'Case law', 'Institutional', 'Operational'];
const TOPICS = [
  'joint patrols',
  'cross-border pursuit',
  'exchange of information',
  'liaison officers',
  'readmission of persons',
  'disaster victim identification',
  'joint police cooperation centres',
  'training of officers',
  'border surveillance',
  'asylum procedures',
  'smuggling of migrants',
  'document fraud',
  'reception capacity',
  'return counselling',
];
const FILLER = [
  'The ministers discussed the current migration situation and cooperation with partners in the region.',
  'Officials stressed that effective cooperation requires trust, shared tools and regular meetings of experts.',
  'The authorities will evaluate the first results of the measures at the end of the year.',
  'Non-governmental organisations welcomed the step but asked for safeguards for vulnerable persons.',
  'The measure follows recommendations adopted at European level and consultations with regional authorities.',
  'Police units in the border areas will receive additional equipment and staff for the new tasks.',
  'A working group will prepare implementing rules and report to the ministers within six months.',
];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

type Pick = <T>(items: readonly T[]) => T;

function tools(seed: number, years: readonly [number, number]) {
  const next = random(seed);
  const pick: Pick = (items) => items[Math.floor(next() * items.length)]!;
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const date = () => ({ day: int(1, 28), month: int(1, 12), year: int(years[0], years[1]) });
  const digits = (n: number) => Array.from({ length: n }, () => int(0, 9)).join('');
  const paragraphs = (n: number, about: string) =>
    Array.from(
      { length: n },
      () => `${pick(FILLER)} The discussion covered ${about} and ${pick(TOPICS)}. ${pick(FILLER)} ${pick(FILLER)}`,
    );
  return { next, pick, int, date, digits, paragraphs };
}

type Tools = ReturnType<typeof tools>;
const pad = (n: number) => String(n).padStart(2, '0');

function developmentTxt(t: Tools, i: number): [string, string] {
  const [country, adjective] = t.pick(COUNTRIES);
  const [partner, partnerAdjective] = t.pick(COUNTRIES);
  const d = t.date();
  const topic = t.pick(TOPICS);
  const body = [
    `\t\n\n${country} and ${partner} agree on ${topic} zzzzzz`,
    `On ${d.day} ${MONTHS[d.month - 1]} ${d.year}, the ${adjective} and ${partnerAdjective} Ministers of the Interior met to discuss ${topic}.`,
    ...t.paragraphs(4, topic),
    'Source(s)',
    `\u00b7 Ministry of the Interior (${d.day} ${MONTHS[d.month - 1]}, ${d.year}), Report on ${topic} [${topic}],https://example.org/${i}`,
    'Date of development',
    `${pad(d.day)}.${pad(d.month)}.${d.year}`,
    'Country',
    country,
    'Thematic area(s)',
    `${t.pick(THEMES)}, ${t.pick(THEMES)}`,
    'Development type',
    t.pick(TYPES),
    '',
    `Document generated on ${pad(t.int(1, 28))}-06-2026`,
    'header1_image1.png',
  ];
  return [`dev-${i}.txt`, body.join('\n')];
}

function developmentMd(t: Tools, i: number): [string, string] {
  const [country, adjective] = t.pick(COUNTRIES);
  const d = t.date();
  const topic = t.pick(TOPICS);
  return [
    `entry-${i}.md`,
    [
      `## ${adjective} government adopts measures on ${topic}`,
      '',
      ...t.paragraphs(5, topic).flatMap((p) => [p, '']),
      '### Source(s)',
      '',
      `- National Police (${d.day} ${MONTHS[d.month - 1]}, ${d.year}), Measures on ${topic}, <https://example.org/md/${i}>`,
      '',
      '### Date of development',
      '',
      `${pad(d.day)}.${pad(d.month)}.${d.year}`,
      '',
      '### Country',
      '',
      country,
      '',
      '### Thematic area(s)',
      '',
      t.pick(THEMES),
      '',
      '## Development type',
      '',
      t.pick(TYPES),
    ].join('\n'),
  ];
}

function contactPage(t: Tools, i: number): [string, string] {
  const [country, adjective, city, code, length] = t.pick(COUNTRIES);
  const unit = `${t.pick(['International Police Cooperation', 'Border Police', 'Criminal Intelligence', 'SIRENE'])} ${t.pick(['Directorate', 'Department', 'Division', 'Bureau'])} ${i}`;
  const number = () => `+${code} ${t.digits(length)}`;
  return [
    `contact-${i}.txt`,
    [
      `${adjective} Police\u00a0`,
      '',
      'Skip to content',
      '',
      'Main menu',
      '',
      `${unit} – Contact Points`,
      '',
      unit,
      '',
      `  • ${t.pick(TOPICS)} Unit`,
      `  • ${t.pick(TOPICS)} Unit`,
      '',
      'Contact Points',
      `Address: Street ${t.int(1, 99)}, ${t.int(10000, 99999)} ${city}`,
      `${t.pick(['Secretariat', 'Office', 'Reception'])}: ${number()}`,
      `${t.pick(['Permanent service', 'Duty officer', 'Operations room'])}: ${number()} - 24/7`,
      `Fax: ${number()}`,
      `E-mail for partners: unit${i}@police.example.org`,
      `Head of the ${t.pick(['Directorate', 'Department', 'Unit'])} - Col. ${t.pick(['Anna', 'Petr', 'Maria', 'Jan'])} ${t.pick(['Novak', 'Horvat', 'Kowalski', 'Schmidt'])}`,
      '',
      `${unit} – About Us`,
      '',
      `The ${unit}, as a part of the ${adjective} Police Presidium, is the national contact point of ${country}.`,
      '',
      ...t.paragraphs(4, 'international police cooperation').flatMap((p) => [p, '']),
      'Print E-mail',
    ].join('\n'),
  ];
}

function treatyHtml(t: Tools, i: number): [string, string] {
  const [country, adjective] = t.pick(COUNTRIES);
  const [partner, partnerAdjective] = t.pick(COUNTRIES);
  const d = t.date();
  const topic = t.pick(TOPICS);
  return [
    `treaty-${i}.html`,
    `<html><head><title>News</title><script>var menu = 1;</script></head><body><nav><a href="/">Home</a> <a href="/menu">Main menu</a></nav>
<h1>${country} and ${partner} sign agreement on ${topic}</h1>
<p>On ${d.day} ${MONTHS[d.month - 1]} ${d.year}, the ${adjective} and ${partnerAdjective} ministers signed a new Agreement on Police Cooperation. The agreement expands ${topic} and introduces ${t.pick(TOPICS)}.</p>
${t
  .paragraphs(4, topic)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
<p>The agreement must be ratified by both parliaments and should enter into force in ${d.year + 1}.</p>
<footer>Print E-mail</footer></body></html>`,
  ];
}

const KINDS = [developmentTxt, developmentTxt, developmentMd, contactPage, treatyHtml] as const;

/** Write `count` documents into `dir`, dated within `years`; returns the total bytes written. */
export async function generateCorpus(
  dir: string,
  count: number,
  seed = 42,
  years: readonly [number, number] = [2016, 2026],
): Promise<number> {
  await mkdir(dir, { recursive: true });
  const t = tools(seed, years);
  let bytes = 0;
  for (let start = 0; start < count; start += 500) {
    const batch = Array.from({ length: Math.min(500, count - start) }, (_, j) =>
      KINDS[(start + j) % KINDS.length]!(t, start + j),
    );
    await Promise.all(batch.map(([name, text]) => writeFile(join(dir, name), text)));
    bytes += batch.reduce((sum, [, text]) => sum + Buffer.byteLength(text), 0);
  }
  return bytes;
}
