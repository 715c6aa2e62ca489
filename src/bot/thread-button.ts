import {
  ChannelType,
  DiscordAPIError,
  MessageFlags,
  RESTJSONErrorCodes,
  ThreadAutoArchiveDuration,
  type ButtonInteraction,
} from './discord.ts';
import type { Config } from '../config.ts';
import { messageNonce } from '../core/nonce.ts';
import { threadHintPayload } from '../followups/reply-payload.ts';
import { channelConversationKey } from '../followups/trigger.ts';
import { botThreadsOf } from './bot-threads-of.ts';
import type { Services } from './services.ts';

/** custom_id of the /ask "Continue in a thread" button: `ask-thread:<articleId>`. */
export const ASK_THREAD_PREFIX = 'ask-thread';

export type ThreadButtonServices = Pick<Services, 'answerer' | 'logger' | 'botThreads'>;

const MAX_THREAD_NAME = 100;

/**
 * Handles the "Continue in a thread" button under an /ask answer: opens a public thread on the answer,
 * carries the asker's conversation memory (channel + user) over to the thread, and registers the thread
 * as bot-opened so messages there are follow-ups. Expected failures get an ephemeral explanation; anything
 * else is logged and answered with a generic message, never thrown.
 */
export function createThreadButtonHandler(
  services: ThreadButtonServices,
  config: Pick<Config, 'messageContentIntent'>,
): (interaction: ButtonInteraction) => Promise<void> {
  const botThreads = botThreadsOf(services);

  return async function onContinueInThread(interaction: ButtonInteraction): Promise<void> {
    const answer = interaction.message;
    const channel = interaction.channel;
    if (channel?.isThread()) {
      await interaction.reply(ephemeral('This answer is already in a thread: keep asking here.'));
      return;
    }
    if (answer.hasThread) {
      botThreads.add(answer.id); // a thread started on a message has that message's id
      await interaction.reply(ephemeral(`This answer already has a thread: <#${answer.id}>`));
      return;
    }
    if (channel === null || ![ChannelType.GuildText, ChannelType.GuildAnnouncement].includes(channel.type)) {
      await interaction.reply(ephemeral("I can't open a thread in this kind of channel."));
      return;
    }

    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    try {
      const thread = await answer.startThread({
        name: threadName(answer.embeds[0]?.title ?? answer.content),
        autoArchiveDuration: ThreadAutoArchiveDuration.OneDay,
      });
      const askerId = answer.interactionMetadata?.user.id ?? interaction.user.id;
      services.answerer.copyConversation(channelConversationKey(interaction.channelId, askerId), thread.id);
      // A feed post has no conversation to carry over: the thread starts one about the post's article.
      const articleId = interaction.customId.slice(ASK_THREAD_PREFIX.length + 1);
      if (articleId) services.answerer.startConversation(thread.id, articleId);
      botThreads.add(thread.id);
      const botUserId = interaction.client.user.id;
      if (!config.messageContentIntent) {
        // Without the Message Content intent the bot only reads messages that mention it: say so up front.
        await thread
          .send({
            content: threadHintPayload(botUserId).content ?? '',
            allowedMentions: { parse: [] },
            nonce: messageNonce('thread-hint', thread.id),
            enforceNonce: true,
          })
          .catch((error: unknown) =>
            services.logger.warn({ err: error, threadId: thread.id }, 'could not post the thread hint'),
          );
      }
      await interaction.editReply({
        content: `Continue the conversation in <#${thread.id}>.`,
        allowedMentions: { parse: [] },
      });
    } catch (error) {
      const explanation = explainThreadFailure(error);
      if (explanation === null) {
        services.logger.error(
          { err: error, customId: interaction.customId },
          'could not continue in a thread',
        );
      }
      await interaction
        .editReply({
          content: explanation ?? 'Sorry, I could not open a thread. Please try again.',
          allowedMentions: { parse: [] },
        })
        .catch((editError: unknown) =>
          services.logger.warn({ err: editError }, 'could not report a thread failure'),
        );
    }
  };
}

function threadName(source: string): string {
  const firstLine =
    source
      .split('\n')[0]
      ?.replace(/[*_`~|>#]/g, '')
      .trim() ?? '';
  const name = firstLine === '' ? 'Follow-up questions' : `Follow-up: ${firstLine}`;
  return name.length <= MAX_THREAD_NAME ? name : `${name.slice(0, MAX_THREAD_NAME - 1).trimEnd()}…`;
}

function explainThreadFailure(error: unknown): string | null {
  if (!(error instanceof DiscordAPIError)) return null;
  switch (error.code) {
    case RESTJSONErrorCodes.MissingPermissions:
    case RESTJSONErrorCodes.MissingAccess:
      return "I don't have permission to create threads in this channel.";
    case RESTJSONErrorCodes.ThreadAlreadyCreatedForMessage:
      return 'Someone already opened a thread on this answer.';
    default:
      return null;
  }
}

function ephemeral(content: string) {
  return { content, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } } as const;
}
