/**
 * /developments [country] [topic] [type] [since] [until] [query] [limit]: dated developments,
 * newest first, `limit` to a page, with Previous/Next buttons that carry the filters. An empty
 * answer says which filter left nothing.
 */
import { FIELD_VALUE_MAX } from '../src/answers/cards.ts';
import { matchingChoices } from '../src/answers/choices.ts';
import { citation, snippetMarkdown } from '../src/answers/citations.ts';
import { answerText } from '../src/answers/messages.ts';
import { dateOption } from '../src/answers/date-input.ts';
import { readTimePhrase } from '../src/answers/time-phrase.ts';
import { DEVELOPMENT_FILTERS } from '../src/answers/development-filters.ts';
import { defineCommand, type Context } from '../src/framework/define.ts';
import { packPages, pagedReply, readPageId } from '../src/answers/paging.ts';
import { COLORS, type Field, type Reply } from '../src/answers/reply.ts';
import { findCountry } from '../src/corpus/countries.ts';
import {
  developmentFacet,
  FILTER_ORDER,
  listDevelopments,
  whyEmpty,
  type Development,
  type DevelopmentFilters,
} from '../src/knowledge/developments.ts';
import { readableDate } from '../src/i18n/dates.ts';
import { texts, type Pack, type Locale } from '../src/i18n/locale.ts';
import { escapeMarkdown, markdownLink, truncate } from '../src/util/markdown.ts';

const developmentsText = texts('developments');

type Words = Pack['developments'];

/** Options that autocomplete, and the facet of the knowledge base each draws its values from. */
const FACETS = { country: 'country', topic: 'theme', type: 'type' } as const;

const DEFAULT_LIMIT = 5;
/** Characters of fields per page, under Discord's 6000 per message with room for title and footer. */
const CHARACTERS_PER_PAGE = 5200;

/** Filters resolved to what the list needs: canonical country, ISO dates. */
interface Query extends DevelopmentFilters {
  limit: number;
}

function resolve(
  options: {
    country?: string;
    topic?: string;
    type?: string;
    since?: string;
    until?: string;
    query?: string;
    limit?: number;
  },
  ctx: Context,
): Query {
  const country = options.country && (findCountry(options.country)?.name ?? options.country);
  // "what is new since last month" asked as words: the time phrase is the period, not words to find.
  const time = options.query && !options.since && !options.until ? readTimePhrase(options.query, ctx.now) : undefined;
  const rest = time && ctx.kb.wordsOf(time.rest).length > 0 ? time.rest : undefined;
  return {
    ...options,
    country,
    since: time?.range.start ?? dateOption(options.since, 'start', ctx),
    until: time?.range.end ?? dateOption(options.until, 'end', ctx),
    query: time ? rest : options.query,
    limit: options.limit ?? DEFAULT_LIMIT,
  };
}

/** The query as custom_id values: dates as yyyymmdd, the default limit left out. */
const encode = (q: Query): Array<string | undefined> => [
  q.country,
  q.topic,
  q.type,
  q.since?.replaceAll('-', ''),
  q.until?.replaceAll('-', ''),
  q.query,
  q.limit === DEFAULT_LIMIT ? undefined : String(q.limit),
];

function decode(state: Array<string | undefined>): Query {
  const [country, topic, type, since, until, query, limit] = state;
  const iso = (compact: string | undefined) => compact?.replace(/^(\d{4})(\d{2})(\d{2})$/, '$1-$2-$3');
  const size = Number(limit);
  return {
    country,
    topic,
    type,
    since: iso(since),
    until: iso(until),
    query,
    limit: Number.isInteger(size) && size >= 1 && size <= 25 ? size : DEFAULT_LIMIT,
  };
}

/** "in Czechia", "since 1 March 2026": each filter given, as the reader's language says it. */
function filterPhrases(filters: DevelopmentFilters, words: Words, locale: Locale): string[] {
  return FILTER_ORDER.flatMap((name) => {
    const value = filters[name];
    if (value === undefined) return [];
    return [
      words.filter[name](name === 'since' || name === 'until' ? readableDate(value, locale) : escapeMarkdown(value)),
    ];
  });
}

/** "**2025-03-12** · Poland · Legislation", the themes, the summary and the sources, within a field. */
function developmentField(development: Development, ctx: Context): Field {
  const { document } = development;
  const facts = [development.country, development.type]
    .filter((fact): fact is string => Boolean(fact))
    .map(escapeMarkdown);
  const header = [`**${development.date}**`, ...facts].join(' · ');
  const themes = development.themes.length > 0 ? `*${escapeMarkdown(development.themes.join(', '))}*` : undefined;
  const extra = document.sources
    .filter((s) => s.url)
    .slice(1)
    .map((s) => markdownLink(escapeMarkdown(s.publisher ?? answerText(ctx.locale).source), s.url!));
  const sources = [citation(document, ctx.locale), ...extra].join(' · ');
  const fixed = [header, themes, sources].filter(Boolean).join('\n').length + 2;
  const room = Math.max(40, FIELD_VALUE_MAX - fixed);
  const match = development.match && snippetMarkdown(development.match);
  const summary = match && match.length <= room ? match : truncate(escapeMarkdown(development.summary), room);
  return {
    name: truncate(escapeMarkdown(development.title), 256),
    value: [header, themes, summary, sources].filter(Boolean).join('\n'),
  };
}

/** "3 developments in Poland, but none since 2026-03-01.", and the values present when a value matched nothing. */
function explainEmpty(q: Query, words: Words, ctx: Context): Reply {
  const explanation = whyEmpty(ctx.kb, q);
  if (!explanation || explanation.count === 0)
    return { cards: [{ title: words.title, description: words.noneAtAll, color: COLORS.empty }] };
  const { kept, count, excludedBy } = explanation;
  const counted = words.count(count);
  const before =
    Object.keys(kept).length === 0
      ? words.indexed(counted)
      : [counted, ...filterPhrases(kept, words, ctx.locale)].join(' ');
  const lines = [words.noneBecause(before, filterPhrases({ [excludedBy]: q[excludedBy] }, words, ctx.locale).join(''))];
  const facet = FACETS[excludedBy as keyof typeof FACETS];
  const present = facet ? developmentFacet(ctx.kb, facet).slice(0, 15) : [];
  if (present.length > 0) lines.push(`${words.present[excludedBy]}: ${escapeMarkdown(present.join(', '))}`);
  return { cards: [{ title: words.title, description: lines.join('\n'), color: COLORS.empty }] };
}

function answer(q: Query, page: number, ctx: Context): Reply {
  const words = developmentsText(ctx.locale);
  const developments = listDevelopments(ctx.kb, q);
  if (developments.length === 0) return { ...explainEmpty(q, words, ctx), unanswered: q.query !== undefined };
  const title = [words.title, ...filterPhrases(q, words, ctx.locale)].join(' · ');
  const description = words.newestFirst(words.count(developments.length));
  const fields = developments.map((development) => developmentField(development, ctx));
  const pages = packPages(fields, (field) => field.name.length + field.value.length, q.limit, CHARACTERS_PER_PAGE);
  const render = (items: Field[]): Reply => ({ cards: [{ title, description, fields: items, color: COLORS.info }] });
  return pagedReply({ command: 'developments', state: encode(q), pages, page, render }, ctx);
}

export default defineCommand({
  name: 'developments',
  example: 'country: Czechia since: 2025',
  lookup: true,
  options: {
    ...DEVELOPMENT_FILTERS,
    type: {
      type: 'string',
      autocomplete: true,
      max: 100,
    },
    since: {
      type: 'string',
      max: 40,
    },
    until: {
      type: 'string',
      max: 40,
    },
    query: {
      type: 'string',
      max: 100,
    },
    limit: {
      type: 'integer',
      min: 1,
      max: 25,
    },
  },
  run: (options, ctx) => answer(resolve(options, ctx), 0, ctx),
  button(rest, ctx) {
    const { page, state } = readPageId(rest);
    return answer(decode(state), page, ctx);
  },
  autocomplete(focused, ctx) {
    const facet = FACETS[focused.name as keyof typeof FACETS];
    return facet ? matchingChoices(developmentFacet(ctx.kb, facet), focused.value) : [];
  },
});
