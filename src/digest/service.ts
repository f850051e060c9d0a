/**
 * Digests from the knowledge base in force, and posting them: message by message, each sent
 * first and then recorded with the developments it carried, in one transaction. A process killed
 * in between loses at most the record of the message being posted (it is sent again next time);
 * a message that was not sent is never recorded, and one that was is never sent again.
 */
import type { Placement } from '../framework/define.ts';
import type { Reply } from '../framework/reply.ts';
import type { Locale } from '../i18n/messages.ts';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import type { Logger } from '../logger.ts';
import type { Destination, Store, Trigger } from '../store/store.ts';
import { buildDigest, type Digest, type DigestRequest, type Ledger } from './build.ts';
import { KeyedQueue } from './queue.ts';
import { digestMessages, digestParts } from './render.ts';
import { digestText } from './text.ts';

/** Sends messages to a channel (or opening a thread there) and resolves with their ids (the `post` port). */
export type PostPort = (channelId: string, replies: Reply[], placement?: Placement) => Promise<string[]>;

export interface DigestServiceOptions {
  kb: () => KnowledgeBase;
  store: () => Store;
  windowDays: number;
  logger: Logger;
}

export interface PostOptions {
  locale: Locale;
  trigger: Trigger;
  /** The schedule slot this digest is for: marked handled with it (or alone when nothing is new). */
  slot?: Date;
  /** Pinged by the first message, alone. */
  roleId?: string;
  /** A new thread or forum post (whose id is its first message's) instead of the channel itself. */
  destination?: Destination;
}

export interface PostOutcome {
  digest: Digest;
  /** Empty when there was nothing new (and nothing was posted). */
  messageIds: string[];
}

/** Posting failed: the messages not sent were not recorded, so their developments come in the next digest. */
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
    const what = sent.messages === 0 ? 'was not sent' : `was sent only in part (${sent.messages} of ${sent.of} messages)`;
    super(`the digest for channel ${channelId} ${what}${status ? ` (HTTP ${status})` : ''}`, options);
  }
}

const statusOf = (error: unknown): number | undefined => {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
};

export class DigestService {
  private readonly queue = new KeyedQueue();

  constructor(private readonly options: DigestServiceOptions) {}

  private ledger(channelId: string): Ledger {
    const store = this.options.store();
    return { posted: store.postedDocumentIds(channelId), lastPeriodEnd: store.lastDigest(channelId)?.period.end };
  }

  /** The digest a channel would get now (without a channel: the window or `since` alone). */
  build(request: DigestRequest): Digest {
    const ledger = request.channelId ? this.ledger(request.channelId) : undefined;
    return buildDigest(this.options.kb(), request, this.options.windowDays, ledger);
  }

  /** The digest and its messages, sending nothing. */
  preview(request: DigestRequest, locale: Locale): { digest: Digest; messages: Reply[] } {
    const digest = this.build(request);
    return { digest, messages: digestMessages(digest, locale) };
  }

  /** Build, send and record a channel's digest; one at a time per channel. Nothing new: nothing sent. */
  post(channelId: string, request: Omit<DigestRequest, 'channelId'>, send: PostPort, options: PostOptions): Promise<PostOutcome> {
    return this.queue.run(channelId, async () => {
      const digest = this.build({ ...request, channelId });
      const store = this.options.store();
      if (digest.items.length === 0) {
        if (options.slot) store.markSlot(channelId, options.slot);
        return { digest, messageIds: [] };
      }
      const parts = digestParts(digest, options.locale, options.roleId);
      const messageIds: string[] = [];
      let digestId: number | undefined;
      let target = channelId;
      for (const [index, part] of parts.entries()) {
        const opens = index === 0 && options.destination !== undefined && options.destination !== 'channel';
        const placement = opens ? { threadName: digestText(options.locale).threadName(digest.period.end) } : undefined;
        const ids = await send(target, [part.reply], placement).catch((error: unknown) => {
          this.options.logger.warn({ channelId, sent: index, of: parts.length, err: error }, 'digest not fully sent; the rest is not recorded');
          throw new DigestNotSent(channelId, statusOf(error), { messages: index, of: parts.length }, { cause: error });
        });
        messageIds.push(...ids);
        if (placement && ids[0]) target = ids[0];
        const last = index === parts.length - 1;
        const items = part.items.map((item) => ({ documentId: item.document.id, date: item.date }));
        const record = { channelId, period: digest.period, postedAt: request.now, messageIds: ids, items, trigger: options.trigger, slot: last ? options.slot : undefined };
        digestId = store.recordDigest(record, digestId);
      }
      this.options.logger.info({ channelId, developments: digest.items.length, messages: messageIds.length, trigger: options.trigger }, 'digest posted');
      return { digest, messageIds };
    });
  }
}
