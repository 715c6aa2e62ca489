import { describe, expect, it } from 'vitest';
import type { Client } from 'discord.js';
import { createDiscordClient } from '../../src/bot/client.ts';

/** discord.js' own `_add` (what its gateway handlers call for every payload), on a client that never logs in. */
type Adding = { _add(data: unknown, cache?: boolean): unknown };

function clientWithUser(): Client {
  const client = createDiscordClient({
    discordApiUrl: 'http://127.0.0.1:9/api',
    messageContentIntent: false,
  });
  (client.users as unknown as Adding)._add({
    id: '900',
    username: 'news-bot',
    discriminator: '0',
    bot: true,
  });
  // discord.js sets client.user from READY; here the bot user is the one added first.
  (client as unknown as { user: unknown }).user = client.users.cache.get('900') ?? { id: '900' };
  return client;
}

describe('the discord.js caches of the bot', () => {
  it('GIVEN many readers THEN no user is kept in memory but the bot itself, and messages are limited per channel', async () => {
    const client = clientWithUser();
    try {
      for (let i = 0; i < 500; i++)
        (client.users as unknown as Adding)._add({
          id: String(1000 + i),
          username: `reader${i}`,
          discriminator: '0',
        });
      expect(client.users.cache.size).toBeLessThanOrEqual(1);

      const guild = (client.guilds as unknown as Adding)._add({
        id: '10',
        name: 'News Readers',
        channels: [{ id: '20', type: 0, name: 'general', guild_id: '10', permission_overwrites: [] }],
        roles: [],
        members: [],
      }) as { members: { cache: Map<string, unknown> } & Adding; channels: { cache: Map<string, unknown> } };
      for (let i = 0; i < 200; i++)
        guild.members._add({
          user: { id: String(2000 + i), username: `m${i}`, discriminator: '0' },
          roles: [],
        });
      expect(guild.members.cache.size).toBe(0);
      expect(guild.channels.cache.size).toBe(1); // servers and channels stay cached: the bot needs them

      const channel = client.channels.cache.get('20') as unknown as {
        messages: Adding & { cache: Map<string, unknown> };
      };
      for (let i = 0; i < 300; i++)
        channel.messages._add({
          id: String(3000 + i),
          channel_id: '20',
          guild_id: '10',
          author: { id: '1001', username: 'reader1', discriminator: '0' },
          content: `message ${i}`,
          timestamp: new Date().toISOString(),
          attachments: [],
          embeds: [],
          mentions: [],
          mention_roles: [],
          type: 0,
        });
      expect(channel.messages.cache.size).toBe(25);
      expect(channel.messages.cache.has('3299')).toBe(true); // the newest stays: a reply's referenced message
    } finally {
      await client.destroy();
    }
  });
});
