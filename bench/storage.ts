/**
 * `node --import tsx bench/storage.ts [servers]`: how fast the digest ledger claims and records slots, on
 * SQLite and PostgreSQL, by one process and by four processes racing over the same slots (the exactly-once
 * case: every slot must be won once). The baseline is the single-process SQLite figure of the same run.
 * Then the resident memory of one bot shard against the loopback Discord.
 *
 * PostgreSQL: BENCH_DATABASE_URL, else a throwaway durable cluster from .ci/postgres when the server
 * binaries are installed, else those rows are left out (and say so).
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { silentLogger } from '../src/core/logger.ts';
import { DigestStore } from '../src/digest/store.ts';
import { patiently } from '../src/store/busy.ts';
import { openStore, type Store } from '../src/store/database.ts';
import { postgresDatabase, sqliteDatabase, type TestDatabase } from '../test/support/engines.ts';

const SLOT = Date.parse('2024-03-04T08:00:00Z');
const IN_FLIGHT_PER_PROCESS = 8;

interface WorkerResult {
  won: number;
  ms: number;
}

/** One process's share: claim `count` servers' slots starting at `offset`, record the ones it won. */
async function claimAll(
  store: Store,
  servers: number,
  offset: number,
  count = servers,
): Promise<WorkerResult> {
  const ledger = new DigestStore(store, silentLogger);
  let next = 0;
  let won = 0;
  const start = performance.now();
  const lane = async () => {
    while (next < count) {
      const guildId = `guild-${(next++ + offset) % servers}`;
      const claimed = await ledger.claim({
        guildId,
        channelId: 'channel',
        slot: SLOT,
        articleIds: ['a', 'b', 'c', 'd', 'e'],
        now: SLOT,
        scheduled: true,
      });
      if (!claimed) continue;
      won += 1;
      await ledger.complete(guildId, SLOT, `message-${guildId}`, SLOT + 1, null);
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT_PER_PROCESS }, lane));
  return { won, ms: performance.now() - start };
}

async function seedSettings(store: Store, servers: number): Promise<void> {
  await store.db.transaction().execute(async (trx) => {
    for (let index = 0; index < servers; index += 500) {
      const rows = Array.from({ length: Math.min(500, servers - index) }, (_, i) => ({
        guild_id: `guild-${index + i}`,
        channel_id: 'channel',
        schedule: 'daily 09:00',
        cron: '0 9 * * *',
        timezone: 'Europe/Berlin',
        paused: 0,
        nothing_new_note: 0,
        last_slot: SLOT - 86_400_000,
        created_at: 0,
        updated_at: 0,
      }));
      await trx.insertInto('digest_settings').values(rows).execute();
    }
  });
}

function runWorker(
  database: TestDatabase,
  servers: number,
  offset: number,
  count = servers,
): Promise<WorkerResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'bench/storage.ts',
        'worker',
        database.databasePath,
        database.databaseUrl ?? '',
        String(servers),
        String(offset),
        String(count),
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.once('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out) as WorkerResult) : reject(new Error(`worker exited ${code}`)),
    );
  });
}

interface EngineFigures {
  oneProcessPerSecond: number;
  fourShardsPerSecond: number;
  fourProcessesPerSecond: number;
  fourProcessesWon: number;
}

async function measureEngine(make: () => Promise<TestDatabase>, servers: number): Promise<EngineFigures> {
  const single = await make();
  try {
    const store = await single.open();
    await seedSettings(store, servers);
    await store.close();
    const one = await runWorker(single, servers, 0);
    if (one.won !== servers) throw new Error(`one process won ${one.won} of ${servers}`);
    const split = await make();
    let fourShardsPerSecond: number;
    try {
      const seeded = await split.open();
      await seedSettings(seeded, servers);
      await seeded.close();
      // Four shards at once, each with its own quarter of the servers (as under SHARD_COUNT=4).
      const quarter = servers / 4;
      const shards = await Promise.all(
        [0, 1, 2, 3].map((i) => runWorker(split, servers, i * quarter, quarter)),
      );
      if (shards.reduce((sum, r) => sum + r.won, 0) !== servers) throw new Error('four shards missed slots');
      fourShardsPerSecond = servers / (Math.max(...shards.map((r) => r.ms)) / 1000);
    } finally {
      await split.cleanup();
    }
    const four = await make();
    try {
      const seeded = await four.open();
      await seedSettings(seeded, servers);
      await seeded.close();
      // Four processes started together, each going round the same servers from a different place.
      const results = await Promise.all(
        [0, 1, 2, 3].map((index) => runWorker(four, servers, Math.floor((index * servers) / 4))),
      );
      const won = results.reduce((sum, r) => sum + r.won, 0);
      if (won !== servers) throw new Error(`four processes won ${won} slots of ${servers}: not exactly once`);
      return {
        oneProcessPerSecond: servers / (one.ms / 1000),
        fourShardsPerSecond,
        fourProcessesPerSecond: servers / (Math.max(...results.map((r) => r.ms)) / 1000),
        fourProcessesWon: won,
      };
    } finally {
      await four.cleanup();
    }
  } finally {
    await single.cleanup();
  }
}

/** A throwaway PostgreSQL for the benchmark when none is given. */
function startPostgres(): { url: string; stop(): void } | undefined {
  const given = process.env.BENCH_DATABASE_URL;
  if (given) return { url: given, stop() {} };
  const installed = existsSync('/usr/lib/postgresql') && readdirSync('/usr/lib/postgresql').length > 0;
  if (!installed) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'bench-pg-'));
  const port = String(56000 + Math.floor(Math.random() * 1000));
  // Durable (fsync on), as SQLite's synchronous = FULL is: the two engines are compared like for like.
  const url = execFileSync('.ci/postgres', ['start', dir, port], {
    encoding: 'utf8',
    env: { ...process.env, PG_DURABLE: '1' },
  }).trim();
  return {
    url,
    stop() {
      execFileSync('.ci/postgres', ['stop', dir]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** RSS of one bot process (one shard) serving `servers` servers, each with a digest timer. */
async function shardMemoryMiB(servers: number): Promise<number | undefined> {
  const { FakeDiscord } = await import('../test/fake-discord/index.ts');
  const { BotProcess, temporaryDatabase } = await import('../test/e2e/support/bot-process.ts');
  const guilds = Array.from({ length: servers }, (_, index) => ({
    name: `server ${index}`,
    channels: [{ name: `news-${index}` }],
  }));
  const discord = await FakeDiscord.start({ guilds });
  const database = temporaryDatabase();
  try {
    const store = await openStore({ databasePath: database.databasePath });
    const ids = [...discord.world.guilds.keys()];
    await store.db.transaction().execute(async (trx) => {
      for (const [index, guildId] of ids.entries()) {
        await trx
          .insertInto('digest_settings')
          .values({
            guild_id: guildId,
            channel_id: discord.channel(`news-${index}`).id,
            schedule: 'daily 09:00',
            cron: '0 9 * * *',
            timezone: 'Europe/Berlin',
            paused: 0,
            nothing_new_note: 0,
            last_slot: Date.now(),
            created_at: 0,
            updated_at: 0,
          })
          .execute();
      }
    });
    await store.close();
    const bot = BotProcess.start(discord, { databasePath: database.databasePath, waitTimeoutMs: 120_000 });
    await bot.waitUntilServing();
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const rss = bot.rssMiB();
    await bot.stop();
    return rss;
  } finally {
    await discord.stop();
    database.cleanup();
  }
}

async function main(servers: number): Promise<void> {
  const rows: Array<[string, string]> = [];
  const sqlite = await measureEngine(async () => sqliteDatabase(), servers);
  const baseline = sqlite.oneProcessPerSecond;
  const rate = (value: number) =>
    `${Math.round(value).toLocaleString('en')} /s (${(value / baseline).toFixed(2)}x)`;
  rows.push([`servers, one slot each`, servers.toLocaleString('en')]);
  rows.push(['baseline: SQLite, one process, claim + record', rate(baseline)]);
  rows.push(['SQLite, four processes (shards), a quarter each', rate(sqlite.fourShardsPerSecond)]);
  rows.push(['SQLite, four processes racing for the same slots', rate(sqlite.fourProcessesPerSecond)]);
  rows.push(['  slots won (must equal servers)', String(sqlite.fourProcessesWon)]);
  const postgres = startPostgres();
  if (postgres) {
    try {
      const pg = await measureEngine(() => postgresDatabase(postgres.url), servers);
      rows.push(['PostgreSQL, one process', rate(pg.oneProcessPerSecond)]);
      rows.push(['PostgreSQL, four processes (shards), a quarter each', rate(pg.fourShardsPerSecond)]);
      rows.push(['PostgreSQL, four processes racing for the same slots', rate(pg.fourProcessesPerSecond)]);
      rows.push(['  slots won (must equal servers)', String(pg.fourProcessesWon)]);
    } finally {
      postgres.stop();
    }
  } else {
    rows.push(['PostgreSQL', 'left out: no BENCH_DATABASE_URL and no server binaries']);
  }
  const mib = (value: number | undefined) =>
    value === undefined ? 'unknown (no /proc)' : `${value.toFixed(0)} MiB`;
  rows.push(['baseline: one shard (bot process) with 1 server, RSS', mib(await shardMemoryMiB(1))]);
  rows.push([
    'one shard with 1,000 servers, each with a digest timer, RSS',
    mib(await shardMemoryMiB(1_000)),
  ]);
  const width = Math.max(...rows.map(([label]) => label.length));
  for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv[2] === 'worker') {
    const [, , , databasePath, databaseUrl, servers, offset, count] = process.argv;
    const store = await openStore({
      databasePath: databasePath as string,
      databaseUrl: databaseUrl || undefined,
    });
    // As the digest runner does: background work waits for the write lock as long as it takes.
    const result = await patiently(() =>
      claimAll(store, Number(servers), Number(offset), Number(count ?? servers)),
    );
    await store.close();
    process.stdout.write(JSON.stringify(result));
  } else {
    await main(Number(process.argv[2] ?? 10_000));
  }
}
