import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_ARTICLE_MAX_BYTES } from './model/file-limits.ts';

export const DEFAULT_DISCORD_API_URL = 'https://discord.com/api';
export const DEFAULT_DATABASE_PATH = path.join('var', 'bot.sqlite');

const snowflake = z.string().regex(/^\d{17,20}$/, 'a Discord id (17 to 20 digits)');

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'], {
    error: 'true or false',
  })
  .transform((value) => ['true', '1', 'yes', 'on'].includes(value));

const logLevel = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
  error: 'one of fatal, error, warn, info, debug, trace, silent',
});
const articlesDir = z.string().min(1).default(path.join('data', 'articles'));
const databaseUrl = z.url({
  protocol: /^postgres(ql)?$/,
  error: 'a PostgreSQL URL, e.g. postgres://user:password@host:5432/database',
});
/** Bytes per article file (JSON or source text); bigger files are refused, never read. */
const articleMaxBytes = z.coerce
  .number({ error: 'a number of bytes' })
  .int('a whole number of bytes')
  .min(1024, 'bytes from 1024 to 104857600 (100 MB)')
  .max(100 * 1024 * 1024, 'bytes from 1024 to 104857600 (100 MB)')
  .default(DEFAULT_ARTICLE_MAX_BYTES);

const EnvSchema = z.object({
  DISCORD_TOKEN: z
    .string()
    .regex(
      /^[\w-]+\.[\w-]+\.[\w-]+$/,
      'a bot token of three dot-separated parts (Developer Portal > Bot > Token)',
    )
    .optional(),
  DISCORD_API_URL: z
    .url({ protocol: /^https?$/, error: 'an http(s) URL ending in /api, e.g. https://discord.com/api' })
    .transform((value) => value.replace(/\/+$/, ''))
    .default(DEFAULT_DISCORD_API_URL),
  DISCORD_APPLICATION_ID: snowflake.optional(),
  DISCORD_GUILD_ID: snowflake.optional(),
  DATABASE_PATH: z.string().min(1).default(DEFAULT_DATABASE_PATH),
  DATABASE_URL: databaseUrl.optional(),
  SHARD_COUNT: z
    .union([z.literal('auto'), z.coerce.number().int().min(1).max(10_000)], {
      error: '"auto" or a number of shards from 1',
    })
    .default(1),
  SHARD_IDS: z
    .string()
    .regex(/^\d+(\s*,\s*\d+)*$/, 'shard numbers separated by commas, e.g. 0,1')
    .transform((value) => [...new Set(value.split(',').map((id) => Number(id.trim())))].sort((a, b) => a - b))
    .optional(),
  SHARD_SPAWN_DELAY_MS: z.coerce
    .number({ error: 'a number of milliseconds' })
    .int('a whole number of milliseconds')
    .min(0, 'milliseconds from 0 to 60000')
    .max(60_000, 'milliseconds from 0 to 60000')
    .default(5_500),
  DIGEST_CLAIM_LEASE_SECONDS: z.coerce
    .number({ error: 'a number of seconds' })
    .int('a whole number of seconds')
    .min(1, 'seconds from 1 to 3600')
    .max(3600, 'seconds from 1 to 3600')
    .default(60),
  ARTICLES_DIR: articlesDir,
  ARTICLE_MAX_BYTES: articleMaxBytes,
  LOG_LEVEL: logLevel.default('info'),
  REGISTER_COMMANDS_ON_START: booleanFlag.default(false),
  MESSAGE_CONTENT_INTENT: booleanFlag.default(false),
  DIGEST_GRACE_MINUTES: z.coerce
    .number({ error: 'a number of minutes' })
    .int('a whole number of minutes')
    .min(0, 'minutes from 0 to 10080 (a week)')
    .max(7 * 24 * 60, 'minutes from 0 to 10080 (a week)')
    .default(120),
  HEALTH_PORT: z.coerce
    .number({ error: 'a TCP port number' })
    .int('a TCP port number')
    .min(0, 'a port from 0 (any free port) to 65535')
    .max(65535, 'a port from 0 (any free port) to 65535')
    .optional(),
  HEALTH_HOST: z.string().min(1).default('127.0.0.1'),
});

export interface Config {
  /** Absent: the bot cannot log in (the local console or a clear exit instead). Never logged. */
  readonly discordToken: string | undefined;
  readonly discordApiUrl: string;
  readonly applicationId: string | undefined;
  readonly guildId: string | undefined;
  readonly databasePath: string;
  /** postgres://…: PostgreSQL instead of the SQLite file (several processes or machines). Never logged whole. */
  readonly databaseUrl: string | undefined;
  /** 1: one process, as without sharding; more, or 'auto': discord.js' ShardingManager, one process per shard. */
  readonly shardCount: number | 'auto';
  /** The shards this machine runs (all when undefined). */
  readonly shardIds: readonly number[] | undefined;
  /** Pause between starting two shards (Discord allows one IDENTIFY per 5 s unless max_concurrency says more). */
  readonly shardSpawnDelayMs: number;
  /** How long a digest claim is its claimer's before an unconfirmed one is retried. */
  readonly claimLeaseMs: number;
  readonly articlesDir: string;
  /** Largest article file read (ARTICLE_MAX_BYTES). */
  readonly articleMaxBytes: number;
  readonly logLevel: string;
  readonly registerCommandsOnStart: boolean;
  readonly messageContentIntent: boolean;
  readonly digestGraceMs: number;
  /** Unset: no health or metrics endpoint. */
  readonly healthPort: number | undefined;
  readonly healthHost: string;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(`Invalid configuration (see .env.example):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Reads and checks every setting at once; empty strings count as unset; the token never appears in an error. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const values = parseEnv(EnvSchema, env);
  checkShards(values.SHARD_COUNT, values.SHARD_IDS);
  return Object.freeze({
    discordToken: values.DISCORD_TOKEN,
    discordApiUrl: values.DISCORD_API_URL,
    applicationId: values.DISCORD_APPLICATION_ID ?? applicationIdFromToken(values.DISCORD_TOKEN),
    guildId: values.DISCORD_GUILD_ID,
    databasePath: values.DATABASE_PATH,
    databaseUrl: values.DATABASE_URL,
    shardCount: values.SHARD_COUNT,
    shardIds: values.SHARD_IDS,
    shardSpawnDelayMs: values.SHARD_SPAWN_DELAY_MS,
    claimLeaseMs: values.DIGEST_CLAIM_LEASE_SECONDS * 1000,
    articlesDir: values.ARTICLES_DIR,
    articleMaxBytes: values.ARTICLE_MAX_BYTES,
    logLevel: values.LOG_LEVEL,
    registerCommandsOnStart: values.REGISTER_COMMANDS_ON_START,
    messageContentIntent: values.MESSAGE_CONTENT_INTENT,
    digestGraceMs: values.DIGEST_GRACE_MINUTES * 60_000,
    healthPort: values.HEALTH_PORT,
    healthHost: values.HEALTH_HOST,
  });
}

function checkShards(count: number | 'auto', ids: readonly number[] | undefined): void {
  if (ids === undefined) return;
  if (count === 'auto') {
    throw new ConfigError([
      'SHARD_IDS: expected a numeric SHARD_COUNT beside it (every machine must agree on the count)',
    ]);
  }
  const outside = ids.filter((id) => id >= count);
  if (outside.length > 0) {
    throw new ConfigError([
      `SHARD_IDS: expected shard numbers from 0 to ${count - 1} (SHARD_COUNT is ${count}); got ${outside.join(', ')}`,
    ]);
  }
}

/** A bot token's first part is the application's id in base64; undefined when it does not decode to one. */
export function applicationIdFromToken(token: string | undefined): string | undefined {
  const firstPart = token?.split('.')[0];
  if (!firstPart) return undefined;
  const decoded = Buffer.from(firstPart, 'base64').toString('utf8');
  return /^\d{17,20}$/.test(decoded) ? decoded : undefined;
}

/** For entry points: the checked config, or undefined after printing every problem to stderr. */
export function loadConfigForEntryPoint(env: Record<string, string | undefined>): Config | undefined {
  try {
    return loadConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    return undefined;
  }
}

const CliEnvSchema = z.object({
  CLI_LOG_LEVEL: logLevel.default('warn'),
  CLI_DATABASE_PATH: z.string().min(1).optional(),
  DATABASE_PATH: z.string().min(1).optional(),
  ARTICLES_DIR: articlesDir,
  ARTICLE_MAX_BYTES: articleMaxBytes,
});

/** The offline tools' settings (CLI, validate): they need no token, so they do not read the bot's. */
export interface CliConfig {
  readonly logLevel: string;
  /** Where `digest` and `followups` keep state offline; undefined: the CLI's own default file. */
  readonly databasePath: string | undefined;
  readonly articlesDir: string;
  readonly articleMaxBytes: number;
}

export function loadCliConfig(env: Record<string, string | undefined>): CliConfig {
  const values = parseEnv(CliEnvSchema, env);
  return Object.freeze({
    logLevel: values.CLI_LOG_LEVEL,
    databasePath: values.CLI_DATABASE_PATH ?? values.DATABASE_PATH,
    articlesDir: values.ARTICLES_DIR,
    articleMaxBytes: values.ARTICLE_MAX_BYTES,
  });
}

/** Validates the variables a schema names, all problems at once, treating empty strings as unset. */
function parseEnv<Shape extends z.ZodRawShape>(
  schema: z.ZodObject<Shape>,
  env: Record<string, string | undefined>,
): z.infer<z.ZodObject<Shape>> {
  const present = Object.fromEntries(
    Object.keys(schema.shape)
      .map((key) => [key, env[key]?.trim()] as const)
      .filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${String(issue.path[0] ?? '')}: expected ${issue.message}`),
    );
  }
  return parsed.data;
}

const FetchEnvSchema = z.object({
  FETCH_ALLOW_PRIVATE: booleanFlag.default(false),
  FETCH_TIMEOUT_MS: z.coerce
    .number({ error: 'a number of milliseconds' })
    .int('a whole number of milliseconds')
    .min(100, 'from 100 to 120000 milliseconds')
    .max(120_000, 'from 100 to 120000 milliseconds')
    .default(10_000),
  FETCH_MAX_BYTES: z.coerce
    .number({ error: 'a number of bytes' })
    .int('a whole number of bytes')
    .min(1024, 'from 1024 to 104857600 bytes (100 MB)')
    .max(100 * 1024 * 1024, 'from 1024 to 104857600 bytes (100 MB)')
    .default(5 * 1024 * 1024),
});

/** How the bot fetches URLs it is given (article ingest, feeds): see src/net/guarded-fetch.ts. */
export interface FetchConfig {
  /** Allow private, loopback and link-local addresses (a page on the operator's own network; tests). */
  readonly allowPrivate: boolean;
  readonly timeoutMs: number;
  readonly maxBytes: number;
}

export function loadFetchConfig(env: Record<string, string | undefined>): FetchConfig {
  const values = parseEnv(FetchEnvSchema, env);
  return Object.freeze({
    allowPrivate: values.FETCH_ALLOW_PRIVATE,
    timeoutMs: values.FETCH_TIMEOUT_MS,
    maxBytes: values.FETCH_MAX_BYTES,
  });
}

const FeedEnvSchema = z.object({
  FEED_REFRESH_SECONDS: z.coerce
    .number({ error: 'a number of seconds' })
    .int('a whole number of seconds')
    .min(5, 'at least 5 seconds')
    .max(7 * 24 * 60 * 60, 'at most 604800 seconds (a week)')
    .default(600),
  FEEDS_PER_SERVER: z.coerce
    .number({ error: 'a number of feeds' })
    .int('a whole number of feeds')
    .min(1, 'from 1 to 1000 feeds')
    .max(1000, 'from 1 to 1000 feeds')
    .default(50),
  FEED_FETCHES_AT_ONCE: z.coerce
    .number({ error: 'a number of fetches' })
    .int('a whole number of fetches')
    .min(1, 'from 1 to 256 fetches')
    .max(256, 'from 1 to 256 fetches')
    .default(16),
  FEED_FETCHES_PER_HOST: z.coerce
    .number({ error: 'a number of fetches' })
    .int('a whole number of fetches')
    .min(1, 'from 1 to 32 fetches')
    .max(32, 'from 1 to 32 fetches')
    .default(2),
  FEED_ARTICLES_DIR: z.string().min(1).default(path.join('var', 'feed-articles')),
  FEED_ARTICLE_DAYS: z.coerce
    .number({ error: 'a number of days' })
    .int('a whole number of days')
    .min(1, 'from 1 to 3650 days')
    .max(3650, 'from 1 to 3650 days')
    .default(30),
});

/** News feeds (src/feeds): polling interval, limits, and where feed-made articles are kept. */
export interface FeedConfig {
  readonly refreshMs: number;
  readonly maxFeedsPerServer: number;
  readonly fetchesAtOnce: number;
  readonly fetchesPerHost: number;
  readonly articlesDir: string;
  /** How long a feed-made article stays in a server's library (and, once in none, on disk). */
  readonly articleRetentionMs: number;
}

export function loadFeedConfig(env: Record<string, string | undefined>): FeedConfig {
  const values = parseEnv(FeedEnvSchema, env);
  return Object.freeze({
    refreshMs: values.FEED_REFRESH_SECONDS * 1000,
    maxFeedsPerServer: values.FEEDS_PER_SERVER,
    fetchesAtOnce: values.FEED_FETCHES_AT_ONCE,
    fetchesPerHost: values.FEED_FETCHES_PER_HOST,
    articlesDir: values.FEED_ARTICLES_DIR,
    articleRetentionMs: values.FEED_ARTICLE_DAYS * 24 * 60 * 60 * 1000,
  });
}
