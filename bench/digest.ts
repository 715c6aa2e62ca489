/**
 * Digest benchmark: 10,000 servers whose schedules fire in the same minute.
 *
 * Measures (1) the time and memory to queue every digest (check the server and whether anything is new)
 * and to compute them (pick each channel's new stories, compose the payloads, claim the ledger slot in
 * SQLite, which the runner does once a send token is in hand); (2) that posting through the digest send
 * queue never exceeds Discord's global 50 requests/s, with a fake gateway on a simulated clock, and the
 * projected drain time. Baselines in the same run: composing one digest 10,000 times with no ledger, and
 * the simulated queue alone (the same number of requests, no digest work).
 *
 * Run: node --expose-gc --import tsx bench/digest.ts [servers]   (plain `npx tsx bench/digest.ts` works too,
 * but without --expose-gc the heap figures include garbage not yet collected)
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ChannelGateway } from '../src/core/channel-gateway.ts';
import { ManualClock } from '../src/core/clock.ts';
import { silentLogger } from '../src/core/logger.ts';
import { composeDigest, selectNewArticles } from '../src/digest/compose.ts';
import { TokenBucket } from '../src/digest/rate-limiter.ts';
import { DigestService, type SlotOutcome } from '../src/digest/service.ts';
import { ManualTimers } from '../src/digest/timers.ts';
import { Article } from '../src/model/schema.ts';
import type { MessagePayload } from '../src/render/payload.ts';
import { openDatabase } from '../src/store/database.ts';

const DISCORD_GLOBAL_LIMIT_PER_SECOND = 50;

export interface DigestBenchmarkResult {
  servers: number;
  articlesPerDigest: number;
  baselineComposeMs: number;
  queueMs: number;
  queueHeapMb: number;
  /** Drain wall time minus the queue-only baseline: selecting, composing, claiming and recording. */
  computeMs: number;
  computeToBaselineRatio: number;
  peakHeapDuringDrainMb: number;
  queueOnlyDrainMs: number;
  requests: number;
  maxRequestsInAnySecond: number;
  projectedDrainSeconds: number;
  drainWallMs: number;
  posted: number;
}

/** Records every request at the simulated time it was made. */
class RecordingGateway implements ChannelGateway {
  readonly requestTimes: number[] = [];
  posted = 0;
  private nextId = 1;
  constructor(private readonly clock: ManualClock) {}
  async send(_channelId: string, _payload: MessagePayload): Promise<{ messageId: string }> {
    this.requestTimes.push(this.clock.now());
    this.posted += 1;
    return { messageId: String((this.nextId += 1)) };
  }
  async startThread(): Promise<{ threadId: string } | null> {
    this.requestTimes.push(this.clock.now());
    return { threadId: String((this.nextId += 1)) };
  }
  messageUrl(guildId: string, channelId: string, messageId: string): string {
    return `https://discord.com/channels/${guildId}/${channelId}/${messageId}`;
  }
}

function loadArticles(count: number): Article[] {
  const seedFile = new URL('../data/articles/kr-jp-security-talks-2023-04-17.json', import.meta.url);
  const seed = Article.parse(JSON.parse(readFileSync(seedFile, 'utf8')));
  return Array.from({ length: count }, (_, index) => ({
    ...seed,
    id: `${seed.id}-b${index}`,
    headline: `${seed.headline} (${index})`,
    referenceDate: `2023-05-${String((index % 28) + 1).padStart(2, '0')}`,
  }));
}

/** Most timestamps falling in any half-open window [t, t + 1000). */
function maxInAnySecond(sortedTimes: readonly number[]): number {
  let best = 0;
  let start = 0;
  for (let end = 0; end < sortedTimes.length; end += 1) {
    while ((sortedTimes[end] as number) - (sortedTimes[start] as number) >= 1000) start += 1;
    best = Math.max(best, end - start + 1);
  }
  return best;
}

/** A 50/s bucket on simulated time: the clock advances only after everything admitted so far has run. */
function simulatedBucket(clock: ManualClock, onSleep: () => void = () => {}): TokenBucket {
  return new TokenBucket({
    clock,
    ratePerSecond: DISCORD_GLOBAL_LIMIT_PER_SECOND,
    burst: 1,
    sleep: (ms) =>
      new Promise((resolve) =>
        setImmediate(() => {
          onSleep();
          clock.advance(ms);
          resolve();
        }),
      ),
  });
}

/** Baseline: the simulated queue alone, for the same number of requests. */
async function drainQueueOnly(requests: number): Promise<number> {
  const bucket = simulatedBucket(new ManualClock(0));
  const start = performance.now();
  await Promise.all(Array.from({ length: requests }, () => bucket.acquire()));
  return performance.now() - start;
}

const heapMb = (): number => process.memoryUsage().heapUsed / 1024 / 1024;
const collectGarbage = (): void => (globalThis as { gc?: () => void }).gc?.();

export async function runDigestBenchmark(
  servers = 10_000,
  articlesPerDigest = 5,
): Promise<DigestBenchmarkResult> {
  const articles = loadArticles(articlesPerDigest);
  const dir = mkdtempSync(join(tmpdir(), 'digest-bench-'));
  try {
    for (let index = 0; index < 500; index += 1) composeDigest(selectNewArticles(articles, new Set())); // warm-up
    // Baseline: compose one digest per server, no selection against a ledger, no SQLite.
    let baselineStart = performance.now();
    let composed = 0;
    for (let index = 0; index < servers; index += 1) {
      composed += composeDigest(selectNewArticles(articles, new Set())).length;
    }
    const baselineComposeMs = performance.now() - baselineStart;
    if (composed === 0) throw new Error('baseline composed nothing');

    const queueOnlyDrainMs = await drainQueueOnly(servers * 2);

    const slot = Date.parse('2024-03-04T08:00:00Z'); // 09:00 in Berlin
    const clock = new ManualClock(slot - 3_600_000);
    const gateway = new RecordingGateway(clock);
    let peakHeap = 0;
    const limiter = simulatedBucket(clock, () => {
      peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    });
    const db = openDatabase(join(dir, 'bench.sqlite'));
    const service = new DigestService({
      db,
      library: { list: () => articles },
      channels: gateway,
      clock,
      logger: silentLogger,
      limiter,
      timers: new ManualTimers(),
    });
    db.transaction(() => {
      for (let index = 0; index < servers; index += 1) {
        service.set(`guild-${index}`, {
          channelId: `channel-${index}`,
          schedule: 'daily 09:00',
          timezone: 'Europe/Berlin',
        });
      }
    })();

    clock.set(slot);
    collectGarbage();
    const heapBefore = heapMb();
    // Every runDueSlot checks its server synchronously, then waits in the send queue.
    baselineStart = performance.now();
    const outcomes: Array<Promise<SlotOutcome>> = [];
    for (let index = 0; index < servers; index += 1)
      outcomes.push(service.runDueSlot(`guild-${index}`, slot));
    const queueMs = performance.now() - baselineStart;
    collectGarbage();
    const queueHeapMb = heapMb() - heapBefore;

    const drainStart = performance.now();
    const results = await Promise.all(outcomes);
    const drainWallMs = performance.now() - drainStart;
    const computeMs = Math.max(0, drainWallMs - queueOnlyDrainMs);
    const unsent = results.filter((outcome) => outcome.kind !== 'sent').length;
    if (unsent > 0) throw new Error(`${unsent} digests were not sent`);
    db.close();

    const times = [...gateway.requestTimes].sort((a, b) => a - b);
    return {
      servers,
      articlesPerDigest,
      baselineComposeMs,
      queueMs,
      queueHeapMb,
      computeMs,
      computeToBaselineRatio: computeMs / baselineComposeMs,
      peakHeapDuringDrainMb: peakHeap / 1024 / 1024,
      queueOnlyDrainMs,
      requests: times.length,
      maxRequestsInAnySecond: maxInAnySecond(times),
      projectedDrainSeconds: ((times.at(-1) ?? slot) - slot) / 1000,
      drainWallMs,
      posted: gateway.posted,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function print(result: DigestBenchmarkResult): void {
  const rows: Array<[string, string]> = [
    ['servers firing in the same minute', String(result.servers)],
    ['stories per digest', String(result.articlesPerDigest)],
    ['baseline: compose 1 digest x servers (no ledger)', `${result.baselineComposeMs.toFixed(0)} ms`],
    ['queue every digest (checks + enqueue)', `${result.queueMs.toFixed(0)} ms`],
    ['  heap held by the queue', `${result.queueHeapMb.toFixed(1)} MB`],
    ['compute every digest (select, compose, claim, record)', `${result.computeMs.toFixed(0)} ms`],
    ['  ratio to baseline', `${result.computeToBaselineRatio.toFixed(2)}x`],
    ['  per server', `${((result.computeMs / result.servers) * 1000).toFixed(0)} µs`],
    ['  peak heap while draining', `${result.peakHeapDuringDrainMb.toFixed(1)} MB`],
    ['baseline: simulated queue alone, same requests', `${result.queueOnlyDrainMs.toFixed(0)} ms`],
    ['Discord requests (posts + threads)', String(result.requests)],
    ['max requests in any 1 s window (limit 50)', String(result.maxRequestsInAnySecond)],
    [
      'projected drain time at 50 req/s',
      `${result.projectedDrainSeconds.toFixed(0)} s (${(result.projectedDrainSeconds / 60).toFixed(1)} min)`,
    ],
    ['simulated drain, wall time', `${result.drainWallMs.toFixed(0)} ms`],
    ['digests posted', String(result.posted)],
  ];
  if (!(globalThis as { gc?: unknown }).gc)
    rows.push(['note', 'run with node --expose-gc for exact heap figures']);
  const width = Math.max(...rows.map(([label]) => label.length));
  for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`);
  if (result.maxRequestsInAnySecond > DISCORD_GLOBAL_LIMIT_PER_SECOND) {
    console.error('FAIL: the send queue exceeded the global rate limit');
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const servers = Number(process.argv[2] ?? 10_000);
  print(await runDigestBenchmark(servers));
}
