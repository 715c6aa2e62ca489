import type { MessagePayload } from '../render/payload.ts';

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
export interface SendOptions {
  /**
   * Sent with `enforce_nonce: true`: Discord creates one message per nonce (for a few minutes), so a
   * request retried after a timeout, or a claim retried after a crash, cannot post twice. At most 25 chars.
   */
  nonce?: string;
}

export interface ChannelGateway {
  send(channelId: string, payload: MessagePayload, options?: SendOptions): Promise<{ messageId: string }>;
  /** Opens a public thread on a message; null when the bot may not create threads there. */
  startThread(channelId: string, messageId: string, name: string): Promise<{ threadId: string } | null>;
  /** A link to a message, for "last post" displays. */
  messageUrl(guildId: string, channelId: string, messageId: string): string;
}
