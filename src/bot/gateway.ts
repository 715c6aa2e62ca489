import { Events, type Client, type CloseEvent, type Interaction, type Message } from './discord.ts';
import type { Config } from '../config.ts';
import type { Logger } from '../core/logger.ts';
import { createDiscordClient } from './client.ts';
import { placementFromEnvironment, type ShardPlacement } from './placement.ts';

export interface GatewayClose {
  code: number;
  shardId: number;
}

export interface EventHandlers {
  interaction: (interaction: Interaction) => Promise<void>;
  message: (message: Message) => Promise<void>;
}

/** The Discord connection being made while the rest of the bot gets ready (see startGateway). */
export interface StartingGateway {
  readonly client: Client;
  readonly placement: ShardPlacement;
  /** The bot's logger (under the ShardingManager every line says which shard wrote it). */
  readonly logger: Logger;
  /** Interactions and messages wait for these (discord.js delivers none before its shards are ready). */
  serve(handlers: EventHandlers): void;
  /** Resolves when the gateway is ready. */
  readonly ready: Promise<Client<true>>;
  /** Settles when the login has: undefined on success, the error otherwise. */
  readonly login: Promise<undefined | { error: unknown }>;
  readonly loggedIn: () => boolean;
  /** Stops keeping closes for later and hands over the one seen since login, if any. */
  closeDuringStart(): GatewayClose | undefined;
  /** Start-up failed before the bot could serve: closes the connection being made. */
  abandon(): Promise<void>;
}

/**
 * Creates the discord.js client and logs in at once, before the article library, the answerer and the
 * database are even loaded: the gateway handshake (with Discord, a few network round trips) runs while the
 * rest of the bot is imported and gets ready. This module imports nothing but discord.js, so `main` can start
 * it first (src/main.ts); the handlers registered here wait for the services (`serve`).
 */
export function startGateway(config: Config, token: string, rootLogger: Logger): StartingGateway {
  const placement = placementFromEnvironment();
  const logger = placement.count > 1 ? rootLogger.child({ shard: placement.ids.join(',') }) : rootLogger;
  const client = createDiscordClient(config, placement);
  let serve!: (handlers: EventHandlers) => void;
  const handlers = new Promise<EventHandlers>((resolve) => (serve = resolve));
  client.on(Events.InteractionCreate, (interaction) => void handlers.then((h) => h.interaction(interaction)));
  client.on(Events.MessageCreate, (message) => void handlers.then((h) => h.message(message)));
  const ready = new Promise<Client<true>>((resolve) => client.once(Events.ClientReady, resolve));
  wireGatewayLogs(client, logger);
  let loggedIn = false;
  const login = client.login(token).then(
    () => {
      loggedIn = true;
      return undefined;
    },
    (error: unknown) => ({ error }),
  );
  // A close after login but before the bot's own handler is wired (while the services are built) is kept.
  let closed: GatewayClose | undefined;
  const keepClose = (event: CloseEvent, shardId: number) => {
    // during login, client.login rejects with the same cause (reported by the bot)
    if (loggedIn) closed ??= { code: event.code, shardId };
  };
  client.on(Events.ShardDisconnect, keepClose);
  return {
    client,
    placement,
    logger,
    serve,
    ready,
    login,
    loggedIn: () => loggedIn,
    closeDuringStart() {
      client.off(Events.ShardDisconnect, keepClose);
      return closed;
    },
    abandon: () =>
      client
        .destroy()
        .catch((error: unknown) => logger.warn({ err: error }, 'error while closing the Discord connection')),
  };
}

/** What the client reports about its connection, logged from the moment it exists. */
function wireGatewayLogs(client: Client, logger: Logger): void {
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
}
