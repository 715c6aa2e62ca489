import { existsSync, mkdirSync, mkdtempSync, readdirSync, readlinkSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../scripts/build.mjs';
import { FakeDiscord, messageText } from '../fake-discord/index.ts';
import { FeedServer } from '../feeds/support/feed-server.ts';
import { baseStories } from '../feeds/support/stories.ts';
import { BotProcess, REPO_ROOT, temporaryDatabase } from '../e2e/support/bot-process.ts';
import { TEST_GUILDS } from '../e2e/support/harness.ts';
import { PRODUCTION_NODE_FLAGS } from '../../src/ops/node-flags.ts';

/** Inodes of the TCP sockets a process listens on (Linux /proc). */
function listeningSockets(pid: number): string[] {
  const inodes = new Set<string>();
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    try {
      const target = readlinkSync(`/proc/${pid}/fd/${fd}`);
      const inode = /^socket:\[(\d+)\]$/.exec(target)?.[1];
      if (inode) inodes.add(inode);
    } catch {
      // the descriptor closed meanwhile
    }
  }
  const listening: string[] = [];
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text = '';
    try {
      text = readFileSync(table, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      // st 0A = LISTEN; the inode is the tenth field
      if (fields[3] === '0A' && fields[9] && inodes.has(fields[9])) listening.push(fields[1] ?? '');
    }
  }
  return listening;
}

describe('the compiled bot (node dist/main.js)', () => {
  let outDir: string;
  let discord: FakeDiscord;
  const databases: Array<{ cleanup(): void }> = [];

  beforeAll(async () => {
    // Inside the repository so the bundle resolves its dependencies from node_modules, as dist/ does.
    mkdirSync(path.join(REPO_ROOT, 'var'), { recursive: true });
    outDir = mkdtempSync(path.join(REPO_ROOT, 'var', 'dist-test-'));
    await build({ outDir });
    discord = await FakeDiscord.start({ guilds: TEST_GUILDS, waitTimeoutMs: 60_000 });
  }, 60_000);

  afterAll(async () => {
    await discord?.stop();
    for (const database of databases) database.cleanup();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  function start(env: Record<string, string> = {}, preload: string[] = []): BotProcess {
    const database = temporaryDatabase();
    databases.push(database);
    return BotProcess.start(discord, {
      databasePath: database.databasePath,
      nodeArgs: [...preload, ...PRODUCTION_NODE_FLAGS, path.join(outDir, 'main.js')],
      env,
      waitTimeoutMs: 60_000,
    });
  }

  it('GIVEN the bundle THEN discord.js is converted to an ES module namespace once (src/bot/discord.ts), not once per importer', () => {
    // esbuild copies every export of a CommonJS package into a new object for each ES module importing it
    // (`__toESM(require_x())`): for discord.js thousands of properties, 25-60 ms of a start at 21 importers.
    const chunks = readdirSync(outDir)
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(path.join(outDir, file), 'utf8'));
    const entry = chunks
      .map(
        (text) =>
          /var (require_\w+)=__commonJS\(\{"[^"]*node_modules\/discord\.js\/src\/index\.js"/.exec(text)?.[1],
      )
      .find(Boolean);
    expect(entry).toBeDefined();
    const conversions = chunks.reduce(
      (sum, text) => sum + text.split(`__toESM(${entry as string}()`).length - 1,
      0,
    );
    expect(conversions).toBe(1);
  });

  it('GIVEN HEALTH_PORT THEN /health reports gateway, database and articles, and /metrics counts an /ask', async () => {
    const bot = start({ HEALTH_PORT: '0' });
    try {
      const listening = await bot.waitForLog((l) => l.msg === 'health server listening', 'the health port');
      await bot.waitUntilServing();
      const base = `http://127.0.0.1:${String(listening.port)}`;

      const health = await fetch(`${base}/health`);
      expect(health.status).toBe(200);
      expect(health.headers.get('content-type')).toContain('application/json');
      const report = (await health.json()) as Record<string, unknown>;
      expect(report).toMatchObject({
        status: 'ok',
        gateway: { status: 'Ready', ready: true },
        database: { reachable: true },
        articles: { rejected: 0 },
      });
      expect((report.articles as { loaded: number }).loaded).toBeGreaterThan(0);
      expect(typeof report.uptimeSeconds).toBe('number');

      const sent = discord.sendInteraction({ command: 'ask', options: { question: 'Who attended?' } });
      await sent.callback;
      expect(messageText(await sent.reply()).length).toBeGreaterThan(0);

      // A user error, a 429 on the reply, and a dropped gateway: each lands in its counter.
      const limited = discord.injectFault({
        path: '/interactions/:id/:token/callback',
        kind: 429,
        times: 1,
        retryAfterSeconds: 0.2,
      });
      const bad = discord.sendInteraction({ command: 'participants', options: { country: 'atlantis' } });
      await bad.callback;
      await limited.done;
      discord.closeGateway(4000);
      await bot.waitForLog((l) => l.msg === 'gateway resumed', '"gateway resumed"');

      // The counts land once the bot has seen Discord accept its replies: scrape until they show.
      const wanted = [
        /^news_bot_interactions_total\{command="ask",outcome="answered"\} 1$/m,
        /^news_bot_interactions_total\{command="participants",outcome="user_error"\} 1$/m,
        /^news_bot_discord_rate_limited_total\{scope="route"\} [1-9]\d*$/m,
        /^news_bot_gateway_reconnects_total [1-9]\d*$/m,
      ];
      let text = '';
      for (let attempt = 0; attempt < 100 && !wanted.every((pattern) => pattern.test(text)); attempt++) {
        if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 100));
        const metrics = await fetch(`${base}/metrics`);
        expect(metrics.status).toBe(200);
        expect(metrics.headers.get('content-type')).toContain('text/plain');
        text = await metrics.text();
      }
      for (const pattern of wanted) expect(text).toMatch(pattern);
      expect(text).toMatch(/^news_bot_interactions_total\{command="ask",outcome="answered"\} 1$/m);
      expect(text).toMatch(/^news_bot_interaction_duration_seconds_count\{command="ask"\} 1$/m);
      expect(text).toMatch(
        /^news_bot_interaction_duration_seconds_bucket\{le="0\.005",command="ask"\} \d+$/m,
      );
      for (const name of [
        'news_bot_digest_posts_total{outcome="sent"} 0',
        'news_bot_digest_posts_total{outcome="failed"} 0',
        'news_bot_feed_posts_total{outcome="sent"} 0',
        'news_bot_discord_rate_limited_total{scope="global"} 0',
        'news_bot_process_resident_memory_bytes',
        'news_bot_articles_loaded',
      ])
        expect(text).toContain(name);

      expect((await fetch(`${base}/nothing`)).status).toBe(404);
      expect((await fetch(`${base}/health`, { method: 'POST' })).status).toBe(405);
    } finally {
      expect(await bot.stop()).toBe(0);
    }
  });

  it('GIVEN no HEALTH_PORT THEN the bot listens on no TCP port', async () => {
    const bot = start();
    try {
      await bot.waitUntilServing();
      expect(bot.logs.some((l) => l.msg === 'health server listening')).toBe(false);
      if (process.platform === 'linux') expect(listeningSockets(bot.child.pid ?? 0)).toEqual([]);
    } finally {
      await bot.stop();
    }
  });

  it('GIVEN no feed THEN the bot is ready without the feed and language libraries; /feed add and /feed test load them and ingest a story', async () => {
    const scratch = mkdtempSync(path.join(tmpdir(), 'lazy-libraries-'));
    const importsFile = path.join(scratch, 'imports.txt');
    const imported = () => (existsSync(importsFile) ? readFileSync(importsFile, 'utf8').split('\n') : []);
    const server = await FeedServer.start();
    server.feeds.set('/rss.xml', { format: 'rss', title: 'Riverton Post', stories: baseStories() });
    const bot = start(
      {
        RECORD_IMPORTS_FILE: importsFile,
        FEED_ARTICLES_DIR: path.join(scratch, 'feed-articles'),
        FETCH_ALLOW_PRIVATE: 'true',
      },
      ['--import', path.join(REPO_ROOT, 'test/runtime/support/record-imports.mjs')],
    );
    const feedLibraries = [
      'feedsmith',
      'linkedom',
      '@mozilla/readability',
      'wink-nlp',
      'wink-eng-lite-web-model',
      'chrono-node',
    ];
    try {
      await bot.waitUntilServing();
      expect(imported()).toContain('better-sqlite3'); // the recording works
      for (const library of [...feedLibraries, 'pg', 'prom-client'])
        expect(imported()).not.toContain(library);

      const add = discord.sendInteraction({
        command: 'feed',
        subcommand: 'add',
        options: { url: server.feedUrl('/rss.xml'), channel: discord.channel('news').id },
      });
      expect(messageText(await add.reply())).toContain('Feed 1 added: Riverton Post');
      expect(imported()).toEqual(expect.arrayContaining(['feedsmith', 'linkedom']));

      const tested = discord.sendInteraction({ command: 'feed', subcommand: 'test', options: { feed: '1' } });
      const preview = messageText(await tested.reply());
      expect(preview).toContain('Riverton opens its new harbor bridge');
      expect(preview).toMatch(/Article id: \S+/); // ingested into an article model
      expect(imported()).toEqual(expect.arrayContaining(feedLibraries));
      expect(bot.logs.filter((l) => l.msg === 'feed parsing and ingest libraries loaded')).toHaveLength(1);
    } finally {
      expect(await bot.stop()).toBe(0);
      await server.close();
      rmSync(scratch, { recursive: true, force: true });
    }
    expect(bot.errorLogs()).toEqual([]);
  });

  it('GIVEN SIGTERM THEN the compiled bot closes the gateway and the database and exits 0', async () => {
    const bot = start();
    await bot.waitUntilServing();
    expect(bot.logs.find((l) => l.msg === 'warmed up')).toMatchObject({ articles: 1 });
    const exitCode = await bot.stop();
    expect(exitCode).toBe(0);
    expect(bot.logs.map((l) => l.msg)).toEqual(expect.arrayContaining(['shutting down', 'stopped']));
    expect(bot.errorLogs()).toEqual([]);
  });
});
