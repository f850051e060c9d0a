/**
 * Digests from the knowledge base in force, and posting them: the messages are sent first, then
 * the digest and its ledger rows are recorded in one transaction. A process killed in between
 * loses at most that digest's record (it is sent again next time); a digest that was not sent is
 * never recorded.
 */
import type { Reply } from '../command/reply.ts';
import type { Locale } from '../i18n.ts';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import type { Logger } from '../logger.ts';
import type { Store, Trigger } from '../store/store.ts';
import { buildDigest, type Digest, type DigestRequest, type Ledger } from './build.ts';
import { KeyedQueue } from './queue.ts';
import { digestMessages } from './render.ts';

/** Sends messages to a channel and resolves with their ids (the `post` port). */
export type PostPort = (channelId: string, replies: Reply[]) => Promise<string[]>;

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
}

export interface PostOutcome {
  digest: Digest;
  /** Empty when there was nothing new (and nothing was posted). */
  messageIds: string[];
}

/** Posting failed: nothing was recorded, so the same developments come in the next digest. */
export class DigestNotSent extends Error {
  override readonly name = 'DigestNotSent';
  constructor(
    readonly channelId: string,
    /** Discord's HTTP status, when it answered with an error. */
    readonly status: number | undefined,
    options: { cause: unknown },
  ) {
    super(`the digest for channel ${channelId} was not sent${status ? ` (HTTP ${status})` : ''}`, options);
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
      const messageIds = await this.send(channelId, digest, send, options.locale);
      store.recordDigest({
        channelId,
        period: digest.period,
        postedAt: request.now,
        messageIds,
        items: digest.items.map((item) => ({ documentId: item.document.id, date: item.date })),
        trigger: options.trigger,
        slot: options.slot,
      });
      this.options.logger.info({ channelId, developments: digest.items.length, messages: messageIds.length, trigger: options.trigger }, 'digest posted');
      return { digest, messageIds };
    });
  }

  private async send(channelId: string, digest: Digest, send: PostPort, locale: Locale): Promise<string[]> {
    try {
      return await send(channelId, digestMessages(digest, locale));
    } catch (error) {
      this.options.logger.warn({ channelId, err: error }, 'digest not sent; nothing recorded');
      throw new DigestNotSent(channelId, statusOf(error), { cause: error });
    }
  }
}
