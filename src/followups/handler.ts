import type { Clock } from '../core/clock.ts';
import type { Logger } from '../core/logger.ts';
import type { Article } from '../model/schema.ts';
import type { MessagePayload } from '../render/payload.ts';
import type { AnswerSummary } from '../bot/command.ts';
import { BotThreads } from './bot-threads.ts';
import { FollowupRateLimiter, type RateDecision } from './rate-limit.ts';
import { ReplyChains } from './reply-chains.ts';
import { answerContent, followupPayload, type Citation } from './reply-payload.ts';
import { decideFollowup, type IncomingMessage } from './trigger.ts';

/**
 * What the follow-up responder needs of the question-answering engine (src/answer/qa): it routes each question
 * to the article of the library it is about, keeping a conversation's article.
 */
export interface FollowupAnswerer {
  ask(
    conversationKey: string,
    question: string,
    target: { library: readonly Article[] },
    place?: { channel?: string },
  ): { answered: boolean; text: string; citations: readonly Citation[] };
  /** The article a conversation is about (a thread opened on a feed post is about that post's story). */
  articleOf?(conversationKey: string): string | undefined;
}

interface FollowupLibrary {
  list(): readonly Article[];
}

export interface FollowupResponderDeps {
  answerer: FollowupAnswerer;
  library: FollowupLibrary;
  /** The server's own library (bundled articles plus its feeds'); default: `library` everywhere. */
  libraryFor?: (guildId: string | null) => FollowupLibrary;
  settings: { isAllowed(guildId: string, channelId: string, parentChannelId?: string): boolean };
  clock: Clock;
  logger: Logger;
  /** Defaults: 5 per 30 s per user, 20 per 30 s per channel. */
  rateLimits?: FollowupRateLimiter;
  replyChains?: ReplyChains;
  /** Shared with the digest runner and the /ask thread button. */
  botThreads?: BotThreads;
  /** Whether the privileged Message Content intent is on; off by default. */
  messageContentIntent?: boolean;
}

export interface FollowupReply {
  payload: MessagePayload;
  /** The conversation the reply belongs to: record the sent message under it so replies to it continue. */
  conversationKey: string | null;
  /** The answer as plain data, for logs and tests (absent for notices and hints). */
  answer?: AnswerSummary;
}

export interface FollowupResponder {
  /** The reply to a message, or null when the bot should stay silent. Never throws. */
  respond(message: IncomingMessage, botUserId: string): FollowupReply | null;
  readonly replyChains: ReplyChains;
  readonly botThreads: BotThreads;
}

const EMPTY_QUESTION_HINT =
  'Ask me about the latest story after the mention, for example: "who attended?" or "what did they agree on?"';
const NO_ARTICLE = 'There is no story in the library yet, so I have nothing to answer from.';
const FAILURE = 'Sorry, something went wrong while answering that. Please try again in a moment.';

export function createFollowupResponder(deps: FollowupResponderDeps): FollowupResponder {
  const rateLimits = deps.rateLimits ?? new FollowupRateLimiter(deps.clock);
  const replyChains = deps.replyChains ?? new ReplyChains(deps.clock);
  const botThreads = deps.botThreads ?? new BotThreads();
  const messageContentIntent = deps.messageContentIntent ?? false;

  function respond(message: IncomingMessage, botUserId: string): FollowupReply | null {
    try {
      const decision = decideFollowup(message, {
        botUserId,
        botThreadIds: botThreads,
        messageContentIntent,
        allowed: (guildId, channelId, parent) => deps.settings.isAllowed(guildId, channelId, parent),
        conversationOf: (botMessageId, answeredQuestionId) =>
          replyChains.conversationOf(botMessageId, answeredQuestionId),
      });
      if (decision.kind === 'ignore') return null;
      const { conversationKey, question } = decision;

      const limit = rateLimits.take(message.authorId, message.channelId);
      if (limit.kind === 'silent') return null;
      if (limit.kind === 'notice') {
        deps.logger.info(
          { userId: message.authorId, channelId: message.channelId, scope: limit.scope },
          'follow-up rate limited',
        );
        return { payload: followupPayload(message.id, rateNotice(limit)), conversationKey: null };
      }
      // Before the answer is sent: a reply to the answer may arrive before the answer's id is known.
      replyChains.recordQuestion(message.id, conversationKey);

      if (question === '')
        return { payload: followupPayload(message.id, EMPTY_QUESTION_HINT), conversationKey };
      // The server's own library; the answerer routes within it, keeping the conversation's article.
      const library = deps.libraryFor?.(message.guildId) ?? deps.library;
      const articles = library.list();
      if (articles.length === 0) return { payload: followupPayload(message.id, NO_ARTICLE), conversationKey };

      const answer = deps.answerer.ask(
        conversationKey,
        question,
        { library: articles },
        { channel: message.channelId },
      );
      deps.logger.debug(
        { conversationKey, via: decision.via, answered: answer.answered },
        'follow-up answered',
      );
      return {
        payload: followupPayload(message.id, answerContent(answer.text, answer.citations)),
        conversationKey,
        answer: {
          answered: answer.answered,
          text: answer.text,
          sources: answer.citations.map((c) => c.text),
        },
      };
    } catch (error) {
      deps.logger.error(
        { err: error, messageId: message.id, channelId: message.channelId },
        'follow-up failed',
      );
      return { payload: followupPayload(message.id, FAILURE), conversationKey: null };
    }
  }

  return { respond, replyChains, botThreads };
}

function rateNotice(limit: Extract<RateDecision, { kind: 'notice' }>): string {
  const seconds = Math.max(1, Math.ceil(limit.retryAfterMs / 1000));
  return limit.scope === 'user'
    ? `You're asking faster than I can keep up. Please wait about ${seconds} s; I'll skip questions until then.`
    : `This channel is asking a lot at once. Please wait about ${seconds} s; I'll skip questions until then.`;
}
