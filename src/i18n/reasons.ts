/**
 * Why a file was skipped or the seeds folder not read, worded for a reader: src/corpus/warnings.ts
 * gives a code and its parameters, the language packs the words.
 */
import type { Reason } from '../corpus/warnings.ts';
import { pack, type Locale } from './locale.ts';

/** A reason worded for a reader: the user's locale at the edge, 'en' in logs. */
export function describeReason(reason: Reason, locale: Locale): string {
  const word = pack(locale).reasons[reason.code] as (reason: Reason) => string;
  return word(reason);
}
