import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ChannelUnavailableError,
  type ChannelGateway,
  type ChannelProblem,
} from '../../src/core/channel-gateway.ts';
import type { ManualClock } from '../../src/core/clock.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { DigestService, type DigestThreadHooks } from '../../src/digest/service.ts';
import { unlimited, type RequestLimiter } from '../../src/digest/rate-limiter.ts';
import { ManualTimers } from '../../src/digest/timers.ts';
import { Article } from '../../src/model/schema.ts';
import type { MessagePayload } from '../../src/render/payload.ts';
import { openDatabase, type Database } from '../../src/store/database.ts';

/** An in-memory Discord for digests: records posts, can refuse a channel, fail a send, or hang after one. */
export class FakeChannelGateway implements ChannelGateway {
  readonly posts: Array<{ channelId: string; messageId: string; payload: MessagePayload }> = [];
  readonly threads: Array<{ channelId: string; messageId: string; name: string; threadId: string }> = [];
  readonly unavailable = new Map<string, ChannelProblem>();
  threadsAllowed = true;
  /** The next send throws this (a 5xx that discord.js gave up on, say). */
  failNextSend: Error | undefined;
  /** Posts, then never returns: the process "dies" between the send and the ledger write. */
  hangAfterSend = false;
  private nextId = 1000;

  async send(channelId: string, payload: MessagePayload): Promise<{ messageId: string }> {
    const problem = this.unavailable.get(channelId);
    if (problem) throw new ChannelUnavailableError(channelId, problem);
    if (this.failNextSend) {
      const error = this.failNextSend;
      this.failNextSend = undefined;
      throw error;
    }
    const messageId = String((this.nextId += 1));
    this.posts.push({ channelId, messageId, payload });
    if (this.hangAfterSend) return new Promise(() => {});
    return { messageId };
  }

  async startThread(
    channelId: string,
    messageId: string,
    name: string,
  ): Promise<{ threadId: string } | null> {
    if (!this.threadsAllowed) return null;
    const threadId = String((this.nextId += 1));
    this.threads.push({ channelId, messageId, name, threadId });
    return { threadId };
  }

  messageUrl(guildId: string, channelId: string, messageId: string): string {
    return `https://discord.com/channels/${guildId}/${channelId}/${messageId}`;
  }

  postsIn(channelId: string): number {
    return this.posts.filter((post) => post.channelId === channelId).length;
  }
}

const ARTICLE_DIR = new URL('../../data/articles/', import.meta.url);

export function seedArticle(): Article {
  const file = new URL('kr-jp-security-talks-2023-04-17.json', ARTICLE_DIR);
  return Article.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** The seed article under another id, headline and date: enough to tell digests apart. */
export function variantOf(article: Article, index: number): Article {
  const day = String((index % 28) + 1).padStart(2, '0');
  return {
    ...article,
    id: `${article.id}-v${index}`,
    headline: `${article.headline} (${index})`,
    referenceDate: `2023-05-${day}`,
  };
}

/** A mutable article list standing in for the ArticleLibrary. */
export class ListLibrary {
  constructor(public articles: Article[]) {}
  list(): readonly Article[] {
    return this.articles;
  }
}

export function tempDatabasePath(): { path: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'digest-test-'));
  return {
    path: join(dir, 'nested', 'bot.sqlite'),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export interface Harness {
  db: Database;
  service: DigestService;
  timers: ManualTimers;
}

export function openHarness(
  path: string,
  deps: {
    library: ListLibrary;
    channels: FakeChannelGateway;
    clock: ManualClock;
    graceMs?: number;
    limiter?: RequestLimiter;
    threads?: DigestThreadHooks;
  },
): Harness {
  const db = openDatabase(path);
  const timers = new ManualTimers();
  const service = new DigestService({
    db,
    library: deps.library,
    channels: deps.channels,
    clock: deps.clock,
    logger: silentLogger,
    limiter: deps.limiter ?? unlimited,
    timers,
    ...(deps.graceMs !== undefined ? { graceMs: deps.graceMs } : {}),
    ...(deps.threads !== undefined ? { threads: deps.threads } : {}),
  });
  return { db, service, timers };
}
