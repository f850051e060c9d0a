/**
 * The services an App carries: the state store, digests and their scheduler, the re-indexer and
 * document management, followed sources, feedback, the watcher of the seeds folder and the sync of
 * documents added on other hosts. Commands reach them as `ctx.services` (all but the store). The store is opened on first use, so lookups in the
 * terminal never create DATA_DIR or connect to a database.
 */
import { join } from 'node:path';
import type { Ports } from './framework/define.ts';
import type { FeedbackService } from './feedback/feedback.ts';
import { AskedQuestions } from './feedback/asked.ts';
import { ConfigError, type Config } from './config.ts';
import { describeError } from './util/errors.ts';
import type { LoadWarning } from './corpus/types.ts';
import { DocumentManager } from './documents/manager.ts';
import { DocumentSync } from './documents/sync.ts';
import { Reindexer } from './documents/reindexer.ts';
import { watchFolder, type Closeable } from './documents/watcher.ts';
import type { KnowledgeBase } from './knowledge/knowledge-base.ts';
import type { Logger } from './logger.ts';
import type { KnowledgeSource } from './knowledge/loader.ts';
import { Store, type AutoAnswerChannel, type Handoff, type HandoffThread } from './store/store.ts';
import { DigestScheduler } from './digest/scheduler.ts';
import { DigestService, postPortOf } from './digest/service.ts';
import { Fetcher } from './sources/fetch.ts';
import { SourceService } from './sources/service.ts';

/** Names the bot to the sites it fetches from. */
const USER_AGENT = 'liaison-bot/0.1 (Discord bot following news feeds for its server)';

/** What the services need of the App (whose `kb` is swapped whole by a reload). */
export interface ModerationHost {
  readonly config: Config;
  readonly logger: Logger;
  readonly kb: KnowledgeBase;
  readonly loader: KnowledgeSource;
  replaceKnowledge(kb: KnowledgeBase, warnings: LoadWarning[]): void;
}

export interface StartOptions {
  /** Scheduled digests go out through `ports.post`; without it no schedule runs (terminal, HTTP only). */
  ports?: Ports;
  /** Watch the seeds folder (default true). */
  watch?: boolean;
  debounceMs?: number;
  /** Bring in documents added or removed on other hosts (default: with a shared database). */
  sync?: boolean;
  syncEveryMs?: number;
  /** Check followed sources when they are due (default true). */
  poll?: boolean;
}

/** Channels answered without a command and the hand-off channel, as /channels sets them. */
export interface ChannelSettings {
  /** The bot reads what members write (the privileged Message Content intent is asked for). */
  readonly messageContent: boolean;
  autoAnswer(settings: AutoAnswerChannel): Promise<void>;
  autoAnswerOff(channelId: string): Promise<boolean>;
  autoAnswering(guildId?: string): Promise<AutoAnswerChannel[]>;
  setHandoff(handoff: Handoff): Promise<void>;
  handoff(guildId: string): Promise<Handoff | undefined>;
  /** The hand-off thread of a question in a server, if one was opened. */
  threadFor(guildId: string, question: string): Promise<HandoffThread | undefined>;
  /** Remember a hand-off thread; resolves with the one that counts (another process may have opened one first). */
  saveThread(thread: HandoffThread): Promise<HandoffThread>;
}

/** The services every command reaches as `ctx.services` (the framework's open Services): never the store itself. */
export type CommandServices = Pick<
  Moderation,
  'digests' | 'scheduler' | 'reindexer' | 'documents' | 'sources' | 'feedback' | 'channels'
>;

declare module './framework/define.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging: the application supplies them
  interface Services extends CommandServices {}
}

export class Moderation {
  readonly digests: DigestService;
  readonly scheduler: DigestScheduler;
  readonly reindexer: Reindexer;
  readonly documents: DocumentManager;
  readonly sources: SourceService;
  /** Unanswered questions and votes, in the store (opened on first use). */
  readonly feedback: FeedbackService = {
    unanswered: async (command, question, at) => (await this.store()).feedback.unanswered(command, question, at),
    vote: async (vote) => (await this.store()).feedback.vote(vote),
    questions: async (since, limit) => (await this.store()).feedback.questions(since, limit),
    asked: new AskedQuestions(),
  };
  /** Auto-answer channels and the hand-off channel, in the store (opened on first use). */
  readonly channels: ChannelSettings;
  private opened?: Promise<Store>;

  private watcher?: Closeable;
  private sync?: DocumentSync;

  constructor(
    private readonly host: ModerationHost,
    private readonly clock: () => Date,
  ) {
    const { config, logger } = host;
    const store = () => this.store();
    const kb = () => host.kb;
    this.channels = {
      messageContent: config.MESSAGE_CONTENT_INTENT === 'on',
      autoAnswer: async (settings) => (await store()).channels.autoAnswer(settings),
      autoAnswerOff: async (channelId) => (await store()).channels.autoAnswerOff(channelId),
      autoAnswering: async (guildId) => (await store()).channels.autoAnswering(guildId),
      setHandoff: async (handoff) => (await store()).channels.setHandoff(handoff),
      handoff: async (guildId) => (await store()).channels.handoff(guildId),
      threadFor: async (guildId, question) => (await store()).channels.threadFor(guildId, question),
      saveThread: async (thread) => (await store()).channels.saveThread(thread),
    };
    this.digests = new DigestService({ kb, store, windowDays: config.DIGEST_WINDOW_DAYS, logger, clock });
    this.scheduler = new DigestScheduler({ store, digests: this.digests, clock, logger });
    this.reindexer = new Reindexer({
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
    this.sources = new SourceService({
      store,
      fetcher,
      dataDir: config.DATA_DIR,
      reload: () => this.reindexer.reload(),
      clock,
      logger,
    });
  }

  /** The state database, opened (and created, and migrated) on first use; a failed open is tried again next time. */
  store(): Promise<Store> {
    const opening = this.opened ?? Store.open(this.host.config);
    this.opened = opening;
    opening.catch(() => {
      if (this.opened === opening) this.opened = undefined;
    });
    return opening;
  }

  /**
   * Watch the seeds folder, sync documents from a shared database, and run schedules (settling
   * messages left pending, catching up on missed slots) when there is a post port.
   */
  async start(options: StartOptions = {}): Promise<void> {
    const { logger, config } = this.host;
    // A shared database that cannot be reached is a configuration problem: one line, exit code 2.
    if (config.DATABASE_URL) {
      await this.store().catch((error: unknown) => {
        throw new ConfigError(
          `DATABASE_URL: cannot open the state database (${describeError(error)}). See README.md, "Beyond one machine".`,
        );
      });
    }
    if ((options.sync ?? Boolean(config.DATABASE_URL)) && !this.sync) {
      this.sync = new DocumentSync({
        seedsDir: config.SEEDS_DIR,
        removedDir: join(config.DATA_DIR, 'removed'),
        store: () => this.store(),
        reindexer: this.reindexer,
        clock: this.clock,
        logger,
        everyMs: options.syncEveryMs,
      });
      await this.sync.start();
    }
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
    const port = postPortOf(options.ports);
    if (port) await this.scheduler.start(port);
  }

  /** Stop the watcher, the sync and the scheduler (letting a digest being posted finish), then close the store. */
  async stop(): Promise<void> {
    this.watcher?.close();
    this.watcher = undefined;
    await this.sync?.stop();
    this.sync = undefined;
    await this.scheduler.stop();
    await this.sources.stop();
    const opened = this.opened;
    this.opened = undefined;
    await opened?.then(
      (store) => store.close(),
      () => undefined,
    );
  }
}
