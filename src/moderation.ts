/**
 * The moderators' services an App carries (in `services.moderation`): the state store, digests and
 * their scheduler, the re-indexer and document management, and the watcher of the seeds folder.
 * The store is opened on first use, so lookups in the terminal never create DATA_DIR.
 */
import { join } from 'node:path';
import type { Ports } from './framework/define.ts';
import type { FeedbackLog } from './framework/feedback.ts';
import type { Config } from './config.ts';
import type { LoadWarning } from './corpus/types.ts';
import { DocumentManager } from './documents/manager.ts';
import { Reindexer } from './documents/reindexer.ts';
import { watchFolder, type Closeable } from './documents/watcher.ts';
import type { KnowledgeBase } from './knowledge/knowledge-base.ts';
import type { Logger } from './logger.ts';
import type { KnowledgeLoader } from './knowledge/loader.ts';
import { Store } from './store/store.ts';
import { DigestScheduler } from './digest/scheduler.ts';
import { DigestService } from './digest/service.ts';

/** What the services need of the App (whose `kb` is swapped whole by a reload). */
export interface ModerationHost {
  readonly config: Config;
  readonly logger: Logger;
  readonly kb: KnowledgeBase;
  readonly loader: KnowledgeLoader;
  replaceKnowledge(kb: KnowledgeBase, warnings: LoadWarning[]): void;
}

export interface StartOptions {
  /** Scheduled digests go out through `ports.post`; without it no schedule runs (terminal, HTTP only). */
  ports?: Ports;
  /** Watch the seeds folder (default true). */
  watch?: boolean;
  debounceMs?: number;
}

export class Moderation {
  readonly digests: DigestService;
  readonly scheduler: DigestScheduler;
  readonly reindexer: Reindexer;
  readonly documents: DocumentManager;
  /** Unanswered questions and votes, in the store (opened on first use). */
  readonly feedback: FeedbackLog = {
    unanswered: (command, question, at) => this.store().feedback.unanswered(command, question, at),
    vote: (vote) => this.store().feedback.vote(vote),
    questions: (since, limit) => this.store().feedback.questions(since, limit),
  };
  private opened?: Store;
  private watcher?: Closeable;

  constructor(
    private readonly host: ModerationHost,
    clock: () => Date,
  ) {
    const { config, logger } = host;
    const store = () => this.store();
    const kb = () => host.kb;
    this.digests = new DigestService({ kb, store, windowDays: config.DIGEST_WINDOW_DAYS, logger });
    this.scheduler = new DigestScheduler({ store, digests: this.digests, clock, logger });
    this.reindexer = new Reindexer({
      seedsDir: config.SEEDS_DIR,
      load: () => host.loader.load(),
      apply: (next, warnings) => host.replaceKnowledge(next, warnings),
      logger,
    });
    this.documents = new DocumentManager({
      seedsDir: config.SEEDS_DIR,
      removedDir: join(config.DATA_DIR, 'removed'),
      store,
      reindexer: this.reindexer,
      kb,
      clock,
    });
  }

  /** The state database, opened (and created, and migrated) on first use. */
  store(): Store {
    this.opened ??= Store.open(this.host.config.DATA_DIR);
    return this.opened;
  }

  /** Watch the seeds folder, and run schedules (catching up on missed ones) when there is a post port. */
  async start(options: StartOptions = {}): Promise<void> {
    const { logger, config } = this.host;
    if (options.watch !== false && !this.watcher) {
      this.watcher = watchFolder({
        dir: config.SEEDS_DIR,
        debounceMs: options.debounceMs,
        logger,
        onChange: (files) => {
          logger.info({ files }, 'seeds folder changed');
          void this.reindexer.reload();
        },
      });
    }
    const post = options.ports?.post;
    if (post) await this.scheduler.start((channelId, replies) => post.call(options.ports, channelId, replies));
  }

  /** Stop the watcher and the scheduler (letting a digest being posted finish), then close the store. */
  async stop(): Promise<void> {
    this.watcher?.close();
    this.watcher = undefined;
    await this.scheduler.stop();
    this.opened?.close();
    this.opened = undefined;
  }
}

export function moderationOf(services: Record<string, unknown>): Moderation {
  const moderation = services.moderation;
  if (!(moderation instanceof Moderation)) throw new Error('The moderation services are not attached to this app.');
  return moderation;
}
