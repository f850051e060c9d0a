/**
 * /channels: moderators choose where the bot answers without being asked (every new post of a
 * forum, every question in a text channel), and where "Ask a colleague" hands a question over to
 * people (a channel and the role it pings).
 */
import { defineGroup, type Context } from '../src/framework/define.ts';
import { COLORS, type Reply } from '../src/answers/reply.ts';
import { UserError } from '../src/i18n/user-error.ts';
import { texts } from '../src/i18n/locale.ts';
import type { AutoAnswerChannel } from '../src/store/store.ts';

const channelsText = texts('channels');

/** Discord's channel types (the API's numbers; commands do not import discord.js): text, announcement, forum. */
const TEXT_OR_FORUM = [0, 5, 15] as const;

const CHANNEL = { type: 'channel', required: true, channelTypes: TEXT_OR_FORUM } as const;

const note = (description: string, color: number = COLORS.success): Reply => ({
  cards: [{ description, color }],
  ephemeral: true,
});

/** The lookups named in `commands` (spaces or commas between them); empty: every lookup. */
function lookupsOf(listed: string | undefined, ctx: Context): string[] {
  const lookups = [...ctx.commands.values()].filter((command) => command.lookup).map((command) => command.name);
  const names = [
    ...new Set(
      (listed ?? '')
        .toLowerCase()
        .split(/[\s,;]+/)
        .filter(Boolean),
    ),
  ];
  const unknown = names.filter((name) => !lookups.includes(name));
  if (unknown.length > 0) throw UserError.of(channelsText, 'unknownLookups', unknown, lookups);
  return names;
}

/** Where the bot needs Discord to look at the channel: the terminal cannot. */
function needDiscord(ctx: Context): { guildId: string; isForum: (channelId: string) => Promise<boolean> } {
  const { guildId, isForum } = ctx;
  if (!isForum) throw UserError.of(channelsText, 'needsDiscord');
  if (!guildId) throw UserError.of(channelsText, 'needsServer');
  return { guildId, isForum };
}

interface AutoAnswerRequest {
  channel: string;
  min_confidence?: number;
  commands?: string;
}

async function autoAnswer(options: AutoAnswerRequest, ctx: Context): Promise<Reply> {
  const { guildId, isForum } = needDiscord(ctx);
  const words = channelsText(ctx.locale);
  const commands = lookupsOf(options.commands, ctx);
  const kind = (await isForum(options.channel)) ? 'forum' : 'text';
  const { messageContent } = ctx.services.channels;
  // Without the intent a message's text arrives empty: nothing in a text channel could be read.
  if (kind === 'text' && !messageContent) throw UserError.of(channelsText, 'textNeedsIntent', options.channel);
  if (ctx.canPost && !(await ctx.canPost(options.channel, true)))
    throw UserError.of(channelsText, 'cannotPost', options.channel);
  const settings: AutoAnswerChannel = {
    channelId: options.channel,
    guildId,
    kind,
    minConfidence: options.min_confidence,
    commands,
    createdBy: ctx.member?.userId,
    createdAt: ctx.now,
  };
  await ctx.services.channels.autoAnswer(settings);
  const how = kind === 'forum' ? (messageContent ? words.forumFromText : words.forumFromTitles) : words.textWithIntent;
  return note([words.autoAnswerOn(describe(settings, ctx)), how].join('\n'));
}

/** One channel's settings in a line: where, what, how sure. */
function describe(settings: AutoAnswerChannel, ctx: Context): string {
  const words = channelsText(ctx.locale);
  return words.line(
    settings.channelId,
    settings.kind,
    settings.minConfidence,
    settings.commands.map((name) => `/${name}`),
  );
}

async function autoAnswerOff({ channel }: { channel: string }, ctx: Context): Promise<Reply> {
  const words = channelsText(ctx.locale);
  return (await ctx.services.channels.autoAnswerOff(channel))
    ? note(words.autoAnswerOff(channel))
    : note(words.wasNotOn(channel), COLORS.empty);
}

async function list(ctx: Context): Promise<Reply> {
  const words = channelsText(ctx.locale);
  const [answering, handoff] = await Promise.all([
    ctx.services.channels.autoAnswering(ctx.guildId),
    ctx.guildId ? ctx.services.channels.handoff(ctx.guildId) : undefined,
  ]);
  const lines = answering.map((settings) => `• ${describe(settings, ctx)}`);
  const description = [
    lines.length > 0 ? lines.join('\n') : words.noneAnswering,
    handoff ? words.handoffIs(handoff.channelId, handoff.roleId) : words.noHandoff,
    ctx.services.channels.messageContent ? words.intentOn : words.intentOff,
  ].join('\n\n');
  return { cards: [{ title: words.listTitle, description, color: COLORS.info }], ephemeral: true };
}

async function handoff({ channel, role }: { channel: string; role: string }, ctx: Context): Promise<Reply> {
  const { guildId } = needDiscord(ctx);
  if (ctx.canPost && !(await ctx.canPost(channel, true))) throw UserError.of(channelsText, 'cannotPost', channel);
  await ctx.services.channels.setHandoff({
    guildId,
    channelId: channel,
    roleId: role,
    setBy: ctx.member?.userId,
    setAt: ctx.now,
  });
  return note(channelsText(ctx.locale).handoffSet(channel, role));
}

export default defineGroup({
  name: 'channels',
  example: 'list',
  moderatorOnly: true,
  private: true,
  subcommands: {
    'auto-answer': {
      options: {
        channel: CHANNEL,
        min_confidence: { type: 'integer', min: 1, max: 100 },
        commands: { type: 'string', max: 100 },
      },
    },
    'auto-answer-off': { options: { channel: CHANNEL } },
    list: {},
    handoff: { options: { channel: CHANNEL, role: { type: 'role', required: true } } },
  },
  run(options, ctx) {
    switch (options.subcommand) {
      case 'auto-answer':
        return autoAnswer(options, ctx);
      case 'auto-answer-off':
        return autoAnswerOff(options, ctx);
      case 'list':
        return list(ctx);
      case 'handoff':
        return handoff(options, ctx);
    }
  },
});
