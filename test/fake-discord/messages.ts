// Message store of the fake Discord: every message the bot created (channel
// posts, interaction responses, follow-ups) in the shape the API returns.
import { MessageFlags } from 'discord.js';
import type { FileHost } from './files.ts';
import { snowflake } from './ids.ts';
import type { RecordedFile } from './types.ts';
import type { FakeWorld } from './world.ts';

export interface FakeMessage {
  id: string;
  channel_id: string;
  guild_id?: string;
  author: FakeWorld['botUser'];
  content: string;
  timestamp: string;
  edited_timestamp: string | null;
  tts: boolean;
  mention_everyone: boolean;
  mentions: unknown[];
  mention_roles: string[];
  attachments: FakeAttachment[];
  embeds: unknown[];
  components: unknown[];
  pinned: boolean;
  type: number;
  flags: number;
  webhook_id?: string;
  application_id?: string;
  /** Set on replies: the message replied to. */
  message_reference?: { type: number; message_id: string; channel_id: string; guild_id?: string };
  /** A forward's message: what it forwards (the fake keeps the fields a reader needs). */
  message_snapshots?: { message: Record<string, unknown> }[];
  /** Echoed from the create request, as Discord does in its answer. */
  nonce?: string | number;
  /** Not part of Discord's object: true once deleted (kept for assertions). */
  deleted?: boolean;
}

export interface FakeAttachment {
  id: string;
  filename: string;
  size: number;
  url: string;
  proxy_url: string;
  content_type?: string;
}

type Body = Record<string, unknown>;

export interface CreateMessageInput {
  channelId: string;
  body: Body;
  files?: RecordedFile[];
  /** Set for messages sent through an interaction webhook. */
  webhookId?: string;
  /** Extra flags (e.g. LOADING for a deferred reply). */
  extraFlags?: number;
  /** Message type; 0 = default, 19 = reply, 20 = chat input command response. */
  type?: number;
  /** A forum post's first message has its thread's id. */
  id?: string;
  /** Who wrote it: the bot unless told (a person's message, for MESSAGE_CREATE). */
  author?: FakeWorld['user'];
}

export class MessageStore {
  private readonly byId = new Map<string, FakeMessage>();

  constructor(
    private readonly world: FakeWorld,
    private readonly files: FileHost,
    /** How long a nonce is remembered for enforce_nonce ("the past few minutes"). */
    private readonly nonceWindowMs = 5 * 60 * 1000,
  ) {}

  /** The message the same author created with this nonce within the window, as enforce_nonce looks it up. */
  byNonce(authorId: string, nonce: string | number): FakeMessage | undefined {
    const since = Date.now() - this.nonceWindowMs;
    return this.all().find((m) => m.nonce === nonce && m.author.id === authorId && Date.parse(m.timestamp) >= since);
  }

  /** A channel's messages as GET /channels/{id}/messages lists them: newest first, `limit` of them. */
  history(channelId: string, query: { before?: string; after?: string; limit: number }): FakeMessage[] {
    const inChannel = this.all().filter(
      (m) => m.channel_id === channelId && !m.deleted && (m.flags & MessageFlags.Ephemeral) === 0,
    );
    const newestFirst = (a: FakeMessage, b: FakeMessage) => (BigInt(b.id) > BigInt(a.id) ? 1 : -1);
    if (query.after !== undefined) {
      const after = BigInt(query.after);
      return inChannel
        .filter((m) => BigInt(m.id) > after)
        .slice(0, query.limit)
        .sort(newestFirst);
    }
    const before = query.before === undefined ? undefined : BigInt(query.before);
    return inChannel
      .filter((m) => before === undefined || BigInt(m.id) < before)
      .sort(newestFirst)
      .slice(0, query.limit);
  }

  create(input: CreateMessageInput): FakeMessage {
    const message: FakeMessage = {
      id: input.id ?? snowflake(),
      channel_id: input.channelId,
      ...(input.channelId === this.world.dmChannelId ? {} : { guild_id: this.world.guildId }),
      author: input.author ?? this.world.botUser,
      content: '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: [],
      components: [],
      pinned: false,
      type: input.type ?? 0,
      flags: input.extraFlags ?? 0,
    };
    if (input.webhookId) {
      message.webhook_id = input.webhookId;
      message.application_id = this.world.applicationId;
    }
    const nonce = input.body.nonce;
    if (typeof nonce === 'string' || typeof nonce === 'number') message.nonce = nonce;
    this.apply(message, input.body, input.files ?? []);
    const reference = input.body.message_reference as { message_id?: string } | undefined;
    if (reference?.message_id) {
      message.type = 19;
      message.message_reference = {
        type: 0,
        message_id: reference.message_id,
        channel_id: input.channelId,
        guild_id: message.guild_id,
      };
    }
    this.byId.set(message.id, message);
    return message;
  }

  /** Applies an edit (PATCH) body; clears the LOADING flag of deferred replies. */
  edit(message: FakeMessage, body: Body, files: RecordedFile[] = []): FakeMessage {
    message.flags &= ~MessageFlags.Loading;
    message.edited_timestamp = new Date().toISOString();
    this.apply(message, body, files);
    return message;
  }

  get(id: string): FakeMessage | undefined {
    const message = this.byId.get(id);
    return message?.deleted ? undefined : message;
  }

  delete(id: string): boolean {
    const message = this.get(id);
    if (message) message.deleted = true;
    return Boolean(message);
  }

  /** All messages ever created, oldest first (deleted ones have `deleted: true`). */
  all(): FakeMessage[] {
    return [...this.byId.values()];
  }

  private apply(message: FakeMessage, body: Body, files: RecordedFile[]): void {
    if (typeof body.content === 'string') message.content = body.content;
    if (Array.isArray(body.embeds)) message.embeds = body.embeds;
    if (Array.isArray(body.components)) message.components = body.components;
    if (typeof body.tts === 'boolean') message.tts = body.tts;
    // An edit cannot make a private message public, nor take Components V2 away.
    const kept = MessageFlags.Loading | MessageFlags.Ephemeral | MessageFlags.IsComponentsV2;
    if (typeof body.flags === 'number') message.flags = (message.flags & kept) | body.flags;
    if (Array.isArray(body.attachments) || files.length > 0) {
      message.attachments = this.attachments(message, body.attachments, files);
    }
  }

  private attachments(message: FakeMessage, declared: unknown, files: RecordedFile[]): FakeAttachment[] {
    const kept = message.attachments.filter((existing) =>
      Array.isArray(declared) ? declared.some((item) => (item as Body).id === existing.id) : true,
    );
    const uploaded = files.map((file) => {
      const id = snowflake();
      const url = this.files.serve(
        `attachments/${message.channel_id}/${id}/${file.filename}`,
        file.data,
        file.contentType,
      );
      return { id, filename: file.filename, size: file.size, url, proxy_url: url, content_type: file.contentType };
    });
    return [...kept, ...uploaded];
  }
}
