/**
 * /digest: moderators preview and post digests of new developments to a channel, now or on a
 * schedule. A ledger keeps every development posted to a channel, so no digest repeats one.
 */
import { countryChoices, matchingChoices } from '../src/answers/choices.ts';
import { dateOption } from '../src/answers/date-input.ts';
import { defineGroup, type Context } from '../src/framework/define.ts';
import { COLORS, type Reply } from '../src/framework/reply.ts';
import { UserError } from '../src/framework/errors.ts';
import { postPortOf } from '../src/moderation.ts';
import { digestFooter } from '../src/digest/render.ts';
import { nextSlot, WEEKDAYS } from '../src/digest/scheduler.ts';
import { DigestNotSent, type PostPort } from '../src/digest/service.ts';
import { digestText } from '../src/digest/text.ts';
import { readableDate } from '../src/i18n/dates.ts';
import { texts } from '../src/i18n/locale.ts';
import { developmentFacet } from '../src/knowledge/developments.ts';
import type { Filters as KnowledgeFilters } from '../src/knowledge/filters.ts';

const EN_WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const en = {
  previewOf: (channel?: string) =>
    channel ? `Preview of the digest for <#${channel}> (only you see this; nothing is posted).` : 'Preview of the digest (no channel here: it covers the default window, or since).',
  nothingNew: (channel: string | undefined, start: string) => `Nothing new${channel ? ` for <#${channel}>` : ''} since ${start}.`,
  nothingPosted: (channel: string, start: string) => `Nothing new for <#${channel}> since ${start}: nothing was posted.`,
  posted: (channel: string, developments: string, messages: number) =>
    `Posted ${developments} to <#${channel}> in ${messages === 1 ? '1 message' : `${messages} messages`}. They will not be posted there again.`,
  needsDiscord: 'Posting to a channel needs Discord: run the bot with DISCORD_TOKEN set.',
  cannotPost: (channel: string) => `I cannot post in <#${channel}>: I need View Channel, Send Messages and Embed Links there.`,
  notSent: (channel: string, status: number | undefined, sent: number, of: number) =>
    sent === 0
      ? `Discord did not take the digest for <#${channel}>${status ? ` (HTTP ${status})` : ''}. Nothing was recorded: the next digest there will include these developments.`
      : `Discord took ${sent} of the ${of} messages of the digest for <#${channel}>, then refused${status ? ` (HTTP ${status})` : ''}. What was sent is recorded; the rest will come in the next digest there.`,
  badTime: (at: string) => `“${at}” is not a time: use HH:MM (UTC), for example 08:00.`,
  weekdayDaily: 'A weekday goes only with every: weekly.',
  daily: (at: string) => `every day at ${at} UTC`,
  weekly: (weekday: number, at: string) => `every ${EN_WEEKDAYS[weekday]} at ${at} UTC`,
  scheduled: (channel: string, when: string, next: string) => `A digest of what is new will go to <#${channel}> ${when}. Next: ${next}.`,
  unscheduled: (channel: string) => `No more scheduled digests for <#${channel}>.`,
  notScheduled: (channel: string) => `No digest was scheduled for <#${channel}>.`,
};

const CS_WEEKDAYS = ['v neděli', 'v pondělí', 'v úterý', 've středu', 've čtvrtek', 'v pátek', 'v sobotu'];

const cs: typeof en = {
  previewOf: (channel) =>
    channel ? `Náhled přehledu pro <#${channel}> (vidíte ho jen vy; nic se nezveřejní).` : 'Náhled přehledu (bez kanálu: pokrývá výchozí období, nebo od data since).',
  nothingNew: (channel, start) => `Od ${start} nic nového${channel ? ` pro <#${channel}>` : ''}.`,
  nothingPosted: (channel, start) => `Od ${start} nic nového pro <#${channel}>: nic nebylo zveřejněno.`,
  posted: (channel, developments, messages) =>
    `Do <#${channel}> zveřejněno: ${developments} (${messages === 1 ? '1 zpráva' : `${messages} zprávy`}). Znovu se tam už neobjeví.`,
  needsDiscord: 'Zveřejnění v kanálu potřebuje Discord: spusťte bota s DISCORD_TOKEN.',
  cannotPost: (channel) => `Do <#${channel}> nemohu psát: potřebuji tam oprávnění Zobrazit kanál, Odesílat zprávy a Vkládat odkazy.`,
  notSent: (channel, status, sent, of) =>
    sent === 0
      ? `Discord přehled pro <#${channel}> nepřijal${status ? ` (HTTP ${status})` : ''}. Nic nebylo zaznamenáno: příští přehled tam tyto novinky zahrne.`
      : `Discord přijal ${sent} z ${of} zpráv přehledu pro <#${channel}>, pak odmítl${status ? ` (HTTP ${status})` : ''}. Odeslané je zaznamenáno, zbytek přijde v příštím přehledu.`,
  badTime: (at) => `„${at}“ není čas: použijte HH:MM (UTC), například 08:00.`,
  weekdayDaily: 'Den v týdnu patří jen k every: weekly.',
  daily: (at) => `každý den v ${at} UTC`,
  weekly: (weekday, at) => `každý týden ${CS_WEEKDAYS[weekday]} v ${at} UTC`,
  scheduled: (channel, when, next) => `Přehled novinek půjde do <#${channel}> ${when}. Příště: ${next}.`,
  unscheduled: (channel) => `Pravidelné přehledy pro <#${channel}> zrušeny.`,
  notScheduled: (channel) => `Pro <#${channel}> nebyl naplánován žádný přehled.`,
};

const digestCommandText = texts({ en, cs });

const FILTERS = {
  since: { type: 'string', description: 'Start here instead of at the last digest (2025-01-01, 30d, 2025)', descriptionCs: 'Začít od data místo od posledního přehledu (2025-01-01, 30d, 2025)', max: 40 },
  country: { type: 'string', description: 'Only developments about this country', descriptionCs: 'Jen novinky o této zemi', autocomplete: true, max: 100 },
  topic: { type: 'string', description: 'Only this thematic area', descriptionCs: 'Jen tato tematická oblast', autocomplete: true, max: 100 },
} as const;

const CHANNEL = { type: 'channel', description: 'The channel the digest goes to', descriptionCs: 'Kanál, kam přehled půjde', required: true } as const;

const TIME = /^([01]?\d|2[0-3]):([0-5]\d)$/;

/** The digest's filters as typed: `since` still a date option, read by dateOption. */
type Filters = Pick<KnowledgeFilters, 'since' | 'country' | 'topic'>;

function request(filters: Filters, ctx: Context) {
  return { now: ctx.now, since: dateOption(filters.since, 'start', ctx), country: filters.country, topic: filters.topic };
}

/** The post port, once it is certain the bot may post in the channel. */
async function poster(ctx: Context, channelId: string): Promise<PostPort> {
  const { canPost } = ctx;
  const port = postPortOf(ctx);
  if (!port || !canPost) throw UserError.of(digestCommandText, 'needsDiscord');
  if (!(await canPost(channelId))) throw UserError.of(digestCommandText, 'cannotPost', channelId);
  return port;
}

const note = (description: string, color: number = COLORS.success): Reply => ({ cards: [{ description, color }], ephemeral: true });

async function preview(options: Filters & { channel?: string }, ctx: Context): Promise<Reply> {
  const channelId = options.channel ?? ctx.channelId;
  const { digest, messages } = await ctx.moderation.digests.preview({ ...request(options, ctx), channelId }, ctx.locale);
  const [first, ...rest] = messages;
  if (!first) {
    const footer = digestFooter(digest, digestText(ctx.locale));
    return { cards: [{ description: digestCommandText(ctx.locale).nothingNew(channelId, readableDate(digest.period.start, ctx.locale)), footer, color: COLORS.empty }], ephemeral: true };
  }
  return { ...first, content: digestCommandText(ctx.locale).previewOf(channelId), ephemeral: true, more: rest };
}

async function post(options: Filters & { channel: string }, ctx: Context): Promise<Reply> {
  const text = digestCommandText(ctx.locale);
  const send = await poster(ctx, options.channel);
  try {
    const outcome = await ctx.moderation.digests.post(options.channel, request(options, ctx), send, { locale: ctx.locale, trigger: 'command' });
    const { digest, messageIds } = outcome;
    if (messageIds.length === 0) return note(text.nothingPosted(options.channel, readableDate(digest.period.start, ctx.locale)), COLORS.empty);
    return note(text.posted(options.channel, digestText(ctx.locale).developments(digest.items.length), messageIds.length));
  } catch (error) {
    throw error instanceof DigestNotSent ? UserError.of(digestCommandText, 'notSent', options.channel, error.status, error.sent.messages, error.sent.of) : error;
  }
}

/** What /digest schedule is asked: where, how often, when. */
interface ScheduleRequest {
  channel: string;
  every: string;
  at?: string;
  weekday?: string;
}

async function schedule({ channel, every, at = '08:00', weekday }: ScheduleRequest, ctx: Context): Promise<Reply> {
  const text = digestCommandText(ctx.locale);
  const time = TIME.exec(at.trim());
  if (!time) throw UserError.of(digestCommandText, 'badTime', at);
  if (every === 'daily' && weekday) throw UserError.of(digestCommandText, 'weekdayDaily');
  await poster(ctx, channel);
  const saved = await ctx.moderation.scheduler.save({
    channelId: channel,
    guildId: ctx.guildId,
    every: every === 'weekly' ? 'weekly' : 'daily',
    at: `${time[1]!.padStart(2, '0')}:${time[2]}`,
    weekday: every === 'weekly' ? WEEKDAYS.indexOf((weekday ?? 'monday') as (typeof WEEKDAYS)[number]) : undefined,
    locale: ctx.locale,
    createdBy: ctx.member?.userId,
  });
  const next = nextSlot(saved, ctx.now);
  const when = saved.weekday === undefined ? text.daily(saved.at) : text.weekly(saved.weekday, saved.at);
  return note(text.scheduled(channel, when, next ? `<t:${Math.floor(next.getTime() / 1000)}:F>` : '—'));
}

async function unschedule({ channel }: { channel: string }, ctx: Context): Promise<Reply> {
  const removed = await ctx.moderation.scheduler.remove(channel);
  return removed ? note(digestCommandText(ctx.locale).unscheduled(channel)) : note(digestCommandText(ctx.locale).notScheduled(channel), COLORS.empty);
}

/** Monday first, as a week is read. */
const WEEKDAY_CHOICES = [...WEEKDAYS.slice(1), WEEKDAYS[0]].map((day) => ({ name: day, value: day }));

export default defineGroup({
  name: 'digest',
  nameCs: 'prehled',
  description: 'Moderators: digests of new developments for a channel',
  descriptionCs: 'Moderátoři: přehledy novinek do kanálu',
  example: 'preview since: 30d',
  moderatorOnly: true,
  private: true,
  subcommands: {
    preview: {
      description: 'Show me the digest that would be posted (nothing is posted)',
      descriptionCs: 'Ukázat přehled, který by se zveřejnil (nic se nezveřejní)',
      options: {
        ...FILTERS,
        channel: { type: 'channel', description: 'For this channel (default: here)', descriptionCs: 'Pro tento kanál (výchozí: zde)' },
      },
    },
    post: {
      description: 'Post the digest of what is new to a channel',
      descriptionCs: 'Zveřejnit přehled novinek v kanálu',
      options: { channel: CHANNEL, ...FILTERS },
    },
    schedule: {
      description: 'Post a digest to a channel every day or week',
      descriptionCs: 'Zveřejňovat přehled v kanálu každý den nebo týden',
      options: {
        channel: CHANNEL,
        every: {
          type: 'string',
          description: 'How often',
          descriptionCs: 'Jak často',
          required: true,
          choices: [
            { name: 'daily', value: 'daily' },
            { name: 'weekly', value: 'weekly' },
          ],
        },
        at: { type: 'string', description: 'Time of day, HH:MM UTC (default 08:00)', descriptionCs: 'Čas, HH:MM UTC (výchozí 08:00)', max: 5 },
        weekday: { type: 'string', description: 'Day of the week, for weekly (default Monday)', descriptionCs: 'Den v týdnu, pro weekly (výchozí pondělí)', choices: WEEKDAY_CHOICES },
      },
    },
    unschedule: {
      description: 'Stop the scheduled digests of a channel',
      descriptionCs: 'Zrušit pravidelné přehledy v kanálu',
      options: { channel: CHANNEL },
    },
  },
  run(options, ctx) {
    switch (options.subcommand) {
      case 'preview':
        return preview(options, ctx);
      case 'post':
        return post(options, ctx);
      case 'schedule':
        return schedule(options, ctx);
      case 'unschedule':
        return unschedule(options, ctx);
    }
  },
  autocomplete(focused, ctx) {
    if (focused.name === 'country') return countryChoices(ctx.kb, focused.value);
    if (focused.name === 'topic') return matchingChoices(developmentFacet(ctx.kb, 'theme'), focused.value);
    return [];
  },
});
