/** The digest's own words, from the language packs (document text stays as written). */
import { texts, type Pack } from '../i18n/locale.ts';

export type DigestText = Pack['digest'];

export const digestText = texts('digest');
