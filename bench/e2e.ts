/**
 * `npm run bench:e2e`: interactions through the loopback fake Discord, dispatch -> callback.
 *
 * Both bots run as their own processes against the same fake, in the same run: the news-digest bot as
 * `npm start` runs it (tsx src/main.ts), and a minimal discord.js bot (this script with BENCH_MINIMAL_BOT=1)
 * that answers every interaction with a fixed reply. The fake runs in this process.
 *
 * 1. closed loop: N interactions, a fixed number in flight: p50 / p99 latency and interactions/second;
 * 2. open loop: a steady ~1,000 interactions/second, counting errors (missing or late callbacks, refused
 *    payloads, error log lines);
 * 3. each bot's resident memory after the runs.
 */
import { performance } from 'node:perf_hooks';
import { FakeDiscord, type CommandSpec } from '../test/fake-discord/index.ts';
import { BotProcess, temporaryDatabase } from '../test/e2e/support/bot-process.ts';

const COUNT = Number(process.env.BENCH_E2E_COUNT ?? 2000);
const IN_FLIGHT = 8;
const OPEN_LOOP_RATE = 1000;
const OPEN_LOOP_SECONDS = 3;

if (process.env.BENCH_MINIMAL_BOT === '1') await runMinimalBot();
else await main();

async function runMinimalBot(): Promise<void> {
  const { Client, Events, GatewayIntentBits } = await import('discord.js');
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: { api: process.env.DISCORD_API_URL ?? '' },
    shards: [0],
    shardCount: 1,
  });
  client.on(Events.InteractionCreate, (interaction) => {
    if (interaction.isChatInputCommand())
      void interaction.reply({ content: 'ok', allowedMentions: { parse: [] } });
  });
  client.once(Events.ClientReady, (ready) => {
    process.stderr.write(`${JSON.stringify({ level: 30, msg: 'ready', guilds: ready.guilds.cache.size })}\n`);
  });
  process.once('SIGTERM', () => void client.destroy().then(() => process.exit(0)));
  await client.login(process.env.DISCORD_TOKEN);
}

interface LatencyRun {
  latencies: number[];
  elapsedMs: number;
  errors: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function closedLoop(discord: FakeDiscord, spec: CommandSpec, count: number): Promise<LatencyRun> {
  const latencies: number[] = [];
  let errors = 0;
  let started = 0;
  const begin = performance.now();
  const worker = async () => {
    while (started < count) {
      started++;
      try {
        latencies.push((await discord.sendInteraction(spec).callback).latencyMs);
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  return { latencies, elapsedMs: performance.now() - begin, errors };
}

async function openLoop(discord: FakeDiscord, spec: CommandSpec): Promise<LatencyRun & { sent: number }> {
  const pending: Array<Promise<number>> = [];
  const begin = performance.now();
  const total = OPEN_LOOP_RATE * OPEN_LOOP_SECONDS;
  await new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      const due = Math.min(total, Math.floor(((performance.now() - begin) / 1000) * OPEN_LOOP_RATE));
      while (pending.length < due)
        pending.push(discord.sendInteraction(spec).callback.then((c) => c.latencyMs));
      if (pending.length >= total) {
        clearInterval(timer);
        resolve();
      }
    }, 5);
  });
  const sendingMs = performance.now() - begin;
  const results = await Promise.allSettled(pending);
  const latencies = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  return { latencies, elapsedMs: sendingMs, errors: results.length - latencies.length, sent: pending.length };
}

interface BotFigures {
  name: string;
  closed: LatencyRun;
  open: LatencyRun & { sent: number };
  refused: number;
  errorLogs: number;
  rssMiB: number | undefined;
}

async function measure(
  discord: FakeDiscord,
  name: string,
  bot: BotProcess,
  spec: CommandSpec,
): Promise<BotFigures> {
  const refusedBefore = discord.rejectedRequests.length;
  await closedLoop(discord, spec, 200); // warm-up: JIT, caches, connection pool
  const closed = await closedLoop(discord, spec, COUNT);
  const open = await openLoop(discord, spec);
  return {
    name,
    closed,
    open,
    refused: discord.rejectedRequests.length - refusedBefore,
    errorLogs: bot.errorLogs().length,
    rssMiB: bot.rssMiB(),
  };
}

async function main(): Promise<void> {
  const discord = await FakeDiscord.start({ waitTimeoutMs: 30_000 });
  const database = temporaryDatabase();
  const figures: BotFigures[] = [];
  try {
    const minimal = BotProcess.start(discord, {
      databasePath: database.databasePath,
      script: 'bench/e2e.ts',
      env: { BENCH_MINIMAL_BOT: '1' },
    });
    await minimal.waitForLog((l) => l.msg === 'ready', 'ready');
    figures.push(await measure(discord, 'minimal discord.js bot', minimal, { command: 'summary' }));
    await minimal.stop();

    const bot = BotProcess.start(discord, { databasePath: database.databasePath });
    await bot.waitUntilServing();
    figures.push(await measure(discord, 'news-digest bot /summary', bot, { command: 'summary' }));
    const ask = await closedLoop(
      discord,
      { command: 'ask', options: { question: 'Who led the Japanese delegation?' } },
      Math.min(COUNT, 500),
    );
    const askRss = bot.rssMiB();
    await bot.stop();
    report(figures, ask, askRss);
    if (discord.unexpectedRequests.length > 0)
      console.log('unexpected requests:', discord.unexpectedRequests.slice(0, 5));
  } finally {
    await discord.stop();
    database.cleanup();
  }
}

function report(figures: BotFigures[], ask: LatencyRun, askRss: number | undefined): void {
  const fmt = (n: number) => n.toFixed(2).padStart(8);
  console.log(
    `E2E benchmark: loopback fake Discord, both bots as separate processes, node ${process.version}`,
  );
  console.log(`closed loop: ${COUNT} interactions, ${IN_FLIGHT} in flight (dispatch -> callback)`);
  console.log('bot                          p50 ms   p99 ms   interactions/s  errors');
  const row = (name: string, run: LatencyRun) => {
    const sorted = [...run.latencies].sort((a, b) => a - b);
    const rate = (run.latencies.length / run.elapsedMs) * 1000;
    console.log(
      `${name.padEnd(27)}${fmt(percentile(sorted, 50))} ${fmt(percentile(sorted, 99))} ${rate.toFixed(0).padStart(14)}  ${run.errors}`,
    );
    return percentile(sorted, 50);
  };
  const p50s = figures.map((f) => row(f.name, f.closed));
  row('news-digest bot /ask', ask);
  const [minimalP50, botP50] = p50s;
  if (minimalP50 && botP50)
    console.log(`p50 ratio bot/minimal: ${(botP50 / minimalP50).toFixed(2)} (target <= 1.5)`);
  console.log(`\nopen loop: ${OPEN_LOOP_RATE}/s for ${OPEN_LOOP_SECONDS} s`);
  console.log(
    'bot                          sent  answered  offered/s  p50 ms   p99 ms  errors (missing, refused, error logs)',
  );
  for (const f of figures) {
    const sorted = [...f.open.latencies].sort((a, b) => a - b);
    const offered = (f.open.sent / f.open.elapsedMs) * 1000;
    console.log(
      `${f.name.padEnd(27)}${String(f.open.sent).padStart(6)}${String(f.open.latencies.length).padStart(10)}${offered.toFixed(0).padStart(11)}${fmt(percentile(sorted, 50))} ${fmt(percentile(sorted, 99))}  ${f.open.errors}, ${f.refused}, ${f.errorLogs}`,
    );
  }
  console.log('\nresident memory after the runs:');
  for (const f of figures) console.log(`  ${f.name.padEnd(27)} ${f.rssMiB?.toFixed(1) ?? '?'} MiB`);
  console.log(`  ${'news-digest bot after /ask'.padEnd(27)} ${askRss?.toFixed(1) ?? '?'} MiB`);
}
