import { once } from 'node:events';
import { Client, Events, GatewayIntentBits } from 'discord.js';
import type { FakeDiscord } from './fake-discord.ts';

/** The real discord.js client logged in to the fake, the way the bot builds its own. */
export async function connectClient(
  discord: FakeDiscord,
  intents: GatewayIntentBits[] = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages],
): Promise<Client<true>> {
  const client = new Client({
    intents,
    rest: { api: discord.apiUrl },
    shards: [0],
    shardCount: 1,
    allowedMentions: { parse: [] },
  });
  const ready = once(client, Events.ClientReady);
  await client.login(discord.token);
  await ready;
  return client as Client<true>;
}
