import { describe, expect, it } from 'vitest';
import {
  ConfigError,
  DEFAULT_DISCORD_API_URL,
  applicationIdFromToken,
  loadCliConfig,
  loadConfig,
} from '../src/config.ts';

// A made-up token whose first part is base64 of an 18-digit id; never a real secret.
const fakeAppId = '123456789012345678';
const fakeToken = `${Buffer.from(fakeAppId).toString('base64')}.abcdef.ghijklmnopqrstuvwxyz`;

describe('loadConfig', () => {
  it('GIVEN an empty environment THEN it applies the documented defaults', () => {
    const config = loadConfig({});
    expect(config.discordToken).toBeUndefined();
    expect(config.discordApiUrl).toBe(DEFAULT_DISCORD_API_URL);
    expect(config.databasePath).toBe('var/bot.sqlite');
    expect(config.logLevel).toBe('info');
    expect(config.registerCommandsOnStart).toBe(false);
    expect(config.messageContentIntent).toBe(false);
    expect(config.digestGraceMs).toBe(2 * 60 * 60 * 1000);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('GIVEN empty strings THEN they count as unset', () => {
    const config = loadConfig({ DISCORD_TOKEN: '', DISCORD_GUILD_ID: '  ', LOG_LEVEL: '' });
    expect(config.discordToken).toBeUndefined();
    expect(config.guildId).toBeUndefined();
    expect(config.logLevel).toBe('info');
  });

  it('GIVEN a token THEN the application id is taken from it unless set explicitly', () => {
    expect(loadConfig({ DISCORD_TOKEN: fakeToken }).applicationId).toBe(fakeAppId);
    expect(
      loadConfig({ DISCORD_TOKEN: fakeToken, DISCORD_APPLICATION_ID: '999999999999999999' }).applicationId,
    ).toBe('999999999999999999');
    expect(applicationIdFromToken('not-base64-id.x.y')).toBeUndefined();
  });

  it('GIVEN an API URL with a trailing slash THEN it is normalised for the REST client', () => {
    expect(loadConfig({ DISCORD_API_URL: 'http://127.0.0.1:3000/api/' }).discordApiUrl).toBe(
      'http://127.0.0.1:3000/api',
    );
  });

  it('GIVEN several bad values THEN every problem is reported at once and the token is never echoed', () => {
    const badToken = 'secret-token-without-dots';
    let error: unknown;
    try {
      loadConfig({
        DISCORD_TOKEN: badToken,
        DISCORD_API_URL: 'not a url',
        DISCORD_GUILD_ID: 'abc',
        LOG_LEVEL: 'loud',
        REGISTER_COMMANDS_ON_START: 'maybe',
        DIGEST_GRACE_MINUTES: 'soon',
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual([
      'DIGEST_GRACE_MINUTES',
      'DISCORD_API_URL',
      'DISCORD_GUILD_ID',
      'DISCORD_TOKEN',
      'LOG_LEVEL',
      'REGISTER_COMMANDS_ON_START',
    ]);
    expect((error as ConfigError).message).not.toContain(badToken);
    expect((error as ConfigError).message).toContain('.env.example');
  });

  it('GIVEN a grace period that is a number but out of range or fractional THEN the message says which', () => {
    const problem = (value: string) => {
      try {
        loadConfig({ DIGEST_GRACE_MINUTES: value });
      } catch (error) {
        return (error as ConfigError).problems;
      }
      return [];
    };
    expect(problem('-5')).toEqual(['DIGEST_GRACE_MINUTES: expected minutes from 0 to 10080 (a week)']);
    expect(problem('99999')).toEqual(['DIGEST_GRACE_MINUTES: expected minutes from 0 to 10080 (a week)']);
    expect(problem('1.5')).toEqual(['DIGEST_GRACE_MINUTES: expected a whole number of minutes']);
  });
});

describe('loadCliConfig', () => {
  it('GIVEN no settings THEN the offline tools log warnings only and use the default folders', () => {
    expect(loadCliConfig({})).toEqual({
      logLevel: 'warn',
      databasePath: undefined,
      articlesDir: 'data/articles',
      articleMaxBytes: 2 * 1024 * 1024,
    });
  });

  it('GIVEN ARTICLE_MAX_BYTES THEN it is the cap, and a value out of range is named', () => {
    expect(loadCliConfig({ ARTICLE_MAX_BYTES: '65536' }).articleMaxBytes).toBe(65536);
    expect(() => loadCliConfig({ ARTICLE_MAX_BYTES: '12' })).toThrow(
      /ARTICLE_MAX_BYTES: expected bytes from 1024/,
    );
    expect(() => loadCliConfig({ ARTICLE_MAX_BYTES: 'lots' })).toThrow(/ARTICLE_MAX_BYTES/);
  });

  it('GIVEN CLI_DATABASE_PATH and DATABASE_PATH THEN the CLI-specific one wins', () => {
    expect(loadCliConfig({ CLI_DATABASE_PATH: 'a.sqlite', DATABASE_PATH: 'b.sqlite' }).databasePath).toBe(
      'a.sqlite',
    );
    expect(loadCliConfig({ DATABASE_PATH: 'b.sqlite' }).databasePath).toBe('b.sqlite');
  });

  it('GIVEN a bad log level THEN it is named, and the bot-only settings are not checked', () => {
    expect(() => loadCliConfig({ CLI_LOG_LEVEL: 'loud', DISCORD_TOKEN: 'not-a-token' })).toThrow(
      /CLI_LOG_LEVEL: expected one of fatal/,
    );
  });
});

describe('loadConfig: storage and sharding', () => {
  const problems = (env: Record<string, string>): string[] => {
    try {
      loadConfig(env);
      return [];
    } catch (error) {
      return (error as ConfigError).problems;
    }
  };

  it('GIVEN nothing set THEN SQLite, one process, a 60 s claim lease', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      databaseUrl: undefined,
      shardCount: 1,
      shardIds: undefined,
      claimLeaseMs: 60_000,
    });
    expect(config.shardSpawnDelayMs).toBe(5_500);
  });

  it('GIVEN DATABASE_URL, SHARD_COUNT and SHARD_IDS THEN they are read; a bad URL is named without echoing it', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://bot:secret@db.internal:5432/news',
      SHARD_COUNT: '4',
      SHARD_IDS: '3, 1,1',
    });
    expect(config).toMatchObject({ shardCount: 4, shardIds: [1, 3] });
    expect(config.databaseUrl).toBe('postgres://bot:secret@db.internal:5432/news');
    expect(loadConfig({ SHARD_COUNT: 'auto' }).shardCount).toBe('auto');
    const bad = problems({ DATABASE_URL: 'mysql://bot:secret@db/news' });
    expect(bad).toEqual([expect.stringMatching(/^DATABASE_URL: expected a PostgreSQL URL/)]);
    expect(bad.join()).not.toContain('secret');
  });

  it('GIVEN shard ids that do not fit the count THEN each mistake is named', () => {
    expect(problems({ SHARD_COUNT: '2', SHARD_IDS: '0,2' })).toEqual([
      'SHARD_IDS: expected shard numbers from 0 to 1 (SHARD_COUNT is 2); got 2',
    ]);
    expect(problems({ SHARD_COUNT: 'auto', SHARD_IDS: '0' })).toEqual([
      'SHARD_IDS: expected a numeric SHARD_COUNT beside it (every machine must agree on the count)',
    ]);
    expect(problems({ SHARD_COUNT: 'many' })).toEqual([
      'SHARD_COUNT: expected "auto" or a number of shards from 1',
    ]);
    expect(problems({ SHARD_IDS: 'one' })).toEqual([
      'SHARD_IDS: expected shard numbers separated by commas, e.g. 0,1',
    ]);
  });
});
