/**
 * A moderator's answer becomes a team answer: a message in a hand-off thread (its question is the
 * thread's), or any message saved with "Save as answer" (its question: the hand-off thread's, else
 * the message it replies to, else the thread or forum post it is in). Saved as a document, indexed
 * and synced like one (src/documents/team-answers.ts).
 */
import type { App } from '../app.ts';
import { COLORS, type Reply } from '../answers/reply.ts';
import type { Context } from '../framework/define.ts';
import { frameworkText } from '../framework/messages.ts';
import { texts } from '../i18n/locale.ts';
import { UserError } from '../i18n/user-error.ts';
import { DocumentRefused } from '../documents/manager.ts';
import { teamAnswerDocument, teamAnswerFileName } from '../documents/team-answers.ts';
import { escapeMarkdown, truncate } from '../util/markdown.ts';
import { questionText } from './routing.ts';

const teamAnswerText = texts('teamAnswer');

/** A message to keep as an answer, as the transport read it. */
export interface SavedMessage {
  text: string;
  /** The author's name as the server shows it. */
  by: string;
  at: Date;
  url: string;
  channelId: string;
  /** The text of the message it replies to, if any. */
  repliedTo?: string;
  /** The thread (or forum post) it is in, if any. */
  threadName?: string;
}

/** The question a hand-off thread was opened for, when the channel is one. */
export async function handoffQuestion(app: App, channelId: string): Promise<string | undefined> {
  return (await (await app.moderation.store()).channels.thread(channelId))?.question;
}

export async function saveTeamAnswer(app: App, saved: SavedMessage, ctx: Context): Promise<Reply> {
  if (!ctx.member?.isModerator) throw UserError.of(frameworkText, 'notModerator');
  const answer = saved.text.trim();
  if (!answer) throw UserError.of(teamAnswerText, 'empty');
  const question = questionText(
    (await handoffQuestion(app, saved.channelId)) ?? saved.repliedTo ?? saved.threadName ?? '',
  );
  if (!question) throw UserError.of(teamAnswerText, 'noQuestion');
  const bytes = teamAnswerDocument({ question, answer, by: saved.by, at: saved.at, link: saved.url });
  try {
    const outcome = await ctx.services.documents.add({
      name: teamAnswerFileName(question),
      bytes,
      replace: true,
      addedBy: ctx.member.userId,
    });
    const words = teamAnswerText(ctx.locale);
    const description = words.saved(escapeMarkdown(truncate(question, 200)), outcome.file, outcome.replaced);
    return { cards: [{ description, color: outcome.reload.ok ? COLORS.success : COLORS.error }], ephemeral: true };
  } catch (error) {
    if (error instanceof DocumentRefused) throw UserError.of(teamAnswerText, 'notSaved', error.detail);
    throw error;
  }
}
