import { ChannelType } from '../../src/bot/discord.ts';
import type { InvocationContext } from '../../src/bot/command.ts';
import { UserError } from '../../src/core/errors.ts';
import { checkServerChannel } from '../../src/core/channel-check.ts';

/**
 * A channel option checked before use: a snowflake, and a channel of the server the command ran in (a
 * crafted or stale id naming another server's channel is refused with a UserError). Undefined when the
 * option was not given.
 */
export async function serverChannelOption(
  ctx: Pick<InvocationContext, 'options' | 'guildId' | 'services'>,
  name: string,
): Promise<{ id: string; type?: number } | undefined> {
  const channel = ctx.options.getChannel(name);
  if (channel === undefined || ctx.guildId === null) return channel;
  await checkServerChannel(ctx.services.channelDirectory, ctx.guildId, channel.id, name);
  return channel;
}

/** Where the bot posts on its own (digests, feeds): text and announcement channels. */
export const POSTABLE_CHANNEL_TYPES = [ChannelType.GuildText, ChannelType.GuildAnnouncement] as const;

/** Refuses a channel the bot cannot post a digest or feed item to (when Discord told its type). */
export function requirePostableChannel(channel: { type?: number }): void {
  if (channel.type !== undefined && !(POSTABLE_CHANNEL_TYPES as readonly number[]).includes(channel.type))
    throw new UserError('Pick a text or announcement channel.');
}
