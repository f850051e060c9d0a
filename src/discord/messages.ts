/** What the Discord transport itself says: restarts, channels it cannot post in. */
import { texts } from '../i18n/locale.ts';

const en = {
  restarting: 'Restarting, please try again in a moment.',
  cannotPost: (channel: string) => `I cannot post in <#${channel}>.`,
};

const cs: typeof en = {
  restarting: 'Restartuji, zkuste to prosím za chvíli znovu.',
  cannotPost: (channel) => `Do <#${channel}> nemohu psát.`,
};

export const discordText = texts({ en, cs });
