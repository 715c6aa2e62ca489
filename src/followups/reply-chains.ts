import type { Clock } from '../core/clock.ts';
import { BoundedMap } from './bounded-map.ts';

export interface ReplyChainOptions {
  /** How many bot messages to remember. */
  maxEntries?: number;
  /** After this long a reply to an old bot message starts afresh (matches the answerer's memory expiry roughly). */
  ttlMs?: number;
}

/**
 * Which conversation each bot answer belongs to, so a reply to that answer continues the same conversation
 * (and its memory) even when someone else replies or the original was in another conversation key.
 */
export class ReplyChains {
  private readonly chains: BoundedMap<string, { conversationKey: string; at: number }>;
  private readonly ttlMs: number;

  constructor(
    private readonly clock: Clock,
    options: ReplyChainOptions = {},
  ) {
    this.chains = new BoundedMap(options.maxEntries ?? 5_000);
    this.ttlMs = options.ttlMs ?? 6 * 60 * 60 * 1000;
  }

  record(botMessageId: string, conversationKey: string): void {
    this.chains.set(botMessageId, { conversationKey, at: this.clock.now() });
  }

  conversationOf(botMessageId: string): string | undefined {
    const entry = this.chains.get(botMessageId);
    if (entry === undefined) return undefined;
    if (this.clock.now() - entry.at > this.ttlMs) {
      this.chains.delete(botMessageId);
      return undefined;
    }
    return entry.conversationKey;
  }

  get size(): number {
    return this.chains.size;
  }
}
