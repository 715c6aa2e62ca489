import { describe, expect, it } from 'vitest';
import { messageText } from '../fake-discord/index.ts';
import { expectCleanRun, startHarness } from './support/harness.ts';

/**
 * Discord answering after 20 s: @discordjs/rest gives up on a request after 15 s and sends it again. The
 * first request did take effect, so without a nonce (and `enforce_nonce`) the retry posts a second copy.
 */
const LATE_MS = 20_000;
const late = { stage: 'response', times: 1, forMs: LATE_MS } as const;
const SLOW_TEST_MS = 90_000;

describe.concurrent('a Discord that answers after 20 s (real bot process)', () => {
  it(
    'GIVEN the digest post is answered 20 s late THEN /digest now posts the digest once and says so',
    async () => {
      const harness = await startHarness({ fake: { waitTimeoutMs: 60_000 } });
      try {
        const { discord } = harness;
        const news = discord.channel('news').id;
        await discord
          .sendInteraction({
            command: 'digest',
            subcommand: 'set',
            options: { channel: news, schedule: 'daily 09:00' },
          })
          .reply();
        const slowPost = discord.holdRequests(`/channels/${news}/messages`, 'POST', late);
        const now = discord.sendInteraction({ command: 'digest', subcommand: 'now' });
        await slowPost.arrived;
        expect(messageText(await now.reply())).toContain('Digest posted');

        const posts = discord.messages.filter((m) => m.channelId === news && m.interactionId === undefined);
        expect(posts).toHaveLength(1);
        expect(messageText(posts[0]!)).toContain('security talks');
        // The retry really happened, and was answered with the first message.
        expect(discord.nonceRepeats).toEqual([
          { channelId: news, nonce: posts[0]!.nonce, messageId: posts[0]!.id },
        ]);
        expectCleanRun(harness);
      } finally {
        expect((await harness.stop()).exitCode).toBe(0);
      }
    },
    SLOW_TEST_MS,
  );

  it(
    'GIVEN the follow-up reply is answered 20 s late THEN the question gets one answer',
    async () => {
      const harness = await startHarness({ fake: { waitTimeoutMs: 60_000 } });
      try {
        const { discord } = harness;
        const general = discord.channel('general').id;
        const slowReply = discord.holdRequests(`/channels/${general}/messages`, 'POST', late);
        const question = discord.sendMessage({
          channelId: general,
          content: `<@${discord.botUser.id}> where were the talks held?`,
        });
        await slowReply.arrived;
        // The next post to the channel is discord.js' retry: let it be handled, then count.
        const retry = discord.holdRequests(`/channels/${general}/messages`, 'POST', {
          stage: 'response',
          times: 1,
        });
        await retry.arrived;
        retry.release();
        const answer = await discord.waitForMessage(general, (m) => m.reference?.messageId === question.id);
        expect(messageText(answer)).toContain('Seoul');
        expect(discord.messages.filter((m) => m.reference?.messageId === question.id)).toHaveLength(1);
        expect(discord.nonceRepeats.map((r) => r.messageId)).toEqual([answer.id]);
        expectCleanRun(harness);
      } finally {
        expect((await harness.stop()).exitCode).toBe(0);
      }
    },
    SLOW_TEST_MS,
  );

  it(
    'GIVEN a deferral answered 20 s late (discord.js retries it and gets 40060) THEN the reply is still sent, not left "thinking"',
    async () => {
      const harness = await startHarness({ fake: { waitTimeoutMs: 60_000 } });
      try {
        const { discord } = harness;
        const slowCallback = discord.holdRequests('/interactions/:id/:token/callback', 'POST', late);
        const show = discord.sendInteraction({ command: 'digest', subcommand: 'show' });
        await slowCallback.arrived;
        expect((await show.callback).type).toBe(5);
        const reply = await show.reply();
        expect(messageText(reply)).toContain('No digest yet');
        // The one refusal is Discord's answer to the retried deferral.
        expect(discord.rejectedRequests.map((r) => [r.path, (r.response as { code: number }).code])).toEqual([
          [`/interactions/${show.id}/${show.token}/callback`, 40060],
        ]);
        expect(harness.bot.errorLogs()).toEqual([]);
        expect(discord.policyViolations).toEqual([]);
      } finally {
        expect((await harness.stop()).exitCode).toBe(0);
      }
    },
    SLOW_TEST_MS,
  );
});
