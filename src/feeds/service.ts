import { z } from 'zod';
import { UserError } from '../core/errors.ts';
import { latestItem } from './compare/compare.ts';
import type { FeedDeps } from './deps.ts';
import { deliverOpen, sourceName } from './deliver/deliverer.ts';
import { fetchFeed } from './fetch/fetch-feed.ts';
import { parseItemFilter } from './filter/item-filter.ts';
import type { FeedItem } from './parse/feed-item.ts';
import { FeedPipeline, type PollResult } from './pipeline.ts';
import { FeedPoller } from './poller.ts';
import { loadHeavyParts } from './lazy.ts';
import type { Article } from '../model/schema.ts';
import type { FeedSubscription, PostMode, SubscriptionWithSource } from './store/feed-store.ts';

export interface FeedServiceOptions {
  /** Feeds one server may have. */
  maxFeedsPerServer: number;
  /** Sources polled at once. */
  maxPollsInFlight: number;
}

export interface AddInput {
  url: string;
  channelId: string;
  filter?: string | undefined;
  postMode?: PostMode | undefined;
}

export interface AddResult {
  subscription: FeedSubscription;
  feedTitle: string;
  itemsFound: number;
  latest: FeedItem | undefined;
}

export interface TestResult {
  feedTitle: string;
  itemsFound: number;
  /** The newest item the filter lets through, with its article when ingest worked. */
  next: { item: FeedItem; article: Article | undefined } | undefined;
  filteredOut: number;
}

const FeedUrl = z
  .url({ protocol: /^https?$/, error: 'an http:// or https:// address' })
  .max(2000, 'at most 2000 characters')
  .transform((value) => {
    const url = new URL(value);
    url.hash = '';
    return url.href;
  });

/** The feed commands and the poller behind them (commands/feed.ts is the Discord adapter). */
export class FeedService {
  readonly pipeline: FeedPipeline;
  private readonly poller: FeedPoller;

  constructor(
    readonly deps: FeedDeps,
    private readonly options: FeedServiceOptions,
  ) {
    this.pipeline = new FeedPipeline(deps);
    this.poller = new FeedPoller(deps, this.pipeline, options.maxPollsInFlight);
  }

  get maxFeedsPerServer(): number {
    return this.options.maxFeedsPerServer;
  }

  /**
   * Subscribes a channel: fetches the feed now (a feed that does not work is refused, nothing stored),
   * marks every item it lists as seen (none is posted), and reports how many it found.
   */
  async add(guildId: string, input: AddInput): Promise<AddResult> {
    const url = parseFeedUrl(input.url);
    const filter = input.filter?.trim() ? parseItemFilter(input.filter).source : null;
    const { store, clock } = this.deps;
    if ((await store.subscriptionCount(guildId)) >= this.options.maxFeedsPerServer) {
      throw new UserError(
        `This server already has ${this.options.maxFeedsPerServer} feeds, the most allowed: remove one with \`/feed remove\` first.`,
      );
    }
    const existing = (await store.subscriptionsOf(guildId)).find(
      (s) => s.source.url === url && s.channelId === input.channelId,
    );
    if (existing)
      throw new UserError(`<#${input.channelId}> already follows that feed (feed ${existing.id}).`);

    const source = await store.sourceFor(url, clock.now());
    const result = await this.pipeline.poll(source, { unconditional: true });
    if (result.kind !== 'fetched')
      throw new UserError(`I could not add that feed: ${describeFailure(result)}.`);
    const subscription = await store.subscribe({
      guildId,
      sourceId: source.id,
      channelId: input.channelId,
      filter,
      postMode: input.postMode ?? 'each',
      now: clock.now(),
    });
    if (!subscription) throw new UserError(`<#${input.channelId}> already follows that feed.`);
    return {
      subscription,
      feedTitle: result.feed.title ?? new URL(url).host,
      itemsFound: result.feed.items.length,
      latest: latestItem(result.feed.items),
    };
  }

  list(guildId: string): Promise<SubscriptionWithSource[]> {
    return this.deps.store.subscriptionsOf(guildId);
  }

  async remove(guildId: string, feedId: string): Promise<SubscriptionWithSource> {
    const subscription = await this.find(guildId, feedId);
    await this.deps.store.unsubscribe(subscription.id);
    return subscription;
  }

  async pause(guildId: string, feedId: string): Promise<SubscriptionWithSource> {
    const subscription = await this.find(guildId, feedId);
    if (subscription.paused) throw new UserError(`Feed ${subscription.id} is already paused.`);
    await this.deps.store.setPaused(subscription.id, true, 'paused with /feed pause', this.deps.clock.now());
    return { ...subscription, paused: true };
  }

  /** Resumes a feed; a feed paused by failures starts over (no failures counted) and is fetched at once. */
  async resume(guildId: string, feedId: string): Promise<SubscriptionWithSource> {
    const subscription = await this.find(guildId, feedId);
    if (!subscription.paused) throw new UserError(`Feed ${subscription.id} is not paused.`);
    const now = this.deps.clock.now();
    await this.deps.store.setPaused(subscription.id, false, null, now);
    await this.deps.store.resetSource(subscription.sourceId, now);
    void this.poller.tick();
    return { ...subscription, paused: false };
  }

  /** Fetches now and builds what the next post would be, without storing or posting anything. */
  async test(guildId: string, feedId: string): Promise<TestResult> {
    const subscription = await this.find(guildId, feedId);
    const { deps } = this;
    const outcome = await deps.hosts.run(subscription.source.url, () =>
      fetchFeed(deps.http, { url: subscription.source.url, etag: null, lastModified: null }, deps.limits),
    );
    if (outcome.kind === 'failed')
      throw new UserError(`The feed does not work right now: ${outcome.problem.message}.`);
    if (outcome.kind === 'not-modified')
      throw new UserError('The feed answered 304 Not Modified to a plain request.');
    const { NotAFeedError, ingestItem, parseFeedDocument } = await loadHeavyParts(deps.logger);
    let items: FeedItem[];
    let title: string | undefined;
    try {
      const feed = parseFeedDocument(outcome.body, outcome.url);
      items = feed.items;
      title = feed.title;
    } catch (error) {
      if (error instanceof NotAFeedError)
        throw new UserError('The URL no longer serves an RSS, Atom or JSON feed.');
      throw error;
    }
    const filter = subscription.filter ? parseItemFilter(subscription.filter) : undefined;
    const passing = filter ? items.filter((item) => filter.matches(item)) : items;
    const item = latestItem(passing);
    let article: Article | undefined;
    if (item) {
      try {
        article = (
          await ingestItem(deps, item, {
            sourceId: subscription.sourceId,
            sourceName: title ?? sourceName(subscription.source),
            sourceUrl: subscription.source.url,
            seenAt: deps.clock.now(),
          })
        ).article;
      } catch (error) {
        deps.logger.warn({ err: error, url: item.link }, '/feed test: ingest failed');
      }
    }
    return {
      feedTitle: title ?? sourceName(subscription.source),
      itemsFound: items.length,
      next: item ? { item, article } : undefined,
      filteredOut: items.length - passing.length,
    };
  }

  /** Posts what a stopped process left open, then polls on schedule. */
  async start(): Promise<void> {
    this.poller.start();
    const { store, logger } = this.deps;
    const open = await store.openDeliveries(10_000);
    const sources = [...new Set(open.map((delivery) => delivery.sourceId))];
    if (open.length > 0)
      logger.info({ deliveries: open.length, feeds: sources.length }, 'resuming open feed deliveries');
    for (const sourceId of sources) {
      const source = await store.source(sourceId);
      if (!source) continue;
      void deliverOpen(this.deps, source).catch((error: unknown) =>
        logger.error({ err: error, sourceId }, 'resuming feed deliveries failed'),
      );
    }
    logger.info({ feeds: await store.subscriptionCountAll() }, 'feed poller started');
  }

  stop(): void {
    this.poller.stop();
  }

  /** For tests and the benchmark: runs one poller pass and waits for it. */
  pollDue(): Promise<void> {
    return this.poller.tick();
  }

  retainGuilds(guildIds: readonly string[]): Promise<number> {
    return this.deps.store.retainGuilds(guildIds, this.deps.ownsGuild);
  }

  private async find(guildId: string, feedId: string): Promise<SubscriptionWithSource> {
    const id = Number(feedId.trim().replace(/^#/, ''));
    const subscription = Number.isInteger(id)
      ? (await this.deps.store.subscriptionsOf(guildId)).find((s) => s.id === id)
      : undefined;
    if (!subscription)
      throw new UserError(`This server has no feed "${feedId}": see \`/feed list\` for the numbers.`);
    return subscription;
  }
}

export function parseFeedUrl(input: string): string {
  const parsed = FeedUrl.safeParse(input.trim());
  if (!parsed.success) {
    throw new UserError(`The feed URL must be ${parsed.error.issues[0]?.message ?? 'an http(s) address'}.`);
  }
  return parsed.data;
}

function describeFailure(result: Exclude<PollResult, { kind: 'fetched' }>): string {
  if (result.kind === 'failed') return result.problem.message;
  return 'the feed answered 304 Not Modified to a plain request';
}
