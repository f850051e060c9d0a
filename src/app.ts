/**
 * The application: configuration, the corpus loaded into a KnowledgeBase, the command registry,
 * and the Context each invocation gets. Transports (terminal, gateway, HTTP) all start here.
 */
import type { Reply } from './answers/reply.ts';
import { isVote, isWhy, recordReason, recordVote, withFeedback } from './feedback/feedback.ts';
import { UserError } from './i18n/user-error.ts';
import { frameworkText } from './framework/messages.ts';
import { handOff, isHandoff } from './feedback/handoff.ts';
import type { Context, Invoker } from './framework/define.ts';
import { pressButton, runInvocation, type Invocation } from './framework/dispatch.ts';
import { loadCommands, type Registry } from './framework/registry.ts';
import type { Config } from './config.ts';
import type { LoadWarning } from './corpus/types.ts';
import { logLibraryMessages } from './corpus/parse-pool.ts';
import { FolderError, type FolderProblem } from './corpus/warnings.ts';
import { describeReason } from './i18n/reasons.ts';
import { KnowledgeBase } from './knowledge/knowledge-base.ts';
import { Moderation } from './moderation.ts';
import { QuestionLimiter } from './asking/rate-limit.ts';
import type { Logger } from './logger.ts';
import { BackgroundLoader } from './knowledge/background-loader.ts';
import { KnowledgeLoader, type KnowledgeSource } from './knowledge/loader.ts';
import { applyTeamLexicon } from './knowledge/team-lexicon.ts';

export class App {
  /** Swapped whole by a reload; a query in flight keeps the one it started with. */
  kb: KnowledgeBase;
  warnings: readonly LoadWarning[];
  /** Why the seeds folder could not be read when the app started (nothing is indexed then); cleared by a reload. */
  seedsFolder?: FolderProblem;
  readonly moderation: Moderation;
  /** Per person: how many questions by mention or from a message's menu a minute. */
  readonly questionLimiter: QuestionLimiter;

  constructor(
    readonly config: Config,
    readonly registry: Registry,
    readonly logger: Logger,
    /** Loads the seeds folder again on a reload, in a worker thread (the event loop keeps serving). */
    readonly loader: KnowledgeSource,
    kb: KnowledgeBase,
    warnings: readonly LoadWarning[],
    private readonly clock: () => Date = () => new Date(),
    /** How long an interaction may take before it is deferred (Discord allows 3 s). */
    readonly deferAfterMs = DEFER_AFTER_MS,
  ) {
    this.kb = kb;
    this.warnings = withTeamLexicon(kb, config.DATA_DIR, warnings);
    this.moderation = new Moderation(this, clock);
    this.questionLimiter = new QuestionLimiter(config.QUESTIONS_PER_MINUTE);
  }

  /** Swap in a new knowledge base, built aside; queries already running keep the old one. */
  replaceKnowledge(kb: KnowledgeBase, warnings: readonly LoadWarning[]): void {
    this.kb = kb;
    this.warnings = withTeamLexicon(kb, this.config.DATA_DIR, warnings);
    this.seedsFolder = undefined;
  }

  /**
   * Run a command for a transport. A lookup's answer to a question gets its feedback: recorded
   * when the documents do not answer it, else Helpful / Not helpful buttons where they can be pressed.
   */
  async answer(invocation: Invocation, ctx: Context): Promise<Reply> {
    const reply = await runInvocation(this.registry, invocation, ctx);
    const query = invocation.options.query;
    const isLookup = this.registry.get(invocation.command)?.lookup === true;
    return isLookup && typeof query === 'string' ? withFeedback(reply, invocation.command, query, ctx) : reply;
  }

  /** A button: a vote on a lookup's answer, or asking a colleague, is feedback's; any other goes to its command. */
  pressButton(customId: string, ctx: Context): Promise<Reply> {
    const [name = '', ...parts] = customId.split(':');
    const rest = parts.join(':');
    const command = this.registry.get(name);
    if (command?.lookup && isVote(rest)) return recordVote(command.name, rest, ctx);
    if (command?.lookup && isHandoff(rest)) return handOff(rest, ctx);
    return pressButton(this.registry, customId, ctx);
  }

  /** A form sent back (a Discord modal): the reason an answer did not help is feedback's. */
  async submitForm(customId: string, values: Readonly<Record<string, string>>, ctx: Context): Promise<Reply> {
    const [name = '', ...parts] = customId.split(':');
    const rest = parts.join(':');
    const command = this.registry.get(name);
    if (command?.lookup && isWhy(rest)) return recordReason(command.name, rest, values, ctx);
    throw UserError.of(frameworkText, 'buttonGone');
  }

  /** The one place a Context is built: the invoker's part from the transport, the rest from here. */
  context(invoker: Invoker): Context {
    return {
      ...invoker,
      kb: this.kb,
      warnings: this.warnings,
      ...(this.seedsFolder ? { seedsFolder: this.seedsFolder } : {}),
      commands: this.registry,
      services: this.moderation,
      now: this.clock(),
    };
  }
}

/** The team's lexicon applied to a new knowledge base: its problem, if any, joins the load warnings. */
function withTeamLexicon(kb: KnowledgeBase, dataDir: string, warnings: readonly LoadWarning[]): readonly LoadWarning[] {
  const problem = applyTeamLexicon(kb, dataDir);
  return problem ? [...warnings, problem] : warnings;
}

/** Defer when the answer is not ready by then: leaves a margin under Discord's 3 s. */
const DEFER_AFTER_MS = 1500;

export interface AppOptions {
  logger: Logger;
  clock?: () => Date;
  registry?: Registry;
  /** Tests shorten it; the default suits Discord. */
  deferAfterMs?: number;
}

/**
 * Load the seeds, build the index, load the commands. Bad files are warnings, never failures; a
 * seeds folder that cannot be read leaves the app empty, with `seedsFolder` saying why.
 */
export async function createApp(config: Config, options: AppOptions): Promise<App> {
  const { logger } = options;
  // What libraries print while parsing (pdf.js warnings) goes to the log, never to stderr.
  logLibraryMessages((message) => logger.warn({ library: message }, 'while reading a document'));
  const started = performance.now();
  const loader = new KnowledgeLoader(config.SEEDS_DIR, config.DATA_DIR, logger);
  const [loaded, registry] = await Promise.all([
    loader.load().catch((error: unknown) => {
      if (!(error instanceof FolderError)) throw error;
      logger.error({ seeds: config.SEEDS_DIR, problem: error.problem }, `${error.message}: ${config.SEEDS_DIR}`);
      return error.problem;
    }),
    options.registry ?? loadCommands(),
  ]);
  const { kb, warnings } = 'kb' in loaded ? loaded : { kb: new KnowledgeBase([]), warnings: [] };
  for (const { file, reason } of warnings)
    logger.warn({ file, reason }, `skipped ${file}: ${describeReason(reason, 'en')}`);
  logger.info(
    {
      documents: kb.documents.length,
      from: 'kb' in loaded ? loaded.from : 'nothing',
      ms: Math.round(performance.now() - started),
    },
    'knowledge base ready',
  );
  const app = new App(
    config,
    registry,
    logger,
    reloader(config, logger),
    kb,
    warnings,
    options.clock,
    options.deferAfterMs,
  );
  if (!('kb' in loaded)) app.seedsFolder = loaded;
  return app;
}

/** Reloads run in a worker thread; the first load (before any transport starts) runs here. */
const reloader = (config: Config, logger: Logger): KnowledgeSource =>
  new BackgroundLoader({ seedsDir: config.SEEDS_DIR, dataDir: config.DATA_DIR, logLevel: logger.level }, logger);

/** An App over a knowledge base built elsewhere (tests, benches): nothing is read until a reload. */
export function appOver(kb: KnowledgeBase, config: Config, options: AppOptions): App {
  return new App(
    config,
    options.registry ?? new Map(),
    options.logger,
    reloader(config, options.logger),
    kb,
    [],
    options.clock,
    options.deferAfterMs,
  );
}
