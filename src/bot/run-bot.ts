import { Events, type Client } from 'discord.js';
import type { Config } from '../config.ts';
import type { Logger } from '../core/logger.ts';
import { systemClock } from '../core/clock.ts';
import { ArticleLibrary } from '../model/library.ts';
import { openStore, StoreOpenError } from '../store/database.ts';
import { ConversationAnswerer } from '../answer/qa/index.ts';
import { DigestService } from '../digest/service.ts';
import { FollowupSettings } from '../followups/settings.ts';
import { BotThreads } from '../followups/bot-threads.ts';
import { threadHintPayload } from '../followups/reply-payload.ts';
import { commands } from '../../commands/index.ts';
import { createDiscordClient } from './client.ts';
import { DiscordChannelGateway } from './discord-channel-gateway.ts';
import { createInteractionHandler } from './dispatcher.ts';
import { createMessageCreateHandler } from './message-handler.ts';
import { createThreadButtonHandler } from './thread-button.ts';
import { createScriptRest, deployCommands, describeDeployFailure } from './deploy.ts';
import type { Services } from './services.ts';
import { ownsGuildPredicate, placementFromEnvironment } from './sharding.ts';

/** The composition root of the bot process: builds everything, wires events, and shuts down cleanly. */
export async function runBot(config: Config, token: string, rootLogger: Logger): Promise<number> {
  const placement = placementFromEnvironment();
  // Under the ShardingManager every log line says which shard wrote it.
  const logger = placement.count > 1 ? rootLogger.child({ shard: placement.ids.join(',') }) : rootLogger;
  const library = await ArticleLibrary.load(config.articlesDir, logger);
  const stopWatchingArticles = library.watch();
  let store;
  try {
    store = await openStore({
      databaseUrl: config.databaseUrl,
      databasePath: config.databasePath,
      logger,
    });
  } catch (error) {
    stopWatchingArticles();
    if (!(error instanceof StoreOpenError)) throw error;
    logger.fatal(error.message);
    return 1;
  }
  logger.info({ engine: store.engine, location: store.location }, 'database ready');
  const client = createDiscordClient(config, placement);
  const channels = new DiscordChannelGateway(client.rest);
  const botThreads = new BotThreads();
  const ownsGuild = ownsGuildPredicate(placement);
  const services: Services = {
    library,
    answerer: new ConversationAnswerer({ clock: systemClock }),
    digests: new DigestService({
      store,
      claimLeaseMs: config.claimLeaseMs,
      ownsGuild,
      library,
      channels,
      clock: systemClock,
      logger,
      graceMs: config.digestGraceMs,
      threads: {
        opened: (threadId) => botThreads.add(threadId),
        firstMessage: () =>
          config.messageContentIntent || client.user === null ? null : threadHintPayload(client.user.id),
      },
    }),
    followupSettings: new FollowupSettings(store, systemClock, logger),
    botThreads,
    channels,
    ownsGuild,
    clock: systemClock,
    logger,
  };

  client.on(
    Events.InteractionCreate,
    createInteractionHandler(commands, services, {
      'ask-thread': createThreadButtonHandler(services, config),
    }),
  );
  client.on(Events.MessageCreate, createMessageCreateHandler(services, config));
  wireLifecycleLogs(client, services, config, token, logger);

  const stopped = new Promise<number>((resolve) => {
    let stopping = false;
    const shutdown = (signal: string) => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, 'shutting down');
      services.digests.stop();
      stopWatchingArticles();
      void client
        .destroy()
        .catch((error: unknown) => logger.warn({ err: error }, 'error while closing the Discord connection'))
        .then(() => store.close())
        .catch((error: unknown) => logger.warn({ err: error }, 'error while closing the database'))
        .finally(() => {
          logger.info('stopped');
          resolve(0);
        });
    };
    process.once('SIGINT', () => shutdown('SIGINT'));
    process.once('SIGTERM', () => shutdown('SIGTERM'));
  });

  try {
    await client.login(token);
  } catch (error) {
    logger.fatal({ err: error }, 'could not log in to Discord: check DISCORD_TOKEN and DISCORD_API_URL');
    services.digests.stop();
    stopWatchingArticles();
    await client.destroy();
    await store.close();
    return 1;
  }
  return stopped;
}

function wireLifecycleLogs(
  client: Client,
  services: Services,
  config: Config,
  token: string,
  logger: Logger,
): void {
  client.once(Events.ClientReady, (ready) => {
    const guildIds = [...ready.guilds.cache.keys()];
    const shards = ready.shard?.ids ?? [0];
    logger.info(
      { guilds: guildIds.length, user: ready.user.tag, articles: services.library.list().length, shards },
      'ready',
    );
    void services.digests
      .retainGuilds(guildIds)
      .catch((error: unknown) => logger.error({ err: error }, 'could not drop the digests of servers left'))
      .then(() => services.digests.start());
    // One registration per bot, not per shard: the shard holding shard 0 does it.
    if (config.registerCommandsOnStart && shards.includes(0))
      void registerOnStart(ready.user.id, config, token, logger);
  });
  client.on(Events.GuildDelete, (guild) => {
    if (!guild.available) return;
    logger.info({ guild: guild.id }, 'removed from a server: dropping its digest');
    services.digests
      .retainGuilds([...client.guilds.cache.keys()])
      .catch((error: unknown) => logger.error({ err: error }, 'could not drop the digest of a server left'));
  });
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
  client.on(Events.Warn, (message) => logger.warn(message));
  client.on(Events.ShardDisconnect, (event, shardId) =>
    logger.warn({ code: event.code, shardId }, 'gateway disconnected'),
  );
  client.on(Events.ShardResume, (shardId, replayed) => logger.info({ shardId, replayed }, 'gateway resumed'));
  client.rest.on('rateLimited', (info) =>
    logger.warn(
      { route: info.route, retryAfter: info.retryAfter, global: info.global },
      'rate limited by Discord',
    ),
  );
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));
}

async function registerOnStart(
  applicationId: string,
  config: Config,
  token: string,
  logger: Logger,
): Promise<void> {
  try {
    const rest = createScriptRest(config.discordApiUrl, token);
    const result = await deployCommands(
      { rest, applicationId: config.applicationId ?? applicationId, guildId: config.guildId },
      commands,
    );
    logger.info(
      { scope: result.scope, commands: result.registered.map((c) => c.name) },
      'registered commands',
    );
  } catch (error) {
    logger.error(describeDeployFailure(error, config.discordApiUrl));
  }
}
