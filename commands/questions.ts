/**
 * /questions [days]: moderators see what the documents could not answer, and the answers people
 * found unhelpful, over the last days, most frequent first: which documents to add next.
 */
import { linesWithin } from '../src/answers/cards.ts';
import { texts } from '../src/i18n/locale.ts';
import { defineCommand } from '../src/framework/define.ts';
import { COLORS } from '../src/answers/reply.ts';
import { escapeMarkdown, truncate } from '../src/util/markdown.ts';

const questionsText = texts('questions');

const DAY_MS = 24 * 60 * 60 * 1000;
const SHOWN = 25;

export default defineCommand({
  name: 'questions',
  moderatorOnly: true,
  private: true,
  example: 'days: 7',
  options: {
    days: {
      type: 'integer',
      min: 1,
      max: 365,
    },
  },
  async run({ days = 7 }, ctx) {
    const words = questionsText(ctx.locale);
    const counts = await ctx.services.feedback.questions(new Date(ctx.now.getTime() - days * DAY_MS), SHOWN);
    const lines = counts.map((count) =>
      words.line({ ...count, question: escapeMarkdown(truncate(count.question, 200)) }),
    );
    const description = lines.length > 0 ? linesWithin(lines, 4000) : words.none(days);
    const color = lines.length > 0 ? COLORS.info : COLORS.empty;
    return { cards: [{ title: words.title(days), description, footer: words.footer, color }], ephemeral: true };
  },
});
