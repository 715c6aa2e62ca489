import type { Clock } from '../core/clock.ts';

export interface WindowLimit {
  max: number;
  windowMs: number;
}

export interface RateLimitOptions {
  user?: WindowLimit;
  channel?: WindowLimit;
  /** How many users + channels to track at once; the least recently active are forgotten beyond it. */
  maxTracked?: number;
}

/** allow: answer. notice: over the limit, say so once. silent: over the limit and already told. */
export type RateDecision =
  | { kind: 'allow' }
  | { kind: 'notice'; scope: 'user' | 'channel'; retryAfterMs: number }
  | { kind: 'silent' };

export const DEFAULT_USER_LIMIT: WindowLimit = Object.freeze({ max: 5, windowMs: 30_000 });
export const DEFAULT_CHANNEL_LIMIT: WindowLimit = Object.freeze({ max: 20, windowMs: 30_000 });

interface Window {
  /** Times of accepted questions, oldest first, never more than the limit's max. */
  hits: number[];
  /** No further notice for this key before this time. */
  quietUntil: number;
}

/**
 * Sliding-window limits per user and per channel. Only answered questions count, so someone who keeps
 * asking while limited gets answers again as soon as their oldest question leaves the window.
 */
export class FollowupRateLimiter {
  private readonly windows = new Map<string, Window>();
  private readonly userLimit: WindowLimit;
  private readonly channelLimit: WindowLimit;
  private readonly maxTracked: number;

  constructor(
    private readonly clock: Clock,
    options: RateLimitOptions = {},
  ) {
    this.userLimit = options.user ?? DEFAULT_USER_LIMIT;
    this.channelLimit = options.channel ?? DEFAULT_CHANNEL_LIMIT;
    this.maxTracked = options.maxTracked ?? 20_000;
  }

  /** Decides and, when allowed, counts the question. */
  take(userId: string, channelId: string): RateDecision {
    const now = this.clock.now();
    const user = this.window(`u:${userId}`, this.userLimit, now);
    const channel = this.window(`c:${channelId}`, this.channelLimit, now);

    const userFull = user.hits.length >= this.userLimit.max;
    const channelFull = channel.hits.length >= this.channelLimit.max;
    if (!userFull && !channelFull) {
      user.hits.push(now);
      channel.hits.push(now);
      return { kind: 'allow' };
    }

    const [scope, window, limit] = userFull
      ? (['user', user, this.userLimit] as const)
      : (['channel', channel, this.channelLimit] as const);
    if (now < window.quietUntil) return { kind: 'silent' };
    window.quietUntil = now + limit.windowMs;
    const oldest = window.hits[0] ?? now;
    return { kind: 'notice', scope, retryAfterMs: Math.max(0, oldest + limit.windowMs - now) };
  }

  /** Number of users and channels currently tracked (for tests and metrics). */
  get trackedCount(): number {
    return this.windows.size;
  }

  private window(key: string, limit: WindowLimit, now: number): Window {
    let window = this.windows.get(key);
    if (window === undefined) {
      window = { hits: [], quietUntil: 0 };
      this.evictIfFull(now);
    } else {
      this.windows.delete(key); // re-inserted below: the Map's order is least recently active first
    }
    this.windows.set(key, window);
    const cutoff = now - limit.windowMs;
    while (window.hits.length > 0 && (window.hits[0] ?? Infinity) <= cutoff) window.hits.shift();
    return window;
  }

  private evictIfFull(now: number): void {
    if (this.windows.size < this.maxTracked) return;
    const longestWindow = Math.max(this.userLimit.windowMs, this.channelLimit.windowMs);
    for (const [key, window] of this.windows) {
      const lastHit = window.hits.at(-1) ?? 0;
      if (lastHit <= now - longestWindow && window.quietUntil <= now) this.windows.delete(key);
    }
    // Everyone is active: forget the least recently active tenth rather than grow without bound (a tenth,
    // so the scan above does not run again for every new user).
    const target = Math.floor(this.maxTracked * 0.9);
    while (this.windows.size > target && this.windows.size > 0) {
      const oldest = this.windows.keys().next();
      if (oldest.done === true) break;
      this.windows.delete(oldest.value);
    }
  }
}
