/**
 * Failures as the user sees them. A UserError (src/i18n/user-error.ts) is a mistake in what the
 * user asked, worded in their language; anything else is a bug, shown as an error id.
 */
import { randomBytes } from 'node:crypto';
import type { Locale } from '../i18n/locale.ts';
import { UserError } from '../i18n/user-error.ts';
import { frameworkText } from './messages.ts';
import { COLORS, type Reply } from '../answers/reply.ts';

export const newErrorId = (): string => randomBytes(4).toString('hex');

/** The reply for a failure: a UserError's own words, or an error id for a bug. Always ephemeral. */
export function errorReply(error: unknown, locale: Locale, errorId: string): Reply {
  const description = error instanceof UserError ? error.text(locale) : frameworkText(locale).somethingWrong(errorId);
  return { cards: [{ description, color: COLORS.error }], ephemeral: true };
}
