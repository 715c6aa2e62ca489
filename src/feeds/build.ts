import type { ChannelGateway } from '../core/channel-gateway.ts';
import type { Clock } from '../core/clock.ts';
import type { Logger } from '../core/logger.ts';
import type { FeedConfig, FetchConfig } from '../config.ts';
import type { RequestLimiter } from '../digest/rate-limiter.ts';
import { guardedFetch } from '../net/guarded-fetch.ts';
import type { Store } from '../store/database.ts';
import { metrics as processMetrics } from '../ops/metrics.ts';
import type { FeedDeps, FeedMetrics } from './deps.ts';
import { HostLimiter } from './fetch/host-limiter.ts';
import type { HttpFetch } from './fetch/http.ts';
import { FeedArticles } from './ingest/feed-articles.ts';
import type { ArticleIngester } from './ingest/ingest-port.ts';
import { lazyPipelineIngester } from './lazy.ts';
import { FeedService } from './service.ts';
import { FeedStore } from './store/feed-store.ts';

/** The guarded fetch (SSRF checks after DNS and on every redirect, size, time and redirect caps). */
export const guardedHttp: HttpFetch = (url, options) => guardedFetch(url, options);

/** The process's Prometheus counters (no-ops until HEALTH_PORT enables them). */
const feedMetrics: FeedMetrics = {
  postSent: () => processMetrics.feedPost('sent'),
  postFailed: () => processMetrics.feedPost('failed'),
  fetched: () => {},
};

export interface BuildFeedsOptions {
  store: Store;
  /** How long a delivery claim is its process's before an unconfirmed one is posted again (default 60 s). */
  claimLeaseMs?: number;
  feeds: FeedConfig;
  fetch: FetchConfig;
  channels: ChannelGateway;
  limiter: RequestLimiter;
  clock: Clock;
  logger: Logger;
  http?: HttpFetch;
  ingester?: ArticleIngester;
  metrics?: FeedMetrics;
  ownsGuild?: (guildId: string) => boolean;
  onPosted?: FeedDeps['onPosted'];
}

/** Builds the feed service and the feed-article library from settings (the composition root calls it). */
export async function buildFeeds(
  options: BuildFeedsOptions,
): Promise<{ service: FeedService; articles: FeedArticles }> {
  const store = new FeedStore(options.store);
  const articles = await FeedArticles.load(options.feeds.articlesDir, store, options.logger);
  const deps: FeedDeps = {
    store,
    articles,
    http: options.http ?? guardedHttp,
    hosts: new HostLimiter(options.feeds.fetchesAtOnce, options.feeds.fetchesPerHost),
    limits: { timeoutMs: options.fetch.timeoutMs, maxRedirects: 5, allowPrivate: options.fetch.allowPrivate },
    ingester: options.ingester ?? lazyPipelineIngester(options.logger),
    channels: options.channels,
    limiter: options.limiter,
    clock: options.clock,
    logger: options.logger,
    refreshMs: options.feeds.refreshMs,
    articleRetentionMs: options.feeds.articleRetentionMs,
    claimLeaseMs: options.claimLeaseMs ?? 60_000,
    metrics: options.metrics ?? feedMetrics,
    ...(options.ownsGuild ? { ownsGuild: options.ownsGuild } : {}),
    ...(options.onPosted ? { onPosted: options.onPosted } : {}),
  };
  const service = new FeedService(deps, {
    maxFeedsPerServer: options.feeds.maxFeedsPerServer,
    maxPollsInFlight: options.feeds.fetchesAtOnce * 2,
  });
  return { service, articles };
}
