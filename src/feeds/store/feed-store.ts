import { z } from 'zod';
import type { Database } from '../../store/database.ts';
import { FeedItem } from '../parse/feed-item.ts';

/**
 * Every read and write of the feed tables (schema.ts), rows checked with zod as they are read. One file
 * behind one class so the storage layer can be swapped (kysely over SQLite or PostgreSQL) in one place.
 */
export const PostMode = z.enum(['each', 'digest']);
export type PostMode = z.infer<typeof PostMode>;

const flag = z.union([z.literal(0), z.literal(1)]).transform((value) => value === 1);

const SourceRow = z
  .object({
    id: z.number().int(),
    url: z.string(),
    title: z.string().nullable(),
    etag: z.string().nullable(),
    last_modified: z.string().nullable(),
    initialized: flag,
    next_fetch_at: z.number(),
    consecutive_failures: z.number().int(),
    last_status: z.number().int().nullable(),
    last_success_at: z.number().nullable(),
    last_error: z.string().nullable(),
    last_error_at: z.number().nullable(),
  })
  .transform((row) => ({
    id: row.id,
    url: row.url,
    title: row.title,
    etag: row.etag,
    lastModified: row.last_modified,
    initialized: row.initialized,
    nextFetchAt: row.next_fetch_at,
    consecutiveFailures: row.consecutive_failures,
    lastStatus: row.last_status,
    lastSuccessAt: row.last_success_at,
    lastError: row.last_error,
    lastErrorAt: row.last_error_at,
  }));
export type FeedSource = z.output<typeof SourceRow>;

const SubscriptionRow = z
  .object({
    id: z.number().int(),
    guild_id: z.string(),
    source_id: z.number().int(),
    channel_id: z.string(),
    filter: z.string().nullable(),
    post_mode: PostMode,
    paused: flag,
    pause_reason: z.string().nullable(),
    created_at: z.number(),
  })
  .transform((row) => ({
    id: row.id,
    guildId: row.guild_id,
    sourceId: row.source_id,
    channelId: row.channel_id,
    filter: row.filter,
    postMode: row.post_mode,
    paused: row.paused,
    pauseReason: row.pause_reason,
    createdAt: row.created_at,
  }));
export type FeedSubscription = z.output<typeof SubscriptionRow>;

export type SubscriptionWithSource = FeedSubscription & { source: FeedSource };

const DeliveryStatus = z.enum(['pending', 'claimed', 'sent', 'failed', 'skipped']);

const DeliveryRow = z
  .object({
    id: z.number().int(),
    subscription_id: z.number().int(),
    guild_id: z.string(),
    channel_id: z.string(),
    source_id: z.number().int(),
    item_key: z.string(),
    post_mode: PostMode,
    status: DeliveryStatus,
    attempts: z.number().int(),
    claimed_at: z.number().nullable(),
  })
  .transform((row) => ({
    id: row.id,
    subscriptionId: row.subscription_id,
    guildId: row.guild_id,
    channelId: row.channel_id,
    sourceId: row.source_id,
    itemKey: row.item_key,
    postMode: row.post_mode,
    status: row.status,
    attempts: row.attempts,
    claimedAt: row.claimed_at,
  }));
export type FeedDelivery = z.output<typeof DeliveryRow>;

const StoredItemRow = z
  .object({
    source_id: z.number().int(),
    item_key: z.string(),
    item_json: z.string().nullable(),
    article_id: z.string().nullable(),
    ingest_error: z.string().nullable(),
  })
  .transform((row) => ({
    sourceId: row.source_id,
    key: row.item_key,
    item: row.item_json === null ? null : FeedItem.parse(JSON.parse(row.item_json)),
    articleId: row.article_id,
    ingestError: row.ingest_error,
  }));
export type StoredItem = z.output<typeof StoredItemRow>;

export interface NewDelivery {
  subscriptionId: number;
  guildId: string;
  channelId: string;
  postMode: PostMode;
  itemKey: string;
}

export interface FetchSuccess {
  sourceId: number;
  now: number;
  nextFetchAt: number;
  status: number;
  etag?: string | undefined;
  lastModified?: string | undefined;
  title?: string | undefined;
}

export class FeedStore {
  constructor(private readonly db: Database) {}

  // --- sources ---

  /** The source row for a URL, created (due now, not yet initialised) when new. */
  sourceFor(url: string, now: number): FeedSource {
    this.db
      .prepare(
        `INSERT INTO feed_sources (url, next_fetch_at, created_at) VALUES (?, ?, ?) ON CONFLICT (url) DO NOTHING`,
      )
      .run(url, now, now);
    return SourceRow.parse(this.db.prepare(`SELECT * FROM feed_sources WHERE url = ?`).get(url));
  }

  source(sourceId: number): FeedSource | undefined {
    const row = this.db.prepare(`SELECT * FROM feed_sources WHERE id = ?`).get(sourceId);
    return row === undefined ? undefined : SourceRow.parse(row);
  }

  /** Sources due for a fetch that at least one active subscription wants, soonest first. */
  dueSources(now: number, limit: number, excluding: ReadonlySet<number>): FeedSource[] {
    const rows = this.db
      .prepare(
        `SELECT s.* FROM feed_sources s
         WHERE s.next_fetch_at <= ?
           AND EXISTS (SELECT 1 FROM feed_subscriptions f WHERE f.source_id = s.id AND f.paused = 0)
         ORDER BY s.next_fetch_at LIMIT ?`,
      )
      .all(now, limit + excluding.size);
    return rows
      .map((row) => SourceRow.parse(row))
      .filter((source) => !excluding.has(source.id))
      .slice(0, limit);
  }

  recordSuccess(success: FetchSuccess): void {
    this.db
      .prepare(
        `UPDATE feed_sources SET consecutive_failures = 0, last_status = ?, last_success_at = ?,
           next_fetch_at = ?, etag = COALESCE(?, etag), last_modified = COALESCE(?, last_modified),
           title = COALESCE(?, title)
         WHERE id = ?`,
      )
      .run(
        success.status,
        success.now,
        success.nextFetchAt,
        success.etag ?? null,
        success.lastModified ?? null,
        success.title ?? null,
        success.sourceId,
      );
  }

  /** Counts a failure; returns the number of failures in a row now. */
  recordFailure(
    sourceId: number,
    error: string,
    status: number | undefined,
    now: number,
    nextFetchAt: number,
  ): number {
    const row = this.db
      .prepare(
        `UPDATE feed_sources SET consecutive_failures = consecutive_failures + 1, last_error = ?,
           last_error_at = ?, last_status = ?, next_fetch_at = ?
         WHERE id = ? RETURNING consecutive_failures`,
      )
      .get(error, now, status ?? null, nextFetchAt, sourceId) as { consecutive_failures: number } | undefined;
    return row?.consecutive_failures ?? 0;
  }

  /** A resumed feed starts over: no failures counted, due now. */
  resetSource(sourceId: number, now: number): void {
    this.db
      .prepare(`UPDATE feed_sources SET consecutive_failures = 0, next_fetch_at = ? WHERE id = ?`)
      .run(now, sourceId);
  }

  // --- subscriptions ---

  subscribe(input: {
    guildId: string;
    sourceId: number;
    channelId: string;
    filter: string | null;
    postMode: PostMode;
    now: number;
  }): FeedSubscription | undefined {
    const result = this.db
      .prepare(
        `INSERT INTO feed_subscriptions (guild_id, source_id, channel_id, filter, post_mode, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (guild_id, source_id, channel_id) DO NOTHING`,
      )
      .run(
        input.guildId,
        input.sourceId,
        input.channelId,
        input.filter,
        input.postMode,
        input.now,
        input.now,
      );
    if (result.changes === 0) return undefined;
    return this.subscription(Number(result.lastInsertRowid));
  }

  subscription(id: number): FeedSubscription | undefined {
    const row = this.db.prepare(`SELECT * FROM feed_subscriptions WHERE id = ?`).get(id);
    return row === undefined ? undefined : SubscriptionRow.parse(row);
  }

  subscriptionCount(guildId: string): number {
    const row = this.db
      .prepare(`SELECT COUNT(*) AS n FROM feed_subscriptions WHERE guild_id = ?`)
      .get(guildId) as { n: number };
    return row.n;
  }

  subscriptionCountAll(): number {
    return (this.db.prepare(`SELECT COUNT(*) AS n FROM feed_subscriptions`).get() as { n: number }).n;
  }

  /** A server's feeds with their source, oldest first (the order /feed list numbers them in). */
  subscriptionsOf(guildId: string): SubscriptionWithSource[] {
    const rows = this.db
      .prepare(`SELECT * FROM feed_subscriptions WHERE guild_id = ? ORDER BY id`)
      .all(guildId);
    return rows.map((row) => {
      const subscription = SubscriptionRow.parse(row);
      return { ...subscription, source: this.source(subscription.sourceId) as FeedSource };
    });
  }

  activeSubscriptionsOf(sourceId: number): FeedSubscription[] {
    return this.db
      .prepare(`SELECT * FROM feed_subscriptions WHERE source_id = ? AND paused = 0 ORDER BY id`)
      .all(sourceId)
      .map((row) => SubscriptionRow.parse(row));
  }

  setPaused(subscriptionId: number, paused: boolean, reason: string | null, now: number): void {
    this.db
      .prepare(`UPDATE feed_subscriptions SET paused = ?, pause_reason = ?, updated_at = ? WHERE id = ?`)
      .run(paused ? 1 : 0, reason, now, subscriptionId);
  }

  /** Pauses every active subscription of a source; returns the ones it paused (each is told once). */
  pauseSource(sourceId: number, reason: string, now: number): FeedSubscription[] {
    return this.db
      .transaction(() => {
        const active = this.activeSubscriptionsOf(sourceId);
        for (const subscription of active) this.setPaused(subscription.id, true, reason, now);
        return active;
      })
      .immediate();
  }

  unsubscribe(subscriptionId: number): void {
    this.db.transaction(() => {
      this.db
        .prepare(
          `UPDATE feed_deliveries SET status = 'skipped', error = 'feed removed' WHERE subscription_id = ? AND status = 'pending'`,
        )
        .run(subscriptionId);
      this.db.prepare(`DELETE FROM feed_subscriptions WHERE id = ?`).run(subscriptionId);
    })();
  }

  /** Forgets the feeds of servers the bot left. */
  retainGuilds(guildIds: readonly string[]): number {
    const keep = new Set(guildIds);
    const guilds = this.db
      .prepare(`SELECT DISTINCT guild_id FROM feed_subscriptions`)
      .pluck()
      .all() as string[];
    let removed = 0;
    for (const guildId of guilds) {
      if (keep.has(guildId)) continue;
      for (const subscription of this.subscriptionsOf(guildId)) {
        this.unsubscribe(subscription.id);
        removed += 1;
      }
    }
    return removed;
  }

  // --- items (compare) ---

  seenKeys(sourceId: number, keys: readonly string[]): Set<string> {
    const seen = new Set<string>();
    const statement = this.db.prepare(
      `SELECT item_key FROM feed_items WHERE source_id = ? AND item_key IN (SELECT value FROM json_each(?))`,
    );
    for (const key of statement.pluck().all(sourceId, JSON.stringify(keys)) as string[]) seen.add(key);
    return seen;
  }

  /**
   * One transaction for a fetch's outcome: every item in the document marked seen, the new ones stored
   * with their deliveries (pending), the source initialised. A crash before it commits changes nothing
   * (the next fetch finds the same items new); after, nothing is lost (the deliveries are in the table).
   */
  recordItems(input: {
    sourceId: number;
    now: number;
    seenKeys: readonly string[];
    newItems: ReadonlyArray<{ item: FeedItem; deliveries: readonly NewDelivery[] }>;
  }): number {
    return this.db
      .transaction(() => {
        const touch = this.db.prepare(
          `INSERT INTO feed_items (source_id, item_key, title, first_seen_at, last_seen_at)
           VALUES (?, ?, '', ?, ?) ON CONFLICT (source_id, item_key) DO UPDATE SET last_seen_at = excluded.last_seen_at`,
        );
        for (const key of input.seenKeys) touch.run(input.sourceId, key, input.now, input.now);
        const storeItem = this.db.prepare(
          `UPDATE feed_items SET title = ?, link = ?, published_at = ?, item_json = ? WHERE source_id = ? AND item_key = ?`,
        );
        const deliver = this.db.prepare(
          `INSERT INTO feed_deliveries (subscription_id, guild_id, channel_id, source_id, item_key, post_mode, status, created_at)
           VALUES (?, ?, ?, ?, ?, ?, 'pending', ?) ON CONFLICT (subscription_id, item_key) DO NOTHING`,
        );
        let created = 0;
        for (const { item, deliveries } of input.newItems) {
          if (deliveries.length === 0) continue;
          storeItem.run(
            item.title,
            item.link ?? null,
            item.published ?? null,
            JSON.stringify(item),
            input.sourceId,
            item.key,
          );
          for (const d of deliveries) {
            created += deliver.run(
              d.subscriptionId,
              d.guildId,
              d.channelId,
              input.sourceId,
              item.key,
              d.postMode,
              input.now,
            ).changes;
          }
        }
        this.db.prepare(`UPDATE feed_sources SET initialized = 1 WHERE id = ?`).run(input.sourceId);
        return created;
      })
      .immediate();
  }

  /** Items no longer in their feed and unseen for `olderThanMs` are forgotten (their deliveries are done). */
  pruneItems(now: number, olderThanMs: number): number {
    return this.db
      .prepare(
        `DELETE FROM feed_items WHERE last_seen_at < ? AND NOT EXISTS (
           SELECT 1 FROM feed_deliveries d WHERE d.source_id = feed_items.source_id
             AND d.item_key = feed_items.item_key AND d.status IN ('pending', 'claimed'))`,
      )
      .run(now - olderThanMs).changes;
  }

  item(sourceId: number, key: string): StoredItem | undefined {
    const row = this.db
      .prepare(
        `SELECT source_id, item_key, item_json, article_id, ingest_error FROM feed_items WHERE source_id = ? AND item_key = ?`,
      )
      .get(sourceId, key);
    return row === undefined ? undefined : StoredItemRow.parse(row);
  }

  setArticle(sourceId: number, key: string, articleId: string | null, ingestError: string | null): void {
    this.db
      .prepare(`UPDATE feed_items SET article_id = ?, ingest_error = ? WHERE source_id = ? AND item_key = ?`)
      .run(articleId, ingestError, sourceId, key);
  }

  /** The newest stored items of a source (for /feed test when nothing is new). */
  latestItem(sourceId: number): StoredItem | undefined {
    const row = this.db
      .prepare(
        `SELECT source_id, item_key, item_json, article_id, ingest_error FROM feed_items
         WHERE source_id = ? AND item_json IS NOT NULL ORDER BY first_seen_at DESC, published_at DESC LIMIT 1`,
      )
      .get(sourceId);
    return row === undefined ? undefined : StoredItemRow.parse(row);
  }

  // --- deliveries ---

  /** Open deliveries: pending ones, and claimed ones left by a process that stopped mid-send. */
  openDeliveries(limit: number, sourceId?: number): FeedDelivery[] {
    const rows =
      sourceId === undefined
        ? this.db
            .prepare(
              `SELECT * FROM feed_deliveries WHERE status IN ('pending', 'claimed') ORDER BY id LIMIT ?`,
            )
            .all(limit)
        : this.db
            .prepare(
              `SELECT * FROM feed_deliveries WHERE status IN ('pending', 'claimed') AND source_id = ? ORDER BY id LIMIT ?`,
            )
            .all(sourceId, limit);
    return rows.map((row) => DeliveryRow.parse(row));
  }

  /** Takes a pending delivery for sending: true for exactly one caller (the ledger claim). */
  claim(deliveryId: number, now: number): boolean {
    return (
      this.db
        .prepare(
          `UPDATE feed_deliveries SET status = 'claimed', claimed_at = ?, attempts = attempts + 1 WHERE id = ? AND status = 'pending'`,
        )
        .run(now, deliveryId).changes === 1
    );
  }

  /** Takes over a claim left by a stopped process (its post may or may not have gone out). */
  reclaim(deliveryId: number, claimedAt: number, now: number): boolean {
    return (
      this.db
        .prepare(
          `UPDATE feed_deliveries SET claimed_at = ?, attempts = attempts + 1 WHERE id = ? AND status = 'claimed' AND claimed_at = ?`,
        )
        .run(now, deliveryId, claimedAt).changes === 1
    );
  }

  complete(
    deliveryId: number,
    messageId: string | null,
    now: number,
    status: 'sent' | 'skipped' = 'sent',
    note: string | null = null,
  ): void {
    this.db
      .prepare(
        `UPDATE feed_deliveries SET status = ?, message_id = ?, completed_at = ?, error = ? WHERE id = ?`,
      )
      .run(status, messageId, now, note, deliveryId);
  }

  /** A failed send: back to pending for another try, or failed for good. */
  fail(deliveryId: number, error: string, now: number, retry: boolean): void {
    this.db
      .prepare(
        `UPDATE feed_deliveries SET status = ?, error = ?, completed_at = CASE WHEN ? THEN NULL ELSE ? END WHERE id = ?`,
      )
      .run(retry ? 'pending' : 'failed', error, retry ? 1 : 0, now, deliveryId);
  }

  deliveryCounts(): Record<string, number> {
    const rows = this.db
      .prepare(`SELECT status, COUNT(*) AS n FROM feed_deliveries GROUP BY status`)
      .all() as Array<{ status: string; n: number }>;
    return Object.fromEntries(rows.map((row) => [row.status, row.n]));
  }

  // --- the per-server library ---

  addGuildArticle(guildId: string, articleId: string, postMode: PostMode, now: number): void {
    this.db
      .prepare(
        `INSERT INTO guild_articles (guild_id, article_id, post_mode, added_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (guild_id, article_id) DO NOTHING`,
      )
      .run(guildId, articleId, postMode, now);
  }

  /** Every (server, article) pair, for building the in-memory per-server index at start. */
  allGuildArticles(): Array<{ guildId: string; articleId: string; postMode: PostMode }> {
    return (
      this.db.prepare(`SELECT guild_id, article_id, post_mode FROM guild_articles`).all() as Array<{
        guild_id: string;
        article_id: string;
        post_mode: string;
      }>
    ).map((row) => ({
      guildId: row.guild_id,
      articleId: row.article_id,
      postMode: PostMode.parse(row.post_mode),
    }));
  }
}
