/**
 * Clean text -> Document: title, sections, kind, dates, country, themes, type, sources, language,
 * contacts and agreements. Generic heuristics over the shapes of news items, database entries,
 * contact pages and policy pages; never a rule for one file.
 */
import { createHash } from 'node:crypto';
import type { CountryCode } from 'libphonenumber-js';
import { extractAgreements } from './agreements.ts';
import { cleanLines, fold, isSentence } from './clean.ts';
import { extractContacts } from './contacts.ts';
import { countriesMentioned, findCountry } from './countries.ts';
import { findDates, parseDate } from './dates.ts';
import { labelOf, parseSource, readFields, splitList } from './fields.ts';
import type { Document, DocumentKind, Language, Section, Source } from './types.ts';

const HEADING = /^#{1,6}\s+(.*)$/;
const LIST_ITEM = /^(?:[-•·*]|\d{1,2}[.)])\s+/u;

/** A stable id from the file name: citations survive re-indexing and reordering. */
export function documentId(file: string): string {
  const id = fold(file.replace(/\.[^./]+$/, ''))
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  // A name with no Latin letters or digits (Cyrillic, Greek ...) still needs an id of its own.
  return id || `doc-${createHash('sha256').update(file).digest('hex').slice(0, 12)}`;
}

const isHeadingLike = (line: string): boolean =>
  HEADING.test(line) || (!/[.,;:]$/.test(line) && line.length <= 200 && !LIST_ITEM.test(line) && !isSentence(line));

function chooseTitle(lines: readonly string[], headerEnd: number, fileName: string): string {
  const body = lines.slice(headerEnd);
  const marked = body.find((line) => HEADING.test(line));
  if (marked && body.indexOf(marked) < 5) return marked.replace(HEADING, '$1');
  const candidate = body.find(
    (line) => line !== '' && isHeadingLike(line) && !labelOf(line) && line.split(' ').length >= 3,
  );
  return candidate ?? body.find((line) => line !== '') ?? fileName;
}

/**
 * Paragraphs out of lines: a blank line or a heading ends one; a line that ends a sentence, or a
 * list item, stands alone (text exports put one paragraph on each line); a wrapped line joins
 * the one before it.
 */
function toSections(lines: readonly string[]): Section[] {
  const sections: Section[] = [{ paragraphs: [] }];
  let open: string[] = [];
  const current = () => sections[sections.length - 1] as Section;
  const flush = () => {
    if (open.length > 0) current().paragraphs.push(open.join(' '));
    open = [];
  };
  for (const line of lines) {
    const heading = HEADING.exec(line)?.[1];
    if (line === '' || heading !== undefined) {
      flush();
      if (heading !== undefined) sections.push({ heading, paragraphs: [] });
      continue;
    }
    const previous = open[open.length - 1];
    if (previous !== undefined && (LIST_ITEM.test(line) || /[.!?:"”)]$/u.test(previous) || isHeadingLike(previous))) flush();
    open.push(line);
  }
  flush();
  return sections.filter((section) => section.paragraphs.length > 0 || section.heading);
}

const CZECH_WORDS = new Set(['a', 'je', 'na', 've', 'se', 'pro', 'ktery', 'jsou', 'nebo', 'byl', 'policie', 'ministr']);

function detectLanguage(text: string): Language {
  const words = fold(text).match(/\p{L}+/gu) ?? [];
  const czech = words.filter((word) => CZECH_WORDS.has(word)).length;
  const english = words.filter((word) => word === 'the' || word === 'and' || word === 'of').length;
  return czech > english ? 'cs' : 'en';
}

function detectKind(text: string, hasDevelopmentFields: boolean, phones: number): DocumentKind {
  if (hasDevelopmentFields) return 'development';
  if (phones >= 2) return 'contact';
  const folded = fold(text);
  const count = (pattern: RegExp) => folded.match(pattern)?.length ?? 0;
  // A project page talks money: several funding words, not just a policy page listing projects.
  if (count(/\bproject/g) >= 3 && count(/\b(?:investment|funding|funded|budget|programme|grant)\b/g) >= 3) return 'project';
  const lead = folded.slice(0, 600);
  if (findDates(lead).length > 0 || /\b(?:signed|met|announced|agreed|adopted|launched)\b/.test(lead)) return 'news';
  return 'policy';
}

/** Prefer a date from the fields, then the first source, then the lead paragraph. */
function mainDate(fieldDates: readonly string[], sources: readonly Source[], lead: string): string | undefined {
  for (const value of fieldDates) {
    const iso = parseDate(value) ?? findDates(value)[0];
    if (iso) return iso;
  }
  return sources.find((source) => source.date)?.date ?? findDates(lead)[0];
}

/** A document's clean text: its sections' headings and paragraphs, blank lines between. */
export const sectionsText = (sections: readonly Section[]): string =>
  sections.map((section) => [section.heading, ...section.paragraphs].filter(Boolean).join('\n\n')).join('\n\n');

export function parseDocument(file: string, raw: string): Document {
  const { lines, headerEnd } = cleanLines(raw);
  const title = chooseTitle(lines, headerEnd, file);
  const fields = readFields(lines);
  const bodyLines = lines.filter((line, i) => i >= headerEnd && !fields.used.has(i) && line.replace(HEADING, '$1') !== title);
  const sources = (fields.values.sources ?? []).map(parseSource);
  const sections = toSections(bodyLines);
  if (sources.length > 0) sections.push({ heading: 'Sources', paragraphs: sources.map((source) => source.raw) });
  const text = sectionsText(sections);
  const fullText = [title, text].join('\n\n');

  const countries = countriesMentioned(fullText);
  const fieldCountries = splitList(fields.values.country ?? []).map((name) => findCountry(name)?.name ?? name);
  const country = fieldCountries[0] ?? countries[0];
  const date = mainDate(fields.values.date ?? [], sources, fullText.slice(0, 800));
  const dates = [...new Set([...(date ? [date] : []), ...findDates(fullText)])].sort();
  const contacts = extractContacts(lines.join('\n'), {
    title,
    country,
    regionCode: country ? (findCountry(country)?.code as CountryCode | undefined) : undefined,
  });
  const phones = contacts.reduce((sum, contact) => sum + contact.phones.length, 0);
  const hasDevelopmentFields = Boolean(fields.values.type || fields.values.themes);

  return {
    id: documentId(file),
    file,
    title,
    kind: detectKind(text, hasDevelopmentFields, phones),
    language: detectLanguage(text),
    date,
    dates,
    country,
    countries: [...new Set([...fieldCountries, ...countries])],
    themes: splitList(fields.values.themes ?? []),
    developmentType: fields.values.type?.[0],
    sources,
    sections,
    text,
    contacts,
    agreements: extractAgreements(fullText, { title, date, countries }),
  };
}
