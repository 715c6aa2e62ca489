import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/**
 * Secrets that can hide inside any logged string (an error's `url`, its message, a stack): the token in an
 * interaction callback or webhook URL (`/interactions/{id}/{token}`, `/webhooks/{app}/{token}`: whoever has
 * it can answer as the bot for 15 minutes) and anything shaped like a bot token.
 */
const URL_TOKEN = /(\/(?:interactions|webhooks)\/\d+\/)(?!\[redacted\])[^/?#\s"\\]+/g;
const BOT_TOKEN = /\b[\w-]{23,28}\.[\w-]{6,7}\.[\w-]{27,40}\b/g;

export function redactSecrets(text: string): string {
  return text.replace(URL_TOKEN, '$1[redacted]').replace(BOT_TOKEN, '[redacted]');
}

/** Scrubs each finished JSON line before it is written, so no field or nesting can slip past. */
function redactingDestination(inner: DestinationStream): DestinationStream {
  return { write: (line: string) => inner.write(redactSecrets(line)) };
}

/** Structured logs to stderr (stdout is kept for the CLI's JSON). Tokens are redacted wherever they show up. */
export function createLogger(level: string, destination: number = 2): Logger {
  return pino(
    {
      level,
      redact: {
        paths: [
          'token',
          '*.token',
          'config.discordToken',
          'discordToken',
          'headers.authorization',
          '*.headers.authorization',
        ],
        censor: '[redacted]',
      },
    },
    redactingDestination(pino.destination({ fd: destination, sync: true })),
  );
}

export const silentLogger: Logger = pino({ level: 'silent' });

const LEVEL_NAMES: Record<number, string> = {
  10: 'trace',
  20: 'debug',
  30: 'info',
  40: 'warn',
  50: 'error',
  60: 'fatal',
};
const NOT_SHOWN = new Set(['level', 'time', 'pid', 'hostname', 'msg']);

/** One pino JSON line as a short line for a person at a terminal: `[warn] message (key: value, …)`. */
export function readableLogLine(json: string): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return json.endsWith('\n') ? json : `${json}\n`;
  }
  const level = LEVEL_NAMES[Number(entry.level)] ?? String(entry.level);
  const details = Object.entries(entry)
    .filter(([key]) => !NOT_SHOWN.has(key))
    .map(([key, value]) => {
      if (key === 'err' && value && typeof value === 'object' && 'message' in value)
        return `${key}: ${String((value as { message: unknown }).message)}`;
      if (key === 'issues' && Array.isArray(value)) return `${key}: ${value.length}`;
      return `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`;
    });
  const message = typeof entry.msg === 'string' ? entry.msg : '';
  return `[${level}] ${message}${details.length ? ` (${details.join(', ')})` : ''}\n`;
}

/** For the local console: the same logger, written as readable lines instead of JSON. */
export function createReadableLogger(
  level: string,
  out: { write(text: string): unknown } = process.stderr,
): Logger {
  return pino(
    {
      level,
      redact: { paths: ['token', '*.token', 'discordToken', 'config.discordToken'], censor: '[redacted]' },
    },
    { write: (line: string) => out.write(readableLogLine(line)) },
  );
}
