import type { ChannelGateway } from '../core/channel-gateway.ts';
import type { Clock } from '../core/clock.ts';
import type { Logger } from '../core/logger.ts';
import type { RequestLimiter } from '../digest/rate-limiter.ts';
import type { FetchLimits } from './fetch/fetch-feed.ts';
import type { HostLimiter } from './fetch/host-limiter.ts';
import type { HttpFetch } from './fetch/http.ts';
import type { FeedArticles } from './ingest/feed-articles.ts';
import type { ArticleIngester } from './ingest/ingest-port.ts';
import type { FeedStore } from './store/feed-store.ts';

/** Counters the operator can watch (the metrics module fills them in; tests may leave them out). */
export interface FeedMetrics {
  postSent(): void;
  postFailed(): void;
  fetched(outcome: 'ok' | 'not-modified' | 'failed'): void;
}

export const noMetrics: FeedMetrics = { postSent() {}, postFailed() {}, fetched() {} };

/** Everything the feed stages use, built once in the composition root (or by a test or the benchmark). */
export interface FeedDeps {
  store: FeedStore;
  articles: FeedArticles;
  http: HttpFetch;
  /** Bounds fetches at once, overall and per host. */
  hosts: HostLimiter;
  limits: FetchLimits;
  ingester: ArticleIngester;
  channels: ChannelGateway;
  /** The Discord send rate limiter shared with the digests. */
  limiter: RequestLimiter;
  clock: Clock;
  logger: Logger;
  /** The default interval between fetches of a feed. */
  refreshMs: number;
  /** Feed-made articles older than this leave the servers' libraries and the disk (FEED_ARTICLE_DAYS). */
  articleRetentionMs: number;
  metrics: FeedMetrics;
  /**
   * How long a delivery claim stays with the process that took it before an unconfirmed one (its process
   * stopped mid-send) is posted again, with the same nonce.
   */
  claimLeaseMs: number;
  /** Whether this process (shard) handles a server's feeds; default: every server. */
  ownsGuild?: (guildId: string) => boolean;
  /** A story was posted in a channel (so that a question asked under it goes to it). */
  onPosted?: (post: { guildId: string; channelId: string; articleId: string }) => void;
}
