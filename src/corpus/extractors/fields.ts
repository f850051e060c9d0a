/**
 * Labelled fields (date, country, themes, type, sources) from "Label: value" lines, label-then-value
 * lines, key/value blocks and front matter; then the body as sections (headings and paragraphs,
 * field lines and the title left out) and the sources cited.
 */
import { sectionsOf } from '../sections.ts';
import { parseSource, readFields, type FieldName } from '../fields.ts';
import { isTitleLineOf } from './title.ts';
import type { Extractor } from './types.ts';

/** Front-matter keys and the field each one fills. */
const FRONT_MATTER: Record<string, FieldName> = {
  date: 'date',
  published: 'date',
  datum: 'date',
  country: 'country',
  countries: 'country',
  zeme: 'country',
  themes: 'themes',
  topics: 'themes',
  tags: 'themes',
  temata: 'themes',
  type: 'type',
  sources: 'sources',
  source: 'sources',
};

export const fields: Extractor = {
  name: 'fields',
  extract({ lines, headerEnd, meta }, facts) {
    const found = readFields(lines);
    for (const [key, value] of Object.entries(meta.fields ?? {})) {
      const field = FRONT_MATTER[key];
      if (field) (found.values[field] ??= []).unshift(value);
    }
    const isTitleLine = isTitleLineOf(facts.title ?? '');
    const body = lines.filter((line, i) => i >= headerEnd && !found.used.has(i) && !isTitleLine(line));
    const sources = (found.values.sources ?? []).map(parseSource);
    const sections = sectionsOf(body);
    if (sources.length > 0) sections.push({ heading: 'Sources', paragraphs: sources.map((source) => source.raw) });
    return { fields: found, sources, sections };
  },
};
