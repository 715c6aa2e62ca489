import type { FeedDeps } from './deps.ts';
import { deliverOpen } from './deliver/deliverer.ts';
import type { FeedPipeline } from './pipeline.ts';

const TICK_MS = 1000;
/** A claimed fetch stays with its process this long (past the fetch timeout and the items' ingest). */
const FETCH_LEASE_MS = 5 * 60 * 1000;
/** How often a shard looks for deliveries to its servers that another shard's fetch created. */
const DELIVERY_SWEEP_MS = 5000;
const PRUNE_EVERY_MS = 60 * 60 * 1000;
/** Seen items that left their feed are remembered this long (a feed that re-lists an old item). */
const FORGET_ITEMS_AFTER_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Wakes once a second and starts every source that is due (next_fetch_at has passed, some subscription
 * is active), at most `maxInFlight` at once; the host limiter bounds the fetches themselves. Each due source
 * is claimed first, so with several processes (shards) on one database a feed is fetched by one of them;
 * a sharded process also sweeps for open deliveries to its own servers that another process's fetch
 * created. Time comes from the injected clock, so a test that moves the clock makes feeds due.
 */
export class FeedPoller {
  private timer: NodeJS.Timeout | undefined;
  private readonly inFlight = new Set<number>();
  private lastPrune = 0;
  private lastSweep = 0;
  private stopped = true;

  constructor(
    private readonly deps: FeedDeps,
    private readonly pipeline: FeedPipeline,
    private readonly maxInFlight: number,
  ) {}

  start(): void {
    this.stopped = false;
    this.timer = setInterval(() => {
      if (!this.stopped) void this.tick();
    }, TICK_MS);
    this.timer.unref();
    void this.tick();
  }

  stop(): void {
    this.stopped = true;
    clearInterval(this.timer);
  }

  /** Starts what is due now; resolves when those polls finish (tests and the benchmark await it). */
  async tick(): Promise<void> {
    const now = this.deps.clock.now();
    if (now - this.lastPrune > PRUNE_EVERY_MS) {
      this.lastPrune = now;
      const pruned = await this.deps.store.pruneItems(now, FORGET_ITEMS_AFTER_MS);
      if (pruned > 0) this.deps.logger.info({ pruned }, 'forgot old feed items');
      const expired = await this.deps.articles.forgetOlderThan(now - this.deps.articleRetentionMs);
      if (expired.shares + expired.articles > 0)
        this.deps.logger.info(expired, 'removed expired feed articles');
    }
    const room = this.maxInFlight - this.inFlight.size;
    const due = room > 0 ? await this.deps.store.dueSources(now, room, this.inFlight) : [];
    await Promise.all([
      ...due.map(async (source) => {
        if (!(await this.deps.store.claimFetch(source.id, source.nextFetchAt, now + FETCH_LEASE_MS))) return;
        await this.guarded(source.id, source.url, () => this.pipeline.poll(source));
      }),
      this.sweepDeliveries(now),
    ]);
  }

  private async sweepDeliveries(now: number): Promise<void> {
    if (!this.deps.ownsGuild || now - this.lastSweep < DELIVERY_SWEEP_MS) return;
    this.lastSweep = now;
    for (const sourceId of await this.deps.store.sourcesWithOpenDeliveries(100)) {
      if (this.inFlight.has(sourceId)) continue;
      const source = await this.deps.store.source(sourceId);
      if (source) await this.guarded(source.id, source.url, () => deliverOpen(this.deps, source));
    }
  }

  private async guarded(sourceId: number, url: string, work: () => Promise<unknown>): Promise<void> {
    this.inFlight.add(sourceId);
    try {
      await work();
    } catch (error) {
      this.deps.logger.error({ err: error, url }, 'feed poll failed');
    } finally {
      this.inFlight.delete(sourceId);
    }
  }
}
