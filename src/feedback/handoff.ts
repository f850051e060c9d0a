/**
 * "Ask a colleague": every answer to a question carries the button; it opens a thread in the
 * hand-off channel a moderator chose (/channels handoff) with the question, what the bot answered
 * and a link back to that answer, pinging the chosen role (the only mention the message allows).
 * One thread per question and server: a second press finds the first.
 */
import { LIMITS } from '../render/limits.ts';
import type { Context } from '../framework/define.ts';
import { UserError } from '../i18n/user-error.ts';
import { texts } from '../i18n/locale.ts';
import { frameworkText, questionsAskedText } from '../framework/messages.ts';
import { COLORS, type Button, type Reply } from '../answers/reply.ts';
import { truncate } from '../util/markdown.ts';

const handoffText = texts('handoff');

const HANDOFF = /^colleague:(.+)$/s;

/** The button, its custom id carrying the command and the question (cut to fit 100 characters). */
export const handoffButton = (command: string, question: string, ctx: Context): Button => ({
  label: questionsAskedText(ctx.locale).askColleague,
  customId: `${command}:colleague:${question}`.slice(0, LIMITS.customId),
});

export const isHandoff = (rest: string): boolean => HANDOFF.test(rest);

/** Open (or find) the question's hand-off thread; the presser is told where, privately. */
export async function handOff(rest: string, ctx: Context): Promise<Reply> {
  const [, question] = HANDOFF.exec(rest) ?? [];
  if (!question) throw UserError.of(frameworkText, 'buttonGone');
  const { guildId, openThread } = ctx;
  if (!guildId || !openThread) throw UserError.of(handoffText, 'needsServer');
  const { channels } = ctx.services;
  const [handoff, existing] = await Promise.all([channels.handoff(guildId), channels.threadFor(guildId, question)]);
  const words = handoffText(ctx.locale);
  const told = (description: string): Reply => ({ cards: [{ description, color: COLORS.success }], ephemeral: true });
  if (existing) return told(words.already(existing.threadId));
  if (!handoff) throw UserError.of(handoffText, 'notSetUp');
  const starter = handoffStarter(question, handoff.roleId, ctx);
  const threadId = await openThread(handoff.channelId, question, starter);
  const saved = await channels.saveThread({
    guildId,
    question,
    threadId,
    answerUrl: ctx.message?.url,
    openedAt: ctx.now,
  });
  return told(words.opened(saved.threadId));
}

/** The hand-off thread's first message: the question, the answer given and where it is, pinging the role. */
function handoffStarter(question: string, roleId: string | undefined, ctx: Context): Reply {
  const words = handoffText(ctx.locale);
  const answer = ctx.message?.text.trim() || words.noAnswer;
  const fields = [{ name: words.answer, value: truncate(answer, LIMITS.fieldValue) }];
  if (ctx.message?.url) fields.push({ name: words.link, value: ctx.message.url });
  return {
    cards: [
      {
        title: truncate(question, LIMITS.title),
        description: [ctx.member ? words.askedBy(ctx.member.userId) : '', words.reply].filter(Boolean).join('\n'),
        fields,
        color: COLORS.info,
      },
    ],
    mentionRoleId: roleId,
  };
}
