import type { Config } from '../config.ts';
import type { Logger } from '../core/logger.ts';
import { commands } from '../../commands/index.ts';
import { createOfflineServices } from '../cli/offline-services.ts';
import { runConsole } from './run-console.ts';

/** `npm start` without a token, on a terminal: the bot's commands in a local console. */
export async function startLocalConsole(config: Config, logger: Logger): Promise<number> {
  const offline = await createOfflineServices({
    articlesDir: config.articlesDir,
    databasePath: config.databasePath,
    logger,
  });
  try {
    await runConsole(offline.services, commands, process.stdin, process.stdout);
    return 0;
  } finally {
    await offline.close();
  }
}
