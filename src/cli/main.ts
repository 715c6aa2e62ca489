import { loadDotenv } from '../core/dotenv.ts';
import { ConfigError, loadCliConfig, type CliConfig } from '../config.ts';
import { createLogger } from '../core/logger.ts';
import { payloadToText } from '../render/text-view.ts';
import { commands } from '../../commands/index.ts';
import { parseCliArgs } from './argv.ts';
import { runChat } from './chat.ts';
import { invokeOffline, type OfflineResult } from './invoke.ts';
import { DEFAULT_OFFLINE_DATABASE, createOfflineServices } from './offline-services.ts';

const USAGE = `usage: npm run --silent cli -- <command> [subcommand] [--option value …] [--json]
       npm run --silent cli -- chat [--article id] [--json]   (questions on stdin, one a line; an empty line starts a new conversation)
commands: ${commands.map((command) => command.data.name).join(', ')}, chat
examples: summary --length brief --json · ask --question "Who attended?" · digest set --channel 123 --schedule "daily 09:00"`;

/** Commands that keep state between runs use the SQLite file; the rest run on a throwaway in-memory one. */
const STATEFUL = new Set(['digest', 'followups']);

function jsonLine(result: OfflineResult): string {
  return JSON.stringify(
    result.answer ? { payload: result.payload, answer: result.answer } : { payload: result.payload },
  );
}

function textOf(result: OfflineResult): string {
  return payloadToText(result.payload);
}

async function main(argv: readonly string[]): Promise<number> {
  loadDotenv();
  const args = parseCliArgs(argv);
  if (args.help || !args.command) {
    process.stderr.write(`${USAGE}\n`);
    return args.command || args.help ? 0 : 2;
  }
  let config: CliConfig;
  try {
    config = loadCliConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 1;
  }
  const logger = createLogger(config.logLevel);
  const command = args.command.replace(/^\//, '').toLowerCase();
  const databasePath = STATEFUL.has(command) ? (config.databasePath ?? DEFAULT_OFFLINE_DATABASE) : ':memory:';
  const offline = await createOfflineServices({
    articlesDir: config.articlesDir,
    databasePath,
    logger,
  });
  const print = (result: OfflineResult) =>
    process.stdout.write(`${args.json ? jsonLine(result) : `${textOf(result)}\n`}\n`);
  try {
    if (command === 'chat') {
      await runChat(commands, offline.services, process.stdin, print, args.values);
      return 0;
    }
    const result = await invokeOffline(commands, offline.services, {
      name: command,
      values: args.values,
      positional: args.positional,
    });
    print(result);
    return result.ok ? 0 : 1;
  } finally {
    await offline.close();
  }
}

let exitCode: number;
try {
  exitCode = await main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(
    `cli failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  exitCode = 1;
}
// Exit once stdout has drained, even if a library left a handle open.
process.stdout.write('', () => process.exit(exitCode));
