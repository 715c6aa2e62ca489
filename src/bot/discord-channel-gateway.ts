import {
  DiscordAPIError,
  RESTJSONErrorCodes,
  Routes,
  ThreadAutoArchiveDuration,
  type REST,
} from './discord.ts';
import type { APIChannel, APIMessage } from './discord.ts';
import {
  ChannelUnavailableError,
  type ChannelGateway,
  type ChannelProblem,
  type PostOptions,
} from '../core/channel-gateway.ts';
import type { MessagePayload } from '../render/payload.ts';

const problemByCode = new Map<number, ChannelProblem>([
  [RESTJSONErrorCodes.UnknownChannel, 'unknown-channel'],
  [RESTJSONErrorCodes.MissingPermissions, 'missing-permissions'],
  [RESTJSONErrorCodes.MissingAccess, 'missing-access'],
]);

/** Posts raw API payloads over REST, so the body Discord receives is exactly what the render layer built. */
export class DiscordChannelGateway implements ChannelGateway {
  constructor(private readonly rest: REST) {}

  async send(
    channelId: string,
    payload: MessagePayload,
    options: PostOptions = {},
  ): Promise<{ messageId: string }> {
    // With a nonce, the retry @discordjs/rest sends after its 15 s timeout returns the first message.
    const body =
      options.nonce === undefined ? payload : { ...payload, nonce: options.nonce, enforce_nonce: true };
    try {
      const message = (await this.rest.post(Routes.channelMessages(channelId), { body })) as APIMessage;
      return { messageId: message.id };
    } catch (error) {
      throw asChannelError(channelId, error);
    }
  }

  async startThread(
    channelId: string,
    messageId: string,
    name: string,
  ): Promise<{ threadId: string } | null> {
    try {
      const thread = (await this.rest.post(Routes.threads(channelId, messageId), {
        body: { name: name.slice(0, 100), auto_archive_duration: ThreadAutoArchiveDuration.OneDay },
      })) as APIChannel;
      return { threadId: thread.id };
    } catch (error) {
      if (error instanceof DiscordAPIError && typeof error.code === 'number') {
        // No permission to create threads, or threads not possible here: the post stands without one.
        if (problemByCode.has(error.code) || error.status === 400) return null;
      }
      throw error;
    }
  }

  messageUrl(guildId: string, channelId: string, messageId: string): string {
    return `https://discord.com/channels/${guildId}/${channelId}/${messageId}`;
  }
}

function asChannelError(channelId: string, error: unknown): unknown {
  if (error instanceof DiscordAPIError && typeof error.code === 'number') {
    const problem = problemByCode.get(error.code);
    if (problem) return new ChannelUnavailableError(channelId, problem);
  }
  return error;
}
