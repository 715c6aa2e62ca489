import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { proxyRequests } from '@discordjs/proxy';
import { REST } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { FakeDiscord, messageText } from '../fake-discord/index.ts';
import { BotProcess, temporaryDatabase } from './support/bot-process.ts';
import { TEST_GUILDS } from './support/harness.ts';

describe('DISCORD_API_URL behind @discordjs/proxy (one REST rate limit shared by every process)', () => {
  it('GIVEN the bot pointed at a proxy in front of Discord THEN commands, replies and digest posts all go through it', async () => {
    const discord = await FakeDiscord.start({ guilds: TEST_GUILDS });
    const forwarded: string[] = [];
    const handler = proxyRequests(new REST({ api: discord.apiUrl }));
    const proxy: Server = createServer((req, res) => {
      forwarded.push(`${req.method} ${req.url}`);
      void handler(req, res);
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/api`;
    const database = temporaryDatabase();
    const bot = BotProcess.start(discord, {
      databasePath: database.databasePath,
      env: { DISCORD_API_URL: proxyUrl },
      waitTimeoutMs: 30_000,
    });
    try {
      await bot.waitUntilServing();
      const help = discord.sendInteraction({ command: 'help' });
      expect(messageText(await help.reply())).toContain('/summary');
      const news = discord.channel('news').id;
      await discord
        .sendInteraction({
          command: 'digest',
          subcommand: 'set',
          options: { channel: news, schedule: 'daily 09:00' },
        })
        .reply();
      const now = discord.sendInteraction({ command: 'digest', subcommand: 'now' });
      expect(messageText(await now.reply())).toContain('Digest posted');

      // Everything the bot asked of Discord went through the proxy, none of it around it.
      expect(forwarded).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^GET \/api\/v10\/gateway\/bot/),
          expect.stringMatching(/^PUT \/api\/v10\/applications\/\d+\/guilds\/\d+\/commands/),
          expect.stringMatching(/^POST \/api\/v10\/interactions\/\d+\/[^/]+\/callback/),
          expect.stringMatching(`^POST /api/v10/channels/${news}/messages`),
        ]),
      );
      expect(discord.unexpectedRequests).toEqual([]);
      expect(bot.errorLogs()).toEqual([]);
    } finally {
      expect(await bot.stop()).toBe(0);
      await new Promise((resolve) => proxy.close(resolve));
      await discord.stop();
      database.cleanup();
    }
  }, 90_000);
});
