import type { Readable, Writable } from 'node:stream';
import type { Config } from '../config.ts';
import { createReadableLogger } from '../core/logger.ts';
import { describeEmptyLibrary } from '../model/library-report.ts';
import { commands } from '../../commands/index.ts';
import { createOfflineServices } from '../cli/offline-services.ts';
import { runConsole } from './run-console.ts';

export interface ConsoleStreams {
  input: Readable;
  output: Writable;
  /** Log lines and notices for the operator (readable text, not JSON). */
  notices: Writable;
}

/**
 * `npm start` without a token, on a terminal: the bot's commands in a local console. Logs are readable lines
 * (not JSON), and the articles folder is watched and reloaded as the bot does.
 */
export async function startLocalConsole(
  config: Config,
  streams: ConsoleStreams = { input: process.stdin, output: process.stdout, notices: process.stderr },
): Promise<number> {
  const logger = createReadableLogger(config.logLevel, streams.notices);
  const offline = await createOfflineServices({
    articlesDir: config.articlesDir,
    databasePath: config.databasePath,
    logger,
    postsTo: streams.notices,
  });
  const { library } = offline.services;
  const stopWatching = library.watch();
  const empty = describeEmptyLibrary(library);
  if (empty) streams.notices.write(`${empty}\n`);
  try {
    await runConsole(offline.services, commands, streams.input, streams.output);
    return 0;
  } finally {
    stopWatching();
    await offline.close();
  }
}
