import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';
import type { Logger } from '../core/logger.ts';

/** What `/health` reports; `status` is "ok" (HTTP 200) only when every part is. */
export interface HealthReport {
  status: 'ok' | 'unavailable';
  gateway: { status: string; ready: boolean; pingMs: number | null };
  database: { reachable: boolean; error?: string };
  articles: { loaded: number; rejected: number };
  uptimeSeconds: number;
}

export interface HealthChecks {
  /** The gateway connection's state name (discord.js Status: Ready, Connecting, Reconnecting...). */
  gateway(): { status: string; ready: boolean; pingMs: number | null };
  /** Throws when the database cannot answer a trivial query. */
  database(): void | Promise<void>;
  articles(): { loaded: number; rejected: number };
}

export async function healthReport(checks: HealthChecks, startedAt: number): Promise<HealthReport> {
  const gateway = checks.gateway();
  let database: HealthReport['database'];
  try {
    await checks.database();
    database = { reachable: true };
  } catch (error) {
    database = { reachable: false, error: error instanceof Error ? error.message : String(error) };
  }
  const articles = checks.articles();
  const ok = gateway.ready && database.reachable && articles.loaded > 0;
  return {
    status: ok ? 'ok' : 'unavailable',
    gateway,
    database,
    articles,
    uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
  };
}

export interface HealthServerOptions {
  host: string;
  /** 0 picks a free port (the one chosen is logged and returned). */
  port: number;
  checks: HealthChecks;
  registry: Registry;
  logger: Logger;
}

export interface HealthServer {
  port: number;
  close(): Promise<void>;
}

/**
 * `GET /health`: JSON, 200 when the gateway is ready, the database answers and articles are loaded, else 503
 * (for a container health check or a load balancer). `GET /metrics`: Prometheus text format.
 */
export async function startHealthServer(options: HealthServerOptions): Promise<HealthServer> {
  const { checks, registry, logger } = options;
  const startedAt = Date.now();

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      send(response, 405, 'text/plain; charset=utf-8', 'only GET and HEAD\n', { allow: 'GET, HEAD' });
      return;
    }
    if (url.pathname === '/health') {
      const report = await healthReport(checks, startedAt);
      const body = `${JSON.stringify(report)}\n`;
      send(response, report.status === 'ok' ? 200 : 503, 'application/json; charset=utf-8', body);
    } else if (url.pathname === '/metrics') {
      send(response, 200, registry.contentType, await registry.metrics());
    } else {
      send(response, 404, 'text/plain; charset=utf-8', 'not found: try /health or /metrics\n');
    }
  }

  function send(
    response: ServerResponse,
    status: number,
    type: string,
    body: string,
    headers: Record<string, string> = {},
  ): void {
    response.writeHead(status, {
      'content-type': type,
      'content-length': Buffer.byteLength(body),
      'cache-control': 'no-store',
      ...headers,
    });
    response.end(response.req.method === 'HEAD' ? undefined : body);
  }

  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      logger.error({ err: error, path: request.url }, 'health endpoint failed');
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'internal error\n');
      else response.destroy();
    });
  });
  server.requestTimeout = 10_000;
  server.headersTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  logger.info({ host: options.host, port, paths: ['/health', '/metrics'] }, 'health server listening');
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
