/** Failures as the user sees them: their own mistakes in their words, bugs as an error id. */
import { randomBytes } from 'node:crypto';
import type { Messages } from '../i18n/messages.ts';
import { COLORS, type Reply } from './reply.ts';

/**
 * A mistake in what the user asked (bad date, unknown option, no permission): shown to them as
 * is, ephemeral in Discord, exit code 2 in the terminal. Anything else is a bug.
 */
export class UserError extends Error {
  override readonly name = 'UserError';
}

export const newErrorId = (): string => randomBytes(4).toString('hex');

/** The reply for a failure: a UserError's own words, or an error id for a bug. Always ephemeral. */
export function errorReply(error: unknown, t: Messages, errorId: string): Reply {
  const description = error instanceof UserError ? error.message : t.somethingWrong(errorId);
  return { cards: [{ description, color: COLORS.error }], ephemeral: true };
}
