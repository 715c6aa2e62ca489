import { messageNonce } from '../../core/nonce.ts';
import { buildPayload } from '../../render/embed.ts';
import type { MessagePayload } from '../../render/payload.ts';
import type { FeedDeps } from '../deps.ts';
import type { FeedProblem } from '../fetch/fetch-feed.ts';
import type { FeedSource, FeedSubscription } from '../store/feed-store.ts';

/** Failures in a row that pause a feed. */
export const MAX_FAILURES_IN_A_ROW = 5;
/** The longest wait between tries of a failing feed. */
const MAX_BACKOFF_MS = 6 * 60 * 60 * 1000;

/** After the n-th failure in a row the next try waits interval x 2^(n-1), at most six hours. */
export function backoffMs(refreshMs: number, failuresInARow: number): number {
  return Math.min(MAX_BACKOFF_MS, refreshMs * 2 ** Math.max(0, failuresInARow - 1));
}

/**
 * Counts a failed fetch. A permanent problem (404, 410, not a feed, a refused address) or the fifth
 * failure in a row pauses every subscription of the feed, and each channel is told once why and how to
 * resume. Returns the subscriptions it paused.
 */
export async function recordFeedFailure(
  deps: FeedDeps,
  source: FeedSource,
  problem: FeedProblem,
): Promise<FeedSubscription[]> {
  const now = deps.clock.now();
  const failures = await deps.store.recordFailure(
    source.id,
    problem.message,
    problem.status,
    now,
    now + backoffMs(deps.refreshMs, source.consecutiveFailures + 1),
  );
  deps.logger.warn(
    { url: source.url, failures, problem: problem.code, status: problem.status },
    'feed fetch failed',
  );
  if (!problem.permanent && failures < MAX_FAILURES_IN_A_ROW) return [];
  const reason = problem.permanent
    ? problem.message
    : `${failures} failed fetches in a row (last: ${problem.message})`;
  const paused = await deps.store.pauseSource(source.id, reason, now);
  for (const subscription of paused) await tellChannel(deps, source, subscription, reason, now);
  return paused;
}

async function tellChannel(
  deps: FeedDeps,
  source: FeedSource,
  subscription: FeedSubscription,
  reason: string,
  now: number,
): Promise<void> {
  try {
    await deps.limiter.acquire();
    await deps.channels.send(subscription.channelId, pausedNotice(source, subscription, reason), {
      nonce: messageNonce('feed-paused', subscription.id, now),
    });
    deps.logger.info(
      { url: source.url, guildId: subscription.guildId, channelId: subscription.channelId },
      'feed paused; channel told',
    );
  } catch (error) {
    deps.logger.warn(
      { err: error, subscriptionId: subscription.id },
      'could not tell the channel its feed paused',
    );
  }
}

export function pausedNotice(
  source: FeedSource,
  subscription: FeedSubscription,
  reason: string,
): MessagePayload {
  const name = source.title ?? new URL(source.url).host;
  return buildPayload({
    content:
      `⚠️ **Feed paused:** ${name} (<${source.url}>)\n` +
      `Why: ${reason}.\n` +
      `Once the feed works again, someone with Manage Server can run \`/feed resume feed:${subscription.id}\`.`,
  });
}
