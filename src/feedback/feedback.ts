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
}

/** The store's side of feedback. */
export interface FeedbackLog {
  unanswered(command: string, question: string, at: Date): Promise<void>;
  /** False when this person already voted on this answer. */
  vote(vote: Vote): Promise<boolean>;
  /** Unanswered and unhelpful questions since a time, most frequent first. */
  questions(since: Date, limit: number): Promise<QuestionCount[]>;
}

const VOTE = /^vote:([01]):([0-9a-f]{8}):(.+)$/s;

function voteButtons(command: string, question: string, ctx: Context, answerId = randomBytes(4).toString('hex')) {
  const id = (helpful: 0 | 1) => `${command}:vote:${helpful}:${answerId}:${question}`.slice(0, LIMITS.customId);
  const words = questionsAskedText(ctx.locale);
  return [
    { label: words.helpful, customId: id(1) },
    { label: words.notHelpful, customId: id(0) },
  ];
}

export const isVote = (rest: string): boolean => VOTE.test(rest);

/** Record a vote from a button's custom id (the part after `command:`); a second vote on the same answer is refused kindly. */
export async function recordVote(command: string, rest: string, ctx: Context): Promise<Reply> {
  const [, helpful, answerId, question] = VOTE.exec(rest) ?? [];
  if (!question) throw UserError.of(frameworkText, 'buttonGone');
  const voter = ctx.member?.userId ?? '';
  const key = createHash('sha256').update(`${answerId}:${voter}`).digest('hex');
  const counted = await ctx.services.feedback.vote({ key, command, question, helpful: helpful === '1', at: ctx.now });
  const words = questionsAskedText(ctx.locale);
  return {
    cards: [{ description: counted ? words.voteThanks : words.alreadyVoted, color: COLORS.success }],
    ephemeral: true,
  };
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
  if (reply.unanswered) await ctx.services.feedback.unanswered(command, question.trim(), ctx.now);
  if (!ctx.canPressButtons) return reply;
  const votes = reply.unanswered ? [] : voteButtons(command, question.trim(), ctx);
  const colleague = ctx.guildId ? [handoffButton(command, question.trim(), ctx)] : [];
  return { ...reply, buttons: [...(reply.buttons ?? []), ...votes, ...colleague] };
}
