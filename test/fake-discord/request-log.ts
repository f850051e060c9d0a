// The list of REST requests the fake received, and waiting for one.
import { toPredicate, type RecordedRequest, type RequestMatcher } from './types.ts';

interface Waiter {
  matches: (request: RecordedRequest) => boolean;
  resolve: (request: RecordedRequest) => void;
}

export class RequestLog {
  readonly requests: RecordedRequest[] = [];
  private waiters: Waiter[] = [];

  record(request: RecordedRequest): void {
    this.requests.push(request);
  }

  /** Wakes the waiters a just-answered request satisfies. */
  answered(request: RecordedRequest): void {
    const woken = this.waiters.filter((waiter) => waiter.matches(request));
    this.waiters = this.waiters.filter((waiter) => !woken.includes(waiter));
    for (const waiter of woken) waiter.resolve(request);
  }

  /**
   * Resolves with the first answered request matching `matcher` (one already
   * received, or the next one); rejects after `timeoutMs`.
   */
  waitFor(matcher: RequestMatcher, timeoutMs = 5000): Promise<RecordedRequest> {
    const matches = toPredicate(matcher);
    const seen = this.requests.find((request) => request.status !== undefined && matches(request));
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        matches,
        resolve: (request) => {
          clearTimeout(timer);
          resolve(request);
        },
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((other) => other !== waiter);
        reject(
          new Error(`fake-discord: no request matching ${describe(matcher)} within ${timeoutMs}ms.\n${this.summary()}`),
        );
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  clear(): void {
    this.requests.length = 0;
  }

  /** One line per received request, for error messages. */
  summary(): string {
    if (this.requests.length === 0) return 'No requests were received.';
    const lines = this.requests.map(
      (request) => `  ${request.method} ${request.route} -> ${request.status ?? 'pending'}`,
    );
    return `Requests received:\n${lines.join('\n')}`;
  }
}

function describe(matcher: RequestMatcher): string {
  if (typeof matcher === 'function') return matcher.name ? `predicate ${matcher.name}` : 'the predicate';
  return `${matcher.method ?? 'ANY'} ${String(matcher.route ?? '*')}`;
}
