/** /digest's own words, from the language packs. */
import { texts } from '../i18n/locale.ts';

export const digestCommandText = texts('digestCommand');
