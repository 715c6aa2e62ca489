/**
 * Versioned schema migrations. `PRAGMA user_version` holds the number of migrations applied; each one
 * runs inside a transaction together with the version bump, so a crash mid-migration leaves the old
 * version. Append only: never edit a migration that has shipped.
 */
import { FEED_TABLES } from '../feeds/store/schema.ts';

export interface Migration {
  version: number;
  description: string;
  sql: string;
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    description: 'digest settings and the digest ledger',
    sql: `
      CREATE TABLE digest_settings (
        guild_id TEXT PRIMARY KEY,
        channel_id TEXT NOT NULL,
        schedule TEXT NOT NULL,
        cron TEXT NOT NULL,
        timezone TEXT NOT NULL,
        paused INTEGER NOT NULL DEFAULT 0 CHECK (paused IN (0, 1)),
        pause_reason TEXT,
        nothing_new_note INTEGER NOT NULL DEFAULT 0 CHECK (nothing_new_note IN (0, 1)),
        -- the latest slot (epoch ms) this server's schedule has been evaluated for; missed-slot
        -- detection at start looks at the slots after it
        last_slot INTEGER NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      );

      CREATE TABLE digest_ledger (
        id INTEGER PRIMARY KEY,
        guild_id TEXT NOT NULL,
        channel_id TEXT NOT NULL,
        slot INTEGER NOT NULL,
        article_ids TEXT NOT NULL DEFAULT '[]',
        status TEXT NOT NULL CHECK (status IN ('claimed', 'sent', 'failed', 'skipped')),
        skip_reason TEXT,
        message_id TEXT,
        thread_id TEXT,
        error TEXT,
        claimed_at INTEGER NOT NULL,
        completed_at INTEGER,
        UNIQUE (guild_id, slot)
      );
      CREATE INDEX digest_ledger_channel ON digest_ledger (guild_id, channel_id, status);
    `,
  },
  {
    version: 2,
    description: 'channels where follow-up questions are answered',
    sql: `CREATE TABLE followup_channels (guild_id TEXT NOT NULL, channel_id TEXT NOT NULL, added_at INTEGER NOT NULL, PRIMARY KEY (guild_id, channel_id))`,
  },
  {
    version: 3,
    description: 'news feeds: sources fetched once per URL, subscriptions per server, seen items, deliveries',
    sql: FEED_TABLES,
  },
];
