import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appliedMigrations, openStore, StoreOpenError, type Store } from '../../src/store/database.ts';
import { migrations } from '../../src/store/migrations.ts';
import { StoreBusyError } from '../../src/store/busy.ts';
import { ENGINES, sqliteDatabase, type TestDatabase } from '../support/engines.ts';

const names = migrations.map((migration) => migration.name);

describe.each(ENGINES)('openStore on $name', ({ create }) => {
  let database: TestDatabase;
  let store: Store | undefined;
  beforeEach(async () => {
    database = await create();
  });
  afterEach(async () => {
    await store?.close();
    store = undefined;
    await database.cleanup();
  });

  it('GIVEN an empty database THEN every migration runs once and every table is there', async () => {
    store = await database.open();
    expect(await appliedMigrations(store)).toEqual(names);
    for (const table of [
      'digest_settings',
      'digest_ledger',
      'followup_channels',
      'delivery_claims',
    ] as const) {
      expect(await store.db.selectFrom(table).selectAll().execute()).toEqual([]);
    }
  });

  it('GIVEN an existing database THEN reopening keeps the data and runs nothing twice', async () => {
    store = await database.open();
    await store.db
      .insertInto('followup_channels')
      .values({ guild_id: 'g', channel_id: '1', added_at: 1 })
      .execute();
    await store.close();
    store = await database.open();
    expect(await store.db.selectFrom('followup_channels').select('channel_id').execute()).toEqual([
      { channel_id: '1' },
    ]);
    expect(await appliedMigrations(store)).toEqual(names);
  });

  it('GIVEN two processes starting at once THEN the migrations still run once', async () => {
    const [a, b] = await Promise.all([database.open(), database.open()]);
    expect(await appliedMigrations(a)).toEqual(names);
    await a.close();
    store = b;
  });

  it('GIVEN a migration that fails THEN neither its changes nor its record are kept, and the error names it', async () => {
    (await database.open()).close();
    const broken = [
      ...migrations,
      {
        name: '9999_broken',
        async up(db: Parameters<(typeof migrations)[number]['up']>[0]) {
          await db.schema.createTable('half').addColumn('x', 'integer').execute();
          await sql`SELECT * FROM nowhere`.execute(db);
        },
      },
    ];
    await expect(openStore({ ...storeOptions(database), migrations: broken })).rejects.toThrow(
      /migration 9999_broken failed: .*nowhere/,
    );
    store = await database.open();
    expect(await appliedMigrations(store)).toEqual(names);
    await expect(sql`SELECT * FROM half`.execute(store.db)).rejects.toThrow();
  });

  it('GIVEN a database migrated by a newer build THEN it is refused, not guessed at', async () => {
    store = await database.open();
    await sql`INSERT INTO kysely_migration (name, timestamp) VALUES ('9999_from_the_future', 'x')`.execute(
      store.db,
    );
    await store.close();
    store = undefined;
    await expect(database.open()).rejects.toThrow(/newer than this build/);
  });
});

function storeOptions(database: TestDatabase) {
  return { databasePath: database.databasePath, databaseUrl: database.databaseUrl };
}

describe('openStore on SQLite: the file and its problems, named with the path', () => {
  let database: TestDatabase;
  beforeEach(() => {
    database = sqliteDatabase();
  });
  afterEach(() => database.cleanup());

  it('GIVEN a path in a folder that does not exist THEN it creates both, in WAL mode', async () => {
    const store = await database.open();
    await store.close();
    expect(existsSync(database.databasePath)).toBe(true);
    const file = new BetterSqlite3(database.databasePath);
    expect(file.pragma('journal_mode', { simple: true })).toBe('wal');
    file.close();
  });

  it('GIVEN a file from before kysely (PRAGMA user_version 2) THEN its rows are kept and the new columns added', async () => {
    mkdirSync(dirname(database.databasePath), { recursive: true });
    const legacy = new BetterSqlite3(database.databasePath);
    legacy.exec(`
      CREATE TABLE digest_settings (guild_id TEXT PRIMARY KEY, channel_id TEXT NOT NULL, schedule TEXT NOT NULL,
        cron TEXT NOT NULL, timezone TEXT NOT NULL, paused INTEGER NOT NULL DEFAULT 0, pause_reason TEXT,
        nothing_new_note INTEGER NOT NULL DEFAULT 0, last_slot INTEGER NOT NULL, created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL);
      CREATE TABLE digest_ledger (id INTEGER PRIMARY KEY, guild_id TEXT NOT NULL, channel_id TEXT NOT NULL,
        slot INTEGER NOT NULL, article_ids TEXT NOT NULL DEFAULT '[]', status TEXT NOT NULL, skip_reason TEXT,
        message_id TEXT, thread_id TEXT, error TEXT, claimed_at INTEGER NOT NULL, completed_at INTEGER,
        UNIQUE (guild_id, slot));
      CREATE TABLE followup_channels (guild_id TEXT NOT NULL, channel_id TEXT NOT NULL, added_at INTEGER NOT NULL,
        PRIMARY KEY (guild_id, channel_id));
      INSERT INTO digest_ledger (guild_id, channel_id, slot, article_ids, status, claimed_at)
        VALUES ('g', 'c', 60000, '["a"]', 'sent', 1);
      PRAGMA user_version = 2;
    `);
    legacy.close();
    const store = await database.open();
    expect(
      await store.db.selectFrom('digest_ledger').select(['slot', 'nonce', 'attempts']).execute(),
    ).toEqual([{ slot: 60000, nonce: null, attempts: 1 }]);
    await store.close();
  });

  it('GIVEN a legacy file of a newer schema version THEN it is refused', async () => {
    mkdirSync(dirname(database.databasePath), { recursive: true });
    const legacy = new BetterSqlite3(database.databasePath);
    legacy.pragma('user_version = 7');
    legacy.close();
    await expect(database.open()).rejects.toThrow(/schema version 7 is newer than this build/);
  });

  it('GIVEN a directory where the file should be THEN the start-up error names the path and the problem', async () => {
    mkdirSync(database.databasePath, { recursive: true });
    const error = await openStore({ databasePath: database.databasePath }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreOpenError);
    expect((error as Error).message).toBe(
      `DATABASE_PATH "${database.databasePath}" is a directory; point it at a SQLite file (it is created if missing)`,
    );
  });

  it('GIVEN a file that is not a database THEN the error says so, with the path', async () => {
    mkdirSync(dirname(database.databasePath), { recursive: true });
    writeFileSync(database.databasePath, 'these are my notes, not a database\n'.repeat(200));
    await expect(openStore({ databasePath: database.databasePath })).rejects.toThrow(
      `DATABASE_PATH "${database.databasePath}": the file is not a SQLite database`,
    );
  });

  it('GIVEN a file where the folder should be THEN the error names the folder', async () => {
    const blocker = join(dirname(dirname(database.databasePath)), 'blocker');
    mkdirSync(dirname(blocker), { recursive: true });
    writeFileSync(blocker, 'x');
    const path = join(blocker, 'bot.sqlite');
    await expect(openStore({ databasePath: path })).rejects.toThrow(
      `DATABASE_PATH "${path}": cannot create the folder ${blocker}`,
    );
  });

  it.skipIf(process.getuid?.() === 0)(
    'GIVEN a read-only file THEN the error says the bot cannot write it (skipped as root: root writes anyway)',
    async () => {
      (await database.open()).close();
      chmodSync(database.databasePath, 0o444);
      await expect(openStore({ databasePath: database.databasePath })).rejects.toThrow(
        `DATABASE_PATH "${database.databasePath}": the bot cannot write it`,
      );
    },
  );

  it('GIVEN another process holds the write lock THEN a write waits without blocking the event loop, then says busy', async () => {
    const store = await database.open();
    const holder = new BetterSqlite3(database.databasePath);
    holder.exec('BEGIN IMMEDIATE');
    let longestStall = 0;
    let last = Date.now();
    const ticker = setInterval(() => {
      longestStall = Math.max(longestStall, Date.now() - last);
      last = Date.now();
    }, 10);
    const write = store.db
      .insertInto('followup_channels')
      .values({ guild_id: 'g', channel_id: '1', added_at: 1 })
      .execute();
    await expect(write).rejects.toBeInstanceOf(StoreBusyError);
    clearInterval(ticker);
    // SQLite's own busy handler blocks for at most its short timeout per try; everything else is async.
    expect(longestStall).toBeLessThan(500);
    holder.exec('ROLLBACK');
    holder.close();
    await store.db
      .insertInto('followup_channels')
      .values({ guild_id: 'g', channel_id: '1', added_at: 1 })
      .execute();
    await store.close();
  });
});
