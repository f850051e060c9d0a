// REST routes other than interactions: gateway discovery, users,
// applications, command registration and channel messages.
import { ApplicationCommandType, ChannelType } from 'discord.js';
import { snowflake } from './ids.ts';
import type { FakeMessage, MessageStore } from './messages.ts';
import type { Router } from './router.ts';
import { discordError, json, type RecordedRequest, type Reply, type RouteParams } from './types.ts';
import { applicationObject, findChannel, threadChannel, type FakeWorld } from './world.ts';

export interface RestRouteOptions {
  world: FakeWorld;
  store: MessageStore;
  gatewayUrl: () => string;
  /** Registered commands by scope: 'global' or a guild id. */
  commands: Map<string, Record<string, unknown>[]>;
  /** A message as the bot may read it (without the Message Content intent, a person's text is empty). */
  readable: (message: FakeMessage) => FakeMessage;
}

type Body = Record<string, unknown>;

const MISSING_ACCESS = discordError(403, 50001, 'Missing Access');
const UNKNOWN_CHANNEL = discordError(404, 10003, 'Unknown Channel');
const UNKNOWN_MESSAGE = discordError(404, 10008, 'Unknown Message');
const INVALID_FORM_BODY = discordError(400, 50035, 'Invalid Form Body');

export function addRestRoutes(router: Router, options: RestRouteOptions): void {
  const { world, store } = options;
  router.on('GET', '/gateway', () => json({ url: options.gatewayUrl() }));
  router.on('GET', '/gateway/bot', () => json(gatewayBot(options.gatewayUrl())));
  router.on('GET', '/users/@me', () => json({ ...world.botUser, bot: true, verified: true, flags: 0 }));
  router.on('GET', '/applications/@me', () => json(applicationObject(world)));
  router.on('GET', '/oauth2/applications/@me', () => json(applicationObject(world)));
  addCommandRoutes(router, options);

  router.on('GET', '/channels/:channelId', (_request, params) => {
    const channel = findChannel(world, params.channelId!);
    return channel ? json(channel) : UNKNOWN_CHANNEL;
  });
  router.on('POST', '/channels/:channelId/messages', (request, params) => {
    if (!findChannel(world, params.channelId!)) return UNKNOWN_CHANNEL;
    const body = (request.body ?? {}) as Body;
    const nonce = body.nonce;
    const validNonce =
      nonce === undefined || (typeof nonce === 'string' ? nonce.length <= 25 : Number.isSafeInteger(nonce));
    if (!validNonce || (body.enforce_nonce === true && nonce === undefined)) return INVALID_FORM_BODY;
    const reference = body.message_reference as { message_id?: string; fail_if_not_exists?: boolean } | undefined;
    const replyingTo = reference?.message_id ? store.get(reference.message_id) : undefined;
    // Discord: MESSAGE_REFERENCE_UNKNOWN_MESSAGE, as an invalid form body.
    if (reference?.message_id && replyingTo?.channel_id !== params.channelId && reference.fail_if_not_exists !== false)
      return INVALID_FORM_BODY;
    // enforce_nonce: the same nonce from the same author within a few minutes returns that message, creating nothing.
    const earlier = body.enforce_nonce === true ? store.byNonce(world.botUser.id, nonce as string | number) : undefined;
    return json(earlier ?? store.create({ channelId: params.channelId!, body, files: request.files }));
  });
  router.on('GET', '/channels/:channelId/messages/:messageId', (_request, params) => {
    const message = store.get(params.messageId!);
    if (!findChannel(world, params.channelId!)) return UNKNOWN_CHANNEL;
    return message && message.channel_id === params.channelId ? json(options.readable(message)) : UNKNOWN_MESSAGE;
  });
  router.on('GET', '/channels/:channelId/messages', (request, params) => {
    if (!findChannel(world, params.channelId!)) return UNKNOWN_CHANNEL;
    const { before, after, limit = '50' } = request.query;
    const count = Number(limit);
    if (!Number.isInteger(count) || count < 1 || count > 100) return INVALID_FORM_BODY;
    return json(store.history(params.channelId!, { before, after, limit: count }).map(options.readable));
  });
  addThreadRoutes(router, options);
}

/** Threads: a forum post (a thread and its first message, sharing the id), or a thread started from a message. */
function addThreadRoutes(router: Router, { world, store }: RestRouteOptions): void {
  router.on('POST', '/channels/:channelId/threads', (request, params) => {
    const parent = findChannel(world, params.channelId!);
    if (!parent) return UNKNOWN_CHANNEL;
    const body = (request.body ?? {}) as Body;
    if (parent.type !== ChannelType.GuildForum) {
      const thread = threadChannel(world, snowflake(), parent.id, String(body.name));
      world.threads.set(thread.id, thread);
      return json(thread);
    }
    if (!body.message) return discordError(400, 50035, 'Invalid Form Body');
    const id = snowflake();
    const thread = threadChannel(world, id, parent.id, String(body.name));
    world.threads.set(id, thread);
    const message = store.create({ channelId: id, body: body.message as Body, files: request.files, id });
    return json({ ...thread, message });
  });
  router.on('POST', '/channels/:channelId/messages/:messageId/threads', (request, params) => {
    if (!findChannel(world, params.channelId!)) return UNKNOWN_CHANNEL;
    const thread = threadChannel(
      world,
      params.messageId!,
      params.channelId!,
      String(((request.body ?? {}) as Body).name),
    );
    world.threads.set(thread.id, thread);
    return json(thread);
  });
}

function gatewayBot(url: string) {
  return {
    url,
    shards: 1,
    session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
  };
}

function addCommandRoutes(router: Router, options: RestRouteOptions): void {
  const scopeOf = (params: RouteParams) => params.guildId ?? 'global';
  const list = (_request: RecordedRequest, params: RouteParams): Reply => {
    if (params.appId !== options.world.applicationId) return MISSING_ACCESS;
    return json(options.commands.get(scopeOf(params)) ?? []);
  };
  const put = (request: RecordedRequest, params: RouteParams): Reply => {
    if (params.appId !== options.world.applicationId) return MISSING_ACCESS;
    if (params.guildId && params.guildId !== options.world.guildId) return MISSING_ACCESS;
    if (!Array.isArray(request.body)) return discordError(400, 50035, 'Invalid Form Body');
    const scope = scopeOf(params);
    const previous = options.commands.get(scope) ?? [];
    const saved = request.body.map((command: Body) => savedCommand(options.world, command, previous, params.guildId));
    options.commands.set(scope, saved);
    return json(saved);
  };
  router.on('GET', '/applications/:appId/commands', list);
  router.on('GET', '/applications/:appId/guilds/:guildId/commands', list);
  router.on('PUT', '/applications/:appId/commands', put);
  router.on('PUT', '/applications/:appId/guilds/:guildId/commands', put);
}

/** The stored form of a command: ids kept stable across PUTs by name + type. */
function savedCommand(world: FakeWorld, command: Body, previous: Body[], guildId?: string): Record<string, unknown> {
  const type = (command.type as number | undefined) ?? ApplicationCommandType.ChatInput;
  const existing = previous.find((old) => old.name === command.name && old.type === type);
  const saved: Record<string, unknown> = {
    default_member_permissions: null,
    nsfw: false,
    contexts: null,
    integration_types: [0],
    description: '',
    ...command,
    id: existing?.id ?? snowflake(),
    application_id: world.applicationId,
    version: snowflake(),
    type,
  };
  if (guildId) saved.guild_id = guildId;
  return saved;
}
