/** /digest's own words in English and Czech. */
import { texts } from '../i18n/locale.ts';

const EN_WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const en = {
  previewOf: (channel?: string) =>
    channel
      ? `Preview of the digest for <#${channel}> (only you see this; nothing is posted).`
      : 'Preview of the digest (no channel here: it covers the default window, or since).',
  nothingNew: (channel: string | undefined, start: string) =>
    `Nothing new${channel ? ` for <#${channel}>` : ''} since ${start}.`,
  nothingPosted: (channel: string, start: string) =>
    `Nothing new for <#${channel}> since ${start}: nothing was posted.`,
  posted: (channel: string, developments: string, messages: number) =>
    `Posted ${developments} to <#${channel}> in ${messages === 1 ? '1 message' : `${messages} messages`}. They will not be posted there again.`,
  needsDiscord: 'Posting to a channel needs Discord: run the bot with DISCORD_TOKEN set.',
  cannotPost: (channel: string) =>
    `I cannot post in <#${channel}>: I need View Channel, Send Messages and Embed Links there.`,
  notSent: (channel: string, status: number | undefined, sent: number, of: number) =>
    sent === 0
      ? `Discord did not take the digest for <#${channel}>${status ? ` (HTTP ${status})` : ''}. Nothing was recorded: the next digest there will include these developments.`
      : `Discord took ${sent} of the ${of} messages of the digest for <#${channel}>, then refused${status ? ` (HTTP ${status})` : ''}. What was sent is recorded; the rest will come in the next digest there.`,
  badTime: (at: string) => `“${at}” is not a time: use HH:MM, for example 08:00.`,
  badTimeZone: (zone: string) =>
    `“${zone}” is not a time zone: pick one from the suggestions, for example Europe/Prague.`,
  weekdayDaily: 'A weekday goes only with every: weekly.',
  daily: (at: string, zone: string) => `every day at ${at} ${zone}`,
  weekly: (weekday: number, at: string, zone: string) => `every ${EN_WEEKDAYS[weekday]} at ${at} ${zone}`,
  where: {
    channel: (channel: string) => `to <#${channel}>`,
    thread: (channel: string) => `to a new thread of <#${channel}>`,
    forum: (channel: string) => `as a new post in the forum <#${channel}>`,
  },
  pinging: (role: string) => `, pinging <@&${role}>`,
  only: (filters: string) => ` (only ${filters})`,
  scheduledPreview: (where: string, when: string, next: string) =>
    `The schedule posts this ${where} ${when}; next: ${next}.`,
  scheduled: (where: string, when: string, next: string) =>
    `A digest of what is new will go ${where} ${when}. Next: ${next}.`,
  unscheduled: (channel: string) => `No more scheduled digests for <#${channel}>.`,
  notScheduled: (channel: string) => `No digest was scheduled for <#${channel}>.`,
};

const CS_WEEKDAYS = ['v neděli', 'v pondělí', 'v úterý', 've středu', 've čtvrtek', 'v pátek', 'v sobotu'];

const cs: typeof en = {
  previewOf: (channel) =>
    channel
      ? `Náhled přehledu pro <#${channel}> (vidíte ho jen vy; nic se nezveřejní).`
      : 'Náhled přehledu (bez kanálu: pokrývá výchozí období, nebo od data since).',
  nothingNew: (channel, start) => `Od ${start} nic nového${channel ? ` pro <#${channel}>` : ''}.`,
  nothingPosted: (channel, start) => `Od ${start} nic nového pro <#${channel}>: nic nebylo zveřejněno.`,
  posted: (channel, developments, messages) =>
    `Do <#${channel}> zveřejněno: ${developments} (${messages === 1 ? '1 zpráva' : `${messages} zprávy`}). Znovu se tam už neobjeví.`,
  needsDiscord: 'Zveřejnění v kanálu potřebuje Discord: spusťte bota s DISCORD_TOKEN.',
  cannotPost: (channel) =>
    `Do <#${channel}> nemohu psát: potřebuji tam oprávnění Zobrazit kanál, Odesílat zprávy a Vkládat odkazy.`,
  notSent: (channel, status, sent, of) =>
    sent === 0
      ? `Discord přehled pro <#${channel}> nepřijal${status ? ` (HTTP ${status})` : ''}. Nic nebylo zaznamenáno: příští přehled tam tyto novinky zahrne.`
      : `Discord přijal ${sent} z ${of} zpráv přehledu pro <#${channel}>, pak odmítl${status ? ` (HTTP ${status})` : ''}. Odeslané je zaznamenáno, zbytek přijde v příštím přehledu.`,
  badTime: (at) => `„${at}“ není čas: použijte HH:MM, například 08:00.`,
  badTimeZone: (zone) => `„${zone}“ není časové pásmo: vyberte z nabídky, například Europe/Prague.`,
  weekdayDaily: 'Den v týdnu patří jen k every: weekly.',
  daily: (at, zone) => `každý den v ${at} ${zone}`,
  weekly: (weekday, at, zone) => `každý týden ${CS_WEEKDAYS[weekday]} v ${at} ${zone}`,
  where: {
    channel: (channel) => `do <#${channel}>`,
    thread: (channel) => `do nového vlákna v <#${channel}>`,
    forum: (channel) => `jako nový příspěvek do fóra <#${channel}>`,
  },
  pinging: (role) => `, s upozorněním pro <@&${role}>`,
  only: (filters) => ` (jen ${filters})`,
  scheduledPreview: (where, when, next) => `Plán toto zveřejní ${where} ${when}; příště: ${next}.`,
  scheduled: (where, when, next) => `Přehled novinek půjde ${where} ${when}. Příště: ${next}.`,
  unscheduled: (channel) => `Pravidelné přehledy pro <#${channel}> zrušeny.`,
  notScheduled: (channel) => `Pro <#${channel}> nebyl naplánován žádný přehled.`,
};

export const digestCommandText = texts({ en, cs });
