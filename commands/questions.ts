/**
 * /questions [days]: moderators see what the documents could not answer, and the answers people
 * found unhelpful, over the last days, most frequent first: which documents to add next.
 */
import { linesWithin } from '../src/answers/cards.ts';
import { texts } from '../src/i18n/locale.ts';
import { defineCommand } from '../src/framework/define.ts';
import type { QuestionCount } from '../src/framework/feedback.ts';
import { COLORS } from '../src/framework/reply.ts';
import { escapeMarkdown, truncate } from '../src/util/markdown.ts';

const en = {
  title: (days: number) => `Questions without a good answer, last ${days === 1 ? 'day' : `${days} days`}`,
  line: (q: QuestionCount) =>
    `**${q.unanswered + q.unhelpful}×** ${q.question} (not in the documents: ${q.unanswered}, not helpful: ${q.unhelpful})`,
  none: (days: number) =>
    `No question went unanswered or was voted not helpful in the last ${days === 1 ? 'day' : `${days} days`}.`,
  footer: 'Only the question is kept: not who asked, nor where.',
};

/** "poslední den", "poslední 3 dny", "posledních 7 dní". */
const lastDaysCs = (days: number): string =>
  days === 1 ? 'poslední den' : days <= 4 ? `poslední ${days} dny` : `posledních ${days} dní`;

const cs: typeof en = {
  title: (days: number) => `Dotazy bez dobré odpovědi za ${lastDaysCs(days)}`,
  line: (q: QuestionCount) =>
    `**${q.unanswered + q.unhelpful}×** ${q.question} (v dokumentech není: ${q.unanswered}, nepomohlo: ${q.unhelpful})`,
  none: (days: number) => `Za ${lastDaysCs(days)} nezůstal žádný dotaz bez odpovědi ani nebyl označen jako nepomohlo.`,
  footer: 'Ukládá se jen dotaz: ne kdo se ptal, ani kde.',
};

const questionsText = texts({ en, cs });

const DAY_MS = 24 * 60 * 60 * 1000;
const SHOWN = 25;

export default defineCommand({
  name: 'questions',
  nameCs: 'dotazy',
  description: 'Moderators: questions the documents did not answer or answered unhelpfully',
  descriptionCs: 'Moderátoři: dotazy bez odpovědi v dokumentech a odpovědi, které nepomohly',
  moderatorOnly: true,
  private: true,
  example: 'days: 7',
  options: {
    days: {
      type: 'integer',
      description: 'How many days back (default 7)',
      descriptionCs: 'Kolik dní zpět (výchozí 7)',
      min: 1,
      max: 365,
    },
  },
  async run({ days = 7 }, ctx) {
    const words = questionsText(ctx.locale);
    const counts = await ctx.moderation.feedback.questions(new Date(ctx.now.getTime() - days * DAY_MS), SHOWN);
    const lines = counts.map((count) =>
      words.line({ ...count, question: escapeMarkdown(truncate(count.question, 200)) }),
    );
    const description = lines.length > 0 ? linesWithin(lines, 4000) : words.none(days);
    const color = lines.length > 0 ? COLORS.info : COLORS.empty;
    return { cards: [{ title: words.title(days), description, footer: words.footer, color }], ephemeral: true };
  },
});
