import type { Config } from '../config.ts';

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
