/**
 * Recurring digests. Each schedule remembers the last slot (scheduled time) it handled; a tick at
 * `now` runs every schedule whose next slot after that is due, once, for the latest slot due, and
 * claims that slot in the transaction that reserves the digest (a compare-and-set on the
 * schedule's row). So runs missed while the bot was down run once at start (not once per missed
 * slot), and a slot runs once across every process on the database: the first to claim it posts,
 * the others find it taken. A digest of which nothing went out gives its slot back.
 *
 * Times come from croner (pattern in the schedule's IANA time zone) against an injected clock; a test
 * calls `tick(now)`.
 */
import { Cron } from 'croner';
import type { Logger } from '../logger.ts';
import type { Schedule, Store } from '../store/store.ts';

export type { Destination, Schedule } from '../store/store.ts';
import type { DigestService, PostPort } from './service.ts';

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

/** Longest single wait: the timer re-checks at least this often (clock changes, sleep). */
const MAX_WAIT_MS = 60 * 60 * 1000;
const MIN_WAIT_MS = 250;

export type Cadence = Pick<Schedule, 'every' | 'at' | 'weekday' | 'timeZone'>;

/** "MM HH * * D" (in the schedule's time zone); weekly defaults to Monday. */
export function cronPattern({ every, at, weekday }: Cadence): string {
  const [hours = '0', minutes = '0'] = at.split(':');
  return `${Number(minutes)} ${Number(hours)} * * ${every === 'weekly' ? (weekday ?? 1) : '*'}`;
}

const cronOf = (cadence: Cadence): Cron => new Cron(cronPattern(cadence), { timezone: cadence.timeZone ?? 'UTC' });

/** The first slot after `after`. */
export const nextSlot = (cadence: Cadence, after: Date): Date | undefined =>
  cronOf(cadence).nextRun(after) ?? undefined;

/** The slot a schedule should run for at `now`: the latest one due since its last, if any is due. */
export function dueSlot(schedule: Schedule, now: Date): Date | undefined {
  const cron = cronOf(schedule);
  const next = cron.nextRun(schedule.lastSlot);
  if (!next || next > now) return undefined;
  const latest = cron.previousRuns(1, now)[0];
  return latest && latest > next ? latest : next;
}

export interface TickResult {
  channelId: string;
  slot: Date;
  /** Developments posted (0: nothing new, nothing sent). */
  posted: number;
  messageIds: string[];
  /** Why the digest was not sent; the slot stays due and runs at the next wake-up. */
  error?: string;
}

export interface SchedulerOptions {
  store: () => Promise<Store>;
  digests: DigestService;
  clock: () => Date;
  logger: Logger;
}

export type NewSchedule = Omit<Schedule, 'createdAt' | 'lastSlot'>;

export class DigestScheduler {
  private port?: PostPort;
  private timer?: NodeJS.Timeout;
  private ticking: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: SchedulerOptions) {}

  get running(): boolean {
    return this.port !== undefined;
  }

  /** Start posting through `port`: run what was missed while down (once each), then wait for slots. */
  start(port: PostPort): Promise<TickResult[]> {
    this.port = port;
    return this.tick();
  }

  /** Stop waking up; resolves once a tick in progress has finished. */
  async stop(): Promise<void> {
    this.port = undefined;
    clearTimeout(this.timer);
    await this.ticking;
  }

  /** Create or replace a channel's schedule; its first slot is the first one after now. */
  async save(schedule: NewSchedule): Promise<Schedule> {
    const now = this.options.clock();
    const saved: Schedule = { ...schedule, createdAt: now, lastSlot: now };
    await (await this.options.store()).schedules.save(saved);
    void this.arm();
    return saved;
  }

  /** A channel's schedule, if it has one. */
  async get(channelId: string): Promise<Schedule | undefined> {
    return (await this.options.store()).schedules.get(channelId);
  }

  async remove(channelId: string): Promise<boolean> {
    const removed = await (await this.options.store()).schedules.remove(channelId);
    void this.arm();
    return removed;
  }

  /** Run every schedule due at `now`; ticks run one after another, never side by side. */
  tick(now: Date = this.options.clock()): Promise<TickResult[]> {
    const run = this.ticking.then(() => this.runDue(now));
    this.ticking = run.catch(() => undefined);
    return run;
  }

  private async runDue(now: Date): Promise<TickResult[]> {
    const port = this.port;
    if (!port) return [];
    const results: TickResult[] = [];
    try {
      await this.options.digests.settle(port);
      for (const schedule of await (await this.options.store()).schedules.all()) {
        const slot = dueSlot(schedule, now);
        const result = slot && (await this.runOne(schedule, slot, now, port));
        if (result) results.push(result);
      }
    } catch (error) {
      this.options.logger.error({ err: error }, 'reading the schedules failed; trying again at the next wake-up');
    } finally {
      await this.arm();
    }
    return results;
  }

  /** Undefined when another process ran this slot first. */
  private async runOne(schedule: Schedule, slot: Date, now: Date, port: PostPort): Promise<TickResult | undefined> {
    const { channelId } = schedule;
    try {
      const { locale, roleId, destination, country, topic } = schedule;
      const options = {
        locale,
        roleId,
        destination,
        trigger: 'schedule' as const,
        slot: { at: slot, previous: schedule.lastSlot },
      };
      const { digest, messageIds, claimed } = await this.options.digests.post(
        channelId,
        { now, country, topic },
        port,
        options,
      );
      if (!claimed) return undefined;
      return { channelId, slot, posted: messageIds.length > 0 ? digest.items.length : 0, messageIds };
    } catch (error) {
      this.options.logger.error({ channelId, slot, err: error }, 'scheduled digest failed');
      return {
        channelId,
        slot,
        posted: 0,
        messageIds: [],
        error: error instanceof Error ? error.message : String(error),
      };
    }
  }

  /**
   * Wake up at the next slot of any schedule, and at least hourly even with none: another process
   * (a shard, an HTTP instance) may have added one to the shared store.
   */
  private async arm(): Promise<void> {
    clearTimeout(this.timer);
    if (!this.port) return;
    const now = this.options.clock();
    let next = now.getTime() + MAX_WAIT_MS;
    try {
      for (const schedule of await (await this.options.store()).schedules.all())
        next = Math.min(next, nextSlot(schedule, now)?.getTime() ?? next);
    } catch (error) {
      this.options.logger.error({ err: error }, 'reading the schedules failed');
    }
    if (!this.port) return;
    clearTimeout(this.timer);
    const wait = Math.min(Math.max(next - now.getTime(), MIN_WAIT_MS), MAX_WAIT_MS);
    this.timer = setTimeout(() => void this.tick(), wait);
    this.timer.unref();
  }
}
