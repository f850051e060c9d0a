/**
 * Digests from the knowledge base in force, and posting them so that a channel never gets a
 * development twice, even with several processes on one database and a process killed at any
 * moment. A digest is first written whole (its messages with nonces, its developments reserved
 * under a unique key: see store/ledger.ts), then each message is sent with Discord's nonce and
 * enforce_nonce, then marked sent. A message left pending (a crash, a network error) is settled
 * later by delivering it again: within Discord's dedupe window the same nonce returns the message
 * already sent; after it, the channel's recent history is searched for its footer first.
 */
import { randomBytes } from 'node:crypto';
import type { Reply } from '../answers/reply.ts';
import type { Ports } from '../framework/define.ts';
import type { Locale } from '../i18n/locale.ts';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import type { Logger } from '../logger.ts';
import type { Destination, PendingMessage, Store, Trigger } from '../store/store.ts';
import { buildDigest, type Digest, type DigestRequest, type Ledger } from './build.ts';
import { KeyedQueue } from './queue.ts';
import { digestMessages, digestParts } from './render.ts';
import { digestText } from './text.ts';

/** How a digest reaches a channel (the Discord ports `post` and `findPosted`). */
export interface PostPort {
  post(channelId: string, reply: Reply, nonce: string): Promise<string>;
  findPosted(channelId: string, footer: string, after: Date): Promise<string | undefined>;
  /** Open a thread of a text channel (from `starter`), or a forum post (`starter` its first message); resolves with its id. */
  openThread?(channelId: string, name: string, starter: Reply): Promise<string>;
}

/**
 * Resending the same nonce is safe this long after a message was written (before its first
 * attempt). Discord checks nonces for "the past few minutes"; this stays well inside.
 */
const NONCE_WINDOW_MS = 2 * 60 * 1000;
/** How far before a message was written its search in the channel's history starts (clock skew). */
const HISTORY_SLACK_MS = 60 * 1000;
/** Reservations lost to another process in a row before giving up (it is posting the same things). */
const RESERVE_ATTEMPTS = 3;

export interface DigestServiceOptions {
  kb: () => KnowledgeBase;
  store: () => Promise<Store>;
  windowDays: number;
  logger: Logger;
  clock?: () => Date;
}

export interface PostOptions {
  locale: Locale;
  trigger: Trigger;
  /** The schedule slot this digest is for, and the slot the schedule was at: claimed with it. */
  slot?: { at: Date; previous: Date };
  /** Pinged, alone: by the message that opens the thread, or else by the digest's first message. */
  roleId?: string;
  /** A new thread or forum post for this digest instead of the channel itself. */
  destination?: Destination;
}

export interface PostOutcome {
  digest: Digest;
  /** Empty when there was nothing new (and nothing was posted). */
  messageIds: string[];
  /** For a slot: false when another process had already claimed it (nothing done here). */
  claimed: boolean;
}

/** Posting failed: the messages not sent are given back, so their developments come in the next digest. */
export class DigestNotSent extends Error {
  override readonly name = 'DigestNotSent';
  constructor(
    readonly channelId: string,
    /** Discord's HTTP status, when it answered with an error. */
    readonly status: number | undefined,
    /** How many of the digest's messages went out (and were recorded) before the failure. */
    readonly sent: { messages: number; of: number },
    options: { cause: unknown },
  ) {
    const what =
      sent.messages === 0 ? 'was not sent' : `was sent only in part (${sent.messages} of ${sent.of} messages)`;
    super(`the digest for channel ${channelId} ${what}${status ? ` (HTTP ${status})` : ''}`, options);
  }
}

const statusOf = (error: unknown): number | undefined => {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
};

/** Discord answered and refused: the message was certainly not created. Anything else may have been. */
const refused = (error: unknown): boolean => {
  const status = statusOf(error);
  return status !== undefined && status >= 400 && status < 500 && status !== 408 && status !== 429;
};

const inThread = (options: PostOptions): boolean =>
  options.destination !== undefined && options.destination !== 'channel';

/** Discord accepts a nonce of up to 25 characters. */
const newNonce = (): string => randomBytes(15).toString('base64url');

export class DigestService {
  private readonly queue = new KeyedQueue();
  private readonly clock: () => Date;

  constructor(private readonly options: DigestServiceOptions) {
    this.clock = options.clock ?? (() => new Date());
  }

  private async ledger(channelId: string): Promise<Ledger> {
    const { ledger } = await this.options.store();
    const [posted, last] = await Promise.all([ledger.takenDocumentIds(channelId), ledger.lastDigest(channelId)]);
    return { posted, lastPeriodEnd: last?.period.end };
  }

  /** The digest a channel would get now (without a channel: the window or `since` alone). */
  async build(request: DigestRequest): Promise<Digest> {
    const ledger = request.channelId ? await this.ledger(request.channelId) : undefined;
    return buildDigest(this.options.kb(), request, this.options.windowDays, ledger);
  }

  /** The digest and its messages, sending nothing. */
  async preview(request: DigestRequest, locale: Locale): Promise<{ digest: Digest; messages: Reply[] }> {
    const digest = await this.build(request);
    return { digest, messages: digestMessages(digest, locale) };
  }

  /**
   * Settle, then build, reserve, send and record a channel's digest; one at a time per channel in
   * this process, and through the reservation across processes. Nothing new: nothing sent.
   */
  post(
    channelId: string,
    request: Omit<DigestRequest, 'channelId'>,
    port: PostPort,
    options: PostOptions,
  ): Promise<PostOutcome> {
    return this.queue.run(channelId, async () => {
      // What is still pending stays reserved, so a failure here cannot make the new digest repeat it.
      await this.settleChannel(channelId, port).catch((error: unknown) => {
        this.options.logger.warn({ channelId, err: error }, 'pending digest messages not settled; trying again later');
      });
      const store = await this.options.store();
      for (let attempt = 1; ; attempt++) {
        const digest = await this.build({ ...request, channelId });
        if (digest.items.length === 0) {
          const claimed = options.slot ? await store.schedules.claimSlot(channelId, options.slot.at) : true;
          return { digest, messageIds: [], claimed };
        }
        const reservation = await store.ledger.reserve({
          channelId,
          period: digest.period,
          postedAt: request.now,
          createdAt: this.clock(),
          trigger: options.trigger,
          slot: options.slot,
          messages: (digestId) =>
            // In a thread its opening message is the plain line; in a channel the digest opens with one.
            digestParts(digest, options.locale, {
              digestId,
              ...(inThread(options) ? { headline: false } : { roleId: options.roleId, headline: true }),
            }).map((part) => ({
              nonce: newNonce(),
              body: part.reply,
              marker: part.footer,
              items: part.items.map((item) => ({ documentId: item.id, date: item.date })),
            })),
        });
        if (reservation.ok) {
          const target = inThread(options)
            ? await this.openThread(channelId, digest, reservation.messages, port, options)
            : port;
          const messageIds = await this.sendAll(reservation.messages, target);
          const { logger } = this.options;
          logger.info(
            { channelId, developments: digest.items.length, messages: messageIds.length, trigger: options.trigger },
            'digest posted',
          );
          return { digest, messageIds, claimed: true };
        }
        if (reservation.reason === 'slot') return { digest, messageIds: [], claimed: false };
        // Another process reserved some of these developments first: what is left is built again.
        if (attempt >= RESERVE_ATTEMPTS) return { digest, messageIds: [], claimed: true };
      }
    });
  }

  /**
   * Open the digest's thread (or forum post) and route its messages there, in the ledger too: should
   * the process stop before they are all sent, the rest are settled into the thread after a restart.
   * A thread that cannot be opened gives the digest back.
   */
  private async openThread(
    channelId: string,
    digest: Digest,
    messages: readonly PendingMessage[],
    port: PostPort,
    options: PostOptions,
  ): Promise<PostPort> {
    const name = digestText(options.locale).threadName(digest.period.end);
    try {
      if (!port.openThread) throw new Error('this transport cannot open threads');
      const threadId = await port.openThread(channelId, name, {
        content: name,
        cards: [],
        mentionRoleId: options.roleId,
      });
      if (messages[0]) await (await this.options.store()).ledger.moveTo(messages[0].digestId, threadId);
      return {
        post: (_channel, reply, nonce) => port.post(threadId, reply, nonce),
        findPosted: (_channel, footer, after) => port.findPosted(threadId, footer, after),
      };
    } catch (error) {
      const first = messages[0];
      if (first) await (await this.options.store()).ledger.drop(first.digestId, 0);
      throw new DigestNotSent(channelId, statusOf(error), { messages: 0, of: messages.length }, { cause: error });
    }
  }

  /** Send a digest's messages in order; on a failure, give back what was not sent and say how far it got. */
  private async sendAll(messages: readonly PendingMessage[], port: PostPort): Promise<string[]> {
    const ids: string[] = [];
    for (const [index, message] of messages.entries()) {
      try {
        const id = await this.deliver(message, port);
        if (id) ids.push(id);
      } catch (error) {
        const { logger } = this.options;
        const store = await this.options.store();
        // A refused message was not created; one that failed otherwise may have been, and is settled later.
        await store.ledger.drop(message.digestId, refused(error) ? message.position : message.position + 1);
        logger.warn(
          { channelId: message.channelId, sent: index, of: messages.length, err: error },
          'digest not fully sent; the rest is given back',
        );
        throw new DigestNotSent(
          message.channelId,
          statusOf(error),
          { messages: index, of: messages.length },
          { cause: error },
        );
      }
    }
    return ids;
  }

  /**
   * Send one pending message at most once: claim it, find it if an earlier attempt is too old for
   * Discord's nonce check, else send it with its nonce; then record it. Resolves with its id, or
   * undefined when another process has it in hand.
   */
  private async deliver(message: PendingMessage, port: PostPort): Promise<string | undefined> {
    const { ledger } = await this.options.store();
    const now = this.clock();
    const claim = await ledger.claim(message.nonce, now);
    if (!claim) return undefined;
    let id: string | undefined;
    // Tried before, and maybe longer ago than Discord remembers the nonce: look before sending again.
    if (claim.previous && now.getTime() - message.createdAt.getTime() >= NONCE_WINDOW_MS) {
      id = await port.findPosted(
        message.channelId,
        message.marker,
        new Date(message.createdAt.getTime() - HISTORY_SLACK_MS),
      );
    }
    id ??= await port.post(message.channelId, message.body as Reply, message.nonce);
    await ledger.sent(message.nonce, id);
    return id;
  }

  /** Deliver what a channel has pending (left by a crash or a network error), in order. */
  private async settleChannel(channelId: string, port: PostPort): Promise<void> {
    const store = await this.options.store();
    for (const message of await store.ledger.pending(channelId)) {
      try {
        await this.deliver(message, port);
      } catch (error) {
        if (!refused(error)) throw error;
        await store.ledger.drop(message.digestId, message.position);
        this.options.logger.warn(
          { channelId, err: error },
          'a pending digest message was refused; its developments are given back',
        );
      }
    }
  }

  /** Settle every channel's pending messages (at start, and on each scheduler wake-up). */
  async settle(port: PostPort): Promise<number> {
    const store = await this.options.store();
    const channels = new Set((await store.ledger.pending()).map((message) => message.channelId));
    for (const channelId of channels) {
      await this.queue
        .run(channelId, () => this.settleChannel(channelId, port))
        .catch((error: unknown) => {
          this.options.logger.warn(
            { channelId, err: error },
            'pending digest messages not settled; trying again later',
          );
        });
    }
    return channels.size;
  }
}

/** The digest post port from a transport's ports, when it has both halves. */
export function postPortOf(ports: Ports | undefined): PostPort | undefined {
  const { post, findPosted, openThread } = ports ?? {};
  return post && findPosted ? { post, findPosted, openThread } : undefined;
}
