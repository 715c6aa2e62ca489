import { expect } from 'vitest';
import { FakeDiscord, type FakeDiscordOptions, type GuildSpec } from '../../fake-discord/index.ts';
import { BotProcess, temporaryDatabase, type BotProcessOptions } from './bot-process.ts';

/** One server with a digest channel, a chat channel, one the bot may read but not post in, and one it cannot see. */
export const TEST_GUILDS: GuildSpec[] = [
  {
    name: 'News Readers',
    channels: [
      { name: 'general' },
      { name: 'news' },
      { name: 'read-only', access: 'no-send' },
      { name: 'hidden', access: 'no-view' },
    ],
  },
];

export interface Harness {
  discord: FakeDiscord;
  bot: BotProcess;
  databasePath: string;
  /** SIGTERM and start again on the same database (and the bot's current clock offset unless given). */
  restart(options?: Partial<BotProcessOptions>): Promise<{ exitCode: number | null }>;
  stop(): Promise<{ exitCode: number | null }>;
}

export async function startHarness(
  options: { fake?: FakeDiscordOptions; bot?: Partial<BotProcessOptions> } = {},
): Promise<Harness> {
  const discord = await FakeDiscord.start({ guilds: TEST_GUILDS, ...options.fake });
  const database = temporaryDatabase();
  let botOptions: BotProcessOptions = { databasePath: database.databasePath, ...options.bot };
  const harness: Harness = {
    discord,
    bot: BotProcess.start(discord, botOptions),
    databasePath: database.databasePath,
    async restart(overrides = {}) {
      const exitCode = await harness.bot.stop();
      botOptions = { ...botOptions, clockOffsetMs: harness.bot.clockOffsetMs, ...overrides };
      harness.bot = BotProcess.start(discord, botOptions);
      await harness.bot.waitUntilServing();
      return { exitCode };
    },
    async stop() {
      const exitCode = await harness.bot.stop();
      await discord.stop();
      database.cleanup();
      return { exitCode };
    },
  };
  try {
    await harness.bot.waitUntilServing();
  } catch (error) {
    await harness.stop();
    throw error;
  }
  return harness;
}

/** Nothing Discord would refuse, no route the fake does not know, nobody pinged, no error logged. */
export function expectCleanRun(harness: Harness): void {
  expect(harness.discord.unexpectedRequests).toEqual([]);
  expect(harness.discord.rejectedRequests).toEqual([]);
  expect(harness.discord.policyViolations).toEqual([]);
  expect(harness.bot.errorLogs()).toEqual([]);
}
