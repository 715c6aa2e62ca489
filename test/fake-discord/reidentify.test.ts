import { once } from 'node:events';
import { Events } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { connectClient } from './discord-client.ts';
import { FakeDiscord } from './index.ts';

// discord.js waits out its 5 s identify throttle before identifying again, so these run concurrently.
describe.concurrent('the fake gateway ending a session', () => {
  it.for([4009, 1000])(
    'GIVEN a gateway close %i THEN the session is gone and the client identifies again',
    async (code) => {
      const discord = await FakeDiscord.start();
      const client = await connectClient(discord);
      client.on(Events.InteractionCreate, (interaction) => {
        if (interaction.isChatInputCommand())
          void interaction.reply({ content: 'new session', allowedMentions: { parse: [] } });
      });
      discord.closeGateway(code);
      await discord.waitForIdentify(2);
      await once(client, Events.ShardReady);
      expect((await discord.sendInteraction({ command: 'help' }).reply()).content).toBe('new session');
      expect(discord.gatewayStats.resumeCount).toBe(0);
      await client.destroy();
      await discord.stop();
      expect(discord.unexpectedRequests).toEqual([]);
    },
  );
});
