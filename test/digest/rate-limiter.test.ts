import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/clock.ts';
import { TokenBucket } from '../../src/digest/rate-limiter.ts';

describe('TokenBucket', () => {
  it('GIVEN 500 requests at once THEN they are admitted in order and never more than 50 in any second', async () => {
    const clock = new ManualClock(0);
    const bucket = new TokenBucket({
      clock,
      ratePerSecond: 50,
      burst: 1,
      // Advance the simulated clock only after everything admitted so far has run.
      sleep: (ms) =>
        new Promise((resolve) =>
          setImmediate(() => {
            clock.advance(ms);
            resolve();
          }),
        ),
    });
    const admitted: Array<{ index: number; at: number }> = [];
    await Promise.all(
      Array.from({ length: 500 }, (_, index) =>
        bucket.acquire().then(() => admitted.push({ index, at: clock.now() })),
      ),
    );
    expect(admitted.map((entry) => entry.index)).toEqual(Array.from({ length: 500 }, (_, index) => index));
    const times = admitted.map((entry) => entry.at);
    const mostInOneSecond = Math.max(
      ...times.map((start) => times.filter((t) => t >= start && t < start + 1000).length),
    );
    expect(mostInOneSecond).toBeLessThanOrEqual(50);
    expect(times.at(-1)).toBeGreaterThanOrEqual(9_980 - 20);
    expect(bucket.queued).toBe(0);
  });
});
