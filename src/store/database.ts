import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { migrations as defaultMigrations, type Migration } from './migrations.ts';

export type Database = BetterSqlite3.Database;

/**
 * Opens (creating folder and file when needed) the SQLite database and brings its schema up to date.
 * WAL lets readers run beside the writer; `synchronous` stays FULL so a digest claim is on disk before
 * the post it guards is sent.
 */
export function openDatabase(path: string, migrations: readonly Migration[] = defaultMigrations): Database {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new BetterSqlite3(path);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  try {
    migrate(db, migrations);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function migrate(db: Database, migrations: readonly Migration[]): void {
  const newestKnown = Math.max(0, ...migrations.map((migration) => migration.version));
  if (schemaVersion(db) > newestKnown) {
    throw new Error(`database schema version ${schemaVersion(db)} is newer than this build (${newestKnown})`);
  }
  const pending = migrations
    .filter((migration) => migration.version > schemaVersion(db))
    .sort((a, b) => a.version - b.version);
  for (const migration of pending) {
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
}
