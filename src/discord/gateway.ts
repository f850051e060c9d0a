/**
 * The gateway transport: a discord.js Client (no privileged intent, mentions off by default) that
 * routes each interaction type, and each message that asks it a question, to handle.ts and shuts
 * down gently.
 */
import {
  ChannelType,
  Client,
  Events,
  GatewayIntentBits,
  GuildMember,
  MessageFlags,
  MessageReferenceType,
  Partials,
  type AnyThreadChannel,
  type Interaction,
  type Message,
} from 'discord.js';
import type { App } from '../app.ts';
import type { Invoker } from '../framework/define.ts';
import { toLocale } from '../i18n/locale.ts';
import { isQuestion, mentionsUser, questionLocale, questionText } from '../asking/routing.ts';
import { autoAnswer, autoAnswering } from '../asking/auto-answer.ts';
import type { Reply } from '../answers/reply.ts';
import { allMessages, toDiscordMessage } from '../render/discord.ts';
import {
  autocompleteChoices,
  handleButton,
  handleCommand,
  handleForm,
  handleQuestion,
  handleSaveAnswer,
} from './handle.ts';
import { handoffQuestion, saveTeamAnswer, type SavedMessage } from '../asking/team-answer.ts';
import { isModeratorMember } from './permissions.ts';
import { isSaveAnswerCommand } from './registration.ts';
import { toFocused, toInvocation, toMember, type OptionData } from './invocation.ts';
import { discordText } from './messages.ts';
import { discordPorts } from './ports.ts';
import { interactionResponder, messageResponder, toMessageOptions } from './responder.ts';
import { messageText } from './message-text.ts';
import { errorReply, newErrorId } from '../framework/errors.ts';
import { UserError } from '../i18n/user-error.ts';

export interface GatewayOptions {
  token: string;
  /** REST base URL, for a test double of Discord ("http://127.0.0.1:port/api"). */
  api?: string;
  /** How long shutdown waits for interactions in flight. */
  drainMs?: number;
}

function invokerOf(interaction: Interaction, client: Client, moderatorRoleId: string | undefined): Invoker {
  const member = interaction.member;
  const message = interaction.isButton()
    ? interaction.message
    : interaction.isMessageContextMenuCommand()
      ? interaction.targetMessage
      : undefined;
  const roles =
    member instanceof GuildMember ? [...member.roles.cache.keys()] : (member?.roles as string[] | undefined);
  return {
    locale: toLocale(interaction.locale),
    member: toMember(
      { user: interaction.user, permissions: interaction.memberPermissions?.bitfield.toString(), roles },
      moderatorRoleId,
    ),
    channelId: interaction.channelId ?? undefined,
    guildId: interaction.guildId ?? undefined,
    canPressButtons: true,
    ...(message ? { message: { url: message.url, text: messageText(message) } } : {}),
    ...discordPorts(client),
  };
}

/** A question in words has no locale: Czech (or German) when the question is, else the server's language. */
function questionInvoker(
  text: string,
  where: { authorId: string; channelId: string; guildId: string | null; guildLocale?: string },
  client: Client,
): Invoker {
  return {
    locale: questionLocale(text, toLocale(where.guildLocale)),
    member: { userId: where.authorId, isModerator: false },
    channelId: where.channelId,
    guildId: where.guildId ?? undefined,
    canPressButtons: true,
    ...discordPorts(client),
  };
}

const messageInvoker = (message: Message, client: Client): Invoker =>
  questionInvoker(
    message.content,
    {
      authorId: message.author.id,
      channelId: message.channelId,
      guildId: message.guildId,
      guildLocale: message.guild?.preferredLocale,
    },
    client,
  );

/** A message to keep as a team answer: its words, who and when, where, and what it answers. */
async function savedMessage(message: Message): Promise<SavedMessage> {
  const reference = message.reference;
  const replied =
    reference?.messageId && reference.type !== MessageReferenceType.Forward
      ? await message.fetchReference().catch(() => null)
      : null;
  return {
    text: messageText(message),
    by: message.member?.displayName ?? message.author.displayName,
    at: message.createdAt,
    url: message.url,
    channelId: message.channelId,
    repliedTo: replied ? messageText(replied) : undefined,
    threadName: message.channel.isThread() ? message.channel.name : undefined,
  };
}

/**
 * Intents: Guilds (servers, channels, threads and forum posts, interactions), GuildMessages and
 * DirectMessages (messages that may ask a question). The privileged Message Content only when
 * MESSAGE_CONTENT_INTENT=on: Discord delivers the text of messages that mention the bot, and of
 * direct messages, without it; auto-answer channels need it to read the rest. Partials.Channel: a
 * DM channel is not cached before its first message.
 */
const INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages];

/** Channels whose messages can start a thread: text and announcement channels. */
const THREADABLE: readonly ChannelType[] = [ChannelType.GuildText, ChannelType.GuildAnnouncement];

const optionData = (options: readonly unknown[]): OptionData[] => options as OptionData[];

export class GatewayBot {
  readonly client: Client;
  private accepting = true;
  private readonly inFlight = new Set<Promise<unknown>>();

  constructor(
    private readonly app: App,
    private readonly options: GatewayOptions,
  ) {
    this.client = new Client({
      intents: app.moderation.channels.messageContent ? [...INTENTS, GatewayIntentBits.MessageContent] : INTENTS,
      partials: [Partials.Channel],
      allowedMentions: { parse: [] },
      ...(options.api ? { rest: { api: options.api } } : {}),
    });
    this.client.on(Events.InteractionCreate, (interaction) => this.track(this.route(interaction)));
    this.client.on(Events.MessageCreate, (message) => this.track(this.ask(message)));
    this.client.on(Events.ThreadCreate, (thread, newlyCreated) => {
      if (newlyCreated) this.track(this.answerPost(thread));
    });
    this.client.on(Events.Error, (error) => app.logger.error({ err: error }, 'discord client error'));
    this.client.on(Events.ShardResume, (shard) => app.logger.info({ shard }, 'gateway session resumed'));
  }

  /** Log in and resolve once the client is ready (not merely logged in). */
  async start(): Promise<void> {
    const ready = new Promise<void>((resolve) => this.client.once(Events.ClientReady, () => resolve()));
    await this.client.login(this.options.token);
    await ready;
    this.app.logger.info(
      { user: this.client.user?.tag, guilds: this.client.guilds.cache.size },
      'connected to Discord',
    );
  }

  /** Stop taking interactions, let those in flight finish (bounded), then close the connection. */
  async stop(): Promise<void> {
    this.accepting = false;
    const drain = Promise.allSettled([...this.inFlight]);
    await Promise.race([drain, new Promise((resolve) => setTimeout(resolve, this.options.drainMs ?? 10_000).unref())]);
    await this.client.destroy();
  }

  private track(task: Promise<unknown>): void {
    const guarded = task.catch((error: unknown) =>
      this.app.logger.error({ err: error }, 'unhandled interaction failure'),
    );
    this.inFlight.add(guarded);
    void guarded.finally(() => this.inFlight.delete(guarded));
  }

  /** In a server, a message that names the bot is a question; in a DM, every message is. Bots are never answered. */
  private async ask(message: Message): Promise<void> {
    const me = this.client.user;
    if (!this.accepting || !me || message.author.bot || message.system) return;
    if (message.inGuild() && !mentionsUser(message.content, me.id)) {
      if (await this.learnFromReply(message)) return;
      return this.answerUnasked(message);
    }
    await handleQuestion(
      this.app,
      { text: message.content, source: 'mention' },
      messageInvoker(message, this.client),
      messageResponder(message),
    );
  }

  /** A moderator's reply in a hand-off thread becomes a team answer (its text needs the Message Content intent). */
  private async learnFromReply(message: Message<true>): Promise<boolean> {
    const member = message.member;
    if (!this.app.moderation.channels.messageContent || !message.channel.isThread() || !member) return false;
    const roles = [...member.roles.cache.keys()];
    const permissions = member.permissions.bitfield.toString();
    if (!isModeratorMember(permissions, roles, this.app.config.MODERATOR_ROLE_ID)) return false;
    if (!(await handoffQuestion(this.app, message.channelId))) return false;
    const invoker: Invoker = {
      ...messageInvoker(message, this.client),
      member: { userId: member.id, isModerator: true },
    };
    // No interaction to answer: a refusal (an empty message) or a failure is told in the thread, as a reply.
    const reply = await saveTeamAnswer(this.app, await savedMessage(message), this.app.context(invoker)).catch(
      (error: unknown) => {
        const errorId = newErrorId();
        if (!(error instanceof UserError)) this.app.logger.error({ err: error, errorId }, 'team answer not saved');
        return errorReply(error, invoker.locale, errorId);
      },
    );
    await message.reply({
      ...toMessageOptions(toDiscordMessage(reply)),
      allowedMentions: { parse: [], repliedUser: false },
    });
    return true;
  }

  /** A question in a text channel where moderators want every question answered: the answer goes into a thread on it. */
  private async answerUnasked(message: Message<true>): Promise<void> {
    if (!this.app.moderation.channels.messageContent || !THREADABLE.includes(message.channel.type)) return;
    if (!isQuestion(message.content)) return;
    const settings = await autoAnswering(this.app, message.channelId, 'text');
    if (!settings) return;
    const reply = await autoAnswer(this.app, settings, message.content, messageInvoker(message, this.client));
    if (!reply) return;
    const thread = await message.startThread({ name: questionText(message.content, 100) });
    await this.sendAll(thread, reply);
  }

  /**
   * A new post in a forum where moderators want every post answered: from its first message's text
   * with the Message Content intent, from its title without it (the text then arrives empty).
   */
  private async answerPost(thread: AnyThreadChannel): Promise<void> {
    const me = this.client.user;
    if (!this.accepting || !me || thread.ownerId === me.id || thread.parent?.type !== ChannelType.GuildForum) return;
    const settings = thread.parentId ? await autoAnswering(this.app, thread.parentId, 'forum') : undefined;
    if (!settings) return;
    const starter = this.app.moderation.channels.messageContent
      ? await thread.fetchStarterMessage().catch(() => null)
      : null;
    const text = starter?.content.trim() || thread.name;
    const where = {
      authorId: thread.ownerId ?? '',
      channelId: thread.id,
      guildId: thread.guildId,
      guildLocale: thread.guild.preferredLocale,
    };
    const reply = await autoAnswer(this.app, settings, text, questionInvoker(text, where, this.client));
    if (reply) await this.sendAll(thread, reply);
  }

  /** Every message of a reply into a thread, pinging nobody. */
  private async sendAll(thread: AnyThreadChannel, reply: Reply): Promise<void> {
    for (const message of allMessages(reply)) await thread.send(toMessageOptions(toDiscordMessage(message)));
  }

  private async route(interaction: Interaction): Promise<void> {
    const invoker = invokerOf(interaction, this.client, this.app.config.MODERATOR_ROLE_ID);
    if (!this.accepting) {
      if (interaction.isRepliable())
        await interaction.reply({ content: discordText(invoker.locale).restarting, flags: MessageFlags.Ephemeral });
      return;
    }
    if (interaction.isChatInputCommand()) {
      await handleCommand(
        this.app,
        toInvocation(interaction.commandName, optionData(interaction.options.data)),
        invoker,
        interactionResponder(interaction),
      );
    } else if (interaction.isMessageContextMenuCommand() && isSaveAnswerCommand(interaction.commandName)) {
      const saved = await savedMessage(interaction.targetMessage);
      await handleSaveAnswer(this.app, saved, invoker, interactionResponder(interaction));
    } else if (interaction.isMessageContextMenuCommand()) {
      const question = { text: messageText(interaction.targetMessage), source: 'message-menu' as const };
      await handleQuestion(this.app, question, invoker, interactionResponder(interaction));
    } else if (interaction.isAutocomplete()) {
      const focused = toFocused(optionData(interaction.options.data));
      await interaction
        .respond(autocompleteChoices(this.app, interaction.commandName, focused, invoker))
        .catch((error: unknown) => {
          this.app.logger.warn({ err: error, command: interaction.commandName }, 'autocomplete answer not delivered');
        });
    } else if (interaction.isButton()) {
      await handleButton(this.app, interaction.customId, invoker, interactionResponder(interaction));
    } else if (interaction.isModalSubmit()) {
      const values = Object.fromEntries(
        interaction.fields.fields.map((field) => [
          field.customId,
          'values' in field ? (field.values ?? []).join(',') : 'value' in field ? String(field.value ?? '') : '',
        ]),
      );
      await handleForm(this.app, interaction.customId, values, invoker, interactionResponder(interaction));
    }
  }
}
