import { sql, type ColumnDefinitionBuilder, type ColumnType, type Kysely } from 'kysely';
import type { Engine, StoreMigration } from '../../store/migrations.ts';

/**
 * The feed tables (migration 0005_feeds). A source is one fetched URL shared by every server subscribed
 * to it; its seen items make "new" mean the same after a restart; a delivery row per subscription and
 * item is the exactly-once ledger for posts (UNIQUE (subscription_id, item_key)). Flags are 0/1 integers,
 * times epoch ms (bigint), on both engines.
 */
export interface FeedSourcesTable {
  id: ColumnType<number, never, never>;
  url: string;
  title: string | null;
  etag: string | null;
  last_modified: string | null;
  /** 0 until the first successful fetch stored every item as seen (that fetch posts nothing). */
  initialized: ColumnType<number, number | undefined, number>;
  next_fetch_at: number;
  consecutive_failures: ColumnType<number, number | undefined, number>;
  last_status: number | null;
  last_success_at: number | null;
  last_error: string | null;
  last_error_at: number | null;
  created_at: number;
}

export interface FeedSubscriptionsTable {
  id: ColumnType<number, never, never>;
  guild_id: string;
  source_id: number;
  channel_id: string;
  filter: string | null;
  post_mode: string;
  paused: ColumnType<number, number | undefined, number>;
  pause_reason: string | null;
  created_at: number;
  updated_at: number;
}

export interface FeedItemsTable {
  source_id: number;
  /** sha256 of the guid, or of link + title when the item has no guid. */
  item_key: string;
  title: string;
  link: string | null;
  published_at: number | null;
  /** The parsed item (JSON) while it has deliveries to make; NULL for items only marked seen. */
  item_json: string | null;
  article_id: string | null;
  ingest_error: string | null;
  first_seen_at: number;
  last_seen_at: number;
}

export interface FeedDeliveriesTable {
  id: ColumnType<number, never, never>;
  subscription_id: number;
  guild_id: string;
  channel_id: string;
  source_id: number;
  item_key: string;
  post_mode: string;
  status: string;
  attempts: ColumnType<number, number | undefined, number>;
  message_id: string | null;
  error: string | null;
  created_at: number;
  claimed_at: number | null;
  completed_at: number | null;
}

/** Which server sees which feed-made article (bundled articles are in every server's library). */
export interface GuildArticlesTable {
  guild_id: string;
  article_id: string;
  post_mode: string;
  added_at: number;
}

export interface FeedTables {
  feed_sources: FeedSourcesTable;
  feed_subscriptions: FeedSubscriptionsTable;
  feed_items: FeedItemsTable;
  feed_deliveries: FeedDeliveriesTable;
  guild_articles: GuildArticlesTable;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

function serialKey(engine: Engine) {
  return engine === 'postgres' ? ('bigserial' as const) : ('integer' as const);
}

export const feedsMigration: StoreMigration = {
  name: '0005_feeds',
  async up(db: AnyDb, engine: Engine) {
    const key = serialKey(engine);
    const auto = (c: ColumnDefinitionBuilder) =>
      engine === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement();
    await db.schema
      .createTable('feed_sources')
      .addColumn('id', key, auto)
      .addColumn('url', 'text', (c) => c.notNull().unique())
      .addColumn('title', 'text')
      .addColumn('etag', 'text')
      .addColumn('last_modified', 'text')
      .addColumn('initialized', 'integer', (c) =>
        c
          .notNull()
          .defaultTo(0)
          .check(sql`initialized IN (0, 1)`),
      )
      .addColumn('next_fetch_at', 'bigint', (c) => c.notNull())
      .addColumn('consecutive_failures', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('last_status', 'integer')
      .addColumn('last_success_at', 'bigint')
      .addColumn('last_error', 'text')
      .addColumn('last_error_at', 'bigint')
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('feed_sources_due').on('feed_sources').column('next_fetch_at').execute();
    await db.schema
      .createTable('feed_subscriptions')
      .addColumn('id', key, auto)
      .addColumn('guild_id', 'text', (c) => c.notNull())
      .addColumn('source_id', 'bigint', (c) => c.notNull().references('feed_sources.id'))
      .addColumn('channel_id', 'text', (c) => c.notNull())
      .addColumn('filter', 'text')
      .addColumn('post_mode', 'text', (c) => c.notNull().check(sql`post_mode IN ('each', 'digest')`))
      .addColumn('paused', 'integer', (c) =>
        c
          .notNull()
          .defaultTo(0)
          .check(sql`paused IN (0, 1)`),
      )
      .addColumn('pause_reason', 'text')
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .addUniqueConstraint('feed_subscriptions_unique', ['guild_id', 'source_id', 'channel_id'])
      .execute();
    await db.schema
      .createIndex('feed_subscriptions_source')
      .on('feed_subscriptions')
      .columns(['source_id', 'paused'])
      .execute();
    await db.schema
      .createTable('feed_items')
      .addColumn('source_id', 'bigint', (c) => c.notNull().references('feed_sources.id').onDelete('cascade'))
      .addColumn('item_key', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('link', 'text')
      .addColumn('published_at', 'bigint')
      .addColumn('item_json', 'text')
      .addColumn('article_id', 'text')
      .addColumn('ingest_error', 'text')
      .addColumn('first_seen_at', 'bigint', (c) => c.notNull())
      .addColumn('last_seen_at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('feed_items_key', ['source_id', 'item_key'])
      .execute();
    await db.schema
      .createTable('feed_deliveries')
      .addColumn('id', key, auto)
      .addColumn('subscription_id', 'bigint', (c) => c.notNull())
      .addColumn('guild_id', 'text', (c) => c.notNull())
      .addColumn('channel_id', 'text', (c) => c.notNull())
      .addColumn('source_id', 'bigint', (c) => c.notNull())
      .addColumn('item_key', 'text', (c) => c.notNull())
      .addColumn('post_mode', 'text', (c) => c.notNull().check(sql`post_mode IN ('each', 'digest')`))
      .addColumn('status', 'text', (c) =>
        c.notNull().check(sql`status IN ('pending', 'claimed', 'sent', 'failed', 'skipped')`),
      )
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('message_id', 'text')
      .addColumn('error', 'text')
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('claimed_at', 'bigint')
      .addColumn('completed_at', 'bigint')
      .addUniqueConstraint('feed_deliveries_unique', ['subscription_id', 'item_key'])
      .execute();
    await db.schema
      .createIndex('feed_deliveries_open')
      .on('feed_deliveries')
      .columns(['status', 'source_id'])
      .execute();
    await db.schema
      .createTable('guild_articles')
      .addColumn('guild_id', 'text', (c) => c.notNull())
      .addColumn('article_id', 'text', (c) => c.notNull())
      .addColumn('post_mode', 'text', (c) => c.notNull().check(sql`post_mode IN ('each', 'digest')`))
      .addColumn('added_at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('guild_articles_key', ['guild_id', 'article_id'])
      .execute();
  },
};
