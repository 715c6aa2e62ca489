import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatInputCommandInteraction, Interaction } from 'discord.js';
import { commands } from '../../commands/index.ts';
import { createDiscordClient } from '../../src/bot/client.ts';
import { createInteractionHandler } from '../../src/bot/dispatcher.ts';
import { REHEARSED_COMMANDS, rehearseInteractions } from '../../src/bot/rehearsal.ts';
import type { OfflineServices } from '../../src/cli/offline-services.ts';
import { disableMetrics, enableMetrics } from '../../src/ops/metrics.ts';
import { seedServices } from '../commands/seed-services.ts';

describe('rehearsal of the Discord side before ready', () => {
  let offline: OfflineServices;
  beforeAll(async () => {
    offline = await seedServices();
  });
  afterAll(() => offline.close());

  it('GIVEN the bot client THEN each rehearsed command is built as Discord sends it and replied to, nothing reaches Discord, nothing is counted and no conversation is left', async () => {
    // Nothing listens on port 1: a request that left the process would fail, and the reply with it.
    const client = createDiscordClient({
      discordApiUrl: 'http://127.0.0.1:1/api',
      messageContentIntent: false,
    });
    const sentToDiscord: string[] = [];
    client.rest.on('response', (request) => sentToDiscord.push(request.path));
    const registry = await enableMetrics();
    const handled: ChatInputCommandInteraction[] = [];
    const errors: unknown[] = [];
    const services = {
      ...offline.services,
      logger: { ...offline.services.logger, error: (...args: unknown[]) => errors.push(args) },
    } as typeof offline.services;
    const handler = createInteractionHandler(commands, services, {}, { recordMetrics: false });
    try {
      const result = await rehearseInteractions(
        client,
        async (interaction: Interaction) => {
          if (interaction.isChatInputCommand()) handled.push(interaction);
          await handler(interaction);
        },
        REHEARSED_COMMANDS,
        (key) => offline.services.answerer.forget(key),
      );
      expect(errors).toEqual([]);
      expect(handled.map((i) => i.commandName)).toEqual(REHEARSED_COMMANDS.map((c) => c.name));
      expect(handled.every((i) => i.replied)).toBe(true);
      expect(result).toMatchObject({
        interactions: REHEARSED_COMMANDS.length,
        replies: REHEARSED_COMMANDS.length,
      });
      expect(sentToDiscord).toEqual([]);
      const counted = (await registry.getSingleMetric('news_bot_interactions_total')?.get())?.values ?? [];
      expect(counted.reduce((sum, v) => sum + v.value, 0)).toBe(0);
      expect(offline.services.answerer.size).toBe(0);
    } finally {
      disableMetrics();
      await client.destroy();
    }
  });
});
