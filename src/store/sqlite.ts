import { mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import {
  CompiledQuery,
  SqliteAdapter,
  SqliteDialect,
  type DatabaseConnection,
  type DialectAdapter,
  type Driver,
  type QueryCompiler,
  type TransactionSettings,
} from 'kysely';
import { SQLITE_BUSY_TIMEOUT_MS, StoreBusyError, patiently, retryWhileBusy } from './busy.ts';
import { StoreOpenError } from './errors.ts';

/**
 * Opens the SQLite file, naming the path in every problem an operator can fix: a folder in the way, a
 * file that is not a database, a file or folder the bot may not write. WAL lets readers run beside the
 * writer; `synchronous` stays FULL so a digest claim is on disk before the post it guards is sent.
 */
export async function openSqliteFile(path: string): Promise<BetterSqlite3.Database> {
  const what = `DATABASE_PATH "${path}"`;
  if (path !== ':memory:') {
    if (isDirectory(path)) {
      throw new StoreOpenError(
        `${what} is a directory; point it at a SQLite file (it is created if missing)`,
      );
    }
    try {
      mkdirSync(dirname(path), { recursive: true });
    } catch (error) {
      throw new StoreOpenError(`${what}: cannot create the folder ${dirname(path)} (${codeOf(error)})`);
    }
  }
  let db: BetterSqlite3.Database;
  try {
    db = new BetterSqlite3(path, { timeout: SQLITE_BUSY_TIMEOUT_MS });
  } catch (error) {
    throw new StoreOpenError(`${what}: cannot open it (${describeSqliteError(error)})`);
  }
  try {
    // Another process may be writing (a shard starting beside others): wait for it, asynchronously.
    await patiently(() =>
      retryWhileBusy(async () => {
        db.pragma('journal_mode = WAL');
        db.pragma('synchronous = FULL');
        db.pragma('foreign_keys = ON');
        // The first read of the schema fails on a file that is not a database; BEGIN IMMEDIATE takes
        // the write lock, which a read-only file or folder refuses.
        db.prepare('SELECT count(*) FROM sqlite_master').get();
        db.exec('BEGIN IMMEDIATE; ROLLBACK');
      }),
    );
  } catch (error) {
    db.close();
    if (error instanceof StoreBusyError) {
      throw new StoreOpenError(`${what}: another process has held its write lock for ${error.waitedMs} ms`);
    }
    throw new StoreOpenError(`${what}: ${describeSqliteError(error)}`);
  }
  return db;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function codeOf(error: unknown): string {
  return String((error as { code?: unknown }).code ?? (error as Error).message);
}

function describeSqliteError(error: unknown): string {
  switch (codeOf(error)) {
    case 'SQLITE_NOTADB':
      return 'the file is not a SQLite database (move it away, or point DATABASE_PATH elsewhere)';
    case 'SQLITE_READONLY':
    case 'SQLITE_READONLY_DIRECTORY':
    case 'SQLITE_CANTOPEN':
    case 'SQLITE_PERM':
      return 'the bot cannot write it (read-only file or folder, or no permission): it needs to write there';
    case 'SQLITE_BUSY':
      return 'another process holds its write lock and did not let go';
    case 'SQLITE_CORRUPT':
      return 'the database file is damaged';
    default:
      return (error as Error).message;
  }
}

/**
 * Kysely's SQLite dialect with three changes: write transactions start with BEGIN IMMEDIATE (so a claim
 * takes the write lock up front instead of failing half-way when another process holds it); a locked
 * database is waited for asynchronously (see busy.ts) rather than inside SQLite's blocking handler; and
 * migrations run in one transaction (SQLite's DDL is transactional), which with BEGIN IMMEDIATE is also
 * the lock that keeps two processes starting together from migrating at once.
 */
export class SqliteStoreDialect extends SqliteDialect {
  override createDriver(): Driver {
    return new PatientDriver(super.createDriver());
  }

  override createAdapter(): DialectAdapter {
    return new TransactionalDdlAdapter();
  }
}

class TransactionalDdlAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class PatientDriver implements Driver {
  private readonly wrapped = new WeakMap<DatabaseConnection, DatabaseConnection>();

  constructor(private readonly inner: Driver) {}

  init(): Promise<void> {
    return this.inner.init();
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    const connection = await this.inner.acquireConnection();
    let patient = this.wrapped.get(connection);
    if (!patient) {
      patient = {
        executeQuery: (query) => retryWhileBusy(() => connection.executeQuery(query)),
        streamQuery: (query, chunkSize) => connection.streamQuery(query, chunkSize),
      };
      this.wrapped.set(connection, patient);
    }
    return patient;
  }

  async beginTransaction(connection: DatabaseConnection, _settings: TransactionSettings): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }

  commitTransaction(connection: DatabaseConnection): Promise<void> {
    return this.inner.commitTransaction(connection);
  }

  rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    return this.inner.rollbackTransaction(connection);
  }

  savepoint(
    connection: DatabaseConnection,
    name: string,
    compileQuery: QueryCompiler['compileQuery'],
  ): Promise<void> {
    return this.inner.savepoint?.(connection, name, compileQuery) ?? Promise.resolve();
  }

  rollbackToSavepoint(
    connection: DatabaseConnection,
    name: string,
    compileQuery: QueryCompiler['compileQuery'],
  ): Promise<void> {
    return this.inner.rollbackToSavepoint?.(connection, name, compileQuery) ?? Promise.resolve();
  }

  releaseSavepoint(
    connection: DatabaseConnection,
    name: string,
    compileQuery: QueryCompiler['compileQuery'],
  ): Promise<void> {
    return this.inner.releaseSavepoint?.(connection, name, compileQuery) ?? Promise.resolve();
  }

  releaseConnection(connection: DatabaseConnection): Promise<void> {
    return this.inner.releaseConnection(connection);
  }

  destroy(): Promise<void> {
    return this.inner.destroy();
  }
}
