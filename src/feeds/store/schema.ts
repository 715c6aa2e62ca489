/**
 * The feed tables (migration 3 in src/store/migrations.ts). A source is one fetched URL shared by every
 * server subscribed to it; its seen items make "new" mean the same after a restart; a delivery row per
 * subscription and item is the exactly-once ledger for posts (UNIQUE (subscription_id, item_key)).
 */
export const FEED_TABLES = `
  CREATE TABLE feed_sources (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,
    title TEXT,
    etag TEXT,
    last_modified TEXT,
    -- 0 until the first successful fetch stored every item as seen (that fetch posts nothing)
    initialized INTEGER NOT NULL DEFAULT 0 CHECK (initialized IN (0, 1)),
    next_fetch_at INTEGER NOT NULL,
    consecutive_failures INTEGER NOT NULL DEFAULT 0,
    last_status INTEGER,
    last_success_at INTEGER,
    last_error TEXT,
    last_error_at INTEGER,
    created_at INTEGER NOT NULL
  );
  CREATE INDEX feed_sources_due ON feed_sources (next_fetch_at);

  CREATE TABLE feed_subscriptions (
    id INTEGER PRIMARY KEY,
    guild_id TEXT NOT NULL,
    source_id INTEGER NOT NULL REFERENCES feed_sources (id),
    channel_id TEXT NOT NULL,
    filter TEXT,
    post_mode TEXT NOT NULL CHECK (post_mode IN ('each', 'digest')),
    paused INTEGER NOT NULL DEFAULT 0 CHECK (paused IN (0, 1)),
    pause_reason TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    UNIQUE (guild_id, source_id, channel_id)
  );
  CREATE INDEX feed_subscriptions_source ON feed_subscriptions (source_id, paused);

  CREATE TABLE feed_items (
    source_id INTEGER NOT NULL REFERENCES feed_sources (id) ON DELETE CASCADE,
    -- sha256 of the guid, or of link + title when the item has no guid
    item_key TEXT NOT NULL,
    title TEXT NOT NULL,
    link TEXT,
    published_at INTEGER,
    -- the parsed item (JSON) while it still has deliveries to make; NULL for items only marked seen
    item_json TEXT,
    article_id TEXT,
    ingest_error TEXT,
    first_seen_at INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL,
    PRIMARY KEY (source_id, item_key)
  );

  CREATE TABLE feed_deliveries (
    id INTEGER PRIMARY KEY,
    subscription_id INTEGER NOT NULL,
    guild_id TEXT NOT NULL,
    channel_id TEXT NOT NULL,
    source_id INTEGER NOT NULL,
    item_key TEXT NOT NULL,
    post_mode TEXT NOT NULL CHECK (post_mode IN ('each', 'digest')),
    status TEXT NOT NULL CHECK (status IN ('pending', 'claimed', 'sent', 'failed', 'skipped')),
    attempts INTEGER NOT NULL DEFAULT 0,
    message_id TEXT,
    error TEXT,
    created_at INTEGER NOT NULL,
    claimed_at INTEGER,
    completed_at INTEGER,
    UNIQUE (subscription_id, item_key)
  );
  CREATE INDEX feed_deliveries_open ON feed_deliveries (status, source_id);

  -- which server sees which feed-made article (bundled articles are in every server's library)
  CREATE TABLE guild_articles (
    guild_id TEXT NOT NULL,
    article_id TEXT NOT NULL,
    post_mode TEXT NOT NULL CHECK (post_mode IN ('each', 'digest')),
    added_at INTEGER NOT NULL,
    PRIMARY KEY (guild_id, article_id)
  );
`;
