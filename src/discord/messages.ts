/** What the Discord transport itself says (restarts, channels it cannot post in), from the language packs. */
import { texts } from '../i18n/locale.ts';

export const discordText = texts('discord');
