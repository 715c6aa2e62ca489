import { Client, GatewayIntentBits, Partials } from 'discord.js';
import type { Config } from '../config.ts';

/**
 * The discord.js client, pointed at DISCORD_API_URL (Discord itself, a REST proxy, or the loopback fake in
 * tests). One shard, set explicitly: a single-process bot serves up to 2,500 servers on one shard, and an
 * automatic shard count would need an extra API call at every start.
 */
export function createDiscordClient(config: Pick<Config, 'discordApiUrl' | 'messageContentIntent'>): Client {
  const intents = [
    GatewayIntentBits.Guilds,
    GatewayIntentBits.GuildMessages,
    GatewayIntentBits.DirectMessages,
  ];
  if (config.messageContentIntent) intents.push(GatewayIntentBits.MessageContent);
  return new Client({
    intents,
    partials: [Partials.Channel],
    rest: { api: config.discordApiUrl },
    shards: [0],
    shardCount: 1,
    allowedMentions: { parse: [], repliedUser: false },
  });
}
