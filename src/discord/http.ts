/**
 * The HTTP interactions transport: Discord POSTs each interaction to our endpoint. Signatures are
 * verified (Ed25519 over timestamp + raw body, node:crypto); PING gets PONG; everything else takes
 * the same path as the gateway through handle.ts. Follow-ups go out through interaction webhooks.
 */
import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  REST,
  Routes,
  type APIApplicationCommandInteractionDataOption,
  type APIInteraction,
  type APIInteractionDataResolved,
} from 'discord.js';
import type { App } from '../app.ts';
import type { Invoker, Ports } from '../framework/define.ts';
import { toLocale } from '../i18n/locale.ts';
import type { MessagePayload } from '../render/discord.ts';
import {
  autocompleteChoices,
  handleButton,
  handleCommand,
  handleForm,
  handleQuestion,
  handleSaveAnswer,
  type Responder,
} from './handle.ts';
import { messageText } from './message-text.ts';
import { isSaveAnswerCommand } from './registration.ts';
import { toFocused, toInvocation, toMember, type OptionData } from './invocation.ts';
import { forgetAfter, isFreshTimestamp, readInteraction, SeenInteractions, type SharedSeen } from './http-guard.ts';
import { download } from '../documents/download.ts';

/** Interaction bodies are a few KB; anything this large is not from Discord. */
export const MAX_BODY_BYTES = 256 * 1024;

/** The DER prefix that turns a raw 32-byte Ed25519 key into an SPKI public key. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

const publicKeyFromHex = (hex: string): KeyObject =>
  createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(hex, 'hex')]), format: 'der', type: 'spki' });

function isValidSignature(
  key: KeyObject,
  signature: string | undefined,
  timestamp: string | undefined,
  body: Buffer,
): boolean {
  if (!signature || !timestamp || !/^[0-9a-f]{128}$/i.test(signature)) return false;
  return verify(null, Buffer.concat([Buffer.from(timestamp), body]), key, Buffer.from(signature, 'hex'));
}

/** How long a client may take to send its headers, then its body; and keep an idle connection open. */
interface HttpTimeouts {
  headersMs: number;
  bodyMs: number;
  idleMs: number;
}

/** A few seconds each: Discord sends a few KB at once, so only a slow or hostile client waits longer. */
const DEFAULT_TIMEOUTS: HttpTimeouts = { headersMs: 5_000, bodyMs: 5_000, idleMs: 5_000 };

class BodyTooLarge extends Error {}

/** The body, refused when larger than MAX_BODY_BYTES or not complete within `deadlineMs`. */
async function readBody(request: IncomingMessage, deadlineMs: number): Promise<Buffer> {
  const timer = setTimeout(() => request.destroy(new Error('body not received in time')), deadlineMs);
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of request) {
      size += (chunk as Buffer).length;
      if (size > MAX_BODY_BYTES) throw new BodyTooLarge();
      chunks.push(chunk as Buffer);
    }
  } finally {
    clearTimeout(timer);
  }
  return Buffer.concat(chunks);
}

function send(response: ServerResponse, status: number, body?: unknown): void {
  if (response.headersSent) return;
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(body === undefined ? undefined : JSON.stringify(body));
}

/** The part of an interaction's data that carries options (commands and autocomplete alike). */
type CommandData = {
  options?: readonly APIApplicationCommandInteractionDataOption[];
  resolved?: APIInteractionDataResolved;
};

/** Attachment options carry an id; the file itself is under data.resolved. */
function withAttachments(
  options: readonly OptionData[],
  resolved: APIInteractionDataResolved | undefined,
): OptionData[] {
  return options.map((option) => {
    const file =
      option.type === ApplicationCommandOptionType.Attachment
        ? resolved?.attachments?.[String(option.value)]
        : undefined;
    if (file)
      return {
        ...option,
        attachment: { name: file.filename, url: file.url, size: file.size, contentType: file.content_type },
      };
    return option.options ? { ...option, options: withAttachments([...option.options], resolved) } : option;
  });
}

function httpResponder(interaction: APIInteraction, response: ServerResponse, rest: REST): Responder {
  const webhook = Routes.webhook(interaction.application_id, interaction.token);
  const original = Routes.webhookMessage(interaction.application_id, interaction.token, '@original');
  const callback = async (type: InteractionResponseType, data?: MessagePayload | { flags: MessageFlags }) =>
    send(response, 200, data ? { type, data } : { type });
  return {
    reply: (payload) => callback(InteractionResponseType.ChannelMessageWithSource, payload),
    defer: (ephemeral) =>
      callback(
        InteractionResponseType.DeferredChannelMessageWithSource,
        ephemeral ? { flags: MessageFlags.Ephemeral } : undefined,
      ),
    update: (payload) => callback(InteractionResponseType.UpdateMessage, payload),
    deferUpdate: () => callback(InteractionResponseType.DeferredMessageUpdate),
    showModal: async (modal) => send(response, 200, { type: InteractionResponseType.Modal, data: modal }),
    editOriginal: async (payload) => void (await rest.patch(original, { body: payload, auth: false })),
    deleteOriginal: async () => void (await rest.delete(original, { auth: false })),
    followUp: async (payload) =>
      void (await rest.post(webhook, { body: payload, auth: false, query: new URLSearchParams({ wait: 'true' }) })),
  };
}

/** Where a message can be opened, as discord.js's `Message.url` builds it. */
const messageUrl = (guildId: string | undefined, message: { channel_id: string; id: string }): string =>
  `https://discord.com/channels/${guildId ?? '@me'}/${message.channel_id}/${message.id}`;

/** A submitted form's component: a label holding one field, or (older forms) a row of them. */
interface FormComponent {
  custom_id?: string;
  value?: string;
  values?: string[];
  component?: FormComponent;
  components?: FormComponent[];
}

/** A submitted form's values by field id (a choice's values joined by commas). */
function formValues(components: readonly FormComponent[] = []): Record<string, string> {
  const fields = components.flatMap((c) => (c.component ? [c.component] : (c.components ?? [c])));
  return Object.fromEntries(
    fields
      .filter((field) => field.custom_id)
      .map((field) => [field.custom_id!, field.values ? field.values.join(',') : (field.value ?? '')]),
  );
}

export interface HttpOptions {
  publicKey: string;
  /** REST base URL for follow-ups, for a test double of Discord. */
  api?: string;
  /** Side effects for commands (the gateway client's, when one runs); attachments can always be fetched. */
  ports?: Ports;
  timeouts?: Partial<HttpTimeouts>;
  clock?: () => number;
  /** Where interaction ids are remembered for every instance (default: the app's state store). */
  seen?: () => Promise<SharedSeen>;
}

export function createInteractionsServer(app: App, options: HttpOptions): Server {
  const key = publicKeyFromHex(options.publicKey);
  const rest = new REST(options.api ? { api: options.api } : {});
  // This process's memory answers a replay at once; the store answers for every other instance and start.
  const seen = new SeenInteractions();
  const shared = options.seen ?? (async () => (await app.moderation.store()).interactions);
  const now = options.clock ?? Date.now;
  const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };

  async function dispatch(interaction: APIInteraction, response: ServerResponse): Promise<void> {
    if (interaction.type === InteractionType.Ping) return send(response, 200, { type: InteractionResponseType.Pong });
    const invoker: Invoker = {
      locale: toLocale(interaction.locale),
      member: toMember(interaction.member, app.config.MODERATOR_ROLE_ID, interaction.user?.id),
      channelId: interaction.channel?.id ?? interaction.channel_id,
      guildId: interaction.guild_id,
      canPressButtons: true,
      ...(interaction.type === InteractionType.MessageComponent && interaction.message
        ? {
            message: {
              url: messageUrl(interaction.guild_id, interaction.message),
              text: messageText(interaction.message),
            },
          }
        : {}),
      ...(options.ports ?? { download: (attachment) => download(attachment, { api: options.api }) }),
    };
    const optionsOf = (data: CommandData) => withAttachments(data.options ?? [], data.resolved);
    if (interaction.type === InteractionType.ApplicationCommandAutocomplete) {
      const choices = autocompleteChoices(app, interaction.data.name, toFocused(optionsOf(interaction.data)), invoker);
      return send(response, 200, {
        type: InteractionResponseType.ApplicationCommandAutocompleteResult,
        data: { choices },
      });
    }
    const responder = httpResponder(interaction, response, rest);
    if (
      interaction.type === InteractionType.ApplicationCommand &&
      interaction.data.type === ApplicationCommandType.ChatInput
    ) {
      await handleCommand(app, toInvocation(interaction.data.name, optionsOf(interaction.data)), invoker, responder);
    } else if (
      interaction.type === InteractionType.ApplicationCommand &&
      interaction.data.type === ApplicationCommandType.Message
    ) {
      // readInteraction made sure the target is among the resolved messages.
      const target = interaction.data.resolved.messages[interaction.data.target_id]!;
      if (isSaveAnswerCommand(interaction.data.name)) {
        const saved = {
          text: messageText(target),
          // A signed body is checked only for what the search reads: the rest may be missing.
          by: target.author?.global_name ?? target.author?.username ?? '?',
          at: target.timestamp ? new Date(target.timestamp) : new Date(),
          url: messageUrl(interaction.guild_id, target),
          channelId: target.channel_id,
          repliedTo: target.referenced_message ? messageText(target.referenced_message) : undefined,
        };
        await handleSaveAnswer(app, saved, invoker, responder);
      } else await handleQuestion(app, { text: messageText(target), source: 'message-menu' }, invoker, responder);
    } else if (interaction.type === InteractionType.MessageComponent) {
      await handleButton(app, interaction.data.custom_id, invoker, responder);
    } else if (interaction.type === InteractionType.ModalSubmit) {
      const values = formValues(interaction.data.components as unknown as FormComponent[]);
      await handleForm(app, interaction.data.custom_id, values, invoker, responder);
    } else send(response, 400, { error: 'unknown interaction type' });
    send(response, 500, { error: 'no response' });
  }

  function receive(request: IncomingMessage, response: ServerResponse, body: Buffer): void {
    const signature = request.headers['x-signature-ed25519'] as string | undefined;
    const timestamp = request.headers['x-signature-timestamp'] as string | undefined;
    if (!isFreshTimestamp(timestamp, now()))
      return send(response, 401, { error: 'timestamp missing or not within minutes of now' });
    if (!isValidSignature(key, signature, timestamp, body))
      return send(response, 401, { error: 'invalid request signature' });
    const read = readInteraction(body);
    if ('reason' in read) return send(response, 400, { error: 'body is not an interaction', reason: read.reason });
    const { interaction } = read;
    const at = now();
    if (!seen.firstTime(interaction.id, at)) return send(response, 401, { error: 'interaction already received' });
    shared()
      .then((ids) => ids.claim(interaction.id, at, forgetAfter(at)))
      .then(
        (first) => {
          if (!first) return send(response, 401, { error: 'interaction already received' });
          return dispatch(interaction, response).catch((error: unknown) => {
            app.logger.error({ err: error }, 'HTTP interaction failed');
            send(response, 500, { error: 'internal error' });
          });
        },
        (error: unknown) => {
          // Without the shared memory a replay could not be told apart: refuse rather than answer twice.
          app.logger.error({ err: error }, 'could not record the interaction id');
          send(response, 503, { error: 'state database unavailable' });
        },
      );
  }

  // connectionsCheckingInterval: Node enforces headersTimeout and requestTimeout only this often.
  const checkMs = Math.max(100, Math.min(1_000, timeouts.headersMs / 2));
  const server = createServer({ connectionsCheckingInterval: checkMs }, (request, response) => {
    if (request.method !== 'POST') return send(response, 405, { error: 'POST only' });
    readBody(request, timeouts.bodyMs).then(
      (body) => receive(request, response, body),
      (error: unknown) => {
        if (error instanceof BodyTooLarge) send(response, 413, { error: `body over ${MAX_BODY_BYTES} bytes` });
        else send(response, 400, { error: 'could not read the body' });
        request.resume();
      },
    );
  });
  server.headersTimeout = timeouts.headersMs;
  server.requestTimeout = timeouts.headersMs + timeouts.bodyMs;
  server.keepAliveTimeout = timeouts.idleMs;
  server.timeout = timeouts.headersMs + timeouts.bodyMs;
  return server;
}
