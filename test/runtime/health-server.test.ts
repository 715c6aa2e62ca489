import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.ts';
import { disableMetrics, enableMetrics, metrics } from '../../src/ops/metrics.ts';
import { startHealthServer, type HealthChecks, type HealthServer } from '../../src/ops/health-server.ts';

describe('the health endpoint when something is wrong', () => {
  let server: HealthServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
    disableMetrics();
  });

  async function serve(checks: HealthChecks): Promise<string> {
    const registry = await enableMetrics({ articlesLoaded: () => checks.articles().loaded });
    server = await startHealthServer({ host: '127.0.0.1', port: 0, checks, registry, logger: silentLogger });
    return `http://127.0.0.1:${server.port}`;
  }

  const ready = { status: 'Ready', ready: true, pingMs: 40 };

  it('GIVEN a gateway reconnecting, a database that fails, or no articles THEN 503 naming the part', async () => {
    const base = await serve({
      gateway: () => ({ status: 'Reconnecting', ready: false, pingMs: null }),
      database: () => {
        throw new Error('SQLITE_CANTOPEN: unable to open database file');
      },
      articles: () => ({ loaded: 0, rejected: 2 }),
    });
    const response = await fetch(`${base}/health`);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({
      status: 'unavailable',
      gateway: { status: 'Reconnecting', ready: false },
      database: { reachable: false, error: 'SQLITE_CANTOPEN: unable to open database file' },
      articles: { loaded: 0, rejected: 2 },
    });
  });

  it('GIVEN everything up THEN 200, and recorded counters show in /metrics; HEAD answers without a body', async () => {
    const base = await serve({
      gateway: () => ready,
      database: () => {},
      articles: () => ({ loaded: 3, rejected: 0 }),
    });
    metrics.feedPost('sent');
    metrics.feedPost('failed');
    metrics.digestPost('sent');
    metrics.interaction('summary', 'answered', 0.004);
    expect((await fetch(`${base}/health`)).status).toBe(200);
    const text = await (await fetch(`${base}/metrics`)).text();
    expect(text).toContain('news_bot_feed_posts_total{outcome="sent"} 1');
    expect(text).toContain('news_bot_feed_posts_total{outcome="failed"} 1');
    expect(text).toContain('news_bot_digest_posts_total{outcome="sent"} 1');
    expect(text).toContain('news_bot_interaction_duration_seconds_bucket{le="0.005",command="summary"} 1');
    expect(text).toContain('news_bot_interaction_duration_seconds_bucket{le="0.0025",command="summary"} 0');
    expect(text).toContain('news_bot_articles_loaded 3');
    const head = await fetch(`${base}/health`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
