import { Events, type Client } from 'discord.js';
import type { Config, FeedConfig, FetchConfig } from '../config.ts';
import type { Logger } from '../core/logger.ts';
import { systemClock } from '../core/clock.ts';
import { ArticleLibrary } from '../model/library.ts';
import { openDatabase } from '../store/database.ts';
import { ConversationAnswerer } from '../answer/qa/index.ts';
import { DigestService } from '../digest/service.ts';
import { TokenBucket } from '../digest/rate-limiter.ts';
import { buildFeeds } from '../feeds/build.ts';
import { ServerLibraries } from '../model/server-library.ts';
import { FollowupSettings } from '../followups/settings.ts';
import { BotThreads } from '../followups/bot-threads.ts';
import { threadHintPayload } from '../followups/reply-payload.ts';
import { commands } from '../../commands/index.ts';
import { createDiscordClient } from './client.ts';
import { DiscordChannelGateway } from './discord-channel-gateway.ts';
import { DiscordChannelDirectory } from './discord-channel-directory.ts';
import { createInteractionHandler } from './dispatcher.ts';
import { createMessageCreateHandler } from './message-handler.ts';
import { createThreadButtonHandler } from './thread-button.ts';
import { createScriptRest, deployCommands, describeDeployFailure } from './deploy.ts';
import type { Services } from './services.ts';
import { describeLoginFailure, fatalCloseCause } from './gateway-close.ts';

/** How long a shutdown may take before the process exits regardless. */
const SHUTDOWN_GRACE_MS = 8_000;

/** The composition root of the bot process: builds everything, wires events, and shuts down cleanly. */
export interface BotSettings {
  feeds: FeedConfig;
  fetch: FetchConfig;
}

export async function runBot(
  config: Config,
  token: string,
  logger: Logger,
  settings: BotSettings,
): Promise<number> {
  const library = await ArticleLibrary.load(config.articlesDir, logger);
  const stopWatchingArticles = library.watch();
  const db = openDatabase(config.databasePath);
  const client = createDiscordClient(config);
  const channels = new DiscordChannelGateway(client.rest);
  const botThreads = new BotThreads();
  // One pace for every post the bot makes on its own (digests and feed items): Discord's 50/s.
  const limiter = new TokenBucket({ clock: systemClock, ratePerSecond: 50, burst: 1 });
  const feeds = await buildFeeds({
    db,
    feeds: settings.feeds,
    fetch: settings.fetch,
    channels,
    limiter,
    clock: systemClock,
    logger,
  });
  const libraries = new ServerLibraries(library, feeds.articles);
  const services: Services = {
    library,
    answerer: new ConversationAnswerer({ clock: systemClock }),
    digests: new DigestService({
      db,
      library: {
        list: (guildId) => [...library.list(), ...feeds.articles.digestArticlesFor(guildId)],
      },
      limiter,
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
    feeds: feeds.service,
    libraryFor: (guildId) => libraries.for(guildId),
    followupSettings: new FollowupSettings(db),
    botThreads,
    channels,
    channelDirectory: new DiscordChannelDirectory(client),
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

  let shutdown: (reason: string, exitCode: number) => void = () => {};
  const stopped = new Promise<number>((resolve) => {
    let stopping = false;
    shutdown = (reason, exitCode) => {
      if (stopping) return;
      stopping = true;
      logger.info({ reason }, 'shutting down');
      // Whatever hangs (a stuck request, a blocked read), a service manager's stop must still stop us.
      setTimeout(() => {
        logger.error({ afterMs: SHUTDOWN_GRACE_MS }, 'shutdown took too long: exiting anyway');
        process.exit(exitCode);
      }, SHUTDOWN_GRACE_MS).unref();
      services.digests.stop();
      services.feeds?.stop();
      stopWatchingArticles();
      void client
        .destroy()
        .catch((error: unknown) => logger.warn({ err: error }, 'error while closing the Discord connection'))
        .finally(() => {
          db.close();
          logger.info('stopped');
          resolve(exitCode);
        });
    };
    process.once('SIGINT', () => shutdown('SIGINT', 0));
    process.once('SIGTERM', () => shutdown('SIGTERM', 0));
  });
  // discord.js does not reconnect after these: a process left running would answer nothing.
  let loggedIn = false;
  client.on(Events.ShardDisconnect, (event, shardId) => {
    if (!loggedIn) return; // during login, client.login rejects with the same cause (reported below)
    const cause = fatalCloseCause(event.code);
    if (cause === undefined) {
      logger.warn({ code: event.code, shardId }, 'gateway disconnected for good');
      return;
    }
    logger.fatal({ code: event.code, shardId }, cause);
    shutdown(`gateway closed with ${event.code}`, 1);
  });

  try {
    await client.login(token);
    loggedIn = true;
  } catch (error) {
    const { code, message } = describeLoginFailure(error);
    logger.fatal({ err: error, ...(code !== undefined ? { code } : {}) }, message);
    services.digests.stop();
    services.feeds?.stop();
    stopWatchingArticles();
    await client.destroy();
    db.close();
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
    logger.info(
      { guilds: guildIds.length, user: ready.user.tag, articles: services.library.list().length },
      'ready',
    );
    services.digests.retainGuilds(guildIds);
    services.digests.start();
    services.feeds?.retainGuilds(guildIds);
    services.feeds?.start();
    if (config.registerCommandsOnStart) void registerOnStart(ready.user.id, config, token, logger);
  });
  client.on(Events.GuildDelete, (guild) => {
    if (!guild.available) return;
    logger.info({ guild: guild.id }, 'removed from a server: dropping its digest');
    services.digests.retainGuilds([...client.guilds.cache.keys()]);
    services.feeds?.retainGuilds([...client.guilds.cache.keys()]);
  });
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
  client.on(Events.Warn, (message) => logger.warn(message));
  client.on(Events.ShardReconnecting, (shardId) =>
    logger.warn({ shardId }, 'gateway disconnected: reconnecting'),
  );
  client.on(Events.ShardResume, (shardId, replayed) => logger.warn({ shardId, replayed }, 'gateway resumed'));
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
