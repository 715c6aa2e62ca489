import { ChannelUnavailableError } from '../../core/channel-gateway.ts';
import { messageNonce } from '../../core/nonce.ts';
import type { Article } from '../../model/schema.ts';
import type { FeedDeps } from '../deps.ts';
import type { FeedDelivery, FeedSource, StoredItem } from '../store/feed-store.ts';
import { renderFeedPost } from './render-post.ts';
import { loadHeavyParts } from '../lazy.ts';

/** Tries of one post before it is given up (a channel problem gives up at once). */
const MAX_ATTEMPTS = 3;
/** Open deliveries handled per pass; the rest wait for the next pass. */
const BATCH = 500;

export interface DeliveryReport {
  ingested: number;
  sent: number;
  leftForDigest: number;
  failed: number;
}

/**
 * The last two stages for a source's open deliveries: ingest (once per item, whichever server asked
 * first) and deliver. Exactly once: a delivery row is claimed (pending -> claimed, one winner) only once
 * the send token is in hand, then posted with a nonce derived from the row, then marked sent. A process
 * that stops between claim and completion leaves a claimed row; the next pass posts it again with the
 * same nonce, which Discord answers with the first message when it did go out.
 */
export async function deliverOpen(deps: FeedDeps, source: FeedSource): Promise<DeliveryReport> {
  const report: DeliveryReport = { ingested: 0, sent: 0, leftForDigest: 0, failed: 0 };
  for (const delivery of await deps.store.openDeliveries(BATCH, source.id)) {
    if (deps.ownsGuild && !deps.ownsGuild(delivery.guildId)) continue;
    const stored = await deps.store.item(source.id, delivery.itemKey);
    if (!stored?.item) {
      await deps.store.complete(delivery.id, null, deps.clock.now(), 'skipped', 'item no longer stored');
      continue;
    }
    const { article, ingested } = await articleFor(deps, source, stored);
    if (ingested) report.ingested += 1;
    if (article) await deps.articles.share(delivery.guildId, article.id, delivery.postMode, deps.clock.now());
    if (delivery.postMode === 'digest') {
      await deps.store.complete(delivery.id, null, deps.clock.now(), 'skipped', 'left for the digest');
      report.leftForDigest += 1;
      continue;
    }
    const outcome = await post(deps, source, delivery, stored, article);
    if (outcome === 'sent') report.sent += 1;
    if (outcome === 'failed') report.failed += 1;
  }
  return report;
}

async function articleFor(
  deps: FeedDeps,
  source: FeedSource,
  stored: StoredItem,
): Promise<{ article: Article | undefined; ingested: boolean }> {
  if (stored.articleId) {
    const article = await deps.articles.find(stored.articleId);
    if (article) return { article, ingested: false };
  }
  if (stored.ingestError) return { article: undefined, ingested: false };
  const item = stored.item;
  if (!item) return { article: undefined, ingested: false };
  try {
    const { ingestItem } = await loadHeavyParts(deps.logger);
    const made = await ingestItem(deps, item, {
      sourceId: source.id,
      sourceName: sourceName(source),
      sourceUrl: source.url,
      seenAt: deps.clock.now(),
    });
    const article = deps.articles.save(made, deps.clock.now());
    await deps.store.setArticle(source.id, item.key, article.id, null);
    return { article, ingested: true };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await deps.store.setArticle(source.id, item.key, null, message.slice(0, 500));
    deps.logger.warn(
      { url: item.link, err: message },
      'could not ingest a feed item; posting it without a summary',
    );
    return { article: undefined, ingested: false };
  }
}

async function post(
  deps: FeedDeps,
  source: FeedSource,
  delivery: FeedDelivery,
  stored: StoredItem,
  article: Article | undefined,
): Promise<'sent' | 'failed' | 'skipped'> {
  const { store, clock, logger } = deps;
  const subscription = await store.subscription(delivery.subscriptionId);
  if (!subscription || subscription.paused) {
    await store.complete(
      delivery.id,
      null,
      clock.now(),
      'skipped',
      subscription ? 'feed paused' : 'feed removed',
    );
    return 'skipped';
  }
  const payload = renderFeedPost({ item: stored.item!, article, sourceName: sourceName(source) });
  await deps.limiter.acquire();
  const claimed =
    delivery.status === 'pending'
      ? await store.claim(delivery.id, clock.now())
      : delivery.claimedAt !== null &&
        (await store.reclaim(delivery.id, delivery.claimedAt, clock.now(), deps.claimLeaseMs));
  if (!claimed) return 'skipped';
  try {
    const { messageId } = await deps.channels.send(delivery.channelId, payload, {
      nonce: messageNonce('feed', delivery.subscriptionId, delivery.itemKey),
    });
    await store.complete(delivery.id, messageId, clock.now());
    deps.metrics.postSent();
    if (article)
      deps.onPosted?.({ guildId: delivery.guildId, channelId: delivery.channelId, articleId: article.id });
    logger.info(
      { guildId: delivery.guildId, channelId: delivery.channelId, messageId, articleId: article?.id },
      'feed item posted',
    );
    return 'sent';
  } catch (error) {
    deps.metrics.postFailed();
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof ChannelUnavailableError) {
      await store.fail(delivery.id, message, clock.now(), false);
      await store.setPaused(
        subscription.id,
        true,
        `the bot cannot post in the channel (${error.problem})`,
        clock.now(),
      );
      logger.warn(
        { subscriptionId: subscription.id, problem: error.problem },
        'feed channel unavailable; feed paused',
      );
      return 'failed';
    }
    const retry = delivery.attempts + 1 < MAX_ATTEMPTS;
    await store.fail(delivery.id, message, clock.now(), retry);
    logger.error({ err: error, deliveryId: delivery.id, retry }, 'feed post failed');
    return 'failed';
  }
}

export function sourceName(source: FeedSource): string {
  if (source.title) return source.title;
  try {
    return new URL(source.url).host;
  } catch {
    return source.url;
  }
}
