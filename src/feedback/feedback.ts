/**
 * What users tell the moderators about answers: every answer to a question carries two buttons,
 * helpful / not helpful, whose custom ids hold all a vote needs (stateless: the command, the vote,
 * a random id of the answer, the question); a question the documents cannot answer is recorded.
 * Nothing but the question's text is kept, and a vote only as a hash of answer and voter.
 */
import { createHash, randomBytes } from 'node:crypto';
import { LIMITS } from '../render/limits.ts';
import type { Context } from '../framework/define.ts';
import { UserError } from '../i18n/user-error.ts';
import { frameworkText, questionsAskedText } from '../framework/messages.ts';
import { COLORS, type Reply } from '../answers/reply.ts';
import type { AskedQuestions } from './asked.ts';
import { handoffButton } from './handoff.ts';

export interface QuestionCount {
  question: string;
  /** Times it was answered "not in the documents". */
  unanswered: number;
  /** Votes "not helpful" on its answers. */
  unhelpful: number;
}

export interface Vote {
  /** One per voter and answer, and nothing to tell who voted. */
  key: string;
  command: string;
  question: string;
  helpful: boolean;
  at: Date;
  /** Why it did not help, as chosen in the form "Not helpful" opens. */
  reason?: Reason;
  /** The voter's own words, if any. */
  detail?: string;
}

/** Why an answer did not help. */
export const REASONS = ['wrong', 'outdated', 'not-found', 'other'] as const;
export type Reason = (typeof REASONS)[number];

/** The store's side of feedback. */
export interface FeedbackLog {
  unanswered(command: string, question: string, at: Date): Promise<void>;
  /** False when this person already voted on this answer. */
  vote(vote: Vote): Promise<boolean>;
  /** Unanswered and unhelpful questions since a time, most frequent first. */
  questions(since: Date, limit: number): Promise<QuestionCount[]>;
}

/** What commands reach as `ctx.services.feedback`: the store's log, and the questions asked in this process (for suggestions while typing). */
export interface FeedbackService extends FeedbackLog {
  readonly asked: AskedQuestions;
}

const VOTE = /^vote:([01]):([0-9a-f]{8}):(.+)$/s;
/** The form "Not helpful" opens: its submission carries the same answer id and question. */
const WHY = /^why:([0-9a-f]{8}):(.+)$/s;

function voteButtons(command: string, question: string, ctx: Context, answerId = randomBytes(4).toString('hex')) {
  const id = (helpful: 0 | 1) => `${command}:vote:${helpful}:${answerId}:${question}`.slice(0, LIMITS.customId);
  const words = questionsAskedText(ctx.locale);
  return [
    { label: words.helpful, customId: id(1) },
    { label: words.notHelpful, customId: id(0) },
  ];
}

export const isVote = (rest: string): boolean => VOTE.test(rest);
export const isWhy = (rest: string): boolean => WHY.test(rest);

/** One vote per person and answer, and nothing to tell who voted. */
const voteKey = (answerId: string, ctx: Context): string =>
  createHash('sha256')
    .update(`${answerId}:${ctx.member?.userId ?? ''}`)
    .digest('hex');

async function counted(vote: Omit<Vote, 'key' | 'at'>, answerId: string, ctx: Context): Promise<Reply> {
  const isNew = await ctx.services.feedback.vote({ ...vote, key: voteKey(answerId, ctx), at: ctx.now });
  const words = questionsAskedText(ctx.locale);
  return {
    cards: [{ description: isNew ? words.voteThanks : words.alreadyVoted, color: COLORS.success }],
    ephemeral: true,
  };
}

/**
 * A press of Helpful is counted at once; Not helpful opens a form asking why (wrong, outdated, not
 * found, other, and words of one's own), counted when it is sent. From a button's custom id (the
 * part after `command:`); a second vote on the same answer is refused kindly.
 */
export async function recordVote(command: string, rest: string, ctx: Context): Promise<Reply> {
  const [, helpful, answerId, question] = VOTE.exec(rest) ?? [];
  if (!question || !answerId) throw UserError.of(frameworkText, 'buttonGone');
  if (helpful === '1') return counted({ command, question, helpful: true }, answerId, ctx);
  const words = questionsAskedText(ctx.locale);
  return {
    cards: [],
    form: {
      customId: `${command}:why:${answerId}:${question}`,
      title: words.whyTitle,
      fields: [
        {
          id: 'reason',
          label: words.whyReason,
          choices: REASONS.map((value) => ({ value, label: words.reasons[value] })),
        },
        { id: 'detail', label: words.whyDetail, required: false, maxLength: 500 },
      ],
    },
    ephemeral: true,
  };
}

/** The "Not helpful" form sent back: the vote, with its reason. */
export async function recordReason(
  command: string,
  rest: string,
  values: Readonly<Record<string, string>>,
  ctx: Context,
): Promise<Reply> {
  const [, answerId, question] = WHY.exec(rest) ?? [];
  if (!question || !answerId) throw UserError.of(frameworkText, 'buttonGone');
  const reason = REASONS.find((known) => known === values.reason) ?? 'other';
  const detail = values.detail?.trim().slice(0, 500) || undefined;
  return counted({ command, question, helpful: false, reason, detail }, answerId, ctx);
}

/**
 * After a lookup answered a question: record it when the documents do not answer it, else let
 * the asker say whether the answer helped; in a server, either way, let them ask a colleague.
 */
export async function withFeedback(
  reply: Reply,
  command: string,
  question: string | undefined,
  ctx: Context,
): Promise<Reply> {
  if (!question?.trim()) return reply;
  ctx.services.feedback.asked.remember(question);
  if (reply.unanswered) await ctx.services.feedback.unanswered(command, question.trim(), ctx.now);
  if (!ctx.canPressButtons) return reply;
  const votes = reply.unanswered ? [] : voteButtons(command, question.trim(), ctx);
  const colleague = ctx.guildId ? [handoffButton(command, question.trim(), ctx)] : [];
  return { ...reply, buttons: [...(reply.buttons ?? []), ...votes, ...colleague] };
}
