/** A Discord message as plain data: what the follow-up logic needs and nothing else. */
export interface IncomingMessage {
  id: string;
  authorId: string;
  authorIsBot: boolean;
  webhookId: string | null;
  content: string;
  mentionedUserIds: readonly string[];
  mentionsEveryone: boolean;
  /** For a reply: the author of the message replied to, and its id. */
  referencedMessageAuthorId?: string;
  referencedMessageId?: string;
  /** For a reply to a reply (such as the bot's answer): the message the replied-to message itself replies to. */
  referencedMessageReplyToId?: string;
  /** For a reply to an interaction response (an /ask answer): who ran that interaction. */
  referencedInteractionUserId?: string;
  /** Where the message was posted: the thread's id when in a thread. */
  channelId: string;
  /** Set when the message is in a thread (then equal to channelId). */
  threadId?: string;
  /** The channel a thread belongs to. */
  parentChannelId?: string;
  /** Null in DMs. */
  guildId: string | null;
}

export interface TriggerContext {
  botUserId: string;
  /** Threads the bot opened for a digest or an /ask answer. */
  botThreadIds: { has(threadId: string): boolean };
  /** Whether the privileged Message Content intent is on (needed to read unaddressed thread messages). */
  messageContentIntent: boolean;
  /** Server admins' channel restriction (a thread inherits its parent's). */
  allowed: (guildId: string, channelId: string, parentChannelId?: string) => boolean;
  /** Which conversation a bot message belongs to (reply chains), directly or through the question it answers. */
  conversationOf?: (botMessageId: string, answeredQuestionId?: string) => string | undefined;
  /** Longest question passed to the answerer; longer text is cut on a word boundary. */
  maxQuestionLength?: number;
}

export type TriggerDecision =
  | { kind: 'ignore' }
  | { kind: 'answer'; question: string; conversationKey: string; via: 'mention' | 'reply' | 'thread' };

export const MAX_QUESTION_LENGTH = 500;

/** The conversation key of a channel and a user; /ask and follow-ups outside threads share it. */
export function channelConversationKey(channelId: string, userId: string): string {
  return `${channelId}:${userId}`;
}

/** Decides whether a message is a follow-up for the bot and, if so, what is asked in which conversation. */
export function decideFollowup(message: IncomingMessage, context: TriggerContext): TriggerDecision {
  const { botUserId } = context;
  if (message.authorIsBot || message.webhookId !== null || message.authorId === botUserId) return ignore;

  const mentionsBot =
    message.mentionedUserIds.includes(botUserId) || mentionPattern(botUserId).test(message.content);
  const repliesToBot = message.referencedMessageAuthorId === botUserId;
  const inBotThread =
    message.threadId !== undefined &&
    context.messageContentIntent &&
    context.botThreadIds.has(message.threadId);
  const via = mentionsBot ? 'mention' : repliesToBot ? 'reply' : inBotThread ? 'thread' : null;
  if (via === null) return ignore;

  if (
    message.guildId !== null &&
    !context.allowed(message.guildId, message.channelId, message.parentChannelId)
  ) {
    return ignore;
  }

  const question = extractQuestion(
    message.content,
    botUserId,
    context.maxQuestionLength ?? MAX_QUESTION_LENGTH,
  );
  // Without a mention, an empty text is usually a message whose content Discord withheld (no intent): say nothing.
  if (question === '' && via !== 'mention') return ignore;

  return { kind: 'answer', question, conversationKey: conversationKeyFor(message, context), via };
}

/** The message text without the bot's mention, whitespace collapsed, cut to `maxLength` on a word boundary. */
export function extractQuestion(content: string, botUserId: string, maxLength = MAX_QUESTION_LENGTH): string {
  const text = content
    .replace(mentionPattern(botUserId, 'g'), ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[,:;]\s*/, '');
  return truncateOnWord(text, maxLength);
}

/**
 * The conversation a message belongs to: its thread; else, for a reply to the bot, the conversation of the
 * message replied to (recorded, or found through the question it answered, or the /ask it answered);
 * else the channel and author.
 */
export function conversationKeyFor(
  message: IncomingMessage,
  context: Pick<TriggerContext, 'conversationOf' | 'botUserId'>,
): string {
  if (message.threadId !== undefined) return message.threadId;
  if (message.referencedMessageId !== undefined && message.referencedMessageAuthorId === context.botUserId) {
    const continued = context.conversationOf?.(
      message.referencedMessageId,
      message.referencedMessageReplyToId,
    );
    if (continued !== undefined) return continued;
    if (message.referencedInteractionUserId !== undefined)
      return channelConversationKey(message.channelId, message.referencedInteractionUserId);
  }
  return channelConversationKey(message.channelId, message.authorId);
}

function truncateOnWord(text: string, maxLength: number): string {
  const chars = Array.from(text); // by code point, so an emoji is never split in half
  if (chars.length <= maxLength) return text;
  const cut = chars.slice(0, maxLength).join('');
  const lastSpace = cut.lastIndexOf(' ');
  return (lastSpace > maxLength * 0.6 ? cut.slice(0, lastSpace) : cut).trimEnd();
}

function mentionPattern(userId: string, flags = ''): RegExp {
  return new RegExp(`<@!?${userId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}>[,:]?`, flags);
}

const ignore: TriggerDecision = Object.freeze({ kind: 'ignore' });
