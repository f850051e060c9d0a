/** What the Discord transport itself says: restarts, files it cannot fetch, channels it cannot post in. */
import { texts } from '../i18n/locale.ts';

const en = {
  restarting: 'Restarting, please try again in a moment.',
  tooLarge: (name: string, mb: number) => `“${name}” is larger than ${mb} MB.`,
  downloadFailed: (name: string, status: number) => `Could not download “${name}” (HTTP ${status}).`,
  cannotPost: (channel: string) => `I cannot post in <#${channel}>.`,
};

const cs: typeof en = {
  restarting: 'Restartuji, zkuste to prosím za chvíli znovu.',
  tooLarge: (name, mb) => `„${name}“ je větší než ${mb} MB.`,
  downloadFailed: (name, status) => `„${name}“ se nepodařilo stáhnout (HTTP ${status}).`,
  cannotPost: (channel) => `Do <#${channel}> nemohu psát.`,
};

export const discordText = texts({ en, cs });
