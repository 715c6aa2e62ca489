import { fileURLToPath } from 'node:url';
import { REST, Routes, ShardingManager, type Shard } from 'discord.js';
import type { Config } from '../config.ts';
import type { Logger } from '../core/logger.ts';
import { openStore, StoreOpenError } from '../store/database.ts';

/** Which shards this process runs, and of how many: one process per shard under the ShardingManager. */
export interface ShardPlacement {
  readonly ids: readonly number[];
  readonly count: number;
}

/** Discord's rule: a server belongs to shard (guild_id >> 22) % shard_count. Non-snowflake ids (tests) go to 0. */
export function shardOfGuild(guildId: string, shardCount: number): number {
  if (shardCount <= 1 || !/^\d{1,20}$/.test(guildId)) return 0;
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/**
 * The predicate a scheduler uses to run only its own servers' work (digests here; feeds the same way):
 * true when the server belongs to one of this process's shards.
 */
export function ownsGuildPredicate(placement: ShardPlacement): (guildId: string) => boolean {
  if (placement.count <= 1) return () => true;
  const ids = new Set(placement.ids);
  return (guildId) => ids.has(shardOfGuild(guildId, placement.count));
}

/** The placement the ShardingManager gave this process (SHARDS, SHARD_COUNT), or one shard of one. */
export function placementFromEnvironment(env: NodeJS.ProcessEnv = process.env): ShardPlacement {
  if (!env.SHARDING_MANAGER) return { ids: [0], count: 1 };
  const ids = String(env.SHARDS ?? '0')
    .replace(/[[\]\s]/g, '')
    .split(',')
    .map(Number);
  return { ids, count: Number(env.SHARD_COUNT ?? 1) };
}

/** Whether `npm start` should start the ShardingManager rather than be the bot itself. */
export function runsShardingManager(
  config: Pick<Config, 'shardCount' | 'shardIds'>,
  env = process.env,
): boolean {
  if (env.SHARDING_MANAGER) return false;
  return config.shardCount === 'auto' || config.shardCount > 1 || config.shardIds !== undefined;
}

const ENTRY = fileURLToPath(new URL('../main.ts', import.meta.url));

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
