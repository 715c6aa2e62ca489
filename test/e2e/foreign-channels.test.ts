import { describe, expect, it } from 'vitest';
import { isEphemeral, messageText } from '../fake-discord/index.ts';
import { TEST_GUILDS, expectCleanRun, startHarness, type Harness } from './support/harness.ts';

/** The bot is in a second server too: its channels are real, just not this server's. */
const GUILDS = [...TEST_GUILDS, { name: 'Elsewhere', channels: [{ name: 'foreign' }] }];

async function run(harness: Harness, command: string, subcommand: string, options: Record<string, string>) {
  const reply = await harness.discord.sendInteraction({ command, subcommand, options }).reply();
  expect(isEphemeral(reply)).toBe(true);
  return messageText(reply);
}

describe('channel options name a channel of the server the command runs in (real bot process)', () => {
  it('GIVEN another server’s channel in /digest set and /digest now, and a malformed id in /followups allow THEN each is refused clearly and nothing is stored or posted', async () => {
    const harness = await startHarness({ fake: { guilds: GUILDS } });
    try {
      const { discord } = harness;
      const foreign = discord.channel('foreign').id;
      const news = discord.channel('news').id;

      expect(await run(harness, 'digest', 'set', { channel: foreign, schedule: 'daily 09:00' })).toMatch(
        /is not a channel of this server/,
      );
      expect(await run(harness, 'digest', 'show', {})).toContain('No digest yet');

      await run(harness, 'digest', 'set', { channel: news, schedule: 'daily 09:00' });
      expect(await run(harness, 'digest', 'now', { channel: foreign })).toMatch(
        /is not a channel of this server/,
      );
      expect(discord.messages.filter((m) => m.channelId === foreign)).toEqual([]);

      expect(await run(harness, 'followups', 'allow', { channel: '12345' })).toMatch(/not a channel id/);
      expect(await run(harness, 'followups', 'allow', { channel: foreign })).toMatch(
        /is not a channel of this server/,
      );
      expect(await run(harness, 'followups', 'list', {})).toMatch(/every channel/);

      // Follow-ups still work in this server afterwards.
      const general = discord.channel('general').id;
      const question = discord.sendMessage({
        channelId: general,
        content: `<@${discord.botUser.id}> where were the talks held?`,
      });
      const answer = await discord.waitForMessage(general, (m) => m.reference?.messageId === question.id);
      expect(messageText(answer)).toContain('Seoul');
      expectCleanRun(harness);
    } finally {
      expect((await harness.stop()).exitCode).toBe(0);
    }
  }, 45_000);
});
