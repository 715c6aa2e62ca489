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
