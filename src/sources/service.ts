/**
 * Following sources: follow (resolve what the URL is), list, unfollow, and check (now, or when due
 * on a timer). A check's new items are written as files under DATA_DIR/sources and recorded with
 * the source's new state in one transaction; a failure on any step records one error on that
 * source, removes what was written, and backs the source off. Checks run one at a time, in the
 * background of the event loop: interactions keep being answered meanwhile.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describeReason } from '../i18n/reasons.ts';
import { writeAtomically } from '../documents/files.ts';
import type { ReloadResult } from '../documents/reindexer.ts';
import type { Logger } from '../logger.ts';
import type { Store } from '../store/store.ts';
import type { Source, SourceError } from '../store/sources.ts';

export type { Source } from '../store/sources.ts';
import { checkSource, resolveSource, SourceProblem, type Found } from './check.ts';
import { FetchFailed, type Fetcher } from './fetch.ts';

/** Longest back-off after failures, and how often the timer looks for due sources. */
const MAX_BACKOFF_MS = 24 * 60 * 60 * 1000;
const POLL_MS = 60 * 1000;

export interface SourceServiceOptions {
  store: () => Promise<Store>;
  fetcher: Fetcher;
  dataDir: string;
  /** Re-index after items were added (the Reindexer's reload). */
  reload: () => Promise<ReloadResult>;
  clock: () => Date;
  logger: Logger;
}

export interface FollowRequest {
  url: string;
  name?: string;
  everyMinutes: number;
  country?: string;
  addedBy?: string;
}

/** Why following or checking failed, in words a moderator can act on (worded by the command). */
export class SourceRefused extends Error {
  override readonly name = 'SourceRefused';
  constructor(readonly error: SourceError) {
    super(`${error.problem}: ${error.detail}`);
  }
}

export interface CheckOutcome {
  source: Source;
  added: Array<{ title: string; file: string }>;
  error?: SourceError;
}

const errorOf = (error: unknown): SourceError => {
  if (error instanceof FetchFailed || error instanceof SourceProblem)
    return { problem: error.problem, detail: error.detail };
  if (error instanceof SourceRefused) return error.error;
  return { problem: 'internal', detail: error instanceof Error ? error.message : String(error) };
};

/** The wait before the next check after `failures` failures in a row: the interval, doubled each time. */
function backoffMs(everyMinutes: number, failures: number, retryAfterMs = 0): number {
  const base = everyMinutes * 60 * 1000;
  return Math.max(Math.min(base * 2 ** failures, MAX_BACKOFF_MS), retryAfterMs);
}

export class SourceService {
  private tail: Promise<unknown> = Promise.resolve();
  /** Names as last read, for autocomplete (which cannot wait for the database). */
  private names: string[] = [];
  private timer?: NodeJS.Timeout;

  constructor(private readonly options: SourceServiceOptions) {}

  private async sources() {
    return (await this.options.store()).sources;
  }

  async list(): Promise<Source[]> {
    const all = await (await this.sources()).all();
    this.names = all.map((source) => source.name);
    return all;
  }

  /** The sources' names as of the last read (refreshed by every list, follow, unfollow and check). */
  knownNames(): readonly string[] {
    return this.names;
  }

  async find(name: string): Promise<Source | undefined> {
    return (await this.sources()).byName(name);
  }

  /** Fetch the URL once to learn what it is, then remember it; its items come with the next check. */
  async follow(request: FollowRequest): Promise<Source> {
    const resolved = await resolveSource(this.options.fetcher, request.url).catch((error: unknown) => {
      throw new SourceRefused(errorOf(error));
    });
    const sources = await this.sources();
    const name = (request.name ?? resolved.title ?? new URL(resolved.fetchUrl).hostname)
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 80);
    if (await sources.byName(name)) throw new SourceRefused({ problem: 'name-taken', detail: name });
    const existing = await sources.byFetchUrl(resolved.fetchUrl);
    if (existing) throw new SourceRefused({ problem: 'already-followed', detail: existing.name });
    const added = await sources.add({
      ...request,
      name,
      url: request.url,
      fetchUrl: resolved.fetchUrl,
      kind: resolved.kind,
      addedAt: this.options.clock(),
    });
    await this.list();
    return added;
  }

  async unfollow(name: string): Promise<Source | undefined> {
    const sources = await this.sources();
    const source = await sources.byName(name);
    if (source) await sources.remove(source.id);
    await this.list();
    return source;
  }

  /** Check the named source, or every source; then re-index once if anything was added. Serialised. */
  check(name?: string): Promise<CheckOutcome[]> {
    return this.serially(async () => {
      const sources = await this.sources();
      const named = name === undefined ? undefined : await sources.byName(name);
      return this.checkAll(name === undefined ? await sources.all() : named ? [named] : []);
    });
  }

  /** Check the sources that are due now (interval passed, back-off over). */
  checkDue(): Promise<CheckOutcome[]> {
    return this.serially(async () => {
      const now = this.options.clock().getTime();
      return this.checkAll(
        (await (await this.sources()).all()).filter((source) => source.nextCheckAt.getTime() <= now),
      );
    });
  }

  private serially<T>(task: () => Promise<T>): Promise<T> {
    const run = this.tail.then(task);
    this.tail = run.catch(() => undefined);
    return run;
  }

  private async checkAll(targets: Source[]): Promise<CheckOutcome[]> {
    const outcomes: CheckOutcome[] = [];
    for (const source of targets) outcomes.push(await this.checkOne(source));
    if (outcomes.some((outcome) => outcome.added.length > 0)) {
      const reload = await this.options.reload();
      if (!reload.ok)
        this.options.logger.error(
          { reason: reload.reason },
          `items saved but the re-index failed (${describeReason(reload.reason, 'en')}); they come with the next reload`,
        );
    }
    const sources = await this.sources();
    await this.list();
    return Promise.all(
      outcomes.map(async (outcome) => ({
        ...outcome,
        source: (await sources.byName(outcome.source.name)) ?? outcome.source,
      })),
    );
  }

  private async checkOne(source: Source): Promise<CheckOutcome> {
    const { fetcher, clock, logger, dataDir } = this.options;
    const written: string[] = [];
    const sources = await this.sources();
    try {
      const found: Found = await checkSource(fetcher, source, await sources.itemKeys(source.id), clock());
      for (const item of found.items) {
        const path = join(dataDir, item.file);
        await writeAtomically(path, item.bytes, true);
        written.push(path);
      }
      const at = clock();
      const items = found.items.map(({ key, file, title, published }) => ({ key, file, title, published }));
      await sources.record(source.id, {
        ok: true,
        at,
        next: new Date(at.getTime() + backoffMs(source.everyMinutes, 0)),
        ...found,
        items,
      });
      if (items.length > 0) logger.info({ source: source.name, added: items.length }, 'source items added');
      return { source, added: items.map(({ title, file }) => ({ title, file })) };
    } catch (error) {
      await Promise.all(written.map((path) => rm(path, { force: true })));
      const problem = errorOf(error);
      const at = clock();
      const wait = backoffMs(
        source.everyMinutes,
        source.failures + 1,
        error instanceof FetchFailed ? error.retryAfterMs : undefined,
      );
      await sources.record(source.id, { ok: false, at, next: new Date(at.getTime() + wait), error: problem });
      logger.warn({ source: source.name, ...problem }, 'source check failed');
      return { source, added: [], error: problem };
    }
  }

  /** Look for due sources every minute, in the background. */
  start(): void {
    if (this.timer) return;
    this.list().catch((error: unknown) =>
      this.options.logger.warn({ err: error }, 'could not read the followed sources'),
    );
    this.timer = setInterval(() => {
      this.checkDue().catch((error: unknown) =>
        this.options.logger.error({ err: error }, 'checking the sources failed'),
      );
    }, POLL_MS);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.tail;
    await this.options.fetcher.close();
  }
}
