import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openStore, type Store } from '../../src/store/database.ts';

/** Where a test's database lives: a SQLite file in a temporary folder, or a fresh PostgreSQL database. */
export interface TestDatabase {
  readonly engine: 'sqlite' | 'postgres';
  /** For the bot process: DATABASE_PATH (always set) and DATABASE_URL (PostgreSQL only). */
  readonly env: { DATABASE_PATH: string; DATABASE_URL?: string };
  readonly databasePath: string;
  readonly databaseUrl: string | undefined;
  open(): Promise<Store>;
  cleanup(): Promise<void>;
}

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL?.trim() || undefined;

export function sqliteDatabase(): TestDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'store-test-'));
  const databasePath = join(dir, 'nested', 'bot.sqlite');
  return {
    engine: 'sqlite',
    env: { DATABASE_PATH: databasePath },
    databasePath,
    databaseUrl: undefined,
    open: () => openStore({ databasePath }),
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A database of its own on the TEST_DATABASE_URL server, dropped by cleanup(). */
export async function postgresDatabase(serverUrl = TEST_DATABASE_URL): Promise<TestDatabase> {
  if (!serverUrl) throw new Error('TEST_DATABASE_URL is not set');
  const name = `test_${randomBytes(6).toString('hex')}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  const dir = mkdtempSync(join(tmpdir(), 'store-test-'));
  const databasePath = join(dir, 'unused.sqlite');
  return {
    engine: 'postgres',
    env: { DATABASE_PATH: databasePath, DATABASE_URL: databaseUrl },
    databasePath,
    databaseUrl,
    open: () => openStore({ databaseUrl, databasePath }),
    cleanup: async () => {
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function adminQuery(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * The engines a storage suite runs on: SQLite always, PostgreSQL when TEST_DATABASE_URL is set
 * (test/support/postgres-setup.ts prints the one line saying when it is not).
 */
export const ENGINES: ReadonlyArray<{ name: string; create: () => Promise<TestDatabase> }> = [
  { name: 'SQLite', create: async () => sqliteDatabase() },
  ...(TEST_DATABASE_URL ? [{ name: 'PostgreSQL', create: () => postgresDatabase() }] : []),
];
