/**
 * What a digest contains: the developments of a period not yet posted to the channel, newest
 * first. Pure: the ledger comes in as data.
 */
import { subDays } from 'date-fns';
import { isoDay } from '../corpus/dates.ts';
import { listDevelopments, type Development } from '../knowledge/developments.ts';
import type { Filters } from '../knowledge/filters.ts';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import type { Period } from '../store/store.ts';

/** `since` starts the digest here instead of at the last digest or the default window. */
export interface DigestRequest extends Pick<Filters, 'since' | 'country' | 'topic'> {
  now: Date;
  /** The channel it is for: its ledger is skipped. None in the terminal. */
  channelId?: string;
}

/** What the channel has had so far. */
export interface Ledger {
  posted: ReadonlySet<string>;
  /** End of the period of the last digest posted there. */
  lastPeriodEnd?: string;
}

export interface Digest {
  period: Period;
  /** Newest first. */
  items: Development[];
  /** Developments of the period left out because the channel already had them. */
  alreadyPosted: number;
}

/**
 * Where a digest starts: `since` when given; otherwise the default window back from today, or the
 * end of the channel's last digest when that is earlier (the bot was quiet for longer than the
 * window). The ledger, not the start, is what keeps a digest from repeating itself, so a
 * development indexed late, dated before the last digest but within the window, still comes.
 */
export function periodStart(request: DigestRequest, windowDays: number, lastPeriodEnd?: string): string {
  if (request.since) return request.since;
  const window = isoDay(subDays(request.now, windowDays), 'local');
  return lastPeriodEnd && lastPeriodEnd < window ? lastPeriodEnd : window;
}

export function buildDigest(kb: KnowledgeBase, request: DigestRequest, windowDays: number, ledger?: Ledger): Digest {
  const start = periodStart(request, windowDays, ledger?.lastPeriodEnd);
  const inPeriod = listDevelopments(kb, { since: start, country: request.country, topic: request.topic });
  const items = inPeriod.filter((d) => !ledger?.posted.has(d.id));
  const today = isoDay(request.now, 'local');
  const newest = items[0]?.date ?? today;
  return {
    period: { start, end: newest > today ? newest : today },
    items,
    alreadyPosted: inPeriod.length - items.length,
  };
}
