/** Words the answer toolkit puts into every answer (citations, paging, date hints), from the language packs. */
import { texts } from '../i18n/locale.ts';

export const answerText = texts('answers');
