import { createHash } from 'node:crypto';

/** Discord accepts a message nonce of at most 25 characters. */
export const MAX_NONCE_LENGTH = 25;

/**
 * The nonce of one logical channel post: the same parts give the same nonce, so every attempt at that post
 * (discord.js' own retry after its 15 s timeout, or a retry of ours) carries it. Sent with
 * `enforce_nonce: true`, Discord creates the message once and answers a repeat with the first message.
 *
 * Parts name the post, most general first: `messageNonce('digest', guildId, slot, part)`,
 * `messageNonce('followup', questionMessageId)`, `messageNonce('feed', feedId, itemId, channelId)`.
 * The kind keeps posts of different features apart even when their ids coincide.
 */
export function messageNonce(kind: string, ...parts: ReadonlyArray<string | number>): string {
  if (kind === '') throw new Error('messageNonce needs a kind (what is being posted)');
  // A separator that cannot appear in ids keeps ('a', 'bc') and ('ab', 'c') apart.
  const key = [kind, ...parts.map(String)].join('\u0000');
  return createHash('sha256').update(key).digest('hex').slice(0, MAX_NONCE_LENGTH);
}

/** Options for one channel post (see ChannelGateway.send). */
export interface PostOptions {
  /** From messageNonce(): makes the post idempotent across retries. */
  nonce?: string;
}
