/**
 * The moderators' services an App carries (in `services.moderation`): the state store, digests and
 * their scheduler, the re-indexer and document management, the watcher of the seeds folder, and
 * the followed sources.
 * The store is opened on first use, so lookups in the terminal never create DATA_DIR.
 */
import { join } from 'node:path';
import type { Ports } from './framework/define.ts';
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
import { Fetcher } from './sources/fetch.ts';
import { SourceService } from './sources/service.ts';

/** Names the bot to the sites it fetches from. */
export const USER_AGENT = 'liaison-bot/0.1 (Discord bot following news feeds for its server)';

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
  /** Check followed sources when they are due (default true). */
  poll?: boolean;
  debounceMs?: number;
}

export class Moderation {
  readonly digests: DigestService;
  readonly scheduler: DigestScheduler;
  readonly reindexer: Reindexer;
  readonly documents: DocumentManager;
  readonly sources: SourceService;
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
    const fetcher = new Fetcher({
      userAgent: USER_AGENT,
      timeoutMs: config.SOURCES_TIMEOUT_MS,
      maxBytes: config.SOURCES_MAX_BYTES,
      maxRedirects: 3,
      hostSpacingMs: config.SOURCES_HOST_SPACING_MS,
      allowPrivate: config.SOURCES_ALLOW_PRIVATE,
    });
    this.sources = new SourceService({ store, fetcher, dataDir: config.DATA_DIR, reload: () => this.reindexer.reload(), clock, logger });
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
    if (options.poll !== false) this.sources.start();
    const post = options.ports?.post;
    if (post) await this.scheduler.start((channelId, replies) => post.call(options.ports, channelId, replies));
  }

  /** Stop the watcher and the scheduler (letting a digest being posted finish), then close the store. */
  async stop(): Promise<void> {
    this.watcher?.close();
    this.watcher = undefined;
    await this.scheduler.stop();
    await this.sources.stop();
    this.opened?.close();
    this.opened = undefined;
  }
}

export function moderationOf(services: Record<string, unknown>): Moderation {
  const moderation = services.moderation;
  if (!(moderation instanceof Moderation)) throw new Error('The moderation services are not attached to this app.');
  return moderation;
}
