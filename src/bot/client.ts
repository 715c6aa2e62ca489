import { Client, GatewayIntentBits, Options, Partials, type CacheFactory } from './discord.ts';
import type { Config } from '../config.ts';
import type { ShardPlacement } from './sharding.ts';

/**
 * What discord.js keeps in memory. The bot answers interactions from their own payload and posts by channel
 * id, so it needs the servers and their channels and threads (discord.js' defaults, which must not be
 * limited), and messages only for a moment: a reply's `referenced_message` is read from the cache by the
 * follow-up handler as the reply arrives. Members and users are not kept (only the bot's own), and nothing
 * the bot never reads (emojis, stickers, reactions, voice states, invites, bans, events, thread members,
 * presences: the bot has no presence intent) is cached at all. Without limits the member, user and message
 * caches grow with every server and reader for as long as the process runs.
 */
export function botCacheFactory(): CacheFactory {
  return Options.cacheWithLimits({
    ...Options.DefaultMakeCacheSettings,
    MessageManager: 25, // per channel; swept below
    GuildMemberManager: { maxSize: 0, keepOverLimit: (member) => member.id === member.client.user?.id },
    UserManager: { maxSize: 0, keepOverLimit: (user) => user.id === user.client.user?.id },
    ThreadMemberManager: 0,
    PresenceManager: 0,
    ReactionManager: 0,
    ReactionUserManager: 0,
    GuildEmojiManager: 0,
    BaseGuildEmojiManager: 0,
    GuildStickerManager: 0,
    VoiceStateManager: 0,
    StageInstanceManager: 0,
    GuildInviteManager: 0,
    GuildBanManager: 0,
    GuildScheduledEventManager: 0,
    AutoModerationRuleManager: 0,
    ApplicationCommandManager: 0,
  });
}

/** Messages older than 15 minutes are dropped every 5 minutes; archived threads as discord.js does by default. */
export const BOT_SWEEPERS = {
  ...Options.DefaultSweeperSettings,
  messages: { interval: 300, lifetime: 900 },
};

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
    makeCache: botCacheFactory(),
    sweepers: BOT_SWEEPERS,
  });
}
