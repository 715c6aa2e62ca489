import { sql, type Kysely } from 'kysely';
import { feedsMigration } from '../feeds/store/tables.ts';

export type Engine = 'sqlite' | 'postgres';

/**
 * The schema, as migrations run at start on either engine (kysely's Migrator: each one in a transaction
 * with its record in `kysely_migration`, under a lock so two processes starting together run it once).
 *
 * Adding a table (say, for feeds):
 *   1. declare its row type in your module (src/feeds/tables.ts: `export interface FeedTables { feeds: ... }`)
 *      and add `FeedTables` to `Tables` in src/store/tables.ts; queries through `store.db` are then typed;
 *   2. append a migration below (or export one from your module and add it to this list): a new name that
 *      sorts after the others (`0005_feeds`), written with kysely's schema builder so it runs on SQLite and
 *      PostgreSQL alike. Use 'text', 'integer' (0/1 flags too), 'bigint' (epoch ms) and JSON as 'text';
 *      `engine` is there for the rare statement that must differ.
 *   3. never edit a migration that has shipped; change the schema with a new one.
 * Claims that must happen once across processes go through src/store/claims.ts (table delivery_claims).
 */
export interface StoreMigration {
  name: string;
  // A migration sees the schema as it was when it was written, not today's `Tables`: kysely's idiom is any.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  up(db: Kysely<any>, engine: Engine): Promise<void>;
}

export const migrations: readonly StoreMigration[] = [
  {
    // `if not exists`: files made before kysely (PRAGMA user_version 1 or 2) already have these tables.
    name: '0001_digest_settings_and_ledger',
    async up(db) {
      await db.schema
        .createTable('digest_settings')
        .ifNotExists()
        .addColumn('guild_id', 'text', (c) => c.primaryKey())
        .addColumn('channel_id', 'text', (c) => c.notNull())
        .addColumn('schedule', 'text', (c) => c.notNull())
        .addColumn('cron', 'text', (c) => c.notNull())
        .addColumn('timezone', 'text', (c) => c.notNull())
        .addColumn('paused', 'integer', (c) =>
          c
            .notNull()
            .defaultTo(0)
            .check(sql`paused IN (0, 1)`),
        )
        .addColumn('pause_reason', 'text')
        .addColumn('nothing_new_note', 'integer', (c) =>
          c
            .notNull()
            .defaultTo(0)
            .check(sql`nothing_new_note IN (0, 1)`),
        )
        .addColumn('last_slot', 'bigint', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('digest_ledger')
        .ifNotExists()
        .addColumn('guild_id', 'text', (c) => c.notNull())
        .addColumn('channel_id', 'text', (c) => c.notNull())
        .addColumn('slot', 'bigint', (c) => c.notNull())
        .addColumn('article_ids', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('status', 'text', (c) =>
          c.notNull().check(sql`status IN ('claimed', 'sent', 'failed', 'skipped')`),
        )
        .addColumn('skip_reason', 'text')
        .addColumn('message_id', 'text')
        .addColumn('thread_id', 'text')
        .addColumn('error', 'text')
        .addColumn('claimed_at', 'bigint', (c) => c.notNull())
        .addColumn('completed_at', 'bigint')
        .addPrimaryKeyConstraint('digest_ledger_key', ['guild_id', 'slot'])
        .execute();
      await db.schema
        .createIndex('digest_ledger_channel')
        .ifNotExists()
        .on('digest_ledger')
        .columns(['guild_id', 'channel_id', 'status'])
        .execute();
    },
  },
  {
    name: '0002_followup_channels',
    async up(db) {
      await db.schema
        .createTable('followup_channels')
        .ifNotExists()
        .addColumn('guild_id', 'text', (c) => c.notNull())
        .addColumn('channel_id', 'text', (c) => c.notNull())
        .addColumn('added_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('followup_channels_key', ['guild_id', 'channel_id'])
        .execute();
    },
  },
  {
    name: '0003_digest_ledger_nonce_and_attempts',
    async up(db) {
      await db.schema.alterTable('digest_ledger').addColumn('nonce', 'text').execute();
      await db.schema
        .alterTable('digest_ledger')
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(1))
        .execute();
    },
  },
  {
    name: '0004_delivery_claims',
    async up(db) {
      await db.schema
        .createTable('delivery_claims')
        .addColumn('scope', 'text', (c) => c.notNull())
        .addColumn('item', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull().check(sql`status IN ('claimed', 'sent', 'failed')`))
        .addColumn('nonce', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('claimed_at', 'bigint', (c) => c.notNull())
        .addColumn('completed_at', 'bigint')
        .addColumn('result', 'text')
        .addPrimaryKeyConstraint('delivery_claims_key', ['scope', 'item'])
        .execute();
    },
  },
  feedsMigration,
];
