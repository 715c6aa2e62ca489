import { z } from 'zod';
import { systemClock, type Clock } from '../core/clock.ts';
import { UserError } from '../core/errors.ts';
import { silentLogger, type Logger } from '../core/logger.ts';
import type { Store } from '../store/database.ts';
import { rowReader, type RowReader } from '../store/rows.ts';

/** The table is created by migration 0002 (src/store/migrations.ts); this is its shape, checked on every read. */
const ChannelRow = z.object({
  guild_id: z.string(),
  channel_id: z.string().regex(/^\d{1,25}$/, 'a Discord channel id'),
  added_at: z.number().int(),
});

/** More than this many chosen channels is almost certainly a mistake; "everywhere" is one command away. */
export const MAX_FOLLOWUP_CHANNELS = 50;
/** How stale the list behind `isAllowed` may be when another process changed it. */
const REFRESH_MS = 5_000;

/**
 * Where follow-up questions are answered, per server. No rows for a server means everywhere the bot can read
 * and is addressed; otherwise only in the listed channels and the threads under them.
 *
 * Reads and writes are async (the database may be PostgreSQL). `isAllowed` is synchronous for the
 * follow-up trigger: it answers from the server's list as last read or written here, and the message
 * handler calls `refresh(guildId)` for every message before asking it.
 */
export class FollowupSettings {
  private readonly rows: RowReader;
  private readonly known = new Map<string, { channels: string[]; readAt: number }>();

  constructor(
    private readonly store: Store,
    private readonly clock: Clock = systemClock,
    logger: Pick<Logger, 'warn'> = silentLogger,
  ) {
    this.rows = rowReader(logger);
  }

  /** The chosen channels, in the order they were added; empty means everywhere. Bad rows are skipped. */
  async allowedChannels(guildId: string): Promise<string[]> {
    const rows = await this.store.db
      .selectFrom('followup_channels')
      .selectAll()
      .where('guild_id', '=', guildId)
      .orderBy('added_at')
      .orderBy('channel_id')
      .execute();
    const channels = this.rows
      .parseAll(
        'followup_channels',
        ChannelRow,
        rows,
        (row) => `guild ${String(row.guild_id)} channel ${String(row.channel_id)}`,
      )
      .map((row) => row.channel_id);
    this.known.set(guildId, { channels, readAt: this.clock.now() });
    return channels;
  }

  /**
   * Makes `isAllowed` current for a server: reads its list unless it was read in the last `maxAgeMs`
   * (changes made by this process are seen at once; another process's within that time).
   */
  async refresh(guildId: string, maxAgeMs = REFRESH_MS): Promise<void> {
    const known = this.known.get(guildId);
    if (known === undefined || this.clock.now() - known.readAt >= maxAgeMs)
      await this.allowedChannels(guildId);
  }

  /** Adds a channel; false when it was already allowed. */
  async allow(guildId: string, channelId: string): Promise<boolean> {
    const current = await this.allowedChannels(guildId);
    if (current.includes(channelId)) return false;
    if (current.length >= MAX_FOLLOWUP_CHANNELS) {
      throw new UserError(
        `Follow-ups can be limited to at most ${MAX_FOLLOWUP_CHANNELS} channels. Remove one first, or allow them everywhere.`,
      );
    }
    const inserted = await this.store.db
      .insertInto('followup_channels')
      .values({ guild_id: guildId, channel_id: channelId, added_at: this.clock.now() })
      .onConflict((conflict) => conflict.columns(['guild_id', 'channel_id']).doNothing())
      .executeTakeFirst();
    await this.allowedChannels(guildId);
    return Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  /** Removes a channel; false when it was not in the list. */
  async disallow(guildId: string, channelId: string): Promise<boolean> {
    const deleted = await this.store.db
      .deleteFrom('followup_channels')
      .where('guild_id', '=', guildId)
      .where('channel_id', '=', channelId)
      .executeTakeFirst();
    await this.allowedChannels(guildId);
    return Number(deleted.numDeletedRows) > 0;
  }

  /** Lifts the restriction; returns how many channels were listed. */
  async clear(guildId: string): Promise<number> {
    const deleted = await this.store.db
      .deleteFrom('followup_channels')
      .where('guild_id', '=', guildId)
      .executeTakeFirst();
    this.known.set(guildId, { channels: [], readAt: this.clock.now() });
    return Number(deleted.numDeletedRows);
  }

  /**
   * Whether follow-ups may be answered in a channel (a thread passes its parent as `parentChannelId`),
   * from the list as last read: call `refresh(guildId)` first.
   */
  isAllowed(guildId: string, channelId: string, parentChannelId?: string): boolean {
    const channels = this.known.get(guildId)?.channels ?? [];
    if (channels.length === 0) return true;
    return (
      channels.includes(channelId) || (parentChannelId !== undefined && channels.includes(parentChannelId))
    );
  }
}
