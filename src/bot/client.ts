import { Client, GatewayIntentBits, Partials } from 'discord.js';
import type { Config } from '../config.ts';
import type { ShardPlacement } from './sharding.ts';

/**
 * The discord.js client, pointed at DISCORD_API_URL (Discord itself, a REST proxy, or the loopback fake in
 * tests). Its shards are set explicitly: one of one for a single process (up to 2,500 servers), or the one
 * the ShardingManager gave this process; an automatic count would need an extra API call at every start.
 */
export function createDiscordClient(
  config: Pick<Config, 'discordApiUrl' | 'messageContentIntent'>,
  placement: ShardPlacement = { ids: [0], count: 1 },
): Client {
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
    shards: [...placement.ids],
    shardCount: placement.count,
    allowedMentions: { parse: [], repliedUser: false },
  });
}
