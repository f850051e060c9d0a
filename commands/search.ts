/** /search: free text over every document, diacritics-insensitive, with snippets and citations. */
import { dateOption } from '../src/answers/date-input.ts';
import { defineCommand } from '../src/framework/define.ts';
import { citation, snippetMarkdown } from '../src/answers/citations.ts';
import { COLORS } from '../src/answers/reply.ts';
import { countryChoices } from '../src/answers/choices.ts';
import { DOCUMENT_KINDS } from '../src/corpus/types.ts';
import { texts } from '../src/i18n/locale.ts';
import { escapeMarkdown } from '../src/util/markdown.ts';

const searchText = texts('search');

export default defineCommand({
  name: 'search',
  example: 'query: policejni spoluprace',
  lookup: true,
  options: {
    query: {
      type: 'string',
      required: true,
      min: 1,
      max: 200,
    },
    country: {
      type: 'string',
      autocomplete: true,
      max: 100,
    },
    since: {
      type: 'string',
      max: 40,
    },
    kind: {
      type: 'string',
      choices: DOCUMENT_KINDS,
    },
  },
  run({ query, country, since, kind }, ctx) {
    const t = searchText(ctx.locale);
    const results = ctx.kb.search(query, { country, since: dateOption(since, 'start', ctx), kind }, 5);
    const title = t.title(query);
    if (results.total === 0) {
      const hint =
        results.suggestion?.kind === 'spelling'
          ? t.didYouMean(escapeMarkdown(results.suggestion.query))
          : results.suggestion?.kind === 'without-filters'
            ? t.withoutFilters(results.suggestion.total)
            : t.tryOther;
      return {
        cards: [{ title, description: `${t.noResults(escapeMarkdown(query))}\n${hint}`, color: COLORS.empty }],
        unanswered: true,
      };
    }
    if (!results.answered) {
      const closest = results.hits
        .slice(0, 3)
        .map((hit) => `• ${escapeMarkdown(hit.document.title)} · ${citation(hit.document, ctx.locale)}`);
      const fields = closest.length > 0 ? [{ name: t.closestDocuments, value: closest.join('\n') }] : [];
      return {
        cards: [{ title, description: t.notInDocuments(escapeMarkdown(query)), fields, color: COLORS.empty }],
        unanswered: true,
      };
    }
    return {
      cards: [
        {
          title,
          description: t.resultsCount(results.hits.length, results.total),
          color: COLORS.info,
          fields: results.hits.map((hit, i) => ({
            name: `${i + 1}. ${hit.document.title}`,
            value: `${snippetMarkdown(hit.snippet)}\n${citation(hit.document, ctx.locale)}`,
          })),
        },
      ],
    };
  },
  autocomplete: (focused, ctx) => countryChoices(ctx.kb, focused.value),
});
