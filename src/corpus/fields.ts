/**
 * Labelled fields of database-style exports: a label on its own line ("Date of development",
 * "### Country", "Thematic area(s):") followed by its value, or "Label: value" on one line.
 */
import { fold } from './clean.ts';
import { parseDate } from './dates.ts';
import type { Source } from './types.ts';

export type FieldName = 'date' | 'country' | 'themes' | 'type' | 'sources';

const LABELS: Record<string, FieldName> = {
  'date of development': 'date',
  'date of publication': 'date',
  'publication date': 'date',
  published: 'date',
  'published on': 'date',
  'draft date': 'date',
  date: 'date',
  datum: 'date',
  country: 'country',
  countries: 'country',
  'member state': 'country',
  zeme: 'country',
  'thematic area(s)': 'themes',
  'thematic areas': 'themes',
  'thematic area': 'themes',
  'topic(s)': 'themes',
  topics: 'themes',
  themes: 'themes',
  theme: 'themes',
  topic: 'themes',
  type: 'type',
  'development type': 'type',
  'type of development': 'type',
  'source(s)': 'sources',
  sources: 'sources',
  source: 'sources',
  zdroj: 'sources',
  zdroje: 'sources',
  'datum vydani': 'date',
  'datum zverejneni': 'date',
  zverejneno: 'date',
  publikovano: 'date',
  vydano: 'date',
  stat: 'country',
  tema: 'themes',
  temata: 'themes',
  typ: 'type',
  'typ vyvoje': 'type',
};

const HEADING_MARK = /^#{1,6}\s+/;
const BULLET = /^[-·•*]\s*/u;

/** The field a line labels, when the whole line (less '#' marks and a colon) is a known label. */
export function labelOf(line: string): FieldName | undefined {
  return LABELS[fold(line.replace(HEADING_MARK, '').replace(/:\s*$/, '').trim())];
}

function inlineField(line: string): { field: FieldName; value: string } | undefined {
  const match = /^([^:]{3,40}):\s+(.+)$/.exec(line.replace(HEADING_MARK, ''));
  const field = match && labelOf(match[1] ?? '');
  return field && match[2] ? { field, value: match[2] } : undefined;
}

/** A line of prose: six words or more ending as a sentence does. */
const PROSE = /^(?:\S+\s+){5,}\S*[.!?]$/u;

export interface FieldBlock {
  values: Partial<Record<FieldName, string[]>>;
  /** Indexes of the lines that were labels or values, so the body can leave them out. */
  used: Set<number>;
}

/**
 * Read every labelled field. A value runs from the line after its label to the next blank line
 * or label; sources run on across blank lines while the next line is another bullet.
 */
export function readFields(lines: readonly string[]): FieldBlock {
  const values: FieldBlock['values'] = {};
  const used = new Set<number>();
  const add = (field: FieldName, value: string) => (values[field] ??= []).push(value);
  // A "Date: …" line after the text's prose began dates something the text tells of (a meeting's
  // "Date: Wednesday 4 February 2026, 09:30"), not the document: it stays in the body.
  let prose = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    prose ||= PROSE.test(line);
    const inline = inlineField(line);
    if (inline && !(prose && inline.field === 'date')) {
      add(inline.field, inline.value);
      used.add(i);
      continue;
    }
    const field = labelOf(line);
    if (!field) continue;
    used.add(i);
    let j = i + 1;
    while (j < lines.length && lines[j] === '') j++;
    for (; j < lines.length; j++) {
      const value = lines[j] ?? '';
      if (value === '') {
        const next = lines.slice(j).find((l) => l !== '');
        if (field === 'sources' && next && BULLET.test(next)) continue;
        break;
      }
      if (labelOf(value)) break;
      add(field, value.replace(HEADING_MARK, ''));
      used.add(j);
    }
    i = j - 1;
  }
  return { values, used };
}

const URL = /<?(https?:\/\/[^\s<>]+?)>?(?=[\s,;)]*$|\s)/;

/** "Publisher (6 February, 2026), Title [Translation], https://..." -> its parts. */
export function parseSource(line: string): Source {
  const raw = line.replace(BULLET, '').trim();
  const url = URL.exec(raw)?.[1]?.replace(/[.,;]+$/, '');
  const withoutUrl = raw.replace(URL, '').replace(/[\s,]+$/, '');
  const dated = /^(.+?)\s*\(([^()]*\d{4}[^()]*)\),?\s*(.*)$/.exec(withoutUrl);
  if (!dated) return { raw, url, title: withoutUrl || undefined };
  const [, publisher, date, title] = dated;
  return {
    raw,
    publisher: publisher?.trim(),
    date: parseDate(date ?? ''),
    title: title?.trim() || undefined,
    url,
  };
}

/** "General asylum and migration development, Access to procedures" -> two themes. */
export const splitFieldValues = (values: readonly string[]): string[] =>
  values
    .flatMap((value) => value.replace(/\s*<[^>]*>/g, '').split(/[;,]\s*/))
    .map((v) => v.replace(BULLET, '').trim())
    .filter(Boolean);
