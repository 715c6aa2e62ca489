import { describe, expect, it } from 'vitest';
import { messageText } from '../fake-discord/index.ts';
import { expectCleanRun, startHarness } from './support/harness.ts';

describe.concurrent('the real bot process under Discord faults', () => {
  it('GIVEN 429s with Retry-After and 500s on the routes it uses THEN every reply still lands exactly once', async () => {
    const harness = await startHarness();
    try {
      const { discord } = harness;
      const callbackLimit = discord.injectFault({
        path: '/interactions/:id/:token/callback',
        kind: 429,
        retryAfterSeconds: 0.2,
      });
      const summary = discord.sendInteraction({ command: 'summary' });
      expect(messageText(await summary.reply())).toContain('Security Policy Consultation');
      expect(callbackLimit.served).toBe(1);

      const channelId = discord.channel('general').id;
      const postLimit = discord.injectFault({
        path: '/channels/:id/messages',
        method: 'POST',
        kind: 429,
        retryAfterSeconds: 0.2,
      });
      const serverErrors = discord.injectFault({
        path: '/channels/:id/messages',
        method: 'POST',
        kind: 500,
        times: 2,
      });
      const question = discord.sendMessage({
        channelId,
        content: `<@${discord.botUser.id}> where were the talks held?`,
      });
      const answer = await discord.waitForMessage(channelId, (m) => m.reference?.messageId === question.id);
      expect(messageText(answer)).toContain('Seoul');
      expect([postLimit.served, serverErrors.served]).toEqual([1, 2]);
      expect(discord.messages.filter((m) => m.reference?.messageId === question.id)).toHaveLength(1);

      const editErrors = discord.injectFault({
        path: '/webhooks/:app/:token/messages/:id',
        method: 'PATCH',
        kind: 502,
        times: 2,
      });
      const show = discord.sendInteraction({ command: 'digest', subcommand: 'show' });
      expect(messageText(await show.reply())).toContain('No digest yet');
      expect(editErrors.served).toBe(2);
      expect(harness.bot.logs.some((l) => l.msg === 'rate limited by Discord')).toBe(true);
      expectCleanRun(harness);
    } finally {
      expect((await harness.stop()).exitCode).toBe(0);
    }
  });

  it('GIVEN the gateway drops (4000) THEN the bot resumes and answers an interaction sent while it was away; AND a slow Discord still sees the acknowledgement within 3 s', async () => {
    const harness = await startHarness();
    try {
      const { discord } = harness;
      discord.closeGateway(4000);
      const duringOutage = discord.sendInteraction({ command: 'help' });
      await discord.waitForResume();
      expect(messageText(await duringOutage.reply())).toContain('/summary');
      expect(discord.gatewayStats).toMatchObject({ identifyCount: 1, resumeCount: 1 });
      await harness.bot.waitForLog((l) => l.msg === 'gateway resumed', '"gateway resumed"');

      const news = discord.channel('news').id;
      await discord
        .sendInteraction({
          command: 'digest',
          subcommand: 'set',
          options: { channel: news, schedule: 'daily 09:00' },
        })
        .reply();
      const slowPost = discord.holdRequests('/channels/:id/messages', 'POST');
      const now = discord.sendInteraction({ command: 'digest', subcommand: 'now' });
      await slowPost.arrived;
      const callback = await now.callback;
      expect(callback.type).toBe(5);
      expect(callback.latencyMs).toBeLessThan(3000);
      slowPost.release();
      expect(messageText(await now.reply())).toContain('Digest posted');
      expectCleanRun(harness);
    } finally {
      expect((await harness.stop()).exitCode).toBe(0);
    }
  });

  it('GIVEN the session is ended (4009) THEN the bot identifies again and keeps answering', async () => {
    const harness = await startHarness();
    try {
      const { discord } = harness;
      discord.closeGateway(4009);
      await discord.waitForIdentify(2);
      const reply = await discord.sendInteraction({ command: 'articles' }).reply();
      expect(messageText(reply)).toContain('kr-jp-security-talks-2023-04-17');
      expect(discord.gatewayStats.identifyCount).toBe(2);
      expectCleanRun(harness);
    } finally {
      expect((await harness.stop()).exitCode).toBe(0);
    }
  });
});
