/** A stable article id for a feed item: a slug of its title and the start of its key (unique per feed item). */
export function feedArticleId(title: string, itemKey: string, sourceId: number): string {
  const slug = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/g, '');
  const suffix = `${sourceId.toString(36)}${itemKey.slice(0, 10)}`;
  return slug ? `${slug}-${suffix}` : `feed-item-${suffix}`;
}
