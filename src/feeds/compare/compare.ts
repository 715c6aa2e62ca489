import type { FeedItem } from '../parse/feed-item.ts';

/**
 * The items of a document not seen before, oldest first (the order they are posted in). Items with a
 * date sort by it; the rest keep the feed's order reversed (feeds list newest first).
 */
export function newItems(items: readonly FeedItem[], seen: ReadonlySet<string>): FeedItem[] {
  const fresh = items.map((item, position) => ({ item, position })).filter(({ item }) => !seen.has(item.key));
  return fresh
    .sort((a, b) => {
      const dateA = a.item.published;
      const dateB = b.item.published;
      if (dateA !== undefined && dateB !== undefined && dateA !== dateB) return dateA - dateB;
      return b.position - a.position;
    })
    .map(({ item }) => item);
}

/** The newest item of a document (by date when the feed gives dates, else the first listed). */
export function latestItem(items: readonly FeedItem[]): FeedItem | undefined {
  let latest: FeedItem | undefined;
  for (const item of items) {
    if (latest === undefined) latest = item;
    else if (
      item.published !== undefined &&
      (latest.published === undefined || item.published > latest.published)
    ) {
      latest = item;
    }
  }
  return latest;
}
