import { ChannelUnavailableError, type ChannelGateway } from '../core/channel-gateway.ts';
import type { Clock } from '../core/clock.ts';
import type { Logger } from '../core/logger.ts';
import { messageNonce } from '../core/nonce.ts';
import type { Article } from '../model/schema.ts';
import type { MessagePayload } from '../render/payload.ts';
import { composeDigest, nothingNewPayload, selectNewArticles, threadName } from './compose.ts';
import type { RequestLimiter } from './rate-limiter.ts';
import type { DigestSettings, DigestStore } from './store.ts';

/** What the digest needs of the article library (src/model/library.ts's ArticleLibrary fits). */
export interface DigestArticleSource {
  /** The articles a server's digest may list (bundled ones, plus its post:digest feeds' stories). */
  list(guildId: string): readonly Article[];
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
  threads?: DigestThreadHooks;
}

interface PostOptions {
  nothingNewNote: boolean;
  /** Only a problem with the configured channel pauses the server (not one with a /digest now channel). */
  pauseOnChannelProblem: boolean;
  /** Scheduled slots move last_slot; manual posts do not. */
  scheduled: boolean;
}

/**
 * Posts one slot, exactly once or not at all.
 *
 * Order: wait for a send token -> select and compose -> claim the slot in the ledger (a committed INSERT,
 * UNIQUE (guild_id, slot)) -> send -> record the message id. The crash window falls on "at most once":
 * a crash after the claim and before the completion leaves a `claimed` row that is never sent again
 * (it shows as "unconfirmed" in /digest show). Claiming after sending would make it "at least once"
 * instead, and a community is worse served by the same digest twice than by one missing digest it can
 * see in the ledger. Claiming only once the send token is in hand keeps that window to the one request
 * in flight: slots still waiting in the queue are unclaimed, so a restart catches them up normally.
 */
export class DigestRunner {
  private readonly inFlight = new Set<string>();

  constructor(private readonly deps: RunnerDeps) {}

  isInFlight(guildId: string, slot: number): boolean {
    return this.inFlight.has(`${guildId}:${slot}`);
  }

  /** A scheduled slot: skipped when the server is paused or the slot was already evaluated. */
  async runScheduledSlot(guildId: string, slot: number): Promise<SlotOutcome> {
    const before = this.activeSettings(guildId, slot);
    if ('kind' in before) return before;
    if (!this.hasSomethingToPost(guildId, before.channelId, before.nothingNewNote)) {
      this.deps.store.advanceLastSlot(guildId, slot);
      return { kind: 'nothing-new', slot, channelId: before.channelId };
    }
    await this.deps.limiter.acquire();
    // The server may have paused, moved or gone while this slot waited for its turn.
    const settings = this.activeSettings(guildId, slot);
    if ('kind' in settings) return settings;
    return this.claimAndSend(guildId, settings.channelId, slot, {
      nothingNewNote: settings.nothingNewNote,
      pauseOnChannelProblem: true,
      scheduled: true,
    });
  }

  /** A /digest now post under a manual slot. */
  async postManual(
    guildId: string,
    channelId: string,
    slot: number,
    pauseOnChannelProblem: boolean,
  ): Promise<SlotOutcome> {
    if (!this.hasSomethingToPost(guildId, channelId, false)) return { kind: 'nothing-new', slot, channelId };
    await this.deps.limiter.acquire();
    return this.claimAndSend(guildId, channelId, slot, {
      nothingNewNote: false,
      pauseOnChannelProblem,
      scheduled: false,
    });
  }

  private activeSettings(guildId: string, slot: number): DigestSettings | SlotOutcome {
    const settings = this.deps.store.settings(guildId);
    if (!settings) return { kind: 'inactive', slot, reason: 'not-configured' };
    if (settings.paused) return { kind: 'inactive', slot, reason: 'paused' };
    if (slot <= settings.lastSlot) return { kind: 'already-handled', slot };
    return settings;
  }

  private hasSomethingToPost(guildId: string, channelId: string, nothingNewNote: boolean): boolean {
    if (nothingNewNote) return true;
    const posted = this.deps.store.postedArticleIds(guildId, channelId);
    return this.deps.library.list(guildId).some((article) => !posted.has(article.id));
  }

  /** Runs holding one send token: everything up to the claim is synchronous, so nothing interleaves. */
  private async claimAndSend(
    guildId: string,
    channelId: string,
    slot: number,
    options: PostOptions,
  ): Promise<SlotOutcome> {
    const { store, library, clock } = this.deps;
    const fresh = selectNewArticles(library.list(guildId), store.postedArticleIds(guildId, channelId));
    const payloads =
      fresh.length > 0 ? composeDigest(fresh) : options.nothingNewNote ? [nothingNewPayload()] : [];
    if (payloads.length === 0) {
      if (options.scheduled) store.advanceLastSlot(guildId, slot);
      return { kind: 'nothing-new', slot, channelId };
    }
    const articleIds = fresh.map((article) => article.id);
    const claim = { guildId, channelId, slot, articleIds, now: clock.now(), scheduled: options.scheduled };
    if (!store.claim(claim)) return { kind: 'already-handled', slot };

    const key = `${guildId}:${slot}`;
    this.inFlight.add(key);
    try {
      return await this.send(guildId, channelId, slot, payloads, articleIds, options.pauseOnChannelProblem);
    } finally {
      this.inFlight.delete(key);
    }
  }

  private async send(
    guildId: string,
    channelId: string,
    slot: number,
    payloads: Parameters<ChannelGateway['send']>[1][],
    articleIds: string[],
    pauseOnChannelProblem: boolean,
  ): Promise<SlotOutcome> {
    const { store, channels, clock, logger, limiter } = this.deps;
    let firstMessageId: string | undefined;
    try {
      for (const [index, payload] of payloads.entries()) {
        if (index > 0) await limiter.acquire(); // the first one's token was taken before the claim
        // One nonce per part of this claim: a retried request cannot post the part twice.
        const nonce = messageNonce('digest', guildId, slot, channelId, index);
        const { messageId } = await channels.send(channelId, payload, { nonce });
        firstMessageId ??= messageId;
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (firstMessageId !== undefined) {
        // Part of the digest is up: count it as sent rather than post the same stories again.
        store.complete(guildId, slot, firstMessageId, clock.now(), `later part failed: ${message}`);
        logger.warn({ guildId, channelId, slot, err: error }, 'digest partly posted');
        return { kind: 'sent', slot, channelId, messageId: firstMessageId, threadId: null, articleIds };
      }
      store.fail(guildId, slot, message, clock.now());
      if (error instanceof ChannelUnavailableError) {
        if (pauseOnChannelProblem) {
          store.setPaused(guildId, true, error.problem, clock.now());
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
    store.complete(guildId, slot, messageId, clock.now(), null);
    const threadId = await this.openThread(guildId, channelId, slot, messageId);
    logger.info({ guildId, channelId, slot, messageId, articles: articleIds.length }, 'digest posted');
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
      store.setThread(guildId, slot, thread.threadId);
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
