/**
 * How often one person may ask by mention or from a message's menu: a fixed number of questions a
 * minute (rate-limiter-flexible counts them, in memory). The first question over the limit gets
 * one friendly "slow down"; the rest of the burst gets silence, not a flood of replies.
 */
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

export type Verdict = 'answer' | 'slow-down' | 'ignore';

export class QuestionLimiter {
  private readonly limiter: RateLimiterMemory;

  constructor(readonly perMinute: number) {
    this.limiter = new RateLimiterMemory({ points: perMinute, duration: 60 });
  }

  async take(userId: string): Promise<Verdict> {
    try {
      await this.limiter.consume(userId);
      return 'answer';
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      return error.consumedPoints === this.perMinute + 1 ? 'slow-down' : 'ignore';
    }
  }
}
