// The baseline of `npm run bench:e2e`: the least a discord.js bot can do. Plain JavaScript run by plain node,
// nothing imported but discord.js; the same client settings as the news-digest bot (intents, one shard,
// no mentions); every slash command answered with a fixed reply. Logs one JSON line when ready.
import { Client, Events, GatewayIntentBits, Partials } from 'discord.js';

const client = new Client({
  intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
  partials: [Partials.Channel],
  rest: { api: process.env.DISCORD_API_URL },
  shards: [0],
  shardCount: 1,
  allowedMentions: { parse: [], repliedUser: false },
});

client.on(Events.InteractionCreate, (interaction) => {
  if (interaction.isChatInputCommand()) void interaction.reply({ content: 'ok' }).catch(() => {});
});
client.once(Events.ClientReady, (ready) => {
  process.stderr.write(`${JSON.stringify({ level: 30, msg: 'ready', guilds: ready.guilds.cache.size })}\n`);
});
const stop = () => void client.destroy().finally(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
await client.login(process.env.DISCORD_TOKEN);
