/** /search: free text over every document, diacritics-insensitive, with snippets and citations. */
import { dateOption } from '../src/answers/date-input.ts';
import { defineCommand } from '../src/framework/define.ts';
import { citation, snippetMarkdown } from '../src/answers/citations.ts';
import { COLORS } from '../src/framework/reply.ts';
import { countryChoices } from '../src/answers/choices.ts';
import { DOCUMENT_KINDS } from '../src/corpus/types.ts';
import { texts } from '../src/i18n/locale.ts';
import { escapeMarkdown } from '../src/util/markdown.ts';

const en = {
  title: (query: string) => `Search: ${query}`,
  resultsCount: (shown: number, total: number) => (total === 1 ? '1 result' : `Top ${shown} of ${total} results`),
  noResults: (query: string) => `Nothing in the documents matches “${query}”.`,
  didYouMean: (query: string) => `Did you mean **${query}**?`,
  withoutFilters: (total: number) => `${total} found without the filters: try removing country or since.`,
  tryOther: 'Try fewer or other words, or `/search` with a topic such as frontex, asylum or police cooperation.',
  notInDocuments: (query: string) => `The documents don't answer “${query}”.`,
  closestDocuments: 'Closest documents (they do not answer it)',
};

const cs: typeof en = {
  title: (query) => `Hledání: ${query}`,
  resultsCount: (shown, total) => (total === 1 ? '1 výsledek' : `Prvních ${shown} z ${total} výsledků`),
  noResults: (query) => `Dokumentům neodpovídá nic pro „${query}“.`,
  didYouMean: (query) => `Měli jste na mysli **${query}**?`,
  withoutFilters: (total) => `Bez filtrů nalezeno ${total}: zkuste odebrat zemi nebo datum.`,
  tryOther: 'Zkuste méně nebo jiná slova, nebo `/search` s tématem, např. frontex, azyl, policejní spolupráce.',
  notInDocuments: (query) => `Dokumenty na „${query}“ neodpovídají.`,
  closestDocuments: 'Nejbližší dokumenty (odpověď neobsahují)',
};

const searchText = texts({ en, cs });

export default defineCommand({
  name: 'search',
  nameCs: 'hledat',
  description: 'Search every document (diacritics optional, "quoted phrases" exact)',
  descriptionCs: 'Hledat ve všech dokumentech (diakritika nepovinná, „fráze“ přesně)',
  example: 'query: policejni spoluprace',
  lookup: true,
  rateLimited: true,
  options: {
    query: {
      type: 'string',
      description: 'Words or "a phrase" to look for',
      descriptionCs: 'Hledaná slova nebo „fráze“',
      required: true,
      min: 1,
      max: 200,
    },
    country: {
      type: 'string',
      description: 'Only documents about this country',
      descriptionCs: 'Jen dokumenty o této zemi',
      autocomplete: true,
      max: 100,
    },
    since: {
      type: 'string',
      description: 'Only documents dated on or after (2025-01-01, 30d, 2025)',
      descriptionCs: 'Jen dokumenty od data (2025-01-01, 30d, 2025)',
      max: 40,
    },
    kind: {
      type: 'string',
      description: 'Only this kind of document',
      descriptionCs: 'Jen tento druh dokumentu',
      choices: DOCUMENT_KINDS.map((kind) => ({ name: kind, value: kind })),
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
