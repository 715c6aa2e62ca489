import { BoundedMap } from './bounded-map.ts';

/**
 * Threads the bot opened (on a digest post or an /ask answer). In such a thread every message is a
 * follow-up when the Message Content intent is on. Shared by the digest feature and the /ask thread button.
 *
 * Kept in memory, bounded. It is not persisted: after a restart the Discord adapter re-learns a thread as
 * bot-opened from the thread's owner id the first time a message arrives in it.
 */
export class BotThreads {
  private readonly threads: BoundedMap<string, true>;

  constructor(maxThreads = 10_000) {
    this.threads = new BoundedMap(maxThreads);
  }

  add(threadId: string): void {
    this.threads.set(threadId, true);
  }

  has(threadId: string): boolean {
    return this.threads.has(threadId);
  }

  delete(threadId: string): boolean {
    return this.threads.delete(threadId);
  }

  get size(): number {
    return this.threads.size;
  }
}
