import { ChannelUnavailableError, type ChannelGateway } from '../core/channel-gateway.ts';
import type { Clock } from '../core/clock.ts';
import type { Logger } from '../core/logger.ts';
import { messageNonce } from '../core/nonce.ts';
import type { Article } from '../model/schema.ts';
import type { MessagePayload } from '../render/payload.ts';
import { composeDigest, nothingNewPayload, selectNewArticles, threadName } from './compose.ts';
import type { RequestLimiter } from './rate-limiter.ts';
import { partNonce } from '../store/claims.ts';
import { digestNonce, type DigestSettings, type DigestStore, type LedgerEntry } from './store.ts';
import { metrics } from '../ops/metrics.ts';

/** What the digest needs of the article library (src/model/library.ts's ArticleLibrary fits). */
export interface DigestArticleSource {
  /** The articles a server's digest may list (bundled ones, plus its post:digest feeds' stories). */
  list(guildId?: string): readonly Article[];
}

export type SlotOutcome =
  | {
      kind: 'sent';
      slot: number;
      channelId: string;
      messageId: string;
      threadId: string | null;
      articleIds: string[];
    }
  | { kind: 'nothing-new'; slot: number; channelId: string }
  | { kind: 'already-handled'; slot: number }
  | { kind: 'inactive'; slot: number; reason: 'not-configured' | 'paused' }
  | { kind: 'channel-unavailable'; slot: number; channelId: string; problem: string }
  | { kind: 'failed'; slot: number; channelId: string; error: string };

/** What happens around a thread opened on a digest post (wired to the follow-up handler in src/bot). */
export interface DigestThreadHooks {
  /** Told of every thread opened on a digest post, so messages there count as follow-ups. */
  opened(threadId: string): void;
  /** The thread's first message (how to ask), or null for none. */
  firstMessage(): MessagePayload | null;
}

export interface RunnerDeps {
  store: DigestStore;
  library: DigestArticleSource;
  channels: ChannelGateway;
  clock: Clock;
  logger: Logger;
  limiter: RequestLimiter;
  /** Called when a channel problem pauses a server, so its timer can be dropped. */
  onPaused(guildId: string): void;
  /** How long an unconfirmed claim belongs to its claimer before it is retried (see docs/digests.md). */
  leaseMs: number;
  threads?: DigestThreadHooks;
  /**
   * Told of every digest posted, with its stories in the order listed (and the thread opened on it, if any): a
   * question asked under it that names no story is about one of them (wired to the answerer in src/bot).
   */
  onPosted?: DigestPostedHook;
}

export type DigestPostedHook = (post: {
  guildId: string;
  channelId: string;
  threadId: string | null;
  articleIds: string[];
}) => void;

interface PostOptions {
  nothingNewNote: boolean;
  /** Only a problem with the configured channel pauses the server (not one with a /digest now channel). */
  pauseOnChannelProblem: boolean;
  /** Scheduled slots move last_slot; manual posts do not. */
  scheduled: boolean;
}

/**
 * Posts one slot, exactly once.
 *
 * Order: wait for a send token -> select and compose -> claim the slot in the ledger (a committed INSERT,
 * PRIMARY KEY (guild_id, slot), carrying the slot's nonce) -> send every part with that nonce and
 * `enforce_nonce` -> record the message id. A crash after the claim and before the record leaves a
 * `claimed` row; once its lease is over it is retried, once, with the same nonce, so Discord returns the
 * message it may already have created instead of posting it again (docs/digests.md: each crash window).
 * Claiming only once the send token is in hand keeps the window to the one request in flight: slots still
 * waiting in the queue are unclaimed, so a restart catches them up normally.
 */
export class DigestRunner {
  private readonly inFlight = new Set<string>();
  /** One post at a time per server in this process: choosing the stories and claiming them go together. */
  private readonly guildQueues = new Map<string, Promise<unknown>>();

  constructor(private readonly deps: RunnerDeps) {}

  isInFlight(guildId: string, slot: number): boolean {
    return this.inFlight.has(`${guildId}:${slot}`);
  }

  /** A scheduled slot: skipped when the server is paused or the slot was already evaluated. */
  async runScheduledSlot(guildId: string, slot: number): Promise<SlotOutcome> {
    await this.retryUnconfirmed(guildId);
    const before = await this.activeSettings(guildId, slot);
    if ('kind' in before) return before;
    if (!(await this.hasSomethingToPost(guildId, before.channelId, before.nothingNewNote))) {
      // Another run may have posted this very slot since the settings were read (its claim moved last_slot
      // before its stories counted as posted): that is "already handled", not "nothing new".
      const now = await this.activeSettings(guildId, slot);
      if ('kind' in now) return now;
      await this.deps.store.advanceLastSlot(guildId, slot);
      return { kind: 'nothing-new', slot, channelId: before.channelId };
    }
    await this.deps.limiter.acquire();
    return this.serialized(guildId, async () => {
      // The server may have paused, moved or gone while this slot waited for its turn.
      const settings = await this.activeSettings(guildId, slot);
      if ('kind' in settings) return settings;
      return this.claimAndSend(guildId, settings.channelId, slot, {
        nothingNewNote: settings.nothingNewNote,
        pauseOnChannelProblem: true,
        scheduled: true,
      });
    });
  }

  /** A /digest now post under a manual slot; an interrupted earlier post is finished first. */
  async postManual(
    guildId: string,
    channelId: string,
    slot: number,
    pauseOnChannelProblem: boolean,
  ): Promise<SlotOutcome> {
    const retried = (await this.retryUnconfirmed(guildId)).find(
      (outcome) => outcome.kind === 'sent' && outcome.channelId === channelId,
    );
    if (retried) return retried;
    if (!(await this.hasSomethingToPost(guildId, channelId, false))) {
      return { kind: 'nothing-new', slot, channelId };
    }
    await this.deps.limiter.acquire();
    return this.serialized(guildId, () =>
      this.claimAndSend(guildId, channelId, slot, {
        nothingNewNote: false,
        pauseOnChannelProblem,
        scheduled: false,
      }),
    );
  }

  /**
   * Posts again, once, what a stopped process claimed and never confirmed (after the lease, with the
   * claim's own nonce). Claims still inside their lease are left alone (pendingRetries() says when).
   */
  async retryUnconfirmed(guildId: string): Promise<SlotOutcome[]> {
    const { store, clock, leaseMs } = this.deps;
    const outcomes: SlotOutcome[] = [];
    for (const entry of await store.unconfirmedClaims(guildId)) {
      if (this.isInFlight(guildId, entry.slot)) continue;
      const taken = await store.takeOverUnconfirmed(guildId, entry.slot, clock.now(), leaseMs);
      if (!taken) continue;
      outcomes.push(await this.serialized(guildId, () => this.resend(taken)));
    }
    return outcomes;
  }

  /** When the unconfirmed claims of every server may next be retried (epoch ms per server), for start-up. */
  async pendingRetries(): Promise<Map<string, number>> {
    const due = new Map<string, number>();
    for (const entry of await this.deps.store.unconfirmedClaims()) {
      const at = entry.claimedAt + this.deps.leaseMs;
      due.set(entry.guildId, Math.min(due.get(entry.guildId) ?? at, at));
    }
    return due;
  }

  private async resend(entry: LedgerEntry): Promise<SlotOutcome> {
    const { guildId, channelId, slot } = entry;
    const byId = new Map(this.deps.library.list().map((article) => [article.id, article]));
    const articles = entry.articleIds.flatMap((id) => byId.get(id) ?? []);
    const payloads =
      articles.length > 0
        ? composeDigest(articles)
        : entry.articleIds.length === 0
          ? [nothingNewPayload()]
          : [];
    if (payloads.length === 0) {
      await this.deps.store.fail(
        guildId,
        slot,
        'its stories are no longer in the library',
        this.deps.clock.now(),
      );
      return { kind: 'failed', slot, channelId, error: 'its stories are no longer in the library' };
    }
    this.deps.logger.warn(
      { guildId, channelId, slot, claimedAt: entry.claimedAt, nonce: entry.nonce },
      'retrying an unconfirmed digest claim (same nonce)',
    );
    await this.deps.limiter.acquire();
    return this.sending(guildId, slot, () =>
      this.send(guildId, channelId, slot, payloads, entry.articleIds, {
        nonce: entry.nonce ?? digestNonce(guildId, slot),
        pauseOnChannelProblem: false,
      }),
    );
  }

  private async activeSettings(guildId: string, slot: number): Promise<DigestSettings | SlotOutcome> {
    const settings = await this.deps.store.settings(guildId);
    if (!settings) return { kind: 'inactive', slot, reason: 'not-configured' };
    if (settings.paused) return { kind: 'inactive', slot, reason: 'paused' };
    if (slot <= settings.lastSlot) return { kind: 'already-handled', slot };
    return settings;
  }

  private async hasSomethingToPost(
    guildId: string,
    channelId: string,
    nothingNewNote: boolean,
  ): Promise<boolean> {
    if (nothingNewNote) return true;
    const posted = await this.deps.store.postedArticleIds(guildId, channelId);
    return this.deps.library.list(guildId).some((article) => !posted.has(article.id));
  }

  private serialized<T>(guildId: string, work: () => Promise<T>): Promise<T> {
    const previous = this.guildQueues.get(guildId) ?? Promise.resolve();
    const next = previous.then(work, work);
    const settled = next.catch(() => undefined);
    this.guildQueues.set(guildId, settled);
    void settled.then(() => {
      if (this.guildQueues.get(guildId) === settled) this.guildQueues.delete(guildId);
    });
    return next;
  }

  private async sending<T>(guildId: string, slot: number, work: () => Promise<T>): Promise<T> {
    const key = `${guildId}:${slot}`;
    this.inFlight.add(key);
    try {
      return await work();
    } finally {
      this.inFlight.delete(key);
    }
  }

  /** Runs holding one send token and the server's turn, so two posts cannot pick the same stories. */
  private async claimAndSend(
    guildId: string,
    channelId: string,
    slot: number,
    options: PostOptions,
  ): Promise<SlotOutcome> {
    const { store, library, clock } = this.deps;
    const fresh = selectNewArticles(library.list(guildId), await store.postedArticleIds(guildId, channelId));
    const payloads =
      fresh.length > 0 ? composeDigest(fresh) : options.nothingNewNote ? [nothingNewPayload()] : [];
    if (payloads.length === 0) {
      if (options.scheduled) await store.advanceLastSlot(guildId, slot);
      return { kind: 'nothing-new', slot, channelId };
    }
    const articleIds = fresh.map((article) => article.id);
    const claim = { guildId, channelId, slot, articleIds, now: clock.now(), scheduled: options.scheduled };
    if (!(await store.claim(claim))) return { kind: 'already-handled', slot };
    return this.sending(guildId, slot, () =>
      this.send(guildId, channelId, slot, payloads, articleIds, {
        nonce: digestNonce(guildId, slot),
        pauseOnChannelProblem: options.pauseOnChannelProblem,
      }),
    );
  }

  private async send(
    guildId: string,
    channelId: string,
    slot: number,
    payloads: Parameters<ChannelGateway['send']>[1][],
    articleIds: string[],
    options: { nonce: string; pauseOnChannelProblem: boolean },
  ): Promise<SlotOutcome> {
    const { store, channels, clock, logger, limiter } = this.deps;
    let firstMessageId: string | undefined;
    try {
      for (const [index, payload] of payloads.entries()) {
        if (index > 0) await limiter.acquire(); // the first one's token was taken before the claim
        const { messageId } = await channels.send(channelId, payload, {
          nonce: partNonce(options.nonce, index),
        });
        firstMessageId ??= messageId;
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (firstMessageId !== undefined) {
        // Part of the digest is up: count it as sent rather than post the same stories again.
        await store.complete(guildId, slot, firstMessageId, clock.now(), `later part failed: ${message}`);
        logger.warn({ guildId, channelId, slot, err: error }, 'digest partly posted');
        metrics.digestPost('sent');
        this.deps.onPosted?.({ guildId, channelId, threadId: null, articleIds });
        return { kind: 'sent', slot, channelId, messageId: firstMessageId, threadId: null, articleIds };
      }
      await store.fail(guildId, slot, message, clock.now());
      metrics.digestPost('failed');
      if (error instanceof ChannelUnavailableError) {
        if (options.pauseOnChannelProblem) {
          await store.setPaused(guildId, true, error.problem, clock.now());
          this.deps.onPaused(guildId);
        }
        logger.warn(
          { guildId, channelId, slot, problem: error.problem },
          'digest channel unavailable; digest paused',
        );
        return { kind: 'channel-unavailable', slot, channelId, problem: error.problem };
      }
      logger.error({ guildId, channelId, slot, err: error }, 'digest send failed');
      return { kind: 'failed', slot, channelId, error: message };
    }
    const messageId = firstMessageId as string;
    await store.complete(guildId, slot, messageId, clock.now(), null);
    metrics.digestPost('sent');
    const threadId = await this.openThread(guildId, channelId, slot, messageId);
    logger.info({ guildId, channelId, slot, messageId, articles: articleIds.length }, 'digest posted');
    this.deps.onPosted?.({ guildId, channelId, threadId, articleIds });
    return { kind: 'sent', slot, channelId, messageId, threadId, articleIds };
  }

  private async openThread(
    guildId: string,
    channelId: string,
    slot: number,
    messageId: string,
  ): Promise<string | null> {
    const { store, channels, limiter, logger } = this.deps;
    try {
      await limiter.acquire();
      const thread = await channels.startThread(channelId, messageId, threadName(slot));
      if (!thread) return null;
      await store.setThread(guildId, slot, thread.threadId);
      this.deps.threads?.opened(thread.threadId);
      await this.postThreadHint(thread.threadId);
      return thread.threadId;
    } catch (error) {
      logger.warn({ guildId, channelId, messageId, err: error }, 'could not open a digest thread');
      return null;
    }
  }

  private async postThreadHint(threadId: string): Promise<void> {
    const hint = this.deps.threads?.firstMessage() ?? null;
    if (hint === null) return;
    try {
      await this.deps.limiter.acquire();
      await this.deps.channels.send(threadId, hint, { nonce: messageNonce('thread-hint', threadId) });
    } catch (error) {
      this.deps.logger.warn({ threadId, err: error }, 'could not post the digest thread hint');
    }
  }
}
