import { UserError } from './errors.ts';

/** A Discord id: 17 to 20 digits (a snowflake; the first ones from 2015 have 17). */
const SNOWFLAKE = /^\d{17,20}$/;

export function isSnowflake(value: string): boolean {
  return SNOWFLAKE.test(value);
}

/**
 * Where a channel lives, as far as the bot can tell. The Discord implementation (src/bot) asks the
 * gateway cache, then the API; offline tools have none and check ids only.
 */
export interface ChannelDirectory {
  /** The channel's server id; null for a channel outside any server (a DM); undefined when unknown or hidden. */
  guildOf(channelId: string): Promise<string | null | undefined>;
}

/**
 * Checks a channel id taken from a user's option before anything is stored or posted: it must be a
 * snowflake and a channel of the server the command ran in. Throws a UserError saying what is wrong;
 * returns the id. Without a directory (offline) only the id's shape is checked.
 */
export async function checkServerChannel(
  directory: ChannelDirectory | undefined,
  guildId: string,
  channelId: string,
  optionName = 'channel',
): Promise<string> {
  if (!isSnowflake(channelId)) {
    throw new UserError(
      `\`${optionName}\` is not a channel id. Pick a channel of this server from the list.`,
    );
  }
  if (directory === undefined) return channelId;
  const owner = await directory.guildOf(channelId);
  if (owner === undefined) {
    throw new UserError(
      `I can't see the channel <#${channelId}>. Pick a channel of this server that I can view.`,
    );
  }
  if (owner !== guildId) {
    throw new UserError(
      `<#${channelId}> is not a channel of this server. Pick one of this server's channels.`,
    );
  }
  return channelId;
}
