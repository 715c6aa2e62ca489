import type { FeedDeps } from './deps.ts';
import { fetchFeed, type FeedProblem } from './fetch/fetch-feed.ts';
import { newItems } from './compare/compare.ts';
import { deliveriesFor } from './filter/deliveries.ts';
import { recordFeedFailure } from './health/health.ts';
import type { FeedItem, ParsedFeed } from './parse/feed-item.ts';
import { deliverOpen, type DeliveryReport } from './deliver/deliverer.ts';
import type { FeedSource } from './store/feed-store.ts';
import { loadHeavyParts } from './lazy.ts';

export type PollResult =
  | {
      kind: 'fetched';
      feed: ParsedFeed;
      /** The first fetch of a source stores every item and reports none new. */
      firstFetch: boolean;
      newItems: FeedItem[];
      deliveriesCreated: number;
      delivery: DeliveryReport;
    }
  | { kind: 'not-modified'; delivery: DeliveryReport }
  | { kind: 'failed'; problem: FeedProblem; pausedSubscriptions: number };

export interface PollOptions {
  /** Ignore ETag / Last-Modified (for /feed add, which needs the items to count and preview). */
  unconditional?: boolean;
  /** Skip the ingest and deliver stages (the benchmark's fetch+parse+compare pass). */
  skipDelivery?: boolean;
}

/**
 * One source through MonitoRSS' order: fetch -> parse -> compare -> filter (per subscription) -> record
 * (one transaction) -> ingest -> deliver. Calls for one source are serialised so the poller and a
 * /feed add never compare the same document twice.
 */
export class FeedPipeline {
  private readonly running = new Map<number, Promise<unknown>>();

  constructor(private readonly deps: FeedDeps) {}

  poll(source: FeedSource, options: PollOptions = {}): Promise<PollResult> {
    const previous = this.running.get(source.id) ?? Promise.resolve();
    const next = previous.then(
      () => this.pollNow(source.id, options),
      () => this.pollNow(source.id, options),
    );
    this.running.set(source.id, next);
    void next
      .finally(() => {
        if (this.running.get(source.id) === next) this.running.delete(source.id);
      })
      .catch(() => {});
    return next;
  }

  isPolling(sourceId: number): boolean {
    return this.running.has(sourceId);
  }

  private async pollNow(sourceId: number, options: PollOptions): Promise<PollResult> {
    const { deps } = this;
    const source = await deps.store.source(sourceId);
    if (!source) throw new Error(`feed source ${sourceId} is gone`);
    const conditional = options.unconditional ? { ...source, etag: null, lastModified: null } : source;
    const outcome = await deps.hosts.run(source.url, () => fetchFeed(deps.http, conditional, deps.limits));
    const now = deps.clock.now();
    if (outcome.kind === 'failed') return this.failed(source, outcome.problem);
    if (outcome.kind === 'not-modified') {
      deps.metrics.fetched('not-modified');
      await deps.store.recordSuccess({ sourceId, now, nextFetchAt: now + deps.refreshMs, status: 304 });
      deps.logger.debug({ url: source.url, status: 304 }, 'feed fetch done');
      return { kind: 'not-modified', delivery: await this.deliver(source, options) };
    }
    const { NotAFeedError, parseFeedDocument } = await loadHeavyParts(deps.logger);
    let feed: ParsedFeed;
    try {
      feed = parseFeedDocument(outcome.body, outcome.url);
    } catch (error) {
      if (!(error instanceof NotAFeedError)) throw error;
      return this.failed(source, {
        code: 'not-a-feed',
        permanent: true,
        message: 'the URL does not serve an RSS, Atom or JSON feed',
      });
    }
    deps.metrics.fetched('ok');
    const keys = feed.items.map((item) => item.key);
    const fresh = source.initialized ? newItems(feed.items, await deps.store.seenKeys(sourceId, keys)) : [];
    const subscriptions = await deps.store.activeSubscriptionsOf(sourceId);
    const deliveriesCreated = await deps.store.recordItems({
      sourceId,
      now,
      seenKeys: keys,
      newItems: fresh.map((item) => ({ item, deliveries: deliveriesFor(item, subscriptions, deps.logger) })),
    });
    await deps.store.recordSuccess({
      sourceId,
      now,
      nextFetchAt: now + deps.refreshMs,
      status: outcome.status,
      etag: outcome.etag,
      lastModified: outcome.lastModified,
      title: feed.title,
    });
    deps.logger.debug(
      { url: source.url, status: outcome.status, items: feed.items.length, newItems: fresh.length },
      'feed fetch done',
    );
    if (fresh.length > 0) {
      deps.logger.info(
        { url: source.url, newItems: fresh.length, deliveries: deliveriesCreated },
        'new feed items',
      );
    }
    return {
      kind: 'fetched',
      feed,
      firstFetch: !source.initialized,
      newItems: fresh,
      deliveriesCreated,
      delivery: await this.deliver(source, options),
    };
  }

  private async deliver(source: FeedSource, options: PollOptions): Promise<DeliveryReport> {
    if (options.skipDelivery) return { ingested: 0, sent: 0, leftForDigest: 0, failed: 0 };
    return deliverOpen(this.deps, (await this.deps.store.source(source.id)) ?? source);
  }

  private async failed(source: FeedSource, problem: FeedProblem): Promise<PollResult> {
    this.deps.metrics.fetched('failed');
    const paused = await recordFeedFailure(this.deps, source, problem);
    return { kind: 'failed', problem, pausedSubscriptions: paused.length };
  }
}
