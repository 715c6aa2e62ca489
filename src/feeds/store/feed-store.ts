import { z } from 'zod';
import type { Store } from '../../store/database.ts';
import { FeedItem } from '../parse/feed-item.ts';

/**
 * Every read and write of the feed tables (tables.ts), through kysely on SQLite or PostgreSQL, rows
 * checked with zod as they are read. One class, so the pipeline never writes SQL of its own.
 */
export const PostMode = z.enum(['each', 'digest']);
export type PostMode = z.infer<typeof PostMode>;

const flag = z.coerce
  .number()
  .pipe(z.union([z.literal(0), z.literal(1)]))
  .transform((value) => value === 1);

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
  constructor(private readonly store: Store) {}

  private get db() {
    return this.store.db;
  }

  // --- sources ---

  /** The source row for a URL, created (due now, not yet initialised) when new. */
  async sourceFor(url: string, now: number): Promise<FeedSource> {
    await this.db
      .insertInto('feed_sources')
      .values({ url, next_fetch_at: now, created_at: now })
      .onConflict((conflict) => conflict.column('url').doNothing())
      .execute();
    return SourceRow.parse(
      await this.db.selectFrom('feed_sources').selectAll().where('url', '=', url).executeTakeFirstOrThrow(),
    );
  }

  async source(sourceId: number): Promise<FeedSource | undefined> {
    const row = await this.db
      .selectFrom('feed_sources')
      .selectAll()
      .where('id', '=', sourceId)
      .executeTakeFirst();
    return row === undefined ? undefined : SourceRow.parse(row);
  }

  /** Sources due for a fetch that at least one active subscription wants, soonest first. */
  async dueSources(now: number, limit: number, excluding: ReadonlySet<number>): Promise<FeedSource[]> {
    const rows = await this.db
      .selectFrom('feed_sources as s')
      .selectAll('s')
      .where('s.next_fetch_at', '<=', now)
      .where(({ exists, selectFrom }) =>
        exists(
          selectFrom('feed_subscriptions as f')
            .select('f.id')
            .whereRef('f.source_id', '=', 's.id')
            .where('f.paused', '=', 0),
        ),
      )
      .orderBy('s.next_fetch_at')
      .limit(limit + excluding.size)
      .execute();
    return rows
      .map((row) => SourceRow.parse(row))
      .filter((source) => !excluding.has(source.id))
      .slice(0, limit);
  }

  /**
   * Takes a due source for this process until `leaseUntil`: true for exactly one of the processes that read it
   * due at `seenNextFetchAt` (the others see next_fetch_at moved). Recording the fetch sets the real next time;
   * a process that stops mid-fetch leaves the source due again when the lease ends.
   */
  async claimFetch(sourceId: number, seenNextFetchAt: number, leaseUntil: number): Promise<boolean> {
    const result = await this.db
      .updateTable('feed_sources')
      .set({ next_fetch_at: leaseUntil })
      .where('id', '=', sourceId)
      .where('next_fetch_at', '=', seenNextFetchAt)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** The sources that have open deliveries (the sharded delivery sweep). */
  async sourcesWithOpenDeliveries(limit: number): Promise<number[]> {
    const rows = await this.db
      .selectFrom('feed_deliveries')
      .select('source_id')
      .distinct()
      .where('status', 'in', ['pending', 'claimed'])
      .limit(limit)
      .execute();
    return rows.map((row) => Number(row.source_id));
  }

  async recordSuccess(success: FetchSuccess): Promise<void> {
    await this.db
      .updateTable('feed_sources')
      .set((eb) => ({
        consecutive_failures: 0,
        last_status: success.status,
        last_success_at: success.now,
        next_fetch_at: success.nextFetchAt,
        etag: success.etag ?? eb.ref('etag'),
        last_modified: success.lastModified ?? eb.ref('last_modified'),
        title: success.title ?? eb.ref('title'),
      }))
      .where('id', '=', success.sourceId)
      .execute();
  }

  /** Counts a failure; returns the number of failures in a row now. */
  async recordFailure(
    sourceId: number,
    error: string,
    status: number | undefined,
    now: number,
    nextFetchAt: number,
  ): Promise<number> {
    const row = await this.db
      .updateTable('feed_sources')
      .set((eb) => ({
        consecutive_failures: eb('consecutive_failures', '+', 1),
        last_error: error,
        last_error_at: now,
        last_status: status ?? null,
        next_fetch_at: nextFetchAt,
      }))
      .where('id', '=', sourceId)
      .returning('consecutive_failures')
      .executeTakeFirst();
    return Number(row?.consecutive_failures ?? 0);
  }

  /** A resumed feed starts over: no failures counted, due now. */
  async resetSource(sourceId: number, now: number): Promise<void> {
    await this.db
      .updateTable('feed_sources')
      .set({ consecutive_failures: 0, next_fetch_at: now })
      .where('id', '=', sourceId)
      .execute();
  }

  // --- subscriptions ---

  async subscribe(input: {
    guildId: string;
    sourceId: number;
    channelId: string;
    filter: string | null;
    postMode: PostMode;
    now: number;
  }): Promise<FeedSubscription | undefined> {
    const row = await this.db
      .insertInto('feed_subscriptions')
      .values({
        guild_id: input.guildId,
        source_id: input.sourceId,
        channel_id: input.channelId,
        filter: input.filter,
        post_mode: input.postMode,
        created_at: input.now,
        updated_at: input.now,
      })
      .onConflict((conflict) => conflict.columns(['guild_id', 'source_id', 'channel_id']).doNothing())
      .returningAll()
      .executeTakeFirst();
    return row === undefined ? undefined : SubscriptionRow.parse(row);
  }

  async subscription(id: number): Promise<FeedSubscription | undefined> {
    const row = await this.db
      .selectFrom('feed_subscriptions')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row === undefined ? undefined : SubscriptionRow.parse(row);
  }

  async subscriptionCount(guildId: string): Promise<number> {
    const row = await this.db
      .selectFrom('feed_subscriptions')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('guild_id', '=', guildId)
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  async subscriptionCountAll(): Promise<number> {
    const row = await this.db
      .selectFrom('feed_subscriptions')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  /** A server's feeds with their source, oldest first (the order /feed list numbers them in). */
  async subscriptionsOf(guildId: string): Promise<SubscriptionWithSource[]> {
    const rows = await this.db
      .selectFrom('feed_subscriptions')
      .selectAll()
      .where('guild_id', '=', guildId)
      .orderBy('id')
      .execute();
    const result: SubscriptionWithSource[] = [];
    for (const row of rows) {
      const subscription = SubscriptionRow.parse(row);
      const source = await this.source(subscription.sourceId);
      if (source) result.push({ ...subscription, source });
    }
    return result;
  }

  async activeSubscriptionsOf(sourceId: number): Promise<FeedSubscription[]> {
    const rows = await this.db
      .selectFrom('feed_subscriptions')
      .selectAll()
      .where('source_id', '=', sourceId)
      .where('paused', '=', 0)
      .orderBy('id')
      .execute();
    return rows.map((row) => SubscriptionRow.parse(row));
  }

  async setPaused(
    subscriptionId: number,
    paused: boolean,
    reason: string | null,
    now: number,
  ): Promise<void> {
    await this.db
      .updateTable('feed_subscriptions')
      .set({ paused: paused ? 1 : 0, pause_reason: reason, updated_at: now })
      .where('id', '=', subscriptionId)
      .execute();
  }

  /** Pauses every active subscription of a source; returns the ones it paused (each is told once). */
  async pauseSource(sourceId: number, reason: string, now: number): Promise<FeedSubscription[]> {
    const rows = await this.db
      .updateTable('feed_subscriptions')
      .set({ paused: 1, pause_reason: reason, updated_at: now })
      .where('source_id', '=', sourceId)
      .where('paused', '=', 0)
      .returningAll()
      .execute();
    return rows.map((row) => SubscriptionRow.parse(row));
  }

  async unsubscribe(subscriptionId: number): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('feed_deliveries')
        .set({ status: 'skipped', error: 'feed removed' })
        .where('subscription_id', '=', subscriptionId)
        .where('status', '=', 'pending')
        .execute();
      await trx.deleteFrom('feed_subscriptions').where('id', '=', subscriptionId).execute();
    });
  }

  /** Forgets the feeds of servers the bot left (of the servers this process handles). */
  async retainGuilds(
    guildIds: readonly string[],
    handles: (guildId: string) => boolean = () => true,
  ): Promise<number> {
    const keep = new Set(guildIds);
    const rows = await this.db.selectFrom('feed_subscriptions').select(['id', 'guild_id']).execute();
    let removed = 0;
    for (const row of rows) {
      if (keep.has(row.guild_id) || !handles(row.guild_id)) continue;
      await this.unsubscribe(Number(row.id));
      removed += 1;
    }
    return removed;
  }

  // --- items (compare) ---

  async seenKeys(sourceId: number, keys: readonly string[]): Promise<Set<string>> {
    const seen = new Set<string>();
    for (let i = 0; i < keys.length; i += 500) {
      const rows = await this.db
        .selectFrom('feed_items')
        .select('item_key')
        .where('source_id', '=', sourceId)
        .where('item_key', 'in', keys.slice(i, i + 500))
        .execute();
      for (const row of rows) seen.add(row.item_key);
    }
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
  }): Promise<number> {
    return this.db.transaction().execute(async (trx) => {
      if (input.seenKeys.length > 0) {
        for (let i = 0; i < input.seenKeys.length; i += 200) {
          await trx
            .insertInto('feed_items')
            .values(
              input.seenKeys.slice(i, i + 200).map((key) => ({
                source_id: input.sourceId,
                item_key: key,
                title: '',
                first_seen_at: input.now,
                last_seen_at: input.now,
              })),
            )
            .onConflict((conflict) =>
              conflict.columns(['source_id', 'item_key']).doUpdateSet({ last_seen_at: input.now }),
            )
            .execute();
        }
      }
      let created = 0;
      for (const { item, deliveries } of input.newItems) {
        if (deliveries.length === 0) continue;
        await trx
          .updateTable('feed_items')
          .set({
            title: item.title,
            link: item.link ?? null,
            published_at: item.published ?? null,
            item_json: JSON.stringify(item),
          })
          .where('source_id', '=', input.sourceId)
          .where('item_key', '=', item.key)
          .execute();
        const inserted = await trx
          .insertInto('feed_deliveries')
          .values(
            deliveries.map((d) => ({
              subscription_id: d.subscriptionId,
              guild_id: d.guildId,
              channel_id: d.channelId,
              source_id: input.sourceId,
              item_key: item.key,
              post_mode: d.postMode,
              status: 'pending',
              created_at: input.now,
            })),
          )
          .onConflict((conflict) => conflict.columns(['subscription_id', 'item_key']).doNothing())
          .executeTakeFirst();
        created += Number(inserted.numInsertedOrUpdatedRows ?? 0);
      }
      await trx
        .updateTable('feed_sources')
        .set({ initialized: 1 })
        .where('id', '=', input.sourceId)
        .execute();
      return created;
    });
  }

  /** Items no longer in their feed and unseen for `olderThanMs` are forgotten (their deliveries are done). */
  async pruneItems(now: number, olderThanMs: number): Promise<number> {
    const result = await this.db
      .deleteFrom('feed_items')
      .where('last_seen_at', '<', now - olderThanMs)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('feed_deliveries as d')
              .select('d.id')
              .whereRef('d.source_id', '=', 'feed_items.source_id')
              .whereRef('d.item_key', '=', 'feed_items.item_key')
              .where('d.status', 'in', ['pending', 'claimed']),
          ),
        ),
      )
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  async item(sourceId: number, key: string): Promise<StoredItem | undefined> {
    const row = await this.db
      .selectFrom('feed_items')
      .select(['source_id', 'item_key', 'item_json', 'article_id', 'ingest_error'])
      .where('source_id', '=', sourceId)
      .where('item_key', '=', key)
      .executeTakeFirst();
    return row === undefined ? undefined : StoredItemRow.parse(row);
  }

  async setArticle(
    sourceId: number,
    key: string,
    articleId: string | null,
    ingestError: string | null,
  ): Promise<void> {
    await this.db
      .updateTable('feed_items')
      .set({ article_id: articleId, ingest_error: ingestError })
      .where('source_id', '=', sourceId)
      .where('item_key', '=', key)
      .execute();
  }

  // --- deliveries ---

  /** Open deliveries: pending ones, and claimed ones left by a process that stopped mid-send. */
  async openDeliveries(limit: number, sourceId?: number): Promise<FeedDelivery[]> {
    let query = this.db
      .selectFrom('feed_deliveries')
      .selectAll()
      .where('status', 'in', ['pending', 'claimed'])
      .orderBy('id')
      .limit(limit);
    if (sourceId !== undefined) query = query.where('source_id', '=', sourceId);
    return (await query.execute()).map((row) => DeliveryRow.parse(row));
  }

  /** Takes a pending delivery for sending: true for exactly one caller (the ledger claim). */
  async claim(deliveryId: number, now: number): Promise<boolean> {
    const result = await this.db
      .updateTable('feed_deliveries')
      .set((eb) => ({ status: 'claimed', claimed_at: now, attempts: eb('attempts', '+', 1) }))
      .where('id', '=', deliveryId)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /**
   * Takes over a claim left unconfirmed (its process stopped mid-send) once its lease has run out, so a
   * post still in flight in another process is not sent twice.
   */
  async reclaim(deliveryId: number, claimedAt: number, now: number, leaseMs: number): Promise<boolean> {
    if (claimedAt > now - leaseMs) return false;
    const result = await this.db
      .updateTable('feed_deliveries')
      .set((eb) => ({ claimed_at: now, attempts: eb('attempts', '+', 1) }))
      .where('id', '=', deliveryId)
      .where('status', '=', 'claimed')
      .where('claimed_at', '=', claimedAt)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async complete(
    deliveryId: number,
    messageId: string | null,
    now: number,
    status: 'sent' | 'skipped' = 'sent',
    note: string | null = null,
  ): Promise<void> {
    await this.db
      .updateTable('feed_deliveries')
      .set({ status, message_id: messageId, completed_at: now, error: note })
      .where('id', '=', deliveryId)
      .execute();
  }

  /** A failed send: back to pending for another try, or failed for good. */
  async fail(deliveryId: number, error: string, now: number, retry: boolean): Promise<void> {
    await this.db
      .updateTable('feed_deliveries')
      .set({
        status: retry ? 'pending' : 'failed',
        error: error.slice(0, 1000),
        completed_at: retry ? null : now,
      })
      .where('id', '=', deliveryId)
      .execute();
  }

  async deliveryCounts(): Promise<Record<string, number>> {
    const rows = await this.db
      .selectFrom('feed_deliveries')
      .select((eb) => ['status', eb.fn.countAll().as('n')])
      .groupBy('status')
      .execute();
    return Object.fromEntries(rows.map((row) => [row.status, Number(row.n)]));
  }

  // --- the per-server library ---

  async addGuildArticle(guildId: string, articleId: string, postMode: PostMode, now: number): Promise<void> {
    await this.db
      .insertInto('guild_articles')
      .values({ guild_id: guildId, article_id: articleId, post_mode: postMode, added_at: now })
      .onConflict((conflict) => conflict.columns(['guild_id', 'article_id']).doNothing())
      .execute();
  }

  /** Takes feed-made articles shared before `addedBefore` out of the servers' libraries; returns how many. */
  async forgetGuildArticles(addedBefore: number): Promise<number> {
    const result = await this.db
      .deleteFrom('guild_articles')
      .where('added_at', '<', addedBefore)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  /** Every (server, article) pair, for building the in-memory per-server index at start. */
  async allGuildArticles(): Promise<Array<{ guildId: string; articleId: string; postMode: PostMode }>> {
    const rows = await this.db
      .selectFrom('guild_articles')
      .select(['guild_id', 'article_id', 'post_mode'])
      .execute();
    return rows.map((row) => ({
      guildId: row.guild_id,
      articleId: row.article_id,
      postMode: PostMode.parse(row.post_mode),
    }));
  }
}
