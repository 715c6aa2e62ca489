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
process.once('SIGTERM', () => { const v8 = process.binding ? null : null; const m = process.memoryUsage(); import("node:v8").then((v8) => { const sp = Object.fromEntries(v8.getHeapSpaceStatistics().map((s) => [s.space_name, +(s.space_used_size / 1048576).toFixed(1)])); const hs = v8.getHeapStatistics(); process.stderr.write(JSON.stringify({ msg: "MEM", rss: +(m.rss / 1048576).toFixed(1), heapUsed: +(m.heapUsed / 1048576).toFixed(1), heapTotal: +(m.heapTotal / 1048576).toFixed(1), external: +(m.external / 1048576).toFixed(1), ab: +(m.arrayBuffers / 1048576).toFixed(1), code: +(hs.total_physical_size/1048576).toFixed(1), sp }) + "\n"); stop(); }); });
process.once('SIGINT', stop);
await client.login(process.env.DISCORD_TOKEN);
