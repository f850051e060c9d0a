/**
 * Recurring digests. Each schedule remembers the last slot (scheduled time) it handled; a tick at
 * `now` runs every schedule whose next slot after that is due, once, for the latest slot due, and
 * records that slot with the digest in one transaction. So runs missed while the bot was down
 * run once at start (not once per missed slot), and a slot is never run twice: ticks are
 * serialised, and a slot once recorded is never due again, across restarts.
 *
 * Times come from croner (pattern in the schedule's IANA time zone) against an injected clock; a test
 * calls `tick(now)`.
 */
import { Cron } from 'croner';
import type { Logger } from '../logger.ts';
import type { Schedule, Store } from '../store/store.ts';
import type { DigestService, PostPort } from './service.ts';

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

/** Longest single wait: the timer re-checks at least this often (clock changes, sleep). */
const MAX_WAIT_MS = 60 * 60 * 1000;
const MIN_WAIT_MS = 250;

export type Timing = Pick<Schedule, 'every' | 'at' | 'weekday'> & { timeZone?: string };

/** "MM HH * * D" (in the schedule's time zone); weekly defaults to Monday. */
export function cronPattern({ every, at, weekday }: Timing): string {
  const [hours = '0', minutes = '0'] = at.split(':');
  return `${Number(minutes)} ${Number(hours)} * * ${every === 'weekly' ? (weekday ?? 1) : '*'}`;
}

const cronOf = (timing: Timing): Cron => new Cron(cronPattern(timing), { timezone: timing.timeZone ?? 'UTC' });

/** The first slot after `after`. */
export const nextSlot = (timing: Timing, after: Date): Date | undefined => cronOf(timing).nextRun(after) ?? undefined;

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
  store: () => Store;
  digests: DigestService;
  clock: () => Date;
  logger: Logger;
}

export type NewSchedule = Omit<Schedule, 'createdAt' | 'lastSlot'>;

export class DigestScheduler {
  private send?: PostPort;
  private timer?: NodeJS.Timeout;
  private ticking: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: SchedulerOptions) {}

  get running(): boolean {
    return this.send !== undefined;
  }

  /** Start posting through `send`: run what was missed while down (once each), then wait for slots. */
  start(send: PostPort): Promise<TickResult[]> {
    this.send = send;
    return this.tick();
  }

  /** Stop waking up; resolves once a tick in progress has finished. */
  async stop(): Promise<void> {
    this.send = undefined;
    clearTimeout(this.timer);
    await this.ticking;
  }

  /** Create or replace a channel's schedule; its first slot is the first one after now. */
  save(schedule: NewSchedule): Schedule {
    const now = this.options.clock();
    const saved: Schedule = { ...schedule, createdAt: now, lastSlot: now };
    this.options.store().saveSchedule(saved);
    this.arm();
    return saved;
  }

  remove(channelId: string): boolean {
    const removed = this.options.store().removeSchedule(channelId);
    this.arm();
    return removed;
  }

  /** Run every schedule due at `now`; ticks run one after another, never side by side. */
  tick(now: Date = this.options.clock()): Promise<TickResult[]> {
    const run = this.ticking.then(() => this.runDue(now));
    this.ticking = run.catch(() => undefined);
    return run;
  }

  private async runDue(now: Date): Promise<TickResult[]> {
    const send = this.send;
    if (!send) return [];
    const results: TickResult[] = [];
    try {
      for (const schedule of this.options.store().schedules()) {
        const slot = dueSlot(schedule, now);
        if (slot) results.push(await this.runOne(schedule, slot, now, send));
      }
    } catch (error) {
      this.options.logger.error({ err: error }, 'reading the schedules failed; trying again at the next wake-up');
    } finally {
      this.arm();
    }
    return results;
  }

  private async runOne(schedule: Schedule, slot: Date, now: Date, send: PostPort): Promise<TickResult> {
    const { channelId } = schedule;
    try {
      const request = { now, country: schedule.country, topic: schedule.topic };
      const delivery = { locale: schedule.locale, trigger: 'schedule' as const, slot, roleId: schedule.roleId, destination: schedule.destination };
      const { digest, messageIds } = await this.options.digests.post(channelId, request, send, delivery);
      return { channelId, slot, posted: messageIds.length > 0 ? digest.items.length : 0, messageIds };
    } catch (error) {
      this.options.logger.error({ channelId, slot, err: error }, 'scheduled digest failed');
      return { channelId, slot, posted: 0, messageIds: [], error: error instanceof Error ? error.message : String(error) };
    }
  }

  /**
   * Wake up at the next slot of any schedule, and at least hourly even with none: another process
   * (a shard, an HTTP instance) may have added one to the shared store.
   */
  private arm(): void {
    clearTimeout(this.timer);
    if (!this.send) return;
    const now = this.options.clock();
    let next = now.getTime() + MAX_WAIT_MS;
    try {
      for (const schedule of this.options.store().schedules()) next = Math.min(next, nextSlot(schedule, now)?.getTime() ?? next);
    } catch (error) {
      this.options.logger.error({ err: error }, 'reading the schedules failed');
    }
    const wait = Math.min(Math.max(next - now.getTime(), MIN_WAIT_MS), MAX_WAIT_MS);
    this.timer = setTimeout(() => void this.tick(), wait);
    this.timer.unref();
  }
}
