import type { Clock } from '../../core/clock.ts';
import { systemClock } from '../../core/clock.ts';
import type { Article } from '../../model/schema.ts';
import { answerNormalized } from './pipeline.ts';
import type { Answer, ConversationState } from './types.ts';
import { EMPTY_STATE } from './types.ts';
import { routeNote, unknownStory, whichStory } from './route/note.ts';
import { carriesOn, routerFor, type Route } from './route/router.ts';
import { expandShorthand } from './normalize/focus.ts';
import { cleanInput, normalizeQuestion } from './normalize/normalize.ts';

/** What a question is asked about: one article (pinned by an option), or the whole library (routed). */
export type AskTarget = Article | { library: readonly Article[] };

/** An answer and the article it came from. */
export interface RoutedAnswer extends Answer {
  /** Undefined when the library is empty, or when the answer asks which story is meant (`route.candidates`). */
  article?: Article;
  route?: Route;
}

export interface ConversationAnswererOptions {
  clock?: Clock;
  /** Conversations kept at once; the least recently used is dropped beyond this. */
  maxConversations?: number;
  /** A conversation idle this long is forgotten. */
  idleTtlMs?: number;
}

/** Where a question was asked, beyond its conversation. */
export interface AskPlace {
  /**
   * The channel (or thread) it was asked in: a first question there goes to the story last asked about or
   * posted in that channel, by anyone, unless it clearly points at another.
   */
  channel?: string;
}

interface Entry {
  articleId: string;
  state: ConversationState;
  lastUsed: number;
}

/**
 * Answers questions and keeps each conversation's context (a Discord thread, or a channel and user) so that
 * follow-ups resolve against earlier turns. Bounded (LRU) and forgetful after inactivity.
 */
export class ConversationAnswerer {
  private readonly clock: Clock;
  private readonly maxConversations: number;
  private readonly idleTtlMs: number;
  /** Insertion order is recency order: a used entry is deleted and re-inserted. */
  private readonly conversations = new Map<string, Entry>();
  /**
   * Conversation -> the question last asked back about ("Which story do you mean?") and the stories listed: the
   * reply that picks one ("2", "the bridge one") gets that question answered from it.
   */
  private readonly asked = new Map<string, { question: string; listed: string[]; lastUsed: number }>();
  /**
   * Channel -> the article last answered from or posted there, or the stories of a digest posted there last
   * (bounded and forgetful like the conversations).
   */
  private readonly channels = new Map<string, { articleIds: readonly string[]; lastUsed: number }>();

  constructor(options: ConversationAnswererOptions = {}) {
    this.clock = options.clock ?? systemClock;
    this.maxConversations = Math.max(1, options.maxConversations ?? 1000);
    this.idleTtlMs = options.idleTtlMs ?? 30 * 60 * 1000;
  }

  /**
   * Answers a question about one article, or about the library: then the question goes to the article it is
   * about, a conversation keeps its article until a question clearly moves to another, and an answer chosen
   * between two close articles names the other.
   */
  ask(conversationKey: string, question: string, target: AskTarget, place: AskPlace = {}): RoutedAnswer {
    const now = this.clock.now();
    const previous = this.live(conversationKey, now);
    let route: Route | undefined;
    let normalized = normalizeQuestion(question);
    // A message the answerer will not read as a question (empty, "help", an instruction, another language)
    // points at no story: it stays where the conversation is, and gets no line about the choice.
    let unread = normalized.problem !== undefined;
    const askedBack = this.askedBack(conversationKey, now);
    /** The memory a reply carrying on from the question asked back about is read with: that question's. */
    let context: ConversationState | undefined;
    if ('library' in target) {
      const router = routerFor(target.library);
      // The router reads the words people mean: no markup or zero-width characters, no shorthand ("tl;dr" is
      // no doctor's title), and the whole message (a story named before the question still counts).
      const text = expandShorthand(cleanInput(question));
      // A reply to "Which story do you mean?" that picks a story answers the question asked before, from it. One
      // that picks it by words carrying on from that question ("and how many were displaced?") is asked too:
      // after that question, as its follow-up.
      const chosen = askedBack ? router.choose(text, askedBack.listed) : undefined;
      if (askedBack && chosen) {
        route = { article: chosen, basis: 'chosen' };
        const before = normalizeQuestion(askedBack.question);
        if (carriesOn(text) && normalized.problem === undefined && before.problem === undefined)
          context = answerNormalized(chosen, before, EMPTY_STATE).memory;
        else {
          normalized = before;
          unread = normalized.problem !== undefined;
        }
      } else {
        const seen = place.channel === undefined ? [] : this.channelArticles(place.channel, now);
        route = router.route(
          unread ? '' : text,
          previous?.articleId,
          seen.length === 1 ? seen[0] : undefined,
          seen.length > 1 ? seen : [],
        );
      }
      if (!route)
        return { answered: false, text: 'There are no articles to answer from yet.', citations: [] };
      if (route.unmatchedName !== undefined) {
        return { ...unknownStory(route.unmatchedName, target.library), article: route.article, route };
      }
      // No story is clearly meant, and none is under way here: ask which, answering from none, and remember
      // the question for the reply that picks one.
      if (route.candidates && !unread) {
        this.rememberAsked(conversationKey, {
          question,
          listed: route.candidates.map((a) => a.id),
          lastUsed: now,
        });
        return { ...whichStory(route.candidates, target.library.length), route };
      }
    }
    const article = route ? route.article : (target as Article);
    const memory = context ?? (previous && previous.articleId === article.id ? previous.state : EMPTY_STATE);
    const { answer, memory: next } = answerNormalized(article, normalized, memory);
    this.store(conversationKey, { articleId: article.id, state: next, lastUsed: now });
    if (place.channel !== undefined) this.remember(place.channel, article.id, now);
    const note =
      route && !unread && 'library' in target ? routeNote(route, target.library.length) : undefined;
    return {
      ...answer,
      ...(note ? { text: `${answer.text}\n${note}` } : {}),
      article,
      ...(route ? { route } : {}),
    };
  }

  /**
   * A story was posted in a channel (a feed item, a digest): a first question there that points at no other
   * story is about it, as if someone had just asked about it.
   */
  storyPosted(channel: string, articleId: string): void {
    this.remember(channel, articleId, this.clock.now());
  }

  /**
   * A digest (several stories, in the order listed) was posted in a channel or opened a thread: a first
   * question there that points at no story is about one of them (the one its words lead, else asked which).
   */
  storiesPosted(channel: string, articleIds: readonly string[]): void {
    if (articleIds.length === 0) return;
    this.remember(channel, articleIds, this.clock.now());
  }

  forget(conversationKey: string): void {
    this.conversations.delete(conversationKey);
    this.asked.delete(conversationKey);
  }

  /** The article a live conversation is about. */
  articleOf(conversationKey: string): string | undefined {
    return this.live(conversationKey, this.clock.now())?.articleId;
  }

  /** Starts a conversation about an article (a thread opened on a feed post), unless one is under way. */
  startConversation(conversationKey: string, articleId: string): void {
    const now = this.clock.now();
    if (this.live(conversationKey, now)) return;
    this.store(conversationKey, { articleId, state: EMPTY_STATE, lastUsed: now });
  }

  /** Carry a conversation over to a new key (e.g. a channel conversation continued in a thread). */
  copyConversation(fromKey: string, toKey: string): void {
    const now = this.clock.now();
    const entry = this.live(fromKey, now);
    if (!entry || fromKey === toKey) return;
    this.store(toKey, { ...entry, state: structuredClone(entry.state), lastUsed: now });
  }

  /** How many conversations are remembered (expired ones are dropped lazily). */
  get size(): number {
    return this.conversations.size;
  }

  private live(key: string, now: number): Entry | undefined {
    const entry = this.conversations.get(key);
    if (!entry) return undefined;
    if (now - entry.lastUsed > this.idleTtlMs) {
      this.conversations.delete(key);
      return undefined;
    }
    return entry;
  }

  /** The question last asked back about in this conversation, if still fresh; forgotten once read. */
  private askedBack(key: string, now: number): { question: string; listed: string[] } | undefined {
    const entry = this.asked.get(key);
    if (!entry) return undefined;
    this.asked.delete(key);
    return now - entry.lastUsed > this.idleTtlMs ? undefined : entry;
  }

  private rememberAsked(key: string, entry: { question: string; listed: string[]; lastUsed: number }): void {
    setNewest(this.asked, key, entry, this.maxConversations);
  }

  private channelArticles(channel: string, now: number): readonly string[] {
    const entry = this.channels.get(channel);
    if (!entry) return [];
    if (now - entry.lastUsed > this.idleTtlMs) {
      this.channels.delete(channel);
      return [];
    }
    return entry.articleIds;
  }

  private remember(channel: string, story: string | readonly string[], now: number): void {
    const articleIds = typeof story === 'string' ? [story] : [...story];
    setNewest(this.channels, channel, { articleIds, lastUsed: now }, this.maxConversations);
  }

  private store(key: string, entry: Entry): void {
    setNewest(this.conversations, key, entry, this.maxConversations);
  }
}

/** Sets `key` as the most recently used entry of an insertion-ordered map and drops the oldest beyond `max`. */
function setNewest<V>(map: Map<string, V>, key: string, value: V, max: number): void {
  map.delete(key);
  map.set(key, value);
  while (map.size > max) {
    const oldest = map.keys().next();
    if (oldest.done) break;
    map.delete(oldest.value);
  }
}
