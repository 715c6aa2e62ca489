import type BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, sql, type Migration, type MigrationProvider } from 'kysely';
import type { Logger } from '../core/logger.ts';
import { patiently } from './busy.ts';
import { StoreOpenError } from './errors.ts';
import { migrations as defaultMigrations, type Engine, type StoreMigration } from './migrations.ts';
import { openSqliteFile, SqliteStoreDialect } from './sqlite.ts';
import type { Tables } from './tables.ts';

export type { Engine } from './migrations.ts';
export { StoreOpenError } from './errors.ts';

/**
 * The bot's storage: one typed query layer (kysely) over SQLite (the default, a file) or PostgreSQL (a
 * URL, for several processes or machines). Every store module takes a `Store` and queries `store.db`;
 * anything that must be atomic runs in `store.db.transaction().execute(...)`.
 */
export interface Store {
  readonly db: Kysely<Tables>;
  readonly engine: Engine;
  /** The file path or the URL without its password: safe to log and to show. */
  readonly location: string;
  close(): Promise<void>;
}

export interface StoreOptions {
  /** postgres://… selects PostgreSQL; unset: SQLite at databasePath. */
  databaseUrl?: string | undefined;
  /** A SQLite file (created with its folder when missing), or ':memory:'. */
  databasePath: string;
  logger?: Pick<Logger, 'error'>;
  migrations?: readonly StoreMigration[];
}

/** Opens the database named by the options and brings its schema up to date; problems throw StoreOpenError. */
export async function openStore(options: StoreOptions): Promise<Store> {
  const engine: Engine = options.databaseUrl ? 'postgres' : 'sqlite';
  let db: Kysely<Tables>;
  let location: string;
  if (options.databaseUrl) {
    // pg is loaded only when PostgreSQL is asked for: the SQLite default starts without it.
    const { openPostgresPool, redactDatabaseUrl } = await import('./postgres.ts');
    location = redactDatabaseUrl(options.databaseUrl);
    const { dialect } = await openPostgresPool(options.databaseUrl, (error) =>
      options.logger?.error({ err: error }, 'PostgreSQL connection error'),
    );
    db = new Kysely<Tables>({ dialect });
  } else {
    location = options.databasePath;
    const file = await openSqliteFile(options.databasePath);
    refuseUnknownLegacyVersion(file, location);
    db = new Kysely<Tables>({ dialect: new SqliteStoreDialect({ database: file }) });
  }
  try {
    // Two processes starting together wait for each other's migrations rather than fail.
    await patiently(() => migrate(db, engine, location, options.migrations ?? defaultMigrations));
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return { db, engine, location, close: () => db.destroy() };
}

/** Names of the migrations applied to a database, oldest first. */
export async function appliedMigrations(store: Store): Promise<string[]> {
  const rows = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(store.db);
  return rows.rows.map((row) => row.name);
}

async function migrate(
  db: Kysely<Tables>,
  engine: Engine,
  location: string,
  list: readonly StoreMigration[],
): Promise<void> {
  const provider: MigrationProvider = {
    getMigrations: async () =>
      Object.fromEntries(
        list.map((migration): [string, Migration] => [
          migration.name,
          { up: (kysely) => migration.up(kysely, engine) },
        ]),
      ),
  };
  // Unordered: migrations added on parallel branches may land in any order; each runs once by name.
  const migrator = new Migrator({ db, provider, allowUnorderedMigrations: true });
  const { error, results } = await migrator.migrateToLatest();
  if (error === undefined) return;
  const message = error instanceof Error ? error.message : String(error);
  if (/corrupted migrations/.test(message)) {
    throw new StoreOpenError(
      `${location}: the database schema is newer than this build (${message}); run the newer build, or restore a backup`,
    );
  }
  const failed = results?.find((result) => result.status === 'Error')?.migrationName ?? '(unknown)';
  throw new StoreOpenError(`${location}: migration ${failed} failed: ${message}`);
}

/** Files made before kysely record their schema in PRAGMA user_version (1 and 2 are adopted by 0001/0002). */
function refuseUnknownLegacyVersion(file: BetterSqlite3.Database, location: string): void {
  const version = Number(file.pragma('user_version', { simple: true }));
  const migrated = file
    .prepare("SELECT count(*) FROM sqlite_master WHERE name = 'kysely_migration'")
    .pluck()
    .get();
  if (version > LEGACY_ADOPTABLE_VERSION && Number(migrated) === 0) {
    file.close();
    throw new StoreOpenError(
      `${location}: the database schema version ${version} is newer than this build; run the newer build, or restore a backup`,
    );
  }
}

const LEGACY_ADOPTABLE_VERSION = 2;
