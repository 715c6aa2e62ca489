import pg from 'pg';
import { PostgresDialect } from 'kysely';
import { StoreOpenError } from './errors.ts';

const INT8_OID = 20;

/** The URL as it may be logged: no password. */
export function redactDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://(unparseable URL)';
  }
}

/**
 * A pg pool checked by one round trip, so a wrong URL, a server that is down or a refused login is named
 * at start. BIGINT columns (epoch-millisecond slots) come back as numbers: they stay below 2^53.
 */
export async function openPostgresPool(
  url: string,
  onIdleError: (error: Error) => void,
): Promise<{ pool: pg.Pool; dialect: PostgresDialect }> {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: 5_000,
    // A held row lock must not stall a command past Discord's deadlines: fail and say so instead.
    options: '-c lock_timeout=2000',
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === INT8_OID
          ? (value: string) => Number(value)
          : pg.types.getTypeParser(oid, format ?? 'text')) as typeof pg.types.getTypeParser,
    },
  });
  pool.on('error', onIdleError);
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    await pool.end().catch(() => {});
    throw new StoreOpenError(
      `DATABASE_URL ${redactDatabaseUrl(url)}: cannot connect (${(error as Error).message || String(error)})`,
    );
  }
  return { pool, dialect: new PostgresDialect({ pool }) };
}
