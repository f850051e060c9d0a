/**
 * The gateway transport: a discord.js Client (no privileged intent, mentions off by default) that
 * routes each interaction type, and each message that asks it a question, to handle.ts and shuts
 * down gently.
 */
import {
  Client,
  Events,
  GatewayIntentBits,
  GuildMember,
  MessageFlags,
  Partials,
  type Interaction,
  type Message,
} from 'discord.js';
import type { App } from '../app.ts';
import type { Invoker } from '../framework/define.ts';
import { toLocale } from '../i18n/locale.ts';
import { mentionsUser, questionLocale } from '../asking/routing.ts';
import { autocompleteChoices, handleButton, handleCommand, handleQuestion } from './handle.ts';
import { toFocused, toInvocation, toMember, type OptionData } from './invocation.ts';
import { discordText } from './messages.ts';
import { discordPorts } from './ports.ts';
import { interactionResponder, messageResponder } from './responder.ts';

export interface GatewayOptions {
  token: string;
  /** REST base URL, for a test double of Discord ("http://127.0.0.1:port/api"). */
  api?: string;
  /** How long shutdown waits for interactions in flight. */
  drainMs?: number;
}

function invokerOf(interaction: Interaction, client: Client, moderatorRoleId: string | undefined): Invoker {
  const member = interaction.member;
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
    ...discordPorts(client),
  };
}

/** A message has no locale: Czech when the question is, else the server's language. */
function messageInvoker(message: Message, client: Client): Invoker {
  return {
    locale: questionLocale(message.content, toLocale(message.guild?.preferredLocale)),
    member: { userId: message.author.id, isModerator: false },
    channelId: message.channelId,
    guildId: message.guildId ?? undefined,
    canPressButtons: true,
    ...discordPorts(client),
  };
}

/**
 * Intents: Guilds (servers, channels, interactions), GuildMessages and DirectMessages (messages that
 * may ask a question). Not the privileged Message Content: Discord delivers the text of messages
 * that mention the bot, and of direct messages, without it. Partials.Channel: a DM channel is not
 * cached before its first message.
 */
const INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages];

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
      intents: INTENTS,
      partials: [Partials.Channel],
      allowedMentions: { parse: [] },
      ...(options.api ? { rest: { api: options.api } } : {}),
    });
    this.client.on(Events.InteractionCreate, (interaction) => this.track(this.route(interaction)));
    this.client.on(Events.MessageCreate, (message) => this.track(this.ask(message)));
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
    if (message.inGuild() && !mentionsUser(message.content, me.id)) return;
    await handleQuestion(
      this.app,
      { text: message.content, source: 'mention' },
      messageInvoker(message, this.client),
      messageResponder(message),
    );
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
    } else if (interaction.isMessageContextMenuCommand()) {
      const question = { text: interaction.targetMessage.content, source: 'message-menu' as const };
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
    }
  }
}
