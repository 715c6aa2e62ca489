import type { Registry } from 'prom-client';

/**
 * The bot's Prometheus metrics, in one place. Modules call the named recorders below; they cost nothing
 * until `enableMetrics()` (called when HEALTH_PORT is set) loads prom-client and starts counting.
 *
 * | metric                                   | labels               | recorded by                       |
 * | ---------------------------------------- | -------------------- | --------------------------------- |
 * | news_bot_interactions_total              | command, outcome     | the interaction dispatcher        |
 * | news_bot_interaction_duration_seconds    | command              | the interaction dispatcher        |
 * | news_bot_digest_posts_total              | outcome              | the digest runner                 |
 * | news_bot_feed_posts_total                | outcome              | the feed poster                   |
 * | news_bot_discord_rate_limited_total      | scope                | every 429 response from Discord   |
 * | news_bot_gateway_reconnects_total        | (none)               | the gateway's reconnect events    |
 * | news_bot_articles_loaded                 | (gauge)              | set at scrape time from the library |
 * plus prom-client's default process metrics (memory, CPU, event-loop lag, GC) prefixed `news_bot_`.
 */

/** answered: the reply went out; user_error: a message for the user (bad option...); failed: an internal error; expired: the interaction was gone. */
export type InteractionOutcome = 'answered' | 'user_error' | 'failed' | 'expired' | 'unknown_command';
export type PostOutcome = 'sent' | 'failed';

interface Recorders {
  interaction(command: string, outcome: InteractionOutcome, seconds: number): void;
  digestPost(outcome: PostOutcome): void;
  feedPost(outcome: PostOutcome): void;
  rateLimited(scope: 'global' | 'route'): void;
  gatewayReconnect(): void;
}

const NOTHING: Recorders = {
  interaction() {},
  digestPost() {},
  feedPost() {},
  rateLimited() {},
  gatewayReconnect() {},
};

let recorders: Recorders = NOTHING;
let registry: Registry | undefined;

/** Latency buckets (seconds) around Discord's 3 s deadline: most answers take milliseconds. */
const DURATION_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export const metrics = {
  /** A slash command or button finished: its command name (or button prefix), outcome and duration. */
  interaction: (command: string, outcome: InteractionOutcome, seconds: number) =>
    recorders.interaction(command, outcome, seconds),
  /** A scheduled digest was posted to its channel, or could not be. */
  digestPost: (outcome: PostOutcome) => recorders.digestPost(outcome),
  /** A feed item was posted to its channel, or could not be. */
  feedPost: (outcome: PostOutcome) => recorders.feedPost(outcome),
  /** Discord answered 429 (global, or a route's or shared bucket). */
  rateLimited: (scope: 'global' | 'route') => recorders.rateLimited(scope),
  /** The gateway connection dropped and is being re-established. */
  gatewayReconnect: () => recorders.gatewayReconnect(),
};

export interface EnableMetricsOptions {
  /** Read at scrape time. */
  articlesLoaded?: () => number;
}

/** Loads prom-client and starts counting; returns the registry to expose. Calling it again returns the same one. */
export async function enableMetrics(options: EnableMetricsOptions = {}): Promise<Registry> {
  if (registry) return registry;
  const client = await import('prom-client');
  const reg = new client.Registry();
  client.collectDefaultMetrics({ register: reg, prefix: 'news_bot_' });
  const interactions = new client.Counter({
    name: 'news_bot_interactions_total',
    help: 'Slash commands and buttons handled, by command and outcome.',
    labelNames: ['command', 'outcome'] as const,
    registers: [reg],
  });
  const duration = new client.Histogram({
    name: 'news_bot_interaction_duration_seconds',
    help: 'Time from receiving an interaction to its reply being sent, by command.',
    labelNames: ['command'] as const,
    buckets: DURATION_BUCKETS,
    registers: [reg],
  });
  const digestPosts = new client.Counter({
    name: 'news_bot_digest_posts_total',
    help: 'Scheduled digests posted (sent) or not (failed).',
    labelNames: ['outcome'] as const,
    registers: [reg],
  });
  const feedPosts = new client.Counter({
    name: 'news_bot_feed_posts_total',
    help: 'Feed items posted (sent) or not (failed).',
    labelNames: ['outcome'] as const,
    registers: [reg],
  });
  const rateLimited = new client.Counter({
    name: 'news_bot_discord_rate_limited_total',
    help: 'HTTP 429 responses from the Discord REST API, global or per route.',
    labelNames: ['scope'] as const,
    registers: [reg],
  });
  const reconnects = new client.Counter({
    name: 'news_bot_gateway_reconnects_total',
    help: 'Gateway connections dropped and re-established.',
    registers: [reg],
  });
  const articlesLoaded = options.articlesLoaded;
  new client.Gauge({
    name: 'news_bot_articles_loaded',
    help: 'Valid articles the bot is serving.',
    registers: [reg],
    collect() {
      if (articlesLoaded) this.set(articlesLoaded());
    },
  });
  for (const outcome of ['sent', 'failed'] as const) {
    digestPosts.inc({ outcome }, 0);
    feedPosts.inc({ outcome }, 0);
  }
  for (const scope of ['global', 'route'] as const) rateLimited.inc({ scope }, 0);
  recorders = {
    interaction(command, outcome, seconds) {
      interactions.inc({ command, outcome });
      duration.observe({ command }, seconds);
    },
    digestPost: (outcome) => digestPosts.inc({ outcome }),
    feedPost: (outcome) => feedPosts.inc({ outcome }),
    rateLimited: (scope) => rateLimited.inc({ scope }),
    gatewayReconnect: () => reconnects.inc(),
  };
  registry = reg;
  return reg;
}

/** Stops counting and forgets the registry (tests). */
export function disableMetrics(): void {
  recorders = NOTHING;
  registry?.clear();
  registry = undefined;
}
