/**
 * Questions nobody addressed to the bot, in a channel or forum a moderator chose (/channels
 * auto-answer): each is answered by the lookup it is plainly about, as a question by mention is,
 * but only when the answer clears the channel's threshold. Otherwise the bot stays silent and the
 * question joins the unanswered ones the moderators read in /questions.
 */
import type { App } from '../app.ts';
import type { Reply } from '../answers/reply.ts';
import type { Invoker } from '../framework/define.ts';
import type { Invocation } from '../framework/dispatch.ts';
import type { AutoAnswerChannel, AutoAnswerKind } from '../store/store.ts';
import { questionText, routeQuestion } from './routing.ts';

/** The settings of a channel the bot answers in unasked, when it is one of that kind. */
export async function autoAnswering(
  app: App,
  channelId: string,
  kind: AutoAnswerKind,
): Promise<AutoAnswerChannel | undefined> {
  const settings = await (await app.moderation.store()).channels.autoAnswerIn(channelId);
  return settings?.kind === kind ? settings : undefined;
}

/** The lookup that may answer: the one the question is about, else /search when the channel allows it. */
function lookupFor(question: string, allowed: readonly string[]): Invocation | undefined {
  const routed = routeQuestion(question, false);
  if (allowed.length === 0 || allowed.includes(routed.command)) return routed;
  return allowed.includes('search') ? { command: 'search', options: { query: question } } : undefined;
}

/** Whether an answer is sure enough for the channel: the documents answer, and hold enough of the question. */
const clears = (reply: Reply, minConfidence: number | undefined): boolean =>
  !reply.unanswered && (minConfidence === undefined || (reply.confidence ?? 1) * 100 >= minConfidence);

/**
 * The answer to post, or undefined to stay silent (the question is then recorded as unanswered,
 * as a question the documents cannot answer is everywhere else).
 */
export async function autoAnswer(
  app: App,
  settings: AutoAnswerChannel,
  text: string,
  invoker: Invoker,
): Promise<Reply | undefined> {
  const question = questionText(text);
  if (!question) return undefined;
  const ctx = app.context(invoker);
  const invocation = lookupFor(question, settings.commands);
  const reply = invocation ? await app.answer(invocation, ctx) : undefined;
  if (reply && clears(reply, settings.minConfidence)) return reply;
  // An unanswered reply was recorded by App.answer already; a weak or unroutable one is recorded here.
  if (!reply?.unanswered) await ctx.services.feedback.unanswered(invocation?.command ?? 'search', question, ctx.now);
  return undefined;
}
