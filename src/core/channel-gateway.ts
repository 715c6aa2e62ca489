import type { MessagePayload } from '../render/payload.ts';
import type { PostOptions } from './nonce.ts';

export type { PostOptions } from './nonce.ts';

/** Why a channel could not be posted to; the digest runner pauses a server on these rather than retrying. */
export type ChannelProblem = 'unknown-channel' | 'missing-permissions' | 'missing-access';

export class ChannelUnavailableError extends Error {
  override readonly name = 'ChannelUnavailableError';
  constructor(
    readonly channelId: string,
    readonly problem: ChannelProblem,
  ) {
    super(`cannot post to channel ${channelId}: ${problem}`);
  }
}

/**
 * Posting outside an interaction (digests, follow-up replies). The Discord implementation lives in
 * src/bot; tests and the CLI use in-memory ones. Implementations throw ChannelUnavailableError for a
 * channel that is gone or forbidden, and other errors for anything else.
 */
/** The storage layer's name for the same options (a nonce sent with `enforce_nonce: true`). */
export type SendOptions = PostOptions;

export interface ChannelGateway {
  /**
   * Posts a message. With `options.nonce` (from messageNonce) the post is idempotent: a retry of the same
   * logical post returns the message already created instead of posting it twice.
   */
  send(channelId: string, payload: MessagePayload, options?: PostOptions): Promise<{ messageId: string }>;
  /** Opens a public thread on a message; null when the bot may not create threads there. */
  startThread(channelId: string, messageId: string, name: string): Promise<{ threadId: string } | null>;
  /** A link to a message, for "last post" displays. */
  messageUrl(guildId: string, channelId: string, messageId: string): string;
}
