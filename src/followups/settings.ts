import type { Database, Statement } from 'better-sqlite3';
import { z } from 'zod';
import { systemClock, type Clock } from '../core/clock.ts';
import { UserError } from '../core/errors.ts';

/** The table is created by migration 2 in src/store; this is its shape, checked on every read. */
const ChannelRow = z.object({ channel_id: z.string().regex(/^\d{1,25}$/, 'a Discord channel id') }).strict();

/** More than this many chosen channels is almost certainly a mistake; "everywhere" is one command away. */
export const MAX_FOLLOWUP_CHANNELS = 50;

/**
 * Where follow-up questions are answered, per server. No rows for a server means everywhere the bot can read
 * and is addressed; otherwise only in the listed channels and the threads under them.
 */
export class FollowupSettings {
  private readonly selectChannels: Statement<[string]>;
  private readonly insertChannel: Statement<[string, string, number]>;
  private readonly deleteChannel: Statement<[string, string]>;
  private readonly deleteGuild: Statement<[string]>;
  private readonly countChannels: Statement<[string]>;

  constructor(
    db: Database,
    private readonly clock: Clock = systemClock,
  ) {
    this.selectChannels = db.prepare(
      'SELECT channel_id FROM followup_channels WHERE guild_id = ? ORDER BY added_at, channel_id',
    );
    this.insertChannel = db.prepare(
      'INSERT OR IGNORE INTO followup_channels (guild_id, channel_id, added_at) VALUES (?, ?, ?)',
    );
    this.deleteChannel = db.prepare('DELETE FROM followup_channels WHERE guild_id = ? AND channel_id = ?');
    this.deleteGuild = db.prepare('DELETE FROM followup_channels WHERE guild_id = ?');
    this.countChannels = db.prepare('SELECT COUNT(*) AS n FROM followup_channels WHERE guild_id = ?').pluck();
  }

  /** The chosen channels, in the order they were added; empty means everywhere. */
  allowedChannels(guildId: string): string[] {
    return this.selectChannels.all(guildId).map((row) => ChannelRow.parse(row).channel_id);
  }

  /** Adds a channel; false when it was already allowed. */
  allow(guildId: string, channelId: string): boolean {
    if (
      Number(this.countChannels.get(guildId)) >= MAX_FOLLOWUP_CHANNELS &&
      !this.isListed(guildId, channelId)
    ) {
      throw new UserError(
        `Follow-ups can be limited to at most ${MAX_FOLLOWUP_CHANNELS} channels. Remove one first, or allow them everywhere.`,
      );
    }
    return this.insertChannel.run(guildId, channelId, this.clock.now()).changes > 0;
  }

  /** Removes a channel; false when it was not in the list. */
  disallow(guildId: string, channelId: string): boolean {
    return this.deleteChannel.run(guildId, channelId).changes > 0;
  }

  /** Lifts the restriction; returns how many channels were listed. */
  clear(guildId: string): number {
    return this.deleteGuild.run(guildId).changes;
  }

  /** Whether follow-ups may be answered in a channel (a thread passes its parent as `parentChannelId`). */
  isAllowed(guildId: string, channelId: string, parentChannelId?: string): boolean {
    const channels = this.allowedChannels(guildId);
    if (channels.length === 0) return true;
    return (
      channels.includes(channelId) || (parentChannelId !== undefined && channels.includes(parentChannelId))
    );
  }

  private isListed(guildId: string, channelId: string): boolean {
    return this.allowedChannels(guildId).includes(channelId);
  }
}
