import { DiscordAPIError, RESTJSONErrorCodes, type Client } from './discord.ts';
import type { ChannelDirectory } from '../core/channel-check.ts';

/** Answers when Discord says the bot cannot know the channel (gone, or in a server it cannot see). */
const NOT_VISIBLE = new Set<number>([
  RESTJSONErrorCodes.UnknownChannel,
  RESTJSONErrorCodes.MissingAccess,
  RESTJSONErrorCodes.MissingPermissions,
]);

/**
 * The server of a channel from the gateway cache (every channel of every server the bot is in arrives with
 * GUILD_CREATE), else from the API. Never from an interaction's resolved data: discord.js files a resolved
 * channel under the interaction's own server, whatever server it belongs to.
 */
export class DiscordChannelDirectory implements ChannelDirectory {
  constructor(private readonly client: Client) {}

  async guildOf(channelId: string): Promise<string | null | undefined> {
    const cached = this.client.channels.cache.get(channelId);
    if (cached) return 'guildId' in cached ? cached.guildId : null;
    try {
      const channel = await this.client.channels.fetch(channelId, { cache: false });
      if (channel === null) return undefined;
      return 'guildId' in channel ? channel.guildId : null;
    } catch (error) {
      if (error instanceof DiscordAPIError && typeof error.code === 'number' && NOT_VISIBLE.has(error.code))
        return undefined;
      throw error;
    }
  }
}
