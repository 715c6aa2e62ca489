import type { Logger } from '../../core/logger.ts';
import type { FeedItem } from '../parse/feed-item.ts';
import type { FeedSubscription, NewDelivery } from '../store/feed-store.ts';
import { parseItemFilter, type ItemFilter } from './item-filter.ts';

const filters = new Map<string, ItemFilter | null>();

/** The filter stage: which of a source's active subscriptions want this item. */
export function deliveriesFor(
  item: FeedItem,
  subscriptions: readonly FeedSubscription[],
  logger: Logger,
): NewDelivery[] {
  return subscriptions
    .filter((subscription) => passes(subscription, item, logger))
    .map((subscription) => ({
      subscriptionId: subscription.id,
      guildId: subscription.guildId,
      channelId: subscription.channelId,
      postMode: subscription.postMode,
      itemKey: item.key,
    }));
}

function passes(subscription: FeedSubscription, item: FeedItem, logger: Logger): boolean {
  if (subscription.filter === null) return true;
  const filter = compiled(subscription.filter);
  if (filter === null) {
    // Stored filters were checked when added; one that no longer compiles lets everything through.
    logger.warn({ subscriptionId: subscription.id }, 'stored feed filter is invalid; not filtering');
    return true;
  }
  return filter.matches(item);
}

function compiled(source: string): ItemFilter | null {
  let filter = filters.get(source);
  if (filter === undefined) {
    try {
      filter = parseItemFilter(source);
    } catch {
      filter = null;
    }
    if (filters.size > 10_000) filters.clear();
    filters.set(source, filter);
  }
  return filter;
}
