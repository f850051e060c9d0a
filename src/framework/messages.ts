/** The framework's own words (finding, checking and running a command), from the language packs. */
import { texts } from '../i18n/locale.ts';

export const frameworkText = texts('framework');

/** Questions asked by mention or from a message's menu, and votes on their answers. */
export const questionsAskedText = texts('questionsAsked');
