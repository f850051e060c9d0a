// REST side of interactions: the callback endpoint and the interaction
// webhook (@original edits, follow-ups), with Discord's rules on tokens,
// double acknowledgement and the 3-second initial-response deadline.
import { InteractionResponseType, InteractionType, MessageFlags } from 'discord.js';
import type { FakeMessage, MessageStore } from './messages.ts';
import type { Router } from './router.ts';
import { discordError, json, noContent, type RecordedRequest, type Reply, type RouteParams } from './types.ts';
import type { FakeWorld } from './world.ts';

/** State the fake keeps about an interaction it dispatched. */
export interface TrackedInteraction {
  id: string;
  token: string;
  type: number;
  channelId: string;
  payload: Record<string, any>;
  dispatchedAt: number;
  /** Type of the initial callback, once acknowledged. */
  callbackType?: number;
  originalMessageId?: string;
  followUpIds: string[];
}

export class InteractionTracker {
  private readonly byIdMap = new Map<string, TrackedInteraction>();

  register(payload: Record<string, any>): TrackedInteraction {
    const tracked: TrackedInteraction = {
      id: payload.id,
      token: payload.token,
      type: payload.type,
      channelId: payload.channel?.id ?? payload.channel_id,
      payload,
      dispatchedAt: Date.now(),
      followUpIds: [],
    };
    this.byIdMap.set(tracked.id, tracked);
    return tracked;
  }

  byId(id: string): TrackedInteraction | undefined {
    return this.byIdMap.get(id);
  }

  byToken(token: string): TrackedInteraction | undefined {
    return [...this.byIdMap.values()].find((tracked) => tracked.token === token);
  }
}

export interface InteractionRouteOptions {
  world: FakeWorld;
  store: MessageStore;
  tracker: InteractionTracker;
  /** Initial response deadline in ms (Discord: 3000). */
  deadlineMs: () => number;
}

type Body = Record<string, any>;

const UNKNOWN_INTERACTION = discordError(404, 10062, 'Unknown interaction');
const UNKNOWN_WEBHOOK = discordError(404, 10015, 'Unknown Webhook');
const UNKNOWN_MESSAGE = discordError(404, 10008, 'Unknown Message');
const ALREADY_ACKNOWLEDGED = discordError(400, 40060, 'Interaction has already been acknowledged.');

export function addInteractionRoutes(router: Router, options: InteractionRouteOptions): void {
  const callback = (request: RecordedRequest, params: RouteParams) => handleCallback(options, request, params);
  router.on('POST', '/interactions/:id/:token/callback', callback);

  const webhookMessage = (request: RecordedRequest, params: RouteParams) =>
    handleWebhookMessage(options, request, params);
  for (const method of ['GET', 'PATCH', 'DELETE']) {
    router.on(method, '/webhooks/:appId/:token/messages/:messageId', webhookMessage);
  }
  router.on('POST', '/webhooks/:appId/:token', (request, params) => handleFollowUp(options, request, params));
}

function handleCallback(options: InteractionRouteOptions, request: RecordedRequest, params: RouteParams): Reply {
  const tracked = options.tracker.byId(params.id!);
  if (!tracked || tracked.token !== params.token) return UNKNOWN_INTERACTION;
  if (Date.now() - tracked.dispatchedAt > options.deadlineMs()) return UNKNOWN_INTERACTION;
  if (tracked.callbackType !== undefined) return ALREADY_ACKNOWLEDGED;
  const body = (request.body ?? {}) as Body;
  if (!callbackTypeAllowed(tracked.type, body.type)) {
    return discordError(400, 50035, `Invalid Form Body: callback type ${body.type} not allowed here`);
  }
  tracked.callbackType = body.type;
  const message = applyCallback(options, tracked, body, request);
  if (request.query.with_response !== 'true') return noContent();
  return json(callbackResponse(tracked, body.type, message));
}

function callbackTypeAllowed(interactionType: number, callbackType: unknown): boolean {
  const isAutocomplete = interactionType === InteractionType.ApplicationCommandAutocomplete;
  if (callbackType === InteractionResponseType.ApplicationCommandAutocompleteResult) return isAutocomplete;
  if (isAutocomplete) return false;
  const componentOnly = [InteractionResponseType.DeferredMessageUpdate, InteractionResponseType.UpdateMessage];
  if (componentOnly.includes(callbackType as number)) {
    return interactionType === InteractionType.MessageComponent || interactionType === InteractionType.ModalSubmit;
  }
  return [
    InteractionResponseType.ChannelMessageWithSource,
    InteractionResponseType.DeferredChannelMessageWithSource,
    InteractionResponseType.Modal,
  ].includes(callbackType as number);
}

/** Creates or updates the message the callback implies; returns it. */
function applyCallback(
  { store }: InteractionRouteOptions,
  tracked: TrackedInteraction,
  body: Body,
  request: RecordedRequest,
): FakeMessage | undefined {
  const data = (body.data ?? {}) as Body;
  const messageType = tracked.type === InteractionType.ApplicationCommand ? 20 : 0;
  const common = { channelId: tracked.channelId, webhookId: tracked.payload.application_id, type: messageType };
  switch (body.type) {
    case InteractionResponseType.ChannelMessageWithSource:
      return setOriginal(tracked, store.create({ ...common, body: data, files: request.files }));
    case InteractionResponseType.DeferredChannelMessageWithSource:
      return setOriginal(
        tracked,
        store.create({ ...common, body: { flags: data.flags }, extraFlags: MessageFlags.Loading }),
      );
    case InteractionResponseType.UpdateMessage:
    case InteractionResponseType.DeferredMessageUpdate: {
      const message = store.get(tracked.payload.message?.id ?? '');
      if (message) tracked.originalMessageId = message.id;
      if (message && body.type === InteractionResponseType.UpdateMessage) store.edit(message, data, request.files);
      return message;
    }
    default:
      return undefined;
  }
}

function setOriginal(tracked: TrackedInteraction, message: FakeMessage): FakeMessage {
  tracked.originalMessageId = message.id;
  return message;
}

function callbackResponse(tracked: TrackedInteraction, type: number, message: FakeMessage | undefined) {
  return {
    interaction: {
      id: tracked.id,
      type: tracked.type,
      activity_instance_id: null,
      response_message_id: message?.id ?? null,
      response_message_loading: Boolean(message && message.flags & MessageFlags.Loading),
      response_message_ephemeral: Boolean(message && message.flags & MessageFlags.Ephemeral),
    },
    resource: message ? { type, message } : { type },
  };
}

function webhookInteraction(options: InteractionRouteOptions, params: RouteParams) {
  if (params.appId !== options.world.applicationId) return undefined;
  return options.tracker.byToken(params.token!);
}

function handleWebhookMessage(options: InteractionRouteOptions, request: RecordedRequest, params: RouteParams): Reply {
  const tracked = webhookInteraction(options, params);
  if (!tracked) return UNKNOWN_WEBHOOK;
  const id = params.messageId === '@original' ? tracked.originalMessageId : params.messageId;
  const owned = id === tracked.originalMessageId || tracked.followUpIds.includes(id ?? '');
  const message = id && owned ? options.store.get(id) : undefined;
  if (!message) return UNKNOWN_MESSAGE;
  if (request.method === 'DELETE') {
    options.store.delete(message.id);
    return noContent();
  }
  if (request.method === 'PATCH') options.store.edit(message, (request.body ?? {}) as Body, request.files);
  return json(message);
}

function handleFollowUp(options: InteractionRouteOptions, request: RecordedRequest, params: RouteParams): Reply {
  const tracked = webhookInteraction(options, params);
  // Discord only accepts follow-ups once the interaction has been acknowledged.
  if (!tracked || tracked.callbackType === undefined) return UNKNOWN_WEBHOOK;
  const message = options.store.create({
    channelId: tracked.channelId,
    body: (request.body ?? {}) as Body,
    files: request.files,
    webhookId: options.world.applicationId,
    type: tracked.type === InteractionType.ApplicationCommand ? 20 : 0,
  });
  tracked.followUpIds.push(message.id);
  return request.query.wait === 'true' ? json(message) : noContent();
}
