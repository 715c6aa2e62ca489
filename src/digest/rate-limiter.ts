import type { Clock } from '../core/clock.ts';

/** Something that admits one request at a time at a bounded rate. */
export interface RequestLimiter {
  acquire(): Promise<void>;
}

export interface TokenBucketOptions {
  clock: Clock;
  /** Requests per second on average (Discord's global limit is 50). */
  ratePerSecond: number;
  /** Requests allowed at once after an idle period; also the most admitted in any one-second window beyond the rate. */
  burst: number;
  /** Waits `ms`; the default uses setTimeout, a benchmark passes one that advances a simulated clock. */
  sleep?: (ms: number) => Promise<void>;
}

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A FIFO token bucket. Only the single drain loop sleeps, so callers are admitted strictly in arrival
 * order and a simulated clock advanced by `sleep` stays consistent. discord.js's REST queue still obeys
 * 429s per route; this keeps a burst of 10,000 scheduled digests from hitting the global limit at all.
 */
export class TokenBucket implements RequestLimiter {
  private tokens: number;
  private lastRefill: number;
  private readonly waiting: Array<() => void> = [];
  private draining = false;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: TokenBucketOptions) {
    this.tokens = options.burst;
    this.lastRefill = options.clock.now();
    this.sleep = options.sleep ?? realSleep;
  }

  get queued(): number {
    return this.waiting.length;
  }

  acquire(): Promise<void> {
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      if (!this.draining) void this.drain();
    });
  }

  private refill(): void {
    const now = this.options.clock.now();
    const earned = ((now - this.lastRefill) / 1000) * this.options.ratePerSecond;
    this.tokens = Math.min(this.options.burst, this.tokens + earned);
    this.lastRefill = now;
  }

  private async drain(): Promise<void> {
    this.draining = true;
    try {
      while (this.waiting.length > 0) {
        this.refill();
        if (this.tokens >= 1) {
          this.tokens -= 1;
          this.waiting.shift()?.();
          continue;
        }
        await this.sleep(Math.ceil(((1 - this.tokens) * 1000) / this.options.ratePerSecond));
      }
    } finally {
      this.draining = false;
    }
  }
}

/** For callers that need no limit (tests, the CLI). */
export const unlimited: RequestLimiter = { acquire: () => Promise.resolve() };
