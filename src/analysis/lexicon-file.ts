/**
 * The lexicon as data: the YAML shape of a lexicon file (ours in lexicon/ beside this file, a
 * moderator's in DATA_DIR), read and checked into concepts. Apart from lexicon.ts so that the
 * language packs can read the shipped words too (German compounds are split by them) without
 * depending on the matching built on the packs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { load as parseYaml } from 'js-yaml';
import { z } from 'zod';
import { LANGUAGES, type Language } from '../corpus/language.ts';

const termList = z.array(z.string().trim().min(1).max(100)).max(200);

const conceptSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]*$/, 'an id is lower-case letters, digits and hyphens')
      .max(60),
    group: z.string().max(30).optional(),
    ...Object.fromEntries(LANGUAGES.map((language) => [language, termList.optional()])),
  })
  .strict();

const lexiconSchema = z.object({ version: z.number().int().positive(), concepts: z.array(conceptSchema).max(20_000) });

export interface Concept {
  id: string;
  group?: string;
  terms: Partial<Record<Language, string[]>>;
}

/** A lexicon file that cannot be used: where and why, for one clear line. */
export class LexiconError extends Error {
  constructor(
    readonly file: string,
    readonly detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'LexiconError';
  }
}

/** Concepts from a lexicon file's text; a bad entry is a LexiconError naming the entry and the problem. */
export function parseLexicon(text: string, file: string): Concept[] {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    throw new LexiconError(file, `not valid YAML (${(error as Error).message.split('\n')[0]})`);
  }
  const parsed = lexiconSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const at = issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    throw new LexiconError(file, `${issue.message}${at}`);
  }
  const seen = new Set<string>();
  return parsed.data.concepts.map((entry) => {
    if (seen.has(entry.id)) throw new LexiconError(file, `concept "${entry.id}" is listed twice`);
    seen.add(entry.id);
    const terms: Partial<Record<Language, string[]>> = {};
    for (const language of LANGUAGES) {
      const list = (entry as Record<string, unknown>)[language] as string[] | undefined;
      if (list && list.length > 0) terms[language] = list;
    }
    if (Object.keys(terms).length < 2) throw new LexiconError(file, `concept "${entry.id}" needs two languages`);
    return { id: entry.id, group: entry.group, terms };
  });
}

/** The shipped lexicon's files: the domain's concepts and general vocabulary, one YAML file each. */
const BUILT_IN = new URL('./lexicon/', import.meta.url);

let shipped: Concept[] | undefined;

/** The concepts of every file of lexicon/, read once. */
export function shippedConcepts(): Concept[] {
  shipped ??= readdirSync(BUILT_IN)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .flatMap((name) => parseLexicon(readFileSync(new URL(name, BUILT_IN), 'utf8'), name));
  return shipped;
}
