/**
 * The application: configuration, the corpus loaded into a KnowledgeBase, the command registry,
 * and the Context each invocation gets. Transports (terminal, gateway, HTTP) all start here.
 */
import type { Context, Member, Ports } from './framework/define.ts';
import { loadCommands, type Registry } from './framework/registry.ts';
import type { Config } from './config.ts';
import type { LoadWarning } from './corpus/types.ts';
import { Moderation } from './moderation.ts';
import { QuestionLimiter } from './framework/rate-limit.ts';
import { messages, type Locale } from './i18n/messages.ts';
import { KnowledgeBase } from './knowledge/knowledge-base.ts';
import type { Logger } from './logger.ts';
import { KnowledgeLoader } from './knowledge/loader.ts';

export interface Invoker {
  locale: Locale;
  transport: Context['transport'];
  member?: Member;
  channelId?: string;
  guildId?: string;
  ports?: Ports;
}

export class App {
  /** Swapped whole by a reload; a query in flight keeps the one it started with. */
  kb: KnowledgeBase;
  warnings: LoadWarning[];
  readonly services: Record<string, unknown> = {};
  /** Per person: how many questions by mention or from a message's menu a minute. */
  readonly questionLimiter: QuestionLimiter;
  private readonly moderation: Moderation;

  constructor(
    readonly config: Config,
    readonly registry: Registry,
    readonly logger: Logger,
    /** Loads the seeds folder again on a reload, re-reading only the files that changed. */
    readonly loader: KnowledgeLoader,
    kb: KnowledgeBase,
    warnings: LoadWarning[],
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.kb = kb;
    this.warnings = warnings;
    if (config.MODERATOR_ROLE_ID) this.services.moderatorRoleId = config.MODERATOR_ROLE_ID;
    this.services.warnings = warnings;
    this.services.commandSummaries = [...registry.values()].map(({ name, description }) => ({ name, description }));
    this.moderation = new Moderation(this, clock);
    this.services.moderation = this.moderation;
    this.questionLimiter = new QuestionLimiter(config.QUESTIONS_PER_MINUTE);
  }

  /** Swap in a new knowledge base, built aside; queries already running keep the old one. */
  replaceKnowledge(kb: KnowledgeBase, warnings: LoadWarning[]): void {
    this.kb = kb;
    this.warnings = warnings;
    this.services.warnings = warnings;
  }

  context(invoker: Invoker): Context {
    return {
      kb: this.kb,
      locale: invoker.locale,
      t: messages(invoker.locale),
      now: this.clock(),
      transport: invoker.transport,
      member: invoker.member,
      channelId: invoker.channelId,
      guildId: invoker.guildId,
      services: this.services,
      feedback: this.moderation.feedback,
      ...invoker.ports,
    };
  }
}

export interface AppOptions {
  logger: Logger;
  clock?: () => Date;
  registry?: Registry;
}

/** Load the seeds, build the index, load the commands. Bad files are warnings, never failures. */
export async function createApp(config: Config, options: AppOptions): Promise<App> {
  const started = performance.now();
  const loader = new KnowledgeLoader(config.SEEDS_DIR, config.DATA_DIR, options.logger);
  const [{ kb, warnings, from }, registry] = await Promise.all([
    loader.load(),
    options.registry ?? loadCommands(),
  ]);
  for (const warning of warnings) options.logger.warn({ file: warning.file, reason: warning.reason }, `skipped ${warning.file}: ${warning.reason}`);
  options.logger.info({ documents: kb.documents.length, from, ms: Math.round(performance.now() - started) }, 'knowledge base ready');
  return new App(config, registry, options.logger, loader, kb, warnings, options.clock);
}
