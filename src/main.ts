import { loadDotenv } from './core/dotenv.ts';
import { ConfigError, loadConfigForEntryPoint, loadFeedConfig, loadFetchConfig } from './config.ts';
import { createLogger, type Logger } from './core/logger.ts';
import { runsShardingManager } from './bot/placement.ts';
import { startGateway } from './bot/gateway.ts';

/**
 * `npm start`. With a token: the bot. Without one: the local console on a terminal, or a clear exit
 * naming the missing variable when there is nobody to type.
 */
async function main(): Promise<number> {
  loadDotenv();
  const config = loadConfigForEntryPoint(process.env);
  if (!config) return 1;
  const logger: Logger = createLogger(config.logLevel);

  if (config.discordToken) {
    if (runsShardingManager(config)) {
      const { runShardingManager } = await import('./bot/sharding.ts');
      return runShardingManager(config, config.discordToken, logger);
    }
    let settings;
    try {
      settings = { feeds: loadFeedConfig(process.env), fetch: loadFetchConfig(process.env) };
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      console.error(error.message);
      return 1;
    }
    // The gateway handshake first: it runs while the rest of the bot (the answerer, the commands, the
    // database) is imported and gets ready, instead of after.
    const gateway = startGateway(config, config.discordToken, logger);
    const { runBot } = await import('./bot/run-bot.ts');
    return runBot(config, config.discordToken, logger, settings, gateway);
  }

  if (process.stdin.isTTY) {
    const { startLocalConsole } = await import('./console/start-local-console.ts');
    return startLocalConsole(config);
  }
  console.error(
    'DISCORD_TOKEN is not set, and there is no terminal for the local console.\n' +
      'Copy .env.example to .env and set DISCORD_TOKEN (or run `npm start` in a terminal to try the bot offline).',
  );
  return 1;
}

process.exit(await main());
