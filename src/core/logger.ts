import { pino, type Logger } from 'pino';

export type { Logger };

/** Structured logs to stderr (stdout is kept for the CLI's JSON). The token is redacted wherever it shows up. */
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
    pino.destination({ fd: destination, sync: true }),
  );
}

export const silentLogger: Logger = pino({ level: 'silent' });
