/**
 * /digest: moderators preview and post digests of new developments to a channel, now or on a
 * schedule. A ledger keeps every development posted to a channel, so no digest repeats one.
 */
import { countryChoices, matchingChoices } from '../src/answers/choices.ts';
import { dateOption } from '../src/answers/date-input.ts';
import { DEVELOPMENT_FILTERS } from '../src/answers/development-filters.ts';
import { defineGroup, type Context } from '../src/framework/define.ts';
import { COLORS, type Reply } from '../src/answers/reply.ts';
import { UserError } from '../src/i18n/user-error.ts';
import { digestFooter } from '../src/digest/render.ts';
import { nextSlot, WEEKDAYS, type Destination, type Schedule } from '../src/digest/scheduler.ts';
import { DigestNotSent, postPortOf, type PostPort } from '../src/digest/service.ts';
import { digestText } from '../src/digest/text.ts';
import { readableDate } from '../src/i18n/dates.ts';
import { digestCommandText } from '../src/digest/command-text.ts';
import { developmentFacet } from '../src/knowledge/developments.ts';
import type { Filters as KnowledgeFilters } from '../src/knowledge/filters.ts';

const FILTERS = {
  since: {
    type: 'string',
    max: 40,
  },
  ...DEVELOPMENT_FILTERS,
} as const;

/** Text, announcement and forum channels. */
const CHANNEL_TYPES = [0, 5, 15] as const;

const CHANNEL = {
  type: 'channel',
  required: true,
  channelTypes: CHANNEL_TYPES,
} as const;

const DELIVERY = {
  thread: {
    type: 'boolean',
  },
  role: { type: 'role' },
} as const;

const TIME = /^([01]?\d|2[0-3]):([0-5]\d)$/;

/** The digest's filters as typed: `since` still a date option, read by dateOption. */
type Filters = Pick<KnowledgeFilters, 'since' | 'country' | 'topic'>;

function request(filters: Filters, ctx: Context) {
  return {
    now: ctx.now,
    since: dateOption(filters.since, 'start', ctx),
    country: filters.country,
    topic: filters.topic,
  };
}

/** Where a digest goes: a forum takes posts; a text channel takes messages or, asked, a new thread. */
async function destinationOf(ctx: Context, channelId: string, thread: boolean | undefined): Promise<Destination> {
  if (await ctx.isForum?.(channelId)) return 'forum';
  return thread ? 'thread' : 'channel';
}

/** The post port, once it is certain the bot may post in the channel (and open threads there). */
async function poster(ctx: Context, channelId: string, destination: Destination = 'channel'): Promise<PostPort> {
  const { canPost } = ctx;
  const port = postPortOf(ctx);
  if (!port || !canPost) throw UserError.of(digestCommandText, 'needsDiscord');
  if (!(await canPost(channelId, destination !== 'channel')))
    throw UserError.of(digestCommandText, 'cannotPost', channelId);
  return port;
}

const note = (description: string, color: number = COLORS.success): Reply => ({
  cards: [{ description, color }],
  ephemeral: true,
});
const stamp = (date: Date | undefined): string => (date ? `<t:${Math.floor(date.getTime() / 1000)}:F>` : '—');

/** When ("every day at 08:00 Europe/Prague (only Czechia)") and where ("to a new thread of #news, pinging @role"). */
function describeSchedule(
  schedule: Schedule,
  text: ReturnType<typeof digestCommandText>,
): { when: string; where: string } {
  const zone = schedule.timeZone ?? 'UTC';
  const every =
    schedule.weekday === undefined ? text.daily(schedule.at, zone) : text.weekly(schedule.weekday, schedule.at, zone);
  const filters = [schedule.country, schedule.topic].filter(Boolean).join(', ');
  const where =
    text.where[schedule.destination ?? 'channel'](schedule.channelId) +
    (schedule.roleId ? text.pinging(schedule.roleId) : '');
  return { when: every + (filters ? text.only(filters) : ''), where };
}

/**
 * What would be posted. For a channel with a schedule: exactly what the schedule will post (its
 * filters unless others are given), where, when, and pinging whom.
 */
async function preview(options: Filters & { channel?: string }, ctx: Context): Promise<Reply> {
  const channelId = options.channel ?? ctx.channelId;
  const text = digestCommandText(ctx.locale);
  const schedule = channelId && !options.since ? await ctx.services.scheduler.get(channelId) : undefined;
  const filters = {
    since: options.since,
    country: options.country ?? schedule?.country,
    topic: options.topic ?? schedule?.topic,
  };
  const { digest, messages } = await ctx.services.digests.preview({ ...request(filters, ctx), channelId }, ctx.locale);
  const [first, ...rest] = messages;
  if (!first) {
    const footer = digestFooter(digest, digestText(ctx.locale));
    return {
      cards: [
        {
          description: text.nothingNew(channelId, readableDate(digest.period.start, ctx.locale)),
          footer,
          color: COLORS.empty,
        },
      ],
      ephemeral: true,
    };
  }
  const lines = [text.previewOf(channelId)];
  if (schedule) {
    const { when, where } = describeSchedule(schedule, text);
    lines.push(text.scheduledPreview(where, when, stamp(nextSlot(schedule, ctx.now))));
  }
  return { ...first, content: lines.join('\n'), ephemeral: true, more: rest };
}

interface Delivery {
  thread?: boolean;
  role?: string;
}

async function post(options: Filters & Delivery & { channel: string }, ctx: Context): Promise<Reply> {
  const text = digestCommandText(ctx.locale);
  const destination = await destinationOf(ctx, options.channel, options.thread);
  const send = await poster(ctx, options.channel, destination);
  const delivery = { locale: ctx.locale, trigger: 'command' as const, roleId: options.role, destination };
  try {
    const outcome = await ctx.services.digests.post(options.channel, request(options, ctx), send, delivery);
    const { digest, messageIds } = outcome;
    if (messageIds.length === 0)
      return note(text.nothingPosted(options.channel, readableDate(digest.period.start, ctx.locale)), COLORS.empty);
    return note(
      text.posted(options.channel, digestText(ctx.locale).developments(digest.items.length), messageIds.length),
    );
  } catch (error) {
    throw error instanceof DigestNotSent
      ? UserError.of(digestCommandText, 'notSent', options.channel, error.status, error.sent.messages, error.sent.of)
      : error;
  }
}

/** What /digest schedule is asked: where, how often, when, what and how to deliver. */
interface ScheduleRequest extends Delivery {
  channel: string;
  every: string;
  at?: string;
  weekday?: string;
  time_zone?: string;
  country?: string;
  topic?: string;
}

/** The canonical name of an IANA time zone, or undefined when there is no such zone. */
export function timeZoneOf(name: string): string | undefined {
  try {
    return new Intl.DateTimeFormat('en', { timeZone: name.trim() }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

async function schedule(options: ScheduleRequest, ctx: Context): Promise<Reply> {
  const { channel, every, at = '08:00', weekday } = options;
  const text = digestCommandText(ctx.locale);
  const time = TIME.exec(at.trim());
  if (!time) throw UserError.of(digestCommandText, 'badTime', at);
  if (every === 'daily' && weekday) throw UserError.of(digestCommandText, 'weekdayDaily');
  const timeZone = timeZoneOf(options.time_zone ?? 'UTC');
  if (!timeZone) throw UserError.of(digestCommandText, 'badTimeZone', options.time_zone ?? '');
  const destination = await destinationOf(ctx, channel, options.thread);
  await poster(ctx, channel, destination);
  const saved = await ctx.services.scheduler.save({
    channelId: channel,
    guildId: ctx.guildId,
    every: every === 'weekly' ? 'weekly' : 'daily',
    at: `${time[1]!.padStart(2, '0')}:${time[2]}`,
    weekday: every === 'weekly' ? WEEKDAYS.indexOf((weekday ?? 'monday') as (typeof WEEKDAYS)[number]) : undefined,
    timeZone,
    country: options.country,
    topic: options.topic,
    roleId: options.role,
    destination,
    locale: ctx.locale,
    createdBy: ctx.member?.userId,
  });
  const { when, where } = describeSchedule(saved, text);
  return note(text.scheduled(where, when, stamp(nextSlot(saved, ctx.now))));
}

async function unschedule({ channel }: { channel: string }, ctx: Context): Promise<Reply> {
  const removed = await ctx.services.scheduler.remove(channel);
  return removed
    ? note(digestCommandText(ctx.locale).unscheduled(channel))
    : note(digestCommandText(ctx.locale).notScheduled(channel), COLORS.empty);
}

/** Monday first, as a week is read. */
const WEEKDAY_CHOICES = [...WEEKDAYS.slice(1), WEEKDAYS[0]];

export default defineGroup({
  name: 'digest',
  example: 'preview since: 30d',
  moderatorOnly: true,
  private: true,
  subcommands: {
    preview: {
      options: {
        ...FILTERS,
        channel: {
          type: 'channel',
          channelTypes: CHANNEL_TYPES,
        },
      },
    },
    post: {
      options: { channel: CHANNEL, ...FILTERS, ...DELIVERY },
    },
    schedule: {
      options: {
        channel: CHANNEL,
        every: {
          type: 'string',
          required: true,
          choices: ['daily', 'weekly'],
        },
        at: {
          type: 'string',
          max: 5,
        },
        weekday: {
          type: 'string',
          choices: WEEKDAY_CHOICES,
        },
        time_zone: {
          type: 'string',
          autocomplete: true,
          max: 64,
        },
        ...DEVELOPMENT_FILTERS,
        ...DELIVERY,
      },
    },
    unschedule: {
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
    if (focused.name === 'time_zone') return matchingChoices(Intl.supportedValuesOf('timeZone'), focused.value);
    return [];
  },
});
