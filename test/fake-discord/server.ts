// startFakeDiscord(): an HTTP + WebSocket server on 127.0.0.1 that plays
// Discord's REST API (v10) and gateway well enough for a real discord.js
// Client to log in, receive interactions and answer them.
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FileHost } from './files.ts';
import { FakeGateway, type SessionEvent } from './gateway.ts';
import { createRequestListener, makeFailure, type InjectedFailure } from './http.ts';
import { addInteractionRoutes, InteractionTracker, type TrackedInteraction } from './interaction-routes.ts';
import * as builders from './interactions.ts';
import { MessageStore, type FakeMessage } from './messages.ts';
import { RequestLog } from './request-log.ts';
import { userMessage, type UserMessageInput } from './user-messages.ts';
import { addRestRoutes } from './rest-routes.ts';
import { Router } from './router.ts';
import type { RecordedRequest, RequestMatcher } from './types.ts';
import { createWorld, threadChannel, type FakeUser, type FakeWorld, type WorldOptions } from './world.ts';
import { snowflake } from './ids.ts';
import { ChannelType, GatewayIntentBits } from 'discord.js';

export interface FakeDiscordOptions extends WorldOptions {
  /** HELLO heartbeat_interval (default 41250, as Discord). */
  heartbeatIntervalMs?: number;
  /** Artificial delay before every REST answer (default 0). */
  latencyMs?: number;
  /** Delay after a request took effect, before its answer (default 0). */
  answerDelayMs?: number;
  /** How long a message's nonce is remembered for enforce_nonce (default 5 minutes). */
  nonceWindowMs?: number;
  /** Initial interaction response deadline (default 3000, as Discord). */
  interactionDeadlineMs?: number;
}

export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const fake = new FakeDiscord(options);
  await fake.listen();
  return fake;
}

export class FakeDiscord {
  readonly world: FakeWorld;
  /** Option values (and later changes) for latency and the interaction deadline. */
  latencyMs: number;
  answerDelayMs: number;
  interactionDeadlineMs: number;
  private origin = '';
  private readonly server: Server;
  private readonly log = new RequestLog();
  private readonly files = new FileHost();
  private readonly store: MessageStore;
  private readonly tracker = new InteractionTracker();
  private readonly failures: InjectedFailure[] = [];
  private readonly registered = new Map<string, Record<string, unknown>[]>();
  private readonly gateway: FakeGateway;

  constructor(options: FakeDiscordOptions) {
    this.world = createWorld(options);
    this.latencyMs = options.latencyMs ?? 0;
    this.answerDelayMs = options.answerDelayMs ?? 0;
    this.interactionDeadlineMs = options.interactionDeadlineMs ?? 3000;
    this.store = new MessageStore(this.world, this.files, options.nonceWindowMs);
    this.server = createServer(
      createRequestListener({
        router: this.buildRouter(),
        files: this.files,
        record: (request) => this.log.record(request),
        answered: (request) => this.log.answered(request),
        failures: this.failures,
        latencyMs: () => this.latencyMs,
        answerDelayMs: () => this.answerDelayMs,
      }),
    );
    this.gateway = new FakeGateway({
      server: this.server,
      world: this.world,
      url: () => this.gatewayUrl,
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
    });
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.origin = `http://127.0.0.1:${port}`;
    this.files.setOrigin(this.origin);
  }

  /** Give this to the client: `rest: { api: fake.apiBase }`. */
  get apiBase(): string {
    return `${this.origin}/api`;
  }
  get gatewayUrl(): string {
    return this.origin.replace(/^http/, 'ws');
  }
  get token(): string {
    return this.world.token;
  }
  get applicationId(): string {
    return this.world.applicationId;
  }
  get botUserId(): string {
    return this.world.botUserId;
  }
  get guildId(): string {
    return this.world.guildId;
  }
  get channels(): FakeWorld['channels'] {
    return this.world.channels;
  }
  /** Threads and forum posts the bot opened, by id. */
  get threads(): FakeWorld['threads'] {
    return this.world.threads;
  }
  /** The user interactions come from by default. */
  get user(): FakeUser {
    return this.world.user;
  }
  get requests(): RecordedRequest[] {
    return this.log.requests;
  }
  get identifyCount(): number {
    return this.gateway.identifyCount;
  }
  get resumeCount(): number {
    return this.gateway.resumeCount;
  }
  get identifyPayloads(): Record<string, unknown>[] {
    return this.gateway.identifyPayloads;
  }
  /** Every message the bot created (channel posts, replies, follow-ups), oldest first. */
  get messages(): FakeMessage[] {
    return this.store.all();
  }
  /** Download log of /files/... */
  get fileDownloads() {
    return this.files.downloads;
  }

  waitForRequest(matcher: RequestMatcher, timeoutMs = 5000): Promise<RecordedRequest> {
    return this.log.waitFor(matcher, timeoutMs);
  }

  clearRequests(): void {
    this.log.clear();
  }

  /** Makes the next `times` matching REST requests fail with `status` (discord.js retries 5xx up to 3 times). */
  failNext(matcher: RequestMatcher, status: number, body: unknown = defaultErrorBody(status), times = 1): void {
    this.failures.push(makeFailure(matcher, status, body, times));
  }

  /** Hosts a file at `${origin}/files/<path>` and returns its URL. */
  serveFile(path: string, body: string | Buffer | Uint8Array, contentType?: string): string {
    return this.files.serve(path, body, contentType);
  }

  /** Answers `${origin}/files/<path>` by hand (redirects, hanging or lying servers); returns its URL. */
  serveCustom(path: string, respond: (res: ServerResponse) => void): string {
    return this.files.serveCustom(path, respond);
  }

  chatInputInteraction(input: builders.ChatInputInput): builders.ChatInputInteraction {
    return builders.chatInputInteraction(this.builderContext(), input);
  }

  autocompleteInteraction(input: builders.AutocompleteInput): builders.AutocompleteInteraction {
    return builders.autocompleteInteraction(this.builderContext(), input);
  }

  buttonInteraction(input: builders.ButtonInput): builders.ButtonInteraction {
    return builders.buttonInteraction(this.builderContext(), input);
  }

  modalSubmitInteraction(input: builders.ModalSubmitInput): builders.ModalSubmitInteraction {
    return builders.modalSubmitInteraction(this.builderContext(), input);
  }

  messageMenuInteraction(input: builders.MessageMenuInput): builders.MessageMenuInteraction {
    return builders.messageMenuInteraction(this.builderContext(), input);
  }

  /**
   * A person writes a message in the guild: stored, and dispatched as MESSAGE_CREATE (without its
   * text, as Discord sends it, when the client lacks the Message Content intent). Returns it whole.
   */
  sendUserMessage(input: UserMessageInput): FakeMessage {
    const message = userMessage(this.world, this.store, input);
    this.gateway.dispatch('MESSAGE_CREATE', this.readable(message));
    return message;
  }

  /**
   * A person opens a post in the forum: THREAD_CREATE (newly created, owned by the person), then
   * MESSAGE_CREATE of its first message, whose id is the post's. Returns the post (a thread).
   */
  createForumPost(input: { title: string; content: string; user?: UserMessageInput['user'] }) {
    const author = input.user?.id ? input.user.id : this.world.user.id;
    const id = snowflake();
    const thread = threadChannel(this.world, id, this.world.channels.forum, input.title, author);
    this.world.threads.set(id, thread);
    this.gateway.dispatch('THREAD_CREATE', {
      ...thread,
      newly_created: true,
      member: { id, user_id: author, join_timestamp: new Date().toISOString(), flags: 0 },
    });
    const starter = userMessage(this.world, this.store, {
      content: input.content,
      user: input.user ?? this.world.user,
      channelId: id,
      id,
    });
    this.gateway.dispatch('MESSAGE_CREATE', this.readable({ ...starter, channel_type: ChannelType.PublicThread }));
    return thread;
  }

  /** Whether the client asked for the privileged Message Content intent when it last identified. */
  get hasMessageContent(): boolean {
    return (Number(this.gateway.identifyPayloads.at(-1)?.intents ?? 0) & GatewayIntentBits.MessageContent) !== 0;
  }

  /**
   * A message as a client may read it: without the Message Content intent, a person's message in a
   * server that does not mention the bot comes without its text, embeds, attachments and components.
   */
  readable = <M extends FakeMessage>(message: M): M => {
    const own = message.author.id === this.world.botUserId;
    const mentionsBot = new RegExp(`<@!?${this.world.botUserId}>`).test(message.content);
    if (own || !message.guild_id || mentionsBot || this.hasMessageContent) return message;
    return { ...message, content: '', embeds: [], attachments: [], components: [] };
  };

  /** Dispatches INTERACTION_CREATE (queued for replay if the client is disconnected). */
  sendInteraction<T extends builders.FakeInteraction>(interaction: T): T {
    this.tracker.register(interaction as unknown as Record<string, unknown> & { id: string });
    this.gateway.dispatch('INTERACTION_CREATE', interaction);
    return interaction;
  }

  /** What the fake knows of an interaction it dispatched (callback type, original message...). */
  interactionState(interaction: { id: string }): TrackedInteraction | undefined {
    return this.tracker.byId(interaction.id);
  }

  /** The current original response message of an interaction, if any. */
  originalMessage(interaction: { id: string }): FakeMessage | undefined {
    const id = this.tracker.byId(interaction.id)?.originalMessageId;
    return id ? this.store.get(id) : undefined;
  }

  /** Commands registered by PUT (global, or for a guild id). */
  registeredCommands(guildId?: string): Record<string, unknown>[] {
    return this.registered.get(guildId ?? 'global') ?? [];
  }

  /** Sends any gateway dispatch (e.g. 'GUILD_MEMBER_ADD'). */
  dispatch(event: string, data: unknown): number {
    return this.gateway.dispatch(event, data);
  }

  dropConnection(code = 4000, options: { invalidateSession?: boolean } = {}): void {
    this.gateway.dropConnection(code, options);
  }

  waitForSession(timeoutMs = 5000): Promise<SessionEvent> {
    return this.gateway.waitForSession(timeoutMs);
  }

  async close(): Promise<void> {
    await this.gateway.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private buildRouter(): Router {
    const router = new Router();
    addRestRoutes(router, {
      world: this.world,
      store: this.store,
      gatewayUrl: () => this.gatewayUrl,
      commands: this.registered,
      readable: this.readable,
    });
    addInteractionRoutes(router, {
      world: this.world,
      store: this.store,
      tracker: this.tracker,
      deadlineMs: () => this.interactionDeadlineMs,
    });
    return router;
  }

  private builderContext(): builders.InteractionContext {
    return {
      world: this.world,
      files: this.files,
      store: this.store,
      registeredCommand: (name) => this.findRegistered(name),
    };
  }

  private findRegistered(name: string): { id: string; guild_id?: string } | undefined {
    const scopes = [this.world.guildId, 'global'];
    for (const scope of scopes) {
      const found = this.registered.get(scope)?.find((command) => command.name === name);
      if (found) return found as { id: string; guild_id?: string };
    }
    return undefined;
  }
}

function defaultErrorBody(status: number) {
  if (status === 403) return { message: 'Missing Permissions', code: 50013 };
  if (status === 404) return { message: 'Unknown Message', code: 10008 };
  if (status === 429) return { message: 'You are being rate limited.', retry_after: 0.05, global: false };
  return { message: status >= 500 ? `${status}: Internal Server Error` : 'Bad Request', code: 0 };
}
