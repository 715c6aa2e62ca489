import { fileURLToPath } from 'node:url';
import { REST, Routes, ShardingManager, type Shard } from './discord.ts';
import type { Config } from '../config.ts';
import type { Logger } from '../core/logger.ts';
import { openStore, StoreOpenError } from '../store/database.ts';

// Where a process's shards are, without discord.js: src/main.ts reads it before anything heavy is imported.
export {
  ownsGuildPredicate,
  placementFromEnvironment,
  runsShardingManager,
  shardOfGuild,
  type ShardPlacement,
} from './placement.ts';

/**
 * The script this process was started with (src/main.ts under tsx, dist/main.js compiled, or the start
 * script that runs the bundle): each shard runs the same entry point. A path relative to this module would
 * be wrong once it is bundled into dist/.
 */
const ENTRY = process.argv[1] ?? fileURLToPath(new URL('../main.ts', import.meta.url));

/**
 * The ShardingManager process: checks the database once (so a bad DATABASE_PATH/URL is reported once, not
 * by every shard in a respawn loop), spawns one process per shard (the same entry point, which sees
 * SHARDING_MANAGER and runs as that shard), restarts a shard that dies, and on SIGTERM/SIGINT stops them all.
 */
export async function runShardingManager(config: Config, token: string, logger: Logger): Promise<number> {
  try {
    const store = await openStore({
      databaseUrl: config.databaseUrl,
      databasePath: config.databasePath,
      logger,
    });
    await store.close();
  } catch (error) {
    if (!(error instanceof StoreOpenError)) throw error;
    logger.fatal(error.message);
    return 1;
  }
  let totalShards: number;
  try {
    totalShards =
      config.shardCount === 'auto' ? await recommendedShardCount(config, token) : config.shardCount;
  } catch (error) {
    logger.fatal(
      { err: error },
      'could not ask Discord for the recommended shard count: check DISCORD_TOKEN',
    );
    return 1;
  }
  const shardList = config.shardIds ? [...config.shardIds] : [...Array(totalShards).keys()];
  const manager = new ShardingManager(ENTRY, {
    token,
    totalShards,
    shardList,
    mode: 'process',
    respawn: true,
    execArgv: process.execArgv,
  });
  let stopping = false;
  manager.on('shardCreate', (shard: Shard) => {
    shard.on('spawn', (child) =>
      logger.info({ shardId: shard.id, pid: 'pid' in child ? child.pid : undefined }, 'shard started'),
    );
    // A respawn that fails (the new process died before it was ready) is reported here, not thrown.
    shard.on('error', (error) => {
      if (!stopping) logger.error({ shardId: shard.id, err: error }, 'shard error');
    });
    shard.on('death', (child) =>
      logger.warn(
        { shardId: shard.id, exitCode: 'exitCode' in child ? child.exitCode : null },
        'shard stopped',
      ),
    );
  });
  logger.info({ totalShards, shards: shardList }, 'starting shards');

  const stopped = new Promise<number>((resolve) => {
    const shutdown = (signal: string) => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, 'stopping every shard');
      manager.respawn = false;
      const exits = [...manager.shards.values()].map((shard) => stopShard(shard));
      void Promise.all(exits).then(() => {
        logger.info('stopped');
        resolve(0);
      });
    };
    process.once('SIGINT', () => shutdown('SIGINT'));
    process.once('SIGTERM', () => shutdown('SIGTERM'));
  });

  try {
    await manager.spawn({ amount: totalShards, delay: config.shardSpawnDelayMs, timeout: 60_000 });
    logger.info({ shards: shardList }, 'every shard is ready');
  } catch (error) {
    logger.fatal({ err: error }, 'a shard did not start');
    manager.respawn = false;
    await Promise.all([...manager.shards.values()].map((shard) => stopShard(shard)));
    return 1;
  }
  return stopped;
}

/** SIGTERM to a shard's process (it shuts down cleanly), resolved when it has exited. */
function stopShard(shard: Shard): Promise<void> {
  const child = shard.process;
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** GET /gateway/bot through DISCORD_API_URL (discord.js' own helper always asks discord.com). */
async function recommendedShardCount(config: Config, token: string): Promise<number> {
  const rest = new REST({ api: config.discordApiUrl }).setToken(token);
  const body = (await rest.get(Routes.gatewayBot())) as { shards?: unknown };
  const shards = Number(body.shards);
  if (!Number.isInteger(shards) || shards < 1)
    throw new Error(`unexpected shard count ${String(body.shards)}`);
  return shards;
}
