/**
 * `npm run bench:e2e`: what a Discord user feels, through the loopback fake Discord (dispatch -> callback).
 *
 * Three subjects, each its own process on the same fake (which runs in this process), started one at a time:
 * - minimal: bench/minimal-bot.mjs, plain node, nothing but discord.js, a fixed reply (the baseline);
 * - /ask and /summary: the news-digest bot as production runs it (`node <flags> dist/main.js`, built first);
 * - with BENCH_E2E_COMPARE_MAIN=<another build's dist/main.js>, /ask on that build too ("/ask other"): a
 *   before/after measured in the same repeats.
 * Each run: spawn -> READY, the cold first interaction, a closed loop (one in flight, COUNT sequential), an
 * open loop at a fixed rate, then resident memory, and the CPU time used until READY and per closed-loop
 * interaction, by the whole process and by its main thread alone (which, unlike latency, hardly depends on what
 * else the machine runs). Repeated REPEATS times, the order rotating every repeat; ratios are taken within a
 * repeat (bot / minimal) and printed as min / median over the repeats.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { build } from '../scripts/build.mjs';
import { FakeDiscord, type CommandSpec } from '../test/fake-discord/index.ts';
import { BotProcess, REPO_ROOT, temporaryDatabase } from '../test/e2e/support/bot-process.ts';
import { TEST_GUILDS } from '../test/e2e/support/harness.ts';
import { PRODUCTION_NODE_FLAGS } from '../src/ops/node-flags.ts';

const REPEATS = Math.max(1, Number(process.env.BENCH_E2E_REPEATS ?? 5));
const COUNT = Math.max(1, Number(process.env.BENCH_E2E_COUNT ?? 200));
const RATE = Math.max(1, Number(process.env.BENCH_E2E_RATE ?? 50));
const OPEN_SECONDS = Math.max(1, Number(process.env.BENCH_E2E_OPEN_SECONDS ?? 3));
/** BENCH_E2E_COMPARE_MAIN=<path to another build's dist/main.js>: also run /ask on that build. */
const COMPARE_MAIN = process.env.BENCH_E2E_COMPARE_MAIN
  ? path.resolve(process.env.BENCH_E2E_COMPARE_MAIN)
  : undefined;
const NODE_FLAGS = process.env.BENCH_NODE_FLAGS?.split(/\s+/).filter(Boolean) ?? [...PRODUCTION_NODE_FLAGS];

interface Subject {
  name: string;
  nodeArgs: string[];
  /** The n-th interaction of a run. */
  spec(n: number): CommandSpec;
}

interface RunFigures {
  spawnToReadyMs: number;
  coldMs: number;
  closed: number[];
  open: { latencies: number[]; sent: number; errors: number };
  refused: number;
  errorLogs: number;
  rssMiB: number;
  /** CPU time (user + system) the process used until READY, and per closed-loop interaction (ms). */
  cpuToReadyMs: number;
  cpuPerInteractionMs: number;
  /** CPU time of the process's main (JavaScript) thread during the cold first interaction (ms). */
  coldCpuMs: number;
  /**
   * Main-thread CPU per closed-loop interaction (ms, nanosecond clock): the JavaScript that answers, without
   * V8's background compiler and GC threads that cpuPerInteractionMs also counts.
   */
  mainCpuPerInteractionMs: number;
}

/**
 * CPU time a process has used (Linux /proc, 10 ms ticks), in ms. Unlike latency it hardly moves when other
 * processes share the machine, so it shows where a bot spends beside the minimal one even on a busy machine.
 */
function cpuMs(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

/**
 * CPU time of a process's main thread (Linux /proc schedstat, nanoseconds), in ms: fine-grained enough for
 * one interaction, and, like cpuMs, hardly moved by what else the machine runs.
 */
function mainThreadCpuMs(pid: number | undefined): number {
  try {
    return Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return Number.NaN;
  }
}

/** Questions built from the bundled article's people, the way a reader asks (the bench is not the answerer). */
function askQuestions(): string[] {
  const dir = path.join(REPO_ROOT, 'data', 'articles');
  const file = readFileSync(path.join(dir, 'kr-jp-security-talks-2023-04-17.json'), 'utf8');
  const article = JSON.parse(file) as { people: Array<{ name: string }> };
  const names = article.people.slice(0, 3).map((p) => p.name);
  return [
    'Who attended?',
    'What did they agree?',
    ...names.map((name) => `Who is ${name}?`),
    'When did it happen?',
    'Where were the talks held?',
  ];
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

const median = (values: number[]) => percentile(values, 50);

async function closedLoop(discord: FakeDiscord, subject: Subject, from: number, count: number) {
  const latencies: number[] = [];
  for (let n = from; n < from + count; n++)
    latencies.push((await discord.sendInteraction(subject.spec(n)).callback).latencyMs);
  return latencies;
}

/** RATE interactions a second for OPEN_SECONDS, sent on schedule whatever the replies do. */
async function openLoop(discord: FakeDiscord, subject: Subject, from: number) {
  const total = RATE * OPEN_SECONDS;
  const pending: Array<Promise<number>> = [];
  const begin = performance.now();
  for (let i = 0; i < total; i++) {
    const due = begin + (i * 1000) / RATE;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    pending.push(discord.sendInteraction(subject.spec(from + i)).callback.then((c) => c.latencyMs));
  }
  const results = await Promise.allSettled(pending);
  const latencies = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  return { latencies, sent: total, errors: total - latencies.length };
}

async function runOnce(discord: FakeDiscord, subject: Subject): Promise<RunFigures> {
  const database = temporaryDatabase();
  const refusedBefore = discord.rejectedRequests.length;
  const spawned = performance.now();
  const bot = BotProcess.start(discord, {
    databasePath: database.databasePath,
    nodeArgs: subject.nodeArgs,
    env: { REGISTER_COMMANDS_ON_START: 'false' },
    waitTimeoutMs: 60_000,
  });
  try {
    await bot.waitForLog((l) => l.msg === 'ready', '"ready"');
    const spawnToReadyMs = performance.now() - spawned;
    const cpuToReadyMs = cpuMs(bot.child.pid);
    const coldCpuBefore = mainThreadCpuMs(bot.child.pid);
    const coldMs = (await discord.sendInteraction(subject.spec(0)).callback).latencyMs;
    const coldCpuMs = mainThreadCpuMs(bot.child.pid) - coldCpuBefore;
    const cpuBefore = cpuMs(bot.child.pid);
    const mainCpuBefore = mainThreadCpuMs(bot.child.pid);
    const closed = await closedLoop(discord, subject, 1, COUNT);
    const cpuPerInteractionMs = (cpuMs(bot.child.pid) - cpuBefore) / COUNT;
    const mainCpuPerInteractionMs = (mainThreadCpuMs(bot.child.pid) - mainCpuBefore) / COUNT;
    const open = await openLoop(discord, subject, 1 + COUNT);
    const rssMiB = bot.rssMiB() ?? Number.NaN;
    return {
      spawnToReadyMs,
      coldMs,
      closed,
      open,
      refused: discord.rejectedRequests.length - refusedBefore,
      errorLogs: bot.errorLogs().length,
      rssMiB,
      cpuToReadyMs,
      cpuPerInteractionMs,
      coldCpuMs,
      mainCpuPerInteractionMs,
    };
  } finally {
    await bot.stop();
    database.cleanup();
  }
}

async function main(): Promise<void> {
  const { outDir } = await build();
  const questions = askQuestions();
  const ask = (n: number): CommandSpec => ({
    command: 'ask',
    options: { question: questions[n % questions.length] ?? 'Who attended?' },
  });
  const subjects: Subject[] = [
    { name: 'minimal', nodeArgs: ['bench/minimal-bot.mjs'], spec: ask },
    { name: '/ask', nodeArgs: [...NODE_FLAGS, path.join(outDir, 'main.js')], spec: ask },
    {
      name: '/summary',
      nodeArgs: [...NODE_FLAGS, path.join(outDir, 'main.js')],
      spec: () => ({ command: 'summary' }),
    },
    // Another build of the bot (say, the main branch's dist/main.js, built beforehand) on the same fake in the
    // same repeats: a before/after of /ask measured in one run.
    ...(COMPARE_MAIN ? [{ name: '/ask other', nodeArgs: [...NODE_FLAGS, COMPARE_MAIN], spec: ask }] : []),
  ];
  const discord = await FakeDiscord.start({ guilds: TEST_GUILDS, waitTimeoutMs: 30_000 });
  const runs = new Map<string, RunFigures[]>(subjects.map((s) => [s.name, []]));
  try {
    for (let repeat = 0; repeat < REPEATS; repeat++) {
      const order = subjects.map((_, i) => subjects[(i + repeat) % subjects.length] as Subject);
      for (const subject of order) runs.get(subject.name)?.push(await runOnce(discord, subject));
      process.stderr.write(`repeat ${repeat + 1}/${REPEATS} done (${order.map((s) => s.name).join(', ')})\n`);
    }
  } finally {
    await discord.stop();
  }
  report(runs);
  if (discord.unexpectedRequests.length > 0)
    console.log('unexpected requests:', discord.unexpectedRequests.slice(0, 5));
}

function report(runs: Map<string, RunFigures[]>): void {
  const f = (n: number, width = 8, digits = 2) =>
    (Number.isFinite(n) ? n.toFixed(digits) : '?').padStart(width);
  console.log(
    `E2E benchmark: loopback fake Discord, each subject its own process, node ${process.version}, ` +
      `bot flags: ${NODE_FLAGS.join(' ') || '(none)'}`,
  );
  console.log(
    `${REPEATS} repeats in rotating order; closed loop ${COUNT} sequential (one in flight); ` +
      `open loop ${RATE}/s for ${OPEN_SECONDS} s; figures are medians over the repeats (latency: dispatch -> callback)`,
  );
  console.log(
    'subject      spawn->READY ms  cold ms  closed p50  closed p99  open p50  open p99  errors  RSS MiB  CPU->READY  CPU/interaction  main CPU/int',
  );
  for (const [name, list] of runs) {
    const errors = list.reduce((sum, r) => sum + r.open.errors + r.refused + r.errorLogs, 0);
    console.log(
      `${name.padEnd(12)}${f(median(list.map((r) => r.spawnToReadyMs)), 15, 0)}${f(median(list.map((r) => r.coldMs)), 9)}` +
        `${f(median(list.map((r) => percentile(r.closed, 50))), 12)}${f(median(list.map((r) => percentile(r.closed, 99))), 12)}` +
        `${f(median(list.map((r) => percentile(r.open.latencies, 50))), 10)}${f(median(list.map((r) => percentile(r.open.latencies, 99))), 10)}` +
        `${String(errors).padStart(8)}${f(median(list.map((r) => r.rssMiB)), 9, 1)}` +
        `${f(median(list.map((r) => r.cpuToReadyMs)), 12, 0)}${f(median(list.map((r) => r.cpuPerInteractionMs)), 17)}` +
        `${f(median(list.map((r) => r.mainCpuPerInteractionMs)), 14, 3)}`,
    );
  }
  const minimal = runs.get('minimal') ?? [];
  const ratio = (name: string, pick: (r: RunFigures) => number) => {
    const ratios = (runs.get(name) ?? []).map((r, i) => pick(r) / pick(minimal[i] as RunFigures));
    return `${f(Math.min(...ratios), 5)} / ${f(median(ratios), 5)}`;
  };
  console.log('\nratios to the minimal bot in the same repeat (min / median):');
  const other = runs.has('/ask other');
  console.log(`                     /ask           /summary     ${other ? ' /ask other    ' : ''} target`);
  const line = (label: string, pick: (r: RunFigures) => number, target: string) =>
    console.log(
      `${label.padEnd(20)} ${ratio('/ask', pick)}  ${ratio('/summary', pick)}  ` +
        `${other ? `${ratio('/ask other', pick)}  ` : ''}${target}`,
    );
  line('closed p50', (r) => percentile(r.closed, 50), '<= 1.2 (/ask)');
  line('closed p99', (r) => percentile(r.closed, 99), '');
  line('open p50', (r) => percentile(r.open.latencies, 50), '');
  line('spawn -> READY', (r) => r.spawnToReadyMs, '<= 1.5');
  line('RSS after the run', (r) => r.rssMiB, '<= 1.3');
  line('CPU to READY', (r) => r.cpuToReadyMs, '(load-robust view of start-up)');
  line('CPU/interaction', (r) => r.cpuPerInteractionMs, '(load-robust view of closed p50)');
  line('main CPU/interaction', (r) => r.mainCpuPerInteractionMs, '(main thread only: no JIT/GC threads)');
  if (other) {
    // The before/after itself: this build's /ask over the other build's, within each repeat.
    const others = runs.get('/ask other') ?? [];
    const versus = (pick: (r: RunFigures) => number) => {
      const ratios = (runs.get('/ask') ?? []).map((r, i) => pick(r) / pick(others[i] as RunFigures));
      return `${f(Math.min(...ratios), 5)} / ${f(median(ratios), 5)}`;
    };
    console.log('\n/ask over /ask other in the same repeat (min / median):');
    console.log(
      `  closed p50 ${versus((r) => percentile(r.closed, 50))}, spawn -> READY ${versus((r) => r.spawnToReadyMs)}`,
    );
    console.log(
      `  CPU to READY ${versus((r) => r.cpuToReadyMs)}, main CPU/interaction ${versus((r) => r.mainCpuPerInteractionMs)}`,
    );
    console.log(`  RSS ${versus((r) => r.rssMiB)}, first /ask ${versus((r) => r.coldMs)}`);
  }
  const cold = (runs.get('/ask') ?? []).map((r) => r.coldMs);
  console.log(
    `\nfirst /ask after READY: median ${f(median(cold), 0)} ms, worst ${f(Math.max(...cold), 0)} ms (target < 10 ms; ` +
      `minimal bot's first reply: median ${f(median(minimal.map((r) => r.coldMs)), 0)} ms)`,
  );
  const coldCpu = (name: string) => f(median((runs.get(name) ?? []).map((r) => r.coldCpuMs)), 0, 1);
  console.log(
    `  main-thread CPU during it (load-robust): /ask median ${coldCpu('/ask')} ms, /summary ${coldCpu('/summary')} ms, ` +
      `minimal bot ${coldCpu('minimal')} ms`,
  );
}

await main();
