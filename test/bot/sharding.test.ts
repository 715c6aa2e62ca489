import { describe, expect, it } from 'vitest';
import {
  ownsGuildPredicate,
  placementFromEnvironment,
  runsShardingManager,
  shardOfGuild,
} from '../../src/bot/sharding.ts';

describe('shard placement', () => {
  it("GIVEN Discord's formula THEN a server's shard is (guild_id >> 22) % shard_count", () => {
    // 41771983423143937 >> 22 is 9959216934: shard 4 of 10.
    expect(shardOfGuild('41771983423143937', 10)).toBe(4);
    expect(shardOfGuild(String((1n << 22n) * 7n), 4)).toBe(3);
    expect(shardOfGuild('175928847299117063', 1)).toBe(0);
    expect(shardOfGuild('not-a-snowflake', 4)).toBe(0);
  });

  it('GIVEN the shards a process holds THEN it owns exactly their servers, and every server when unsharded', () => {
    const owns = ownsGuildPredicate({ ids: [1, 3], count: 4 });
    const guild = (shard: bigint) => String((1n << 22n) * (1000n + shard));
    expect([0n, 1n, 2n, 3n].map((shard) => owns(guild(shard)))).toEqual([false, true, false, true]);
    expect(ownsGuildPredicate({ ids: [0], count: 1 })(guild(3n))).toBe(true);
  });

  it('GIVEN the environment the ShardingManager gives a shard THEN the placement is read from it', () => {
    expect(placementFromEnvironment({ SHARDING_MANAGER: 'true', SHARDS: '2', SHARD_COUNT: '4' })).toEqual({
      ids: [2],
      count: 4,
    });
    expect(placementFromEnvironment({})).toEqual({ ids: [0], count: 1 });
  });

  it('GIVEN the settings THEN npm start runs the manager only for more than one shard, and never inside a shard', () => {
    expect(runsShardingManager({ shardCount: 1, shardIds: undefined }, {})).toBe(false);
    expect(runsShardingManager({ shardCount: 2, shardIds: undefined }, {})).toBe(true);
    expect(runsShardingManager({ shardCount: 'auto', shardIds: undefined }, {})).toBe(true);
    expect(runsShardingManager({ shardCount: 2, shardIds: undefined }, { SHARDING_MANAGER: 'true' })).toBe(
      false,
    );
  });
});
