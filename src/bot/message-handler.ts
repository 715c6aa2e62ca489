import type { Message } from './discord.ts';
import { ChannelUnavailableError } from '../core/channel-gateway.ts';
import type { Config } from '../config.ts';
import { messageNonce } from '../core/nonce.ts';
import { createFollowupResponder, type FollowupResponder } from '../followups/handler.ts';
import type { FollowupRateLimiter } from '../followups/rate-limit.ts';
import type { ReplyChains } from '../followups/reply-chains.ts';
import type { IncomingMessage } from '../followups/trigger.ts';
import { botThreadsOf } from './bot-threads-of.ts';
import type { Services } from './services.ts';

export type MessageHandlerServices = Pick<
  Services,
  'answerer' | 'library' | 'libraryFor' | 'followupSettings' | 'channels' | 'clock' | 'logger' | 'botThreads'
>;

export interface MessageHandlerOptions extends Pick<Config, 'messageContentIntent'> {
  rateLimits?: FollowupRateLimiter;
  replyChains?: ReplyChains;
}

/**
 * The `messageCreate` listener: turns a discord.js Message into plain data, asks the follow-up responder,
 * and posts its payload as is (raw REST through the channel gateway, so `allowed_mentions` and
 * `message_reference` reach Discord exactly as built). Every error is logged and swallowed.
 */
export function createMessageCreateHandler(
  services: MessageHandlerServices,
  options: MessageHandlerOptions,
): ((message: Message) => Promise<void>) & { responder: FollowupResponder } {
  const responder = createFollowupResponder({
    answerer: services.answerer,
    library: services.library,
    ...(services.libraryFor ? { libraryFor: services.libraryFor } : {}),
    settings: services.followupSettings,
    clock: services.clock,
    logger: services.logger,
    botThreads: botThreadsOf(services),
    messageContentIntent: options.messageContentIntent,
    ...(options.rateLimits ? { rateLimits: options.rateLimits } : {}),
    ...(options.replyChains ? { replyChains: options.replyChains } : {}),
  });

  async function onMessageCreate(message: Message): Promise<void> {
    try {
      const botUserId = message.client.user?.id;
      if (botUserId === undefined || message.system) return;
      const incoming = toIncomingMessage(message);
      const channel = message.channel;
      // Threads the bot started are recognised after a restart too: the bot owns them.
      if (incoming.threadId !== undefined && channel?.isThread() && channel.ownerId === botUserId) {
        responder.botThreads.add(incoming.threadId);
      }
      if (incoming.guildId !== null) await services.followupSettings.refresh(incoming.guildId);
      const reply = responder.respond(incoming, botUserId);
      if (reply === null) return;
      // Keyed by the question: however often the request is retried, it gets one answer.
      const nonce = messageNonce('followup', message.id);
      const sent = await services.channels.send(message.channelId, reply.payload, { nonce });
      if (reply.conversationKey !== null) responder.replyChains.record(sent.messageId, reply.conversationKey);
    } catch (error) {
      if (error instanceof ChannelUnavailableError) {
        services.logger.warn(
          { channelId: error.channelId, problem: error.problem },
          'cannot answer a follow-up here',
        );
      } else {
        services.logger.error({ err: error, messageId: message.id }, 'follow-up message handler failed');
      }
    }
  }

  return Object.assign(onMessageCreate, { responder });
}

/** The plain data the follow-up logic works on. */
export function toIncomingMessage(message: Message): IncomingMessage {
  const channel = message.channel as Message['channel'] | null; // null when the channel is not cached
  const inThread = channel?.isThread() === true;
  const repliedUserId = message.mentions.repliedUser?.id;
  const referencedMessageId = message.reference?.messageId;
  // discord.js caches the replied-to message Discord sends with a reply (`referenced_message`).
  const referenced =
    referencedMessageId !== undefined ? channel?.messages.cache.get(referencedMessageId) : undefined;
  const referencedMessageReplyToId = referenced?.reference?.messageId;
  const referencedInteractionUserId = referenced?.interactionMetadata?.user.id;
  const parentChannelId = inThread ? channel.parentId : null;
  return {
    id: message.id,
    authorId: message.author.id,
    authorIsBot: message.author.bot,
    webhookId: message.webhookId ?? null,
    content: message.content,
    mentionedUserIds: [...message.mentions.users.keys()],
    mentionsEveryone: message.mentions.everyone,
    channelId: message.channelId,
    guildId: message.guildId,
    ...(repliedUserId !== undefined ? { referencedMessageAuthorId: repliedUserId } : {}),
    ...(referencedMessageId !== undefined ? { referencedMessageId } : {}),
    ...(referencedMessageReplyToId !== undefined ? { referencedMessageReplyToId } : {}),
    ...(referencedInteractionUserId !== undefined ? { referencedInteractionUserId } : {}),
    ...(inThread ? { threadId: message.channelId } : {}),
    ...(parentChannelId !== null ? { parentChannelId } : {}),
  };
}
