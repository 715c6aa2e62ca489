import { describe, expect, it } from 'vitest';
import { FakeDiscord, isEphemeral, messageText, type FakeMessage } from '../fake-discord/index.ts';
import { BotProcess, temporaryDatabase, type LogLine } from './support/bot-process.ts';

const HEADLINE = 'South Korea, Japan hold first senior-level security talks in five years';
/** Two servers whose ids put them on different shards of two: (id >> 22) % 2 is 0 and 1. */
const SHARD_0_GUILD = String((1n << 22n) * 100_000_000_000n);
const SHARD_1_GUILD = String((1n << 22n) * 100_000_000_001n);

const digestPosts = (discord: FakeDiscord, channelId: string): FakeMessage[] =>
  discord.messages.filter((m) => m.channelId === channelId && m.interactionId === undefined && !m.deleted);

describe('SHARD_COUNT=2 under the ShardingManager, against a fake Discord that shards its servers', () => {
  it('GIVEN two servers on different shards THEN each shard answers its own server and runs only its digest; AND a shard killed mid-digest is restarted and posts it once', async () => {
    const discord = await FakeDiscord.start({
      guilds: [
        { id: SHARD_0_GUILD, name: 'Even', channels: [{ name: 'news-even' }] },
        { id: SHARD_1_GUILD, name: 'Odd', channels: [{ name: 'news-odd' }] },
      ],
    });
    const database = temporaryDatabase();
    const bot = BotProcess.start(discord, {
      databasePath: database.databasePath,
      waitTimeoutMs: 60_000,
      env: { SHARD_COUNT: '2', SHARD_SPAWN_DELAY_MS: '0', DIGEST_CLAIM_LEASE_SECONDS: '1' },
    });
    const shardLog = (shard: string, msg: string, extra: (l: LogLine) => boolean = () => true) =>
      bot.waitForLog((l) => l.shard === shard && l.msg === msg && extra(l), `"${msg}" from shard ${shard}`);
    try {
      const [ready0, ready1] = await Promise.all([shardLog('0', 'ready'), shardLog('1', 'ready')]);
      expect(ready0).toMatchObject({ guilds: 1, shards: [0] });
      expect(ready1).toMatchObject({ guilds: 1, shards: [1] });
      await Promise.all([
        shardLog('0', 'registered commands'),
        shardLog('0', 'digest scheduler started'),
        shardLog('1', 'digest scheduler started'),
      ]);
      expect(discord.gatewayStats.identifyCount).toBe(2);

      // Interactions on both shards.
      const even = discord.channel('news-even').id;
      const odd = discord.channel('news-odd').id;
      for (const channelId of [even, odd]) {
        const help = discord.sendInteraction({ command: 'help', channelId });
        expect(messageText(await help.reply())).toContain('/summary');
      }
      for (const channelId of [even, odd]) {
        const set = discord.sendInteraction({
          command: 'digest',
          subcommand: 'set',
          channelId,
          options: { channel: channelId, schedule: 'daily 09:00' },
        });
        const reply = await set.reply();
        expect(isEphemeral(reply)).toBe(true);
      }

      // The even server's digest, from shard 0.
      const now = discord.sendInteraction({ command: 'digest', subcommand: 'now', channelId: even });
      expect(messageText(await now.reply())).toContain('Digest posted');
      expect(await shardLog('0', 'digest posted', (l) => l.guildId === SHARD_0_GUILD)).toBeTruthy();

      // The odd server's digest: Discord makes the message but shard 1 dies before it hears back.
      const held = discord.holdRequests(`/channels/${odd}/messages`, 'POST', 'response');
      discord.sendInteraction({ command: 'digest', subcommand: 'now', channelId: odd });
      await held.arrived;
      const started = bot.logs.filter((l) => l.msg === 'shard started' && l.shardId === 1);
      const pid = Number(started.at(-1)?.pid);
      expect(pid).toBeGreaterThan(0);
      const killedAt = bot.logs.length;
      process.kill(pid, 'SIGKILL');
      await bot.waitForLog((l) => l.msg === 'shard stopped' && l.shardId === 1, 'shard 1 stopped');
      held.release();

      // The manager restarts shard 1; after the lease it retries the claim with the same nonce.
      await bot.waitForLog(
        (l) => l.msg === 'shard started' && l.shardId === 1 && Number(l.pid) !== pid,
        'shard 1 restarted',
      );
      const restarted = await bot.waitForLog(
        (l) => l.shard === '1' && l.msg === 'digest scheduler started' && bot.logs.indexOf(l) > killedAt,
        'the restarted shard 1 scheduler',
      );
      expect(restarted).toMatchObject({ scheduled: 1 });
      await bot.waitForLog(
        (l) => l.shard === '1' && l.msg === 'retrying an unconfirmed digest claim (same nonce)',
        'the retry',
      );
      await bot.waitForLog(
        (l) => l.shard === '1' && l.msg === 'digest posted' && l.guildId === SHARD_1_GUILD,
        'the odd digest posted',
      );

      expect(digestPosts(discord, even).map(messageText)).toEqual([expect.stringContaining(HEADLINE)]);
      expect(digestPosts(discord, odd).map(messageText)).toEqual([expect.stringContaining(HEADLINE)]);
      // Each server's digest ran on its own shard only.
      const posted = bot.logs.filter((l) => l.msg === 'digest posted');
      expect(posted.map((l) => [l.shard, l.guildId]).sort()).toEqual([
        ['0', SHARD_0_GUILD],
        ['1', SHARD_1_GUILD],
      ]);
      expect(discord.policyViolations).toEqual([]);
    } finally {
      const code = await bot.stop();
      if (code !== 0)
        console.log(
          bot.logs
            .slice(-12)
            .map((l) => JSON.stringify(l))
            .join('\n'),
        );
      expect(code).toBe(0);
      await discord.stop();
      database.cleanup();
    }
  }, 180_000);
});
