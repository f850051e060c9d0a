/** What the terminal says (the session's greeting and help, mistakes in a typed command line), from the language packs. */
import { texts } from '../i18n/locale.ts';

export const cliText = texts('cli');
