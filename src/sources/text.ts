/** /sources' words, from the language packs: every problem a source can have, worded for a moderator. */
import { texts, type Pack } from '../i18n/locale.ts';
import type { SourceError } from '../store/sources.ts';

export type SourcesText = Pack['sources'];

export const sourcesText = texts('sources');

/** One problem in words. */
export const describeProblem = (t: SourcesText, error: SourceError): string => t.problem(error.problem, error.detail);
