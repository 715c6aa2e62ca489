import { Events, type Client } from './discord.ts';
import type { Config, FeedConfig, FetchConfig } from '../config.ts';
import type { Logger } from '../core/logger.ts';
import { systemClock } from '../core/clock.ts';
import { ArticleLibrary } from '../model/library.ts';
import { openStore, StoreOpenError } from '../store/database.ts';
import { ConversationAnswerer } from '../answer/qa/index.ts';
import { DigestService } from '../digest/service.ts';
import { TokenBucket } from '../digest/rate-limiter.ts';
import { buildFeeds } from '../feeds/build.ts';
import { ServerLibraries } from '../model/server-library.ts';
import { FollowupSettings } from '../followups/settings.ts';
import { BotThreads } from '../followups/bot-threads.ts';
import { threadHintPayload } from '../followups/reply-payload.ts';
import { commands } from '../../commands/index.ts';
import { DiscordChannelGateway } from './discord-channel-gateway.ts';
import { DiscordChannelDirectory } from './discord-channel-directory.ts';
import { createInteractionHandler } from './dispatcher.ts';
import { createMessageCreateHandler } from './message-handler.ts';
import { createThreadButtonHandler } from './thread-button.ts';
import { createScriptRest, deployCommands, describeDeployFailure } from './deploy.ts';
import type { Services } from './services.ts';
import { describeLoginFailure, fatalCloseCause } from './gateway-close.ts';
import { ownsGuildPredicate } from './placement.ts';
import { startGateway, type GatewayClose, type StartingGateway } from './gateway.ts';
import { startOperations } from './operations.ts';
import { warmUp } from './warm-up.ts';
import { REHEARSED_COMMANDS, rehearseInteractions } from './rehearsal.ts';
import { prepareArticles } from '../answer/qa/index.ts';
import { describeEmptyLibrary } from '../model/library-report.ts';

/** Resolves on the event loop's next turn, after pending I/O (a received interaction) has been handled. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** How long a shutdown may take before the process exits regardless. */
const SHUTDOWN_GRACE_MS = 8_000;

/** Settings read beside the main config (their own loaders in src/config.ts). */
export interface BotSettings {
  feeds: FeedConfig;
  fetch: FetchConfig;
}

/** The composition root of the bot process: builds everything, wires events, and shuts down cleanly. */
export async function runBot(
  config: Config,
  token: string,
  rootLogger: Logger,
  settings: BotSettings,
  // Logged in first: the gateway handshake (with Discord, a few network round trips) runs while the library,
  // the database and the warm-up get ready; src/main.ts starts it before importing this module at all.
  gateway: StartingGateway = startGateway(config, token, rootLogger),
): Promise<number> {
  const { client, placement, logger } = gateway;
  const gatewayReady = gateway.ready;
  const login = gateway.login;
  const abandonLogin = () => gateway.abandon();

  const library = await ArticleLibrary.load(config.articlesDir, logger, {
    maxBytes: config.articleMaxBytes,
  });
  const stopWatchingArticles = library.watch();
  // A reloaded library gets its indexes and router at once, not on the next question.
  library.onChange((reloaded) => prepareArticles(reloaded.list()));
  const empty = describeEmptyLibrary(library);
  if (empty) logger.warn({ dir: library.folder, rejected: library.problems().length }, empty);
  let store;
  try {
    store = await openStore({
      databaseUrl: config.databaseUrl,
      databasePath: config.databasePath,
      logger,
    });
  } catch (error) {
    stopWatchingArticles();
    await abandonLogin();
    if (!(error instanceof StoreOpenError)) throw error;
    logger.fatal(error.message);
    return 1;
  }
  logger.info({ engine: store.engine, location: store.location }, 'database ready');
  const channels = new DiscordChannelGateway(client.rest);
  const botThreads = new BotThreads();
  // One pace for every post the bot makes on its own (digests and feed items): Discord's 50/s.
  const limiter = new TokenBucket({ clock: systemClock, ratePerSecond: 50, burst: 1 });
  const ownsGuild = ownsGuildPredicate(placement);
  const answerer = new ConversationAnswerer({ clock: systemClock });
  const feeds = await buildFeeds({
    store,
    ownsGuild,
    claimLeaseMs: config.claimLeaseMs,
    feeds: settings.feeds,
    fetch: settings.fetch,
    channels,
    limiter,
    clock: systemClock,
    logger,
    // A question asked under a feed post, naming no other story, is about the story posted.
    onPosted: ({ channelId, articleId }) => answerer.storyPosted(channelId, articleId),
  });
  const libraries = new ServerLibraries(library, feeds.articles);
  const services: Services = {
    library,
    answerer,
    digests: new DigestService({
      store,
      claimLeaseMs: config.claimLeaseMs,
      ownsGuild,
      library: {
        list: (guildId?: string) =>
          guildId === undefined
            ? library.list()
            : [...library.list(), ...feeds.articles.digestArticlesFor(guildId)],
      },
      limiter,
      channels,
      clock: systemClock,
      logger,
      graceMs: config.digestGraceMs,
      // A question asked under a digest (or in its thread), naming no story, is about one of its stories.
      onPosted: ({ channelId, threadId, articleIds }) => {
        answerer.storiesPosted(channelId, articleIds);
        if (threadId !== null) answerer.storiesPosted(threadId, articleIds);
      },
      threads: {
        opened: (threadId) => botThreads.add(threadId),
        firstMessage: () =>
          config.messageContentIntent || client.user === null ? null : threadHintPayload(client.user.id),
      },
    }),
    feeds: feeds.service,
    libraryFor: (guildId) => libraries.for(guildId),
    followupSettings: new FollowupSettings(store, systemClock, logger),
    botThreads,
    channels,
    channelDirectory: new DiscordChannelDirectory(client),
    ownsGuild,
    clock: systemClock,
    logger,
  };

  gateway.serve({
    interaction: createInteractionHandler(commands, services, {
      'ask-thread': createThreadButtonHandler(services, config),
    }),
    message: createMessageCreateHandler(services, config),
  });
  let stopOperations: () => Promise<void>;
  try {
    stopOperations = await startOperations({ client, config, library, store, logger });
  } catch (error) {
    logger.fatal(
      { err: error, host: config.healthHost, port: config.healthPort },
      'cannot serve HEALTH_PORT',
    );
    stopWatchingArticles();
    await abandonLogin();
    await store.close();
    return 1;
  }
  // Answered while the gateway handshake runs; "ready" waits for it (see wireLifecycleLogs).
  const warmed = warmUp(commands, services).then(
    async (result) => {
      // Then the discord.js side of a command, with replies answered in-process (src/bot/rehearsal.ts).
      const rehearsal = await rehearseInteractions(
        client,
        createInteractionHandler(commands, services, {}, { recordMetrics: false }),
        REHEARSED_COMMANDS,
        (key) => services.answerer.forget(key),
      );
      logger.info({ ...result, rehearsal }, 'warmed up');
    },
    (error: unknown) => logger.warn({ err: error }, 'warm-up failed (the first answers will be slower)'),
  );
  wireLifecycleLogs(client, services, config, token, logger, gatewayReady, warmed);

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
        .then(() => stopOperations())
        .then(() => store.close())
        .catch((error: unknown) => logger.warn({ err: error }, 'error while closing the database'))
        .finally(() => {
          logger.info('stopped');
          resolve(exitCode);
        });
    };
    process.once('SIGINT', () => shutdown('SIGINT', 0));
    process.once('SIGTERM', () => shutdown('SIGTERM', 0));
  });
  // discord.js does not reconnect after these: a process left running would answer nothing.
  const onClosed = ({ code, shardId }: GatewayClose) => {
    const cause = fatalCloseCause(code);
    if (cause === undefined) {
      logger.warn({ code, shardId }, 'gateway disconnected for good');
      return;
    }
    logger.fatal({ code, shardId }, cause);
    shutdown(`gateway closed with ${code}`, 1);
  };
  const closedDuringStart = gateway.closeDuringStart();
  client.on(Events.ShardDisconnect, (event, shardId) => {
    if (gateway.loggedIn()) onClosed({ code: event.code, shardId });
  });
  if (closedDuringStart) onClosed(closedDuringStart);

  const failed = await login;
  if (failed) {
    const { error } = failed;
    const { code, message } = describeLoginFailure(error);
    logger.fatal({ err: error, ...(code !== undefined ? { code } : {}) }, message);
    services.digests.stop();
    services.feeds?.stop();
    stopWatchingArticles();
    await client.destroy();
    await stopOperations();
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
  gatewayReady: Promise<Client<true>>,
  warmed: Promise<void>,
): void {
  // The start-up bookkeeping begins as soon as the gateway is ready (usually while the warm-up still runs)
  // and "ready" waits for it: a command sent after "ready" meets a bot with nothing left to start. It
  // yields to the event loop between its steps, so a command that arrives meanwhile is answered in between.
  // Servers left are dropped before anything starts.
  const feeds = services.feeds;
  const startedUp = gatewayReady.then(async (ready) => {
    const guildIds = [...ready.guilds.cache.keys()];
    try {
      await nextTurn();
      await services.digests
        .retainGuilds(guildIds)
        .catch((error: unknown) =>
          logger.error({ err: error }, 'could not drop the digests of servers left'),
        );
      if (feeds) {
        await nextTurn();
        await feeds
          .retainGuilds(guildIds)
          .catch((error: unknown) =>
            logger.error({ err: error }, 'could not drop the feeds of servers left'),
          );
      }
      await nextTurn();
      await Promise.all([services.digests.start(), feeds?.start()]);
    } catch (error) {
      logger.error({ err: error }, 'start-up bookkeeping failed');
    }
    return ready;
  });
  void Promise.all([startedUp, warmed]).then(([ready]) => {
    const shards = ready.shard?.ids ?? [0];
    logger.info(
      {
        guilds: ready.guilds.cache.size,
        user: ready.user.tag,
        articles: services.library.list().length,
        shards,
      },
      'ready',
    );
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
    services.feeds
      ?.retainGuilds([...client.guilds.cache.keys()])
      .catch((error: unknown) => logger.error({ err: error }, 'could not drop the feeds of a server left'));
  });
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
