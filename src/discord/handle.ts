/**
 * What happens to an interaction, whichever way it arrived (gateway or HTTP): run the command,
 * answer within Discord's 3 s (directly when fast, else defer then edit), send the rest as
 * follow-ups, and take every failure down the one error path. Each transport supplies a
 * Responder; nothing here knows which.
 */
import type { App } from '../app.ts';
import type { Focused, Invoker } from '../framework/define.ts';
import { COLORS, type Reply } from '../answers/reply.ts';
import { questionsAskedText } from '../framework/messages.ts';
import { questionText, routeQuestion } from '../asking/routing.ts';
import { saveTeamAnswer, type SavedMessage } from '../asking/team-answer.ts';
import { autocomplete, type Invocation } from '../framework/dispatch.ts';
import { errorReply, newErrorId } from '../framework/errors.ts';
import { UserError } from '../i18n/user-error.ts';
import { allMessages, toDiscordMessage, type MessagePayload } from '../render/discord.ts';
import { toDiscordModal } from '../render/form.ts';

export type ModalPayload = ReturnType<typeof toDiscordModal>;

export interface Responder {
  reply(payload: MessagePayload): Promise<void>;
  /** Acknowledge now, answer later (a "thinking…" state). */
  defer(ephemeral: boolean): Promise<void>;
  editOriginal(payload: MessagePayload): Promise<void>;
  deleteOriginal(): Promise<void>;
  followUp(payload: MessagePayload): Promise<void>;
  /** For buttons: replace the message the button is on. */
  update?(payload: MessagePayload): Promise<void>;
  /** For buttons: acknowledge now, update the message later. */
  deferUpdate?(): Promise<void>;
  /** For buttons: answer with a form (a modal) instead of a message; only as the first answer. */
  showModal?(modal: ModalPayload): Promise<void>;
}

type Outcome = 'ok' | 'user-error' | 'error';

interface State {
  acknowledged: boolean;
  deferred: boolean;
  deferredEphemeral: boolean;
  /** The deferral on its way: nothing may edit or delete the original before it has landed. */
  ack?: Promise<void>;
}

async function deliver(reply: Reply, responder: Responder, state: State, asUpdate: boolean): Promise<void> {
  if (reply.form) {
    // Discord takes a modal only as the first answer to a button, never after a deferral.
    if (state.acknowledged || !responder.showModal) throw new Error('a form can only answer a button at once');
    await responder.showModal(toDiscordModal(reply.form));
    state.acknowledged = true;
    return;
  }
  const [first, ...rest] = allMessages(reply);
  const payload = toDiscordMessage(first ?? reply);
  // A private answer to a button (a vote's thanks) is a message of its own, never a change to the (public) one it is on.
  const update = asUpdate && !reply.ephemeral;
  if (!state.acknowledged) await (update && responder.update ? responder.update(payload) : responder.reply(payload));
  else if (asUpdate && !update) await responder.followUp(payload);
  else if (!asUpdate && ((reply.ephemeral && !state.deferredEphemeral) || reply.mentionUserId)) {
    // Deferred publicly, but the answer is private, or must ping someone (an edit pings nobody):
    // drop the placeholder and send the answer as a new message.
    await responder.deleteOriginal();
    await responder.followUp(payload);
  } else await responder.editOriginal(payload);
  state.acknowledged = true;
  for (const message of rest) await responder.followUp(toDiscordMessage({ ...message, ephemeral: reply.ephemeral }));
}

/** Send the error reply without ever throwing: a failure to report a failure is only logged. */
async function deliverError(
  app: App,
  error: unknown,
  invoker: Invoker,
  responder: Responder,
  state: State,
  context: object,
  asUpdate: boolean,
): Promise<Outcome> {
  const errorId = newErrorId();
  const userError = error instanceof UserError;
  if (!userError) app.logger.error({ ...context, errorId, err: error }, 'interaction failed');
  const payload = toDiscordMessage(errorReply(error, invoker.locale, errorId));
  try {
    await state.ack;
    if (!state.acknowledged) await responder.reply(payload);
    else if (asUpdate)
      await responder.followUp(payload); // keep the message the button is on
    else if (state.deferredEphemeral) await responder.editOriginal(payload);
    else {
      await responder.deleteOriginal().catch(() => undefined);
      await responder.followUp(payload);
    }
  } catch (sendError) {
    app.logger.warn({ ...context, errorId, err: sendError }, 'could not send the error reply');
  }
  return userError ? 'user-error' : 'error';
}

async function withDeferral(
  work: Promise<Reply>,
  responder: Responder,
  state: State,
  ephemeral: boolean,
  asUpdate: boolean,
  deferAfterMs: number,
): Promise<Reply> {
  let timer: NodeJS.Timeout | undefined;
  const deferred = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      state.acknowledged = true;
      state.deferred = true;
      state.deferredEphemeral = ephemeral;
      const ack = asUpdate && responder.deferUpdate ? responder.deferUpdate() : responder.defer(ephemeral);
      state.ack = ack.then(resolve, resolve);
    }, deferAfterMs);
  });
  try {
    const reply = await work;
    clearTimeout(timer);
    if (state.acknowledged) await deferred;
    return reply;
  } finally {
    clearTimeout(timer);
  }
}

async function handle(
  app: App,
  invoker: Invoker,
  responder: Responder,
  context: Record<string, unknown>,
  ephemeral: boolean,
  asUpdate: boolean,
  run: () => Promise<Reply>,
  deferAfterMs = app.deferAfterMs,
): Promise<Outcome> {
  const started = performance.now();
  const state: State = { acknowledged: false, deferred: false, deferredEphemeral: false };
  let outcome: Outcome = 'ok';
  try {
    const reply = await withDeferral(run(), responder, state, ephemeral, asUpdate, deferAfterMs);
    await deliver(reply, responder, state, asUpdate);
  } catch (error) {
    outcome = await deliverError(app, error, invoker, responder, state, context, asUpdate);
  }
  app.logger.info(
    { ...context, outcome, ms: Math.round(performance.now() - started), deferred: state.deferred },
    'interaction',
  );
  return outcome;
}

/** A private "slow down": an interaction must be answered, even over the limit. */
const slowDown = (app: App, invoker: Invoker, responder: Responder, context: Record<string, unknown>) =>
  handle(app, invoker, responder, context, true, false, async () => ({
    cards: [{ description: questionsAskedText(invoker.locale).slowDown, color: COLORS.empty }],
    ephemeral: true,
  }));

export async function handleCommand(
  app: App,
  invocation: Invocation,
  invoker: Invoker,
  responder: Responder,
  type = 'command',
): Promise<Outcome> {
  const context = { type, command: [invocation.command, invocation.subcommand].filter(Boolean).join(' ') };
  // A question by mention or from the menu has taken its turn already (handleQuestion).
  if (type === 'command' && app.registry.get(invocation.command)?.rateLimited) {
    const verdict = await app.questionLimiter.take(invoker.member?.userId ?? '');
    if (verdict !== 'answer') return slowDown(app, invoker, responder, context);
  }
  const definition = app.registry.get(invocation.command);
  const ephemeral = invocation.options.hide === true || definition?.private === true;
  return handle(
    app,
    invoker,
    responder,
    context,
    ephemeral,
    false,
    () => app.answer(invocation, app.context(invoker)),
    definition?.deferAtOnce ? 0 : app.deferAfterMs,
  );
}

export interface Question {
  /** The message's text, mentions and all. */
  text: string;
  /** From a message's context menu: answered privately; an interaction, so always answered. */
  source: 'mention' | 'message-menu';
}

/**
 * A question asked by mention or from a message's menu: the person's rate limit first (one "slow
 * down" per burst; a burst of mentions gets nothing more), then the lookup it is plainly about,
 * down the same path as the command typed by hand. Resolves with undefined when ignored.
 */
export async function handleQuestion(
  app: App,
  question: Question,
  invoker: Invoker,
  responder: Responder,
): Promise<Outcome | undefined> {
  const ephemeral = question.source === 'message-menu';
  const asked = questionsAskedText(invoker.locale);
  const verdict = await app.questionLimiter.take(invoker.member?.userId ?? '');
  if (verdict === 'ignore' && !ephemeral) return undefined;
  const text = questionText(question.text);
  if (verdict !== 'answer' || !text) {
    const notice = verdict !== 'answer' ? asked.slowDown : ephemeral ? asked.noTextToSearch : asked.askWhat;
    return handle(app, invoker, responder, { type: question.source }, ephemeral, false, async () => ({
      cards: [{ description: notice, color: COLORS.empty }],
      ephemeral,
    }));
  }
  return handleCommand(app, routeQuestion(text, ephemeral), invoker, responder, question.source);
}

/** "Save as answer" on a message (moderators): saved and indexed, which takes a moment, so acknowledged at once, privately. */
export function handleSaveAnswer(
  app: App,
  saved: SavedMessage,
  invoker: Invoker,
  responder: Responder,
): Promise<Outcome> {
  const work = () => saveTeamAnswer(app, saved, app.context(invoker));
  return handle(app, invoker, responder, { type: 'save-answer' }, true, false, work, 0);
}

export function handleButton(app: App, customId: string, invoker: Invoker, responder: Responder): Promise<Outcome> {
  const context = { type: 'button', customId };
  return handle(app, invoker, responder, context, false, true, () => app.pressButton(customId, app.context(invoker)));
}

/** A form sent back (a modal submission): its values by field id. */
export function handleForm(
  app: App,
  customId: string,
  values: Readonly<Record<string, string>>,
  invoker: Invoker,
  responder: Responder,
): Promise<Outcome> {
  const context = { type: 'form', customId };
  return handle(app, invoker, responder, context, true, false, () =>
    app.submitForm(customId, values, app.context(invoker)),
  );
}

/** Autocomplete cannot be deferred: answer from memory, and with no choices if anything fails. */
export function autocompleteChoices(app: App, command: string, focused: Focused, invoker: Invoker) {
  const started = performance.now();
  try {
    const choices = autocomplete(app.registry, command, focused, app.context(invoker));
    app.logger.debug({ type: 'autocomplete', command, ms: Math.round(performance.now() - started) }, 'interaction');
    return choices;
  } catch (error) {
    app.logger.error({ type: 'autocomplete', command, err: error }, 'autocomplete failed');
    return [];
  }
}
