import pg from 'pg';

/**
 * vitest global setup: the PostgreSQL half of the storage and end-to-end tests runs when TEST_DATABASE_URL
 * names a server (.ci/run starts a throwaway one). Unset: one line says they are skipped. Set but not
 * answering: the run fails, so CI can never skip them by accident.
 */
export default async function setup(): Promise<void> {
  const url = process.env.TEST_DATABASE_URL?.trim();
  if (!url) {
    process.stdout.write(
      'PostgreSQL tests skipped: TEST_DATABASE_URL is not set (.ci/run starts a throwaway server and sets it)\n',
    );
    return;
  }
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    throw new Error(
      `TEST_DATABASE_URL is set but PostgreSQL does not answer there (${(error as Error).message}); unset it to skip the PostgreSQL tests`,
    );
  } finally {
    await client.end().catch(() => {});
  }
}
