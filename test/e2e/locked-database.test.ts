import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { messageText } from '../fake-discord/index.ts';
import { startHarness } from './support/harness.ts';

describe('a SQLite file locked by another process, real bot process', () => {
  it('GIVEN another process holds the write lock THEN /help is answered in time, a /followups change says the database is busy, and works once the lock is gone', async () => {
    const harness = await startHarness();
    const holder = new BetterSqlite3(harness.databasePath);
    try {
      const news = harness.discord.channel('news').id;
      holder.exec('BEGIN IMMEDIATE');
      const change = harness.discord.sendInteraction({
        command: 'followups',
        subcommand: 'allow',
        options: { channel: news },
      });
      const help = harness.discord.sendInteraction({ command: 'help' });
      expect((await help.callback).latencyMs).toBeLessThan(3000);
      expect(messageText(await help.reply())).toContain('/summary');
      expect((await change.callback).latencyMs).toBeLessThan(3000);
      expect(messageText(await change.reply())).toMatch(/database is busy right now/);

      holder.exec('ROLLBACK');
      const again = harness.discord.sendInteraction({
        command: 'followups',
        subcommand: 'allow',
        options: { channel: news },
      });
      expect(messageText(await again.reply())).toContain(`Added <#${news}>`);
      expect(harness.discord.rejectedRequests).toEqual([]);
    } finally {
      holder.close();
      await harness.stop();
    }
  });
});
