/**
 * Feed benchmark: 1,000 feeds of 20 items each on a loopback news site (four hosts: four ports).
 *
 * Pass 1 polls every feed once (the first fetch stores every item as seen and posts none). Then two new
 * stories appear in every feed and pass 2 polls again: the new items are found, their pages fetched and
 * ingested into article models, and posted to an in-memory Discord. Printed: items found and ingested per
 * second, memory, and the most requests any one host had in flight (never above FEED_FETCHES_PER_HOST).
 * Baseline in the same run: guarded fetch + feedsmith parse of the same 1,000 feeds alone, through the
 * same per-host limiter.
 *
 * Run: node --expose-gc --import tsx bench/feeds.ts [feeds]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ChannelGateway } from '../src/core/channel-gateway.ts';
import { ManualClock } from '../src/core/clock.ts';
import { silentLogger } from '../src/core/logger.ts';
import { unlimited } from '../src/digest/rate-limiter.ts';
import { buildFeeds, guardedHttp } from '../src/feeds/build.ts';
import { fetchFeed } from '../src/feeds/fetch/fetch-feed.ts';
import { HostLimiter } from '../src/feeds/fetch/host-limiter.ts';
import { parseFeedDocument } from '../src/feeds/parse/parse-feed.ts';
import { openStore } from '../src/store/database.ts';

const HOSTS = 4;
const ITEMS_PER_FEED = 20;
const NEW_ITEMS_PER_FEED = 2;
const FETCHES_AT_ONCE = 16;
const FETCHES_PER_HOST = 4;
const RETENTION_MS = 30 * 24 * 60 * 60 * 1000;
const REFRESH_MS = 600_000;

interface Site {
  urls: string[];
  /** Items per feed; pass 2 adds NEW_ITEMS_PER_FEED to each. */
  itemsPerFeed: number;
  maxInFlightPerHost: number;
  requests: number;
  close(): Promise<void>;
}

const PARAGRAPHS = [
  'The regional council approved the budget on Monday after a long debate about road repairs and school buildings.',
  'Council members said the plan raises spending on public transport by eight percent and keeps local taxes unchanged.',
  'Opposition members argued that the plan does too little for housing, and said they would propose changes next month.',
  'The budget takes effect in January. A first review of its results is planned for the summer.',
];

function page(feed: number, item: number): string {
  const body = PARAGRAPHS.map((p) => `<p>${p} (Report ${feed}-${item}.)</p>`).join('');
  return `<!doctype html><html><head><title>Story ${feed}-${item}</title></head><body><nav><a href="/">Home</a></nav><article><h1>Council story ${feed}-${item}</h1>${body}</article><footer>Footer</footer></body></html>`;
}

function rss(base: string, feed: number, items: number): string {
  const entries: string[] = [];
  for (let item = items - 1; item >= 0; item -= 1) {
    entries.push(
      `<item><title>Council story ${feed}-${item}</title><link>${base}/story/${feed}/${item}.html</link><guid isPermaLink="false">f${feed}-i${item}</guid><pubDate>${new Date(Date.UTC(2026, 10, 1) + item * 60_000).toUTCString()}</pubDate><description>Short summary of story ${feed}-${item}.</description></item>`,
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Feed ${feed}</title><link>${base}/</link><description>Bench feed</description>${entries.join('')}</channel></rss>`;
}

async function startSite(feeds: number): Promise<Site> {
  const servers: http.Server[] = [];
  const inFlight = new Map<number, number>();
  const site: Site = {
    urls: [],
    itemsPerFeed: ITEMS_PER_FEED,
    maxInFlightPerHost: 0,
    requests: 0,
    close: () =>
      Promise.all(
        servers.map(
          (server) =>
            new Promise<void>((resolve) => {
              server.closeAllConnections();
              server.close(() => resolve());
            }),
        ),
      ).then(() => undefined),
  };
  const bases: string[] = [];
  for (let host = 0; host < HOSTS; host += 1) {
    const server = http.createServer((req, res) => {
      const now = (inFlight.get(host) ?? 0) + 1;
      inFlight.set(host, now);
      site.maxInFlightPerHost = Math.max(site.maxInFlightPerHost, now);
      site.requests += 1;
      res.on('finish', () => inFlight.set(host, (inFlight.get(host) ?? 1) - 1));
      const base = bases[host] as string;
      const feedMatch = /^\/feed\/(\d+)\.xml$/.exec(req.url ?? '');
      const storyMatch = /^\/story\/(\d+)\/(\d+)\.html$/.exec(req.url ?? '');
      // A little latency, as a real site has, so requests overlap and the per-host limit is exercised.
      setTimeout(() => {
        if (feedMatch) {
          res.writeHead(200, { 'content-type': 'application/rss+xml' });
          res.end(rss(base, Number(feedMatch[1]), site.itemsPerFeed));
        } else if (storyMatch) {
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
          res.end(page(Number(storyMatch[1]), Number(storyMatch[2])));
        } else {
          res.writeHead(404).end();
        }
      }, 2);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    servers.push(server);
    bases.push(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  }
  for (let feed = 0; feed < feeds; feed += 1) site.urls.push(`${bases[feed % HOSTS]}/feed/${feed}.xml`);
  return site;
}

const countingChannels = (): ChannelGateway & { posts: number } => {
  let id = 0;
  const gateway = {
    posts: 0,
    send: () => {
      gateway.posts += 1;
      id += 1;
      return Promise.resolve({ messageId: String(id) });
    },
    startThread: () => Promise.resolve(null),
    messageUrl: () => '',
  };
  return gateway;
};

const heapMb = () => {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
};
const rssMb = () => process.memoryUsage().rss / 1024 / 1024;

export async function runFeedBenchmark(feedCount: number) {
  const site = await startSite(feedCount);
  const dir = mkdtempSync(join(tmpdir(), 'feeds-bench-'));
  try {
    // Baseline: fetch + parse alone, same limiter settings.
    const hosts = new HostLimiter(FETCHES_AT_ONCE, FETCHES_PER_HOST);
    const limits = { timeoutMs: 10_000, maxRedirects: 5, allowPrivate: true };
    // Warm up the HTTP client, feedsmith and the JIT on a few feeds so neither side pays for it.
    for (const url of site.urls.slice(0, 20)) {
      const outcome = await fetchFeed(guardedHttp, { url, etag: null, lastModified: null }, limits);
      if (outcome.kind === 'fetched') parseFeedDocument(outcome.body, outcome.url);
    }
    let baselineItems = 0;
    const baselineStart = performance.now();
    await Promise.all(
      site.urls.map(async (url) => {
        const outcome = await hosts.run(url, () =>
          fetchFeed(guardedHttp, { url, etag: null, lastModified: null }, limits),
        );
        if (outcome.kind === 'fetched')
          baselineItems += parseFeedDocument(outcome.body, outcome.url).items.length;
      }),
    );
    const baselineMs = performance.now() - baselineStart;

    const clock = new ManualClock(Date.UTC(2026, 11, 1));
    const channels = countingChannels();
    const store = await openStore({ databasePath: join(dir, 'bot.sqlite') });
    const { service, articles } = await buildFeeds({
      store,
      feeds: {
        refreshMs: REFRESH_MS,
        articleRetentionMs: RETENTION_MS,
        maxFeedsPerServer: 50,
        fetchesAtOnce: FETCHES_AT_ONCE,
        fetchesPerHost: FETCHES_PER_HOST,
        articlesDir: join(dir, 'feed-articles'),
      },
      fetch: { allowPrivate: true, timeoutMs: 10_000, maxBytes: 5 * 1024 * 1024 },
      channels,
      limiter: unlimited,
      clock,
      logger: silentLogger,
    });
    const feedStore = service.deps.store;
    for (const [index, url] of site.urls.entries()) {
      const source = await feedStore.sourceFor(url, clock.now());
      // 20 servers per 1,000 feeds, 50 feeds each (the per-server limit).
      await feedStore.subscribe({
        guildId: String(100000000000000000n + BigInt(Math.floor(index / 50))),
        sourceId: source.id,
        channelId: String(200000000000000000n + BigInt(index)),
        filter: null,
        postMode: 'each',
        now: clock.now(),
      });
    }
    const drain = async () => {
      while ((await feedStore.dueSources(clock.now(), 1, new Set())).length > 0) await service.pollDue();
    };
    const heapBefore = heapMb();
    const firstStart = performance.now();
    await drain();
    const firstMs = performance.now() - firstStart;
    const postsAfterFirst = channels.posts;

    site.itemsPerFeed += NEW_ITEMS_PER_FEED;
    clock.advance(REFRESH_MS);
    const requestsBefore = site.requests;
    const secondStart = performance.now();
    await drain();
    const secondMs = performance.now() - secondStart;
    const heapAfter = heapMb();
    const result = {
      feeds: feedCount,
      itemsPerFeed: ITEMS_PER_FEED,
      baselineMs,
      baselineItems,
      firstMs,
      postsAfterFirst,
      newItems: feedCount * NEW_ITEMS_PER_FEED,
      ingested: articles.size,
      posted: channels.posts,
      secondMs,
      secondRequests: site.requests - requestsBefore,
      heapGrowthMb: heapAfter - heapBefore,
      rssMb: rssMb(),
      maxInFlightPerHost: site.maxInFlightPerHost,
      deliveries: await feedStore.deliveryCounts(),
    };
    service.stop();
    await store.close();
    return result;
  } finally {
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function print(r: Awaited<ReturnType<typeof runFeedBenchmark>>): void {
  const perSecond = (n: number, ms: number) => `${((n / ms) * 1000).toFixed(0)}/s`;
  const rows: Array<[string, string]> = [
    ['feeds x items', `${r.feeds} x ${r.itemsPerFeed} on ${HOSTS} hosts`],
    [
      'baseline: guarded fetch + parse alone',
      `${r.baselineMs.toFixed(0)} ms (${r.baselineItems} items, ${perSecond(r.feeds, r.baselineMs)} feeds)`,
    ],
    [
      'pass 1: first poll (fetch, parse, store all as seen)',
      `${r.firstMs.toFixed(0)} ms (${perSecond(r.feeds, r.firstMs)} feeds), ratio ${(r.firstMs / r.baselineMs).toFixed(2)}x`,
    ],
    ['  posts after the first poll (must be 0)', String(r.postsAfterFirst)],
    [
      'pass 2: new items found, pages fetched, ingested, posted',
      `${r.secondMs.toFixed(0)} ms (${r.secondRequests} HTTP requests)`,
    ],
    ['  new items', `${r.newItems} (${perSecond(r.newItems, r.secondMs)})`],
    ['  ingested into article models', `${r.ingested} (${perSecond(r.ingested, r.secondMs)})`],
    ['  posted', String(r.posted)],
    ['heap growth over both passes (after gc)', `${r.heapGrowthMb.toFixed(1)} MB`],
    ['resident memory at the end', `${r.rssMb.toFixed(0)} MB`],
    [`most requests in flight on one host (limit ${FETCHES_PER_HOST})`, String(r.maxInFlightPerHost)],
    ['delivery ledger', JSON.stringify(r.deliveries)],
  ];
  if (!(globalThis as { gc?: unknown }).gc)
    rows.push(['note', 'run with node --expose-gc for exact heap figures']);
  const width = Math.max(...rows.map(([label]) => label.length));
  for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`);
  const failures = [
    r.maxInFlightPerHost > FETCHES_PER_HOST ? 'a host had more requests in flight than the limit' : '',
    r.postsAfterFirst !== 0 ? 'the first poll posted' : '',
    r.posted !== r.newItems ? 'not every new item was posted exactly once' : '',
  ].filter(Boolean);
  for (const failure of failures) console.error(`FAIL: ${failure}`);
  if (failures.length > 0) process.exitCode = 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  print(await runFeedBenchmark(Number(process.argv[2] ?? 1000)));
}
