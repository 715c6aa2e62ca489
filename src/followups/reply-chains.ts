import type { Clock } from '../core/clock.ts';
import { BoundedMap } from './bounded-map.ts';

export interface ReplyChainOptions {
  /** How many messages of each kind (bot answers, answered questions) to remember. */
  maxEntries?: number;
  /** After this long a reply to an old bot message starts afresh (matches the answerer's memory expiry roughly). */
  ttlMs?: number;
}

interface ChainEntry {
  conversationKey: string;
  at: number;
}

/**
 * Which conversation each bot answer belongs to, so a reply to that answer continues the same conversation
 * (and its memory) even when someone else replies or the original was in another conversation key.
 *
 * Two records per answer, because the bot learns its answer's id only when Discord's HTTP response
 * arrives, and a reply to the answer can come through the gateway before that:
 * - the question, recorded synchronously when it is answered (before the send starts);
 * - the answer, recorded once sent.
 * A reply to an answer not yet recorded is resolved through the question the answer replies to
 * (Discord sends the replied-to message, with its own message_reference, along with the reply).
 */
export class ReplyChains {
  private readonly answers: BoundedMap<string, ChainEntry>;
  private readonly questions: BoundedMap<string, ChainEntry>;
  private readonly ttlMs: number;

  constructor(
    private readonly clock: Clock,
    options: ReplyChainOptions = {},
  ) {
    const maxEntries = options.maxEntries ?? 5_000;
    this.answers = new BoundedMap(maxEntries);
    this.questions = new BoundedMap(maxEntries);
    this.ttlMs = options.ttlMs ?? 6 * 60 * 60 * 1000;
  }

  /** A bot message (once sent) and the conversation it answered in. */
  record(botMessageId: string, conversationKey: string): void {
    this.answers.set(botMessageId, { conversationKey, at: this.clock.now() });
  }

  /** A question the bot is answering, recorded before the answer is sent. */
  recordQuestion(questionMessageId: string, conversationKey: string): void {
    this.questions.set(questionMessageId, { conversationKey, at: this.clock.now() });
  }

  /**
   * The conversation of a bot message: recorded directly, or else through the question it replies to
   * (`answeredQuestionId`, the bot message's own reference).
   */
  conversationOf(botMessageId: string, answeredQuestionId?: string): string | undefined {
    return (
      this.live(this.answers, botMessageId) ??
      (answeredQuestionId !== undefined ? this.live(this.questions, answeredQuestionId) : undefined)
    );
  }

  /** How many bot answers are remembered. */
  get size(): number {
    return this.answers.size;
  }

  private live(entries: BoundedMap<string, ChainEntry>, id: string): string | undefined {
    const entry = entries.get(id);
    if (entry === undefined) return undefined;
    if (this.clock.now() - entry.at > this.ttlMs) {
      entries.delete(id);
      return undefined;
    }
    return entry.conversationKey;
  }
}
