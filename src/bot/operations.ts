import { Events, Status, type Client } from './discord.ts';
import type { Config } from '../config.ts';
import type { Logger } from '../core/logger.ts';
import type { ArticleLibrary } from '../model/library.ts';
import { sql } from 'kysely';
import type { Store } from '../store/database.ts';
import { enableMetrics, metrics } from '../ops/metrics.ts';
import { startHealthServer } from '../ops/health-server.ts';

export interface OperationsDeps {
  client: Client;
  config: Config;
  library: ArticleLibrary;
  store: Store;
  logger: Logger;
}

/**
 * Gateway and REST counters, and (when HEALTH_PORT is set) the /health and /metrics endpoint. Returns a
 * function that closes the endpoint. With HEALTH_PORT unset nothing listens and prom-client is not loaded.
 */
export async function startOperations(deps: OperationsDeps): Promise<() => Promise<void>> {
  const { client, config, library, store, logger } = deps;
  client.on(Events.ShardReconnecting, () => metrics.gatewayReconnect());
  // A 429 Discord actually sent (discord.js retries it after Retry-After; its 'rateLimited' event only
  // reports its own waits for a bucket, not these).
  client.rest.on('response', (_request, response) => {
    if (response.status !== 429) return;
    const global =
      response.headers.get('x-ratelimit-global') !== null ||
      response.headers.get('x-ratelimit-scope') === 'global';
    metrics.rateLimited(global ? 'global' : 'route');
  });
  if (config.healthPort === undefined) return async () => {};

  const registry = await enableMetrics({ articlesLoaded: () => library.list().length });
  const server = await startHealthServer({
    host: config.healthHost,
    port: config.healthPort,
    registry,
    logger,
    checks: {
      gateway: () => {
        const status = client.ws.status;
        const ping = client.ws.ping;
        return {
          status: Status[status] ?? String(status),
          ready: status === Status.Ready && client.isReady(),
          pingMs: ping >= 0 ? ping : null,
        };
      },
      database: async () => {
        await sql`SELECT 1`.execute(store.db);
      },
      articles: () => ({ loaded: library.list().length, rejected: library.problems().length }),
    },
  });
  return () => server.close();
}
