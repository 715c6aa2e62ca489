import { describe, expect, it } from 'vitest';
import { FakeDiscord } from '../fake-discord/index.ts';
import { BotProcess, temporaryDatabase, type LogLine } from './support/bot-process.ts';
import { TEST_GUILDS, startHarness } from './support/harness.ts';

const EXIT_BOUND_MS = 10_000;
const WARN = 40;
const FATAL = 60;
/** Each test starts a bot process: allow for a loaded machine. */
const TEST_MS = 45_000;

/** The exit code, or 'still running' when the process outlives the bound. */
async function exitWithin(bot: BotProcess, ms: number): Promise<number | null | 'still running'> {
  let timer: NodeJS.Timeout | undefined;
  const bound = new Promise<'still running'>(
    (resolve) => (timer = setTimeout(() => resolve('still running'), ms)),
  );
  try {
    return await Promise.race([bot.exited, bound]);
  } finally {
    clearTimeout(timer);
  }
}

const fatalLines = (bot: BotProcess): LogLine[] => bot.logs.filter((l) => l.level >= FATAL);

describe.concurrent('fatal gateway closes end the process (real bot process)', () => {
  for (const [code, cause] of [
    [4004, /authentication failed.*DISCORD_TOKEN/is],
    [4014, /disallowed intents.*MESSAGE_CONTENT_INTENT/is],
  ] as const) {
    it(
      `GIVEN close ${code} mid-session THEN it exits 1 within 10 s, naming the cause`,
      async () => {
        const harness = await startHarness();
        try {
          harness.discord.closeGateway(code);
          expect(await exitWithin(harness.bot, EXIT_BOUND_MS)).toBe(1);
          const fatal = fatalLines(harness.bot);
          expect(fatal).toHaveLength(1);
          expect(fatal[0]).toMatchObject({ code });
          expect(fatal[0]?.msg).toMatch(cause);
        } finally {
          await harness.stop();
        }
      },
      TEST_MS,
    );
  }

  it(
    'GIVEN MESSAGE_CONTENT_INTENT=true but the intent is off in the Developer Portal THEN at start it exits 1 saying so (not "check DISCORD_TOKEN")',
    async () => {
      const discord = await FakeDiscord.start({ guilds: TEST_GUILDS, enabledPrivilegedIntents: 0 });
      const database = temporaryDatabase();
      const bot = BotProcess.start(discord, {
        databasePath: database.databasePath,
        env: { MESSAGE_CONTENT_INTENT: 'true' },
      });
      try {
        expect(await exitWithin(bot, 20_000)).toBe(1);
        const fatal = fatalLines(bot);
        expect(fatal).toHaveLength(1);
        expect(fatal[0]?.msg).toMatch(/disallowed intents.*MESSAGE_CONTENT_INTENT/is);
        expect(fatal[0]?.msg).not.toMatch(/check DISCORD_TOKEN/);
      } finally {
        await bot.stop();
        await discord.stop();
        database.cleanup();
      }
    },
    TEST_MS,
  );

  it(
    'GIVEN a wrong token at start THEN it exits 1 naming DISCORD_TOKEN',
    async () => {
      const discord = await FakeDiscord.start({ guilds: TEST_GUILDS });
      const database = temporaryDatabase();
      const wrong = `${discord.token.split('.').slice(0, 2).join('.')}.wrongwrongwrong`;
      const bot = BotProcess.start(discord, {
        databasePath: database.databasePath,
        env: { DISCORD_TOKEN: wrong },
      });
      try {
        expect(await exitWithin(bot, 20_000)).toBe(1);
        expect(fatalLines(bot).map((l) => l.msg)).toEqual([expect.stringMatching(/DISCORD_TOKEN/)]);
      } finally {
        await bot.stop();
        await discord.stop();
        database.cleanup();
      }
    },
    TEST_MS,
  );

  it(
    'GIVEN a dropped connection (4000) THEN the disconnect and the resume are logged at warn, and the bot keeps serving',
    async () => {
      const harness = await startHarness();
      try {
        harness.discord.closeGateway(4000);
        await harness.discord.waitForResume();
        const resumed = await harness.bot.waitForLog((l) => l.msg === 'gateway resumed', '"gateway resumed"');
        expect(resumed.level).toBe(WARN);
        const disconnected = harness.bot.logs.find((l) => /gateway disconnected/.test(l.msg));
        expect(disconnected).toMatchObject({ level: WARN });
        expect(harness.bot.child.exitCode).toBeNull();
      } finally {
        expect((await harness.stop()).exitCode).toBe(0);
      }
    },
    TEST_MS,
  );
});
