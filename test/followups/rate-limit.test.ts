import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/clock.ts';
import { FollowupRateLimiter } from '../../src/followups/rate-limit.ts';

const start = Date.UTC(2023, 3, 17, 9, 0, 0);

function kinds(limiter: FollowupRateLimiter, times: number, user = 'alice', channel = 'general'): string[] {
  return Array.from({ length: times }, () => limiter.take(user, channel).kind);
}

describe('FollowupRateLimiter', () => {
  it('GIVEN 5 questions in 30 s by one user THEN all are allowed, the 6th gets one notice, later ones silence', () => {
    const limiter = new FollowupRateLimiter(new ManualClock(start));
    expect(kinds(limiter, 9)).toStrictEqual([
      'allow',
      'allow',
      'allow',
      'allow',
      'allow',
      'notice',
      'silent',
      'silent',
      'silent',
    ]);
  });

  it('GIVEN a limited user THEN the notice says when to retry (when the oldest question leaves the window)', () => {
    const clock = new ManualClock(start);
    const limiter = new FollowupRateLimiter(clock);
    kinds(limiter, 5);
    clock.advance(10_000);
    expect(limiter.take('alice', 'general')).toStrictEqual({
      kind: 'notice',
      scope: 'user',
      retryAfterMs: 20_000,
    });
  });

  it('GIVEN the window slides past the first question THEN the user may ask again', () => {
    const clock = new ManualClock(start);
    const limiter = new FollowupRateLimiter(clock);
    kinds(limiter, 6);
    clock.advance(30_000);
    expect(kinds(limiter, 1)).toStrictEqual(['allow']);
  });

  it('GIVEN someone keeps spamming while limited THEN they get at most one notice per window', () => {
    const clock = new ManualClock(start);
    const limiter = new FollowupRateLimiter(clock);
    const seen: string[] = [];
    for (let second = 0; second < 90; second += 1) {
      seen.push(limiter.take('alice', 'general').kind);
      clock.advance(1_000);
    }
    const notices = seen.filter((kind) => kind === 'notice').length;
    expect(notices).toBeGreaterThanOrEqual(1);
    expect(notices).toBeLessThanOrEqual(3); // 90 s = three 30 s windows
    expect(seen.filter((kind) => kind === 'allow').length).toBeLessThanOrEqual(5 * 3);
  });

  it('GIVEN one user is limited THEN another user in the same channel is still answered', () => {
    const limiter = new FollowupRateLimiter(new ManualClock(start));
    kinds(limiter, 7, 'alice');
    expect(kinds(limiter, 1, 'bob')).toStrictEqual(['allow']);
  });

  it('GIVEN 20 questions from many users in one channel within 30 s THEN the channel is limited with one notice', () => {
    const limiter = new FollowupRateLimiter(new ManualClock(start));
    const results = Array.from({ length: 23 }, (_, i) => limiter.take(`user${i}`, 'general'));
    expect(results.slice(0, 20).every((r) => r.kind === 'allow')).toBe(true);
    expect(results[20]).toMatchObject({ kind: 'notice', scope: 'channel' });
    expect(results.slice(21).map((r) => r.kind)).toStrictEqual(['silent', 'silent']);
    expect(limiter.take('someone', 'random').kind).toBe('allow');
  });

  it('GIVEN custom limits THEN they apply', () => {
    const limiter = new FollowupRateLimiter(new ManualClock(start), { user: { max: 2, windowMs: 1_000 } });
    expect(kinds(limiter, 3)).toStrictEqual(['allow', 'allow', 'notice']);
  });

  it('GIVEN very many distinct users THEN memory stays bounded', () => {
    const clock = new ManualClock(start);
    const limiter = new FollowupRateLimiter(clock, { maxTracked: 1_000 });
    for (let i = 0; i < 10_000; i += 1) {
      limiter.take(`user${i}`, `channel${i % 50}`);
      clock.advance(10);
    }
    expect(limiter.trackedCount).toBeLessThanOrEqual(1_000);
  });
});
