/** /search: free text over every document, diacritics-insensitive, with snippets and citations. */
import { answerLine, contactLine, evidenceLine, languageTag, treatyLine } from '../src/answers/answer-line.ts';
import { NO_SUCH_AGREEMENT, treatyAnswer } from '../src/knowledge/treaty-answer.ts';
import { contactAnswer } from '../src/knowledge/contact-answer.ts';
import { dateOption } from '../src/answers/date-input.ts';
import { readTimePhrase } from '../src/answers/time-phrase.ts';
import { defineCommand, type Context } from '../src/framework/define.ts';
import { citation, snippetMarkdown } from '../src/answers/citations.ts';
import { COLORS } from '../src/answers/reply.ts';
import { countryChoices, matchingChoices, type Choice } from '../src/answers/choices.ts';
import { DOCUMENT_KINDS } from '../src/corpus/types.ts';
import { asksDeputy, asksWho, isContactKind } from '../src/knowledge/question.ts';
import { texts } from '../src/i18n/locale.ts';
import { escapeMarkdown } from '../src/util/markdown.ts';

const searchText = texts('search');

/** While a question is typed: earlier questions that contain it (newest first), then document titles. */
function querySuggestions(ctx: Context, typed: string): Choice[] {
  const earlier = ctx.services.feedback.asked.matching(typed);
  const titles = [...new Set(ctx.kb.documents.map((document) => document.title))];
  const choices = [...matchingChoices(earlier, typed), ...matchingChoices(titles, typed)];
  const seen = new Set<string>();
  return choices.filter((choice) => !seen.has(choice.value) && seen.add(choice.value)).slice(0, 25);
}

export default defineCommand({
  name: 'search',
  example: 'query: policejni spoluprace',
  lookup: true,
  rateLimited: true,
  options: {
    query: {
      type: 'string',
      required: true,
      autocomplete: true,
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
    // A question about what is new ("since last month", "this week") filters by the documents'
    // dates; when nothing in that period answers, the question is asked as typed.
    const time = since ? undefined : readTimePhrase(query, ctx.now);
    const recent = time?.recent ? time : undefined;
    const within =
      recent && ctx.kb.search(recent.rest, { country, since: recent.range.start, until: recent.range.end, kind }, 5);
    const results =
      within && within.answered
        ? within
        : ctx.kb.search(query, { country, since: dateOption(since, 'start', ctx), kind }, 5);
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
    const found = treatyAnswer(ctx.kb, query, results.kind, results.answered ? results.hits[0] : undefined);
    // A step the question names and the agreement catalogue dates answers, though no passage read as the answer
    // ("When were the ratification instruments … exchanged?" of a Czech notice: "Ratifikační listiny byly vyměněny …").
    const treaty = results.answered || found === NO_SUCH_AGREEMENT || found?.named ? found : undefined;
    if ((!results.answered && !treaty) || treaty === NO_SUCH_AGREEMENT) {
      const closest = results.hits
        .slice(0, 3)
        .map((hit) => `• ${escapeMarkdown(hit.document.title)} · ${citation(hit.document, ctx.locale)}`);
      const fields = closest.length > 0 ? [{ name: t.closestDocuments, value: closest.join('\n') }] : [];
      return {
        cards: [{ title, description: t.notInDocuments(escapeMarkdown(query)), fields, color: COLORS.empty }],
        unanswered: true,
      };
    }
    const [first] = results.hits;
    const contact = isContactKind(results.kind)
      ? contactAnswer(ctx.kb, query, results.kind!, new Set(results.hits.slice(0, 3).map((hit) => hit.document.id)))
      : undefined;
    // The results open with the document the answer line cites, so its quote stands under it.
    const cited = treaty ? treaty.step.document : contact?.match.document;
    const hits = cited ? leadingWith(results.hits, cited.id) : results.hits;
    return {
      confidence: first!.coverage,
      content: contact
        ? [
            contactLine(contact, false, asksWho(query), asksDeputy(query)),
            evidenceLine(ctx.kb.sentenceHolding(contact.match.document, contact.value)),
          ]
            .filter(Boolean)
            .join('\n')
        : treaty
          ? treatyLine(treaty, ctx.locale, languageTag(query, treaty.step.document.language, ctx.locale))
          : [
              answerLine(
                {
                  value: results.value,
                  sentence: first!.sentence,
                  document: first!.document,
                  tag: languageTag(query, first!.passage.language, ctx.locale),
                },
                ctx.locale,
              ),
              // "… a do kdy?": each other part of the question answered on a line of its own.
              ...(results.more ?? []).map((part) => answerLine(part, ctx.locale)),
            ].join('\n'),
      cards: [
        {
          title,
          description: t.resultsCount(results.hits.length, results.total),
          color: COLORS.info,
          fields: hits.map((hit, i) => ({
            name: `${i + 1}. ${hit.document.title}`,
            value: `${snippetMarkdown(hit.snippet)}\n${citation(hit.document, ctx.locale, hit.passage.heading)}`,
          })),
        },
      ],
    };
  },
  autocomplete: (focused, ctx) =>
    focused.name === 'query' ? querySuggestions(ctx, focused.value) : countryChoices(ctx.kb, focused.value),
});

/** The hits with the given document's first, the others in their order. */
const leadingWith = <T extends { document: { id: string } }>(hits: readonly T[], id: string): T[] => [
  ...hits.filter((hit) => hit.document.id === id),
  ...hits.filter((hit) => hit.document.id !== id),
];
