import { describe, expect, it } from 'vitest';
import { FakeDiscord, isEphemeral, messageText, type FakeMessage } from '../fake-discord/index.ts';
import { ENGINES } from '../support/engines.ts';
import { BotProcess, type LogLine } from './support/bot-process.ts';
import { TEST_GUILDS } from './support/harness.ts';

const SLOT_MS = 15 * 60_000;
const LEAD_MS = 3_000;
const HEADLINE = 'South Korea, Japan hold first senior-level security talks in five years';
const nextSlotAfter = (ms: number) => (Math.floor(ms / SLOT_MS) + 1) * SLOT_MS;

const digestPosts = (discord: FakeDiscord, channelId: string): FakeMessage[] =>
  discord.messages.filter((m) => m.channelId === channelId && m.interactionId === undefined && !m.deleted);

describe.each(ENGINES)('two bot processes on one database ($name)', ({ create }) => {
  it('GIVEN two processes with the same schedules (a rolling restart, or a mistake) THEN each digest is posted once', async () => {
    const discord = await FakeDiscord.start({ guilds: TEST_GUILDS });
    const database = await create();
    const options = {
      databasePath: database.databasePath,
      env: { ...database.env, LOG_LEVEL: 'debug' },
      waitTimeoutMs: 60_000,
    };
    const first = BotProcess.start(discord, options);
    let second: BotProcess | undefined;
    try {
      await first.waitUntilServing();
      // node-cron plans from the clock it sees when a timer is made: move it before any timer exists.
      const slot = nextSlotAfter(Date.now() + LEAD_MS + 20_000);
      await first.moveClockTo(slot - LEAD_MS - 20_000);
      const news = discord.channel('news').id;
      const set = discord.sendInteraction({
        command: 'digest',
        subcommand: 'set',
        options: { channel: news, schedule: 'every 15 minutes' },
      });
      expect(isEphemeral(await set.reply())).toBe(true);

      // The second process starts on the same clock and finds the schedule in the database.
      second = BotProcess.start(discord, { ...options, clockOffsetMs: first.clockOffsetMs });
      await second.waitUntilServing();
      expect(second.logs.find((l) => l.msg === 'digest scheduler started')).toMatchObject({ scheduled: 1 });

      const evaluated = (bot: BotProcess) =>
        bot.waitForLog((l) => l.msg === 'digest slot evaluated' && l.slot === slot, `slot ${slot} evaluated`);
      const outcomes = (await Promise.all([evaluated(first), evaluated(second)])).map(
        (l: LogLine) => l.outcome,
      );
      expect(outcomes.filter((outcome) => outcome === 'sent')).toHaveLength(1);
      expect(outcomes.filter((outcome) => outcome !== 'sent')).toEqual([
        expect.stringMatching(/^(already-handled|nothing-new)$/),
      ]);
      expect(digestPosts(discord, news).map(messageText)).toEqual([expect.stringContaining(HEADLINE)]);
      expect([...first.errorLogs(), ...second.errorLogs()]).toEqual([]);
    } finally {
      await Promise.all([first.stop(), second?.stop()]);
      await discord.stop();
      await database.cleanup();
    }
  }, 120_000);
});
