import { describe, expect, it } from 'vitest';
import { startHarness } from './support/harness.ts';

describe('logs never carry an interaction token (real bot process)', () => {
  it('GIVEN Discord failing every edit of a deferred reply THEN the error lines name the webhook route but not its token', async () => {
    const harness = await startHarness({ bot: { waitTimeoutMs: 45_000 } });
    try {
      const { discord, bot } = harness;
      // Every attempt (discord.js retries 5xx) at the result and at the error message that replaces it fails.
      discord.injectFault({
        path: '/webhooks/:app/:token/messages/:id',
        method: 'PATCH',
        kind: 500,
        times: 100,
      });
      const show = discord.sendInteraction({ command: 'digest', subcommand: 'show' });
      await bot.waitForLog((l) => l.msg === 'could not respond to an interaction', 'the failed reply');
      const failures = bot.logs.filter((l) => l.level >= 50);
      expect(failures.length).toBeGreaterThan(0);
      const written = JSON.stringify(bot.logs);
      expect(written).toMatch(/\/webhooks\/\d+\/\[redacted\]\/messages\/%40original/);
      expect(written).not.toContain(show.token);
      expect(written).not.toContain(discord.token);
    } finally {
      expect((await harness.stop()).exitCode).toBe(0);
    }
  }, 90_000);
});
