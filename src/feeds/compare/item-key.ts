import { createHash } from 'node:crypto';

/**
 * An item's identity, as MonitoRSS hashes it: the guid when the feed gives one, else link plus title
 * (a feed without guids that edits a title re-posts the item, which is what its readers would expect).
 */
export function itemKey(item: {
  guid?: string | undefined;
  link?: string | undefined;
  title: string;
}): string {
  const identity = item.guid ? `guid:${item.guid}` : `link:${item.link ?? ''}\ntitle:${item.title}`;
  return createHash('sha256').update(identity).digest('hex');
}
