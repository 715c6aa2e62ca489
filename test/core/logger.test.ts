import { mkdtempSync, openSync, readFileSync, rmSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DiscordAPIError } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger, redactSecrets } from '../../src/core/logger.ts';

const INTERACTION_TOKEN =
  'aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDEyMzQ1Njc4OmFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6MDEyMzQ1Njc4OQ';
const BOT_TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789AB';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

/** Logs through a real logger into a file and returns what was written. */
function written(log: (logger: ReturnType<typeof createLogger>) => void): string {
  dir = mkdtempSync(path.join(tmpdir(), 'logger-test-'));
  const file = path.join(dir, 'log.jsonl');
  const fd = openSync(file, 'w');
  log(createLogger('info', fd));
  closeSync(fd);
  return readFileSync(file, 'utf8');
}

describe('log redaction', () => {
  it('GIVEN a Discord API error on an interaction webhook THEN the line keeps the route and ids but not the token', () => {
    const url = `https://discord.com/api/v10/webhooks/123456789012345678/${INTERACTION_TOKEN}/messages/@original`;
    const error = new DiscordAPIError(
      { code: 50035, message: 'Invalid Form Body' },
      50035,
      400,
      'PATCH',
      url,
      { body: { content: 'x' } },
    );
    const text = written((logger) => logger.error({ err: error }, `request to ${url} failed`));
    expect(text).not.toContain(INTERACTION_TOKEN);
    expect(text).toContain('/webhooks/123456789012345678/[redacted]/messages/@original');
    expect(JSON.parse(text)).toMatchObject({ err: { code: 50035, method: 'PATCH' } });
  });

  it('GIVEN an interaction callback URL nested anywhere, and a bot token in a message THEN neither is written', () => {
    const callback = `http://127.0.0.1:4000/api/v10/interactions/123456789012345678/${INTERACTION_TOKEN}/callback`;
    const text = written((logger) =>
      logger.warn({ request: { attempts: [{ url: callback }] } }, `token ${BOT_TOKEN} refused`),
    );
    expect(text).not.toContain(INTERACTION_TOKEN);
    expect(text).not.toContain(BOT_TOKEN);
    expect(text).toContain('/interactions/123456789012345678/[redacted]/callback');
  });

  it('GIVEN text already redacted THEN it stays as it is', () => {
    const once = redactSecrets(`/webhooks/1/${INTERACTION_TOKEN}`);
    expect(redactSecrets(once)).toBe(once);
  });
});
