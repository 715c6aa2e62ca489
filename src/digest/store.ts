import { z } from 'zod';
import type { Database } from '../store/database.ts';

/** Rows of digest_settings and digest_ledger, validated with zod as they are read. */
export const DigestSettings = z.object({
  guildId: z.string().min(1),
  channelId: z.string().min(1),
  schedule: z.string().min(1),
  cron: z.string().min(1),
  timezone: z.string().min(1),
  paused: z.boolean(),
  pauseReason: z.string().nullable(),
  nothingNewNote: z.boolean(),
  lastSlot: z.number().int(),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
});
export type DigestSettings = z.infer<typeof DigestSettings>;

export const LedgerStatus = z.enum(['claimed', 'sent', 'failed', 'skipped']);
export type LedgerStatus = z.infer<typeof LedgerStatus>;
export const SkipReason = z.enum(['missed-while-down']);
export type SkipReason = z.infer<typeof SkipReason>;

export const LedgerEntry = z.object({
  guildId: z.string().min(1),
  channelId: z.string().min(1),
  slot: z.number().int(),
  articleIds: z.array(z.string()),
  status: LedgerStatus,
  skipReason: SkipReason.nullable(),
  messageId: z.string().nullable(),
  threadId: z.string().nullable(),
  error: z.string().nullable(),
  claimedAt: z.number().int(),
  completedAt: z.number().int().nullable(),
});
export type LedgerEntry = z.infer<typeof LedgerEntry>;

const flag = z.union([z.literal(0), z.literal(1)]).transform((value) => value === 1);

const SettingsRow = z
  .object({
    guild_id: z.string(),
    channel_id: z.string(),
    schedule: z.string(),
    cron: z.string(),
    timezone: z.string(),
    paused: flag,
    pause_reason: z.string().nullable(),
    nothing_new_note: flag,
    last_slot: z.number(),
    created_at: z.number(),
    updated_at: z.number(),
  })
  .transform((row) =>
    DigestSettings.parse({
      guildId: row.guild_id,
      channelId: row.channel_id,
      schedule: row.schedule,
      cron: row.cron,
      timezone: row.timezone,
      paused: row.paused,
      pauseReason: row.pause_reason,
      nothingNewNote: row.nothing_new_note,
      lastSlot: row.last_slot,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    }),
  );

const LedgerRow = z
  .object({
    guild_id: z.string(),
    channel_id: z.string(),
    slot: z.number(),
    article_ids: z.string(),
    status: z.string(),
    skip_reason: z.string().nullable(),
    message_id: z.string().nullable(),
    thread_id: z.string().nullable(),
    error: z.string().nullable(),
    claimed_at: z.number(),
    completed_at: z.number().nullable(),
  })
  .transform((row) =>
    LedgerEntry.parse({
      guildId: row.guild_id,
      channelId: row.channel_id,
      slot: row.slot,
      articleIds: JSON.parse(row.article_ids),
      status: row.status,
      skipReason: row.skip_reason,
      messageId: row.message_id,
      threadId: row.thread_id,
      error: row.error,
      claimedAt: row.claimed_at,
      completedAt: row.completed_at,
    }),
  );

export interface NewSettings {
  guildId: string;
  channelId: string;
  schedule: string;
  cron: string;
  timezone: string;
  nothingNewNote: boolean;
  now: number;
}

/** The SQL for digests, in one place. Statements are prepared once. */
export class DigestStore {
  private readonly statements;

  constructor(readonly db: Database) {
    this.statements = {
      upsertSettings: db.prepare(`
        INSERT INTO digest_settings (guild_id, channel_id, schedule, cron, timezone, paused, pause_reason,
          nothing_new_note, last_slot, created_at, updated_at)
        VALUES (@guildId, @channelId, @schedule, @cron, @timezone, 0, NULL, @nothingNewNote, @now, @now, @now)
        ON CONFLICT (guild_id) DO UPDATE SET channel_id = excluded.channel_id, schedule = excluded.schedule,
          cron = excluded.cron, timezone = excluded.timezone, paused = 0, pause_reason = NULL,
          nothing_new_note = excluded.nothing_new_note, last_slot = excluded.last_slot,
          updated_at = excluded.updated_at`),
      settings: db.prepare('SELECT * FROM digest_settings WHERE guild_id = ?'),
      allSettings: db.prepare('SELECT * FROM digest_settings ORDER BY guild_id'),
      setPaused: db.prepare(
        'UPDATE digest_settings SET paused = @paused, pause_reason = @reason, updated_at = @now, last_slot = MAX(last_slot, @now) WHERE guild_id = @guildId',
      ),
      advanceLastSlot: db.prepare(
        'UPDATE digest_settings SET last_slot = MAX(last_slot, @slot) WHERE guild_id = @guildId',
      ),
      deleteSettings: db.prepare('DELETE FROM digest_settings WHERE guild_id = ?'),
      deleteLedger: db.prepare('DELETE FROM digest_ledger WHERE guild_id = ?'),
      claim: db.prepare(`
        INSERT INTO digest_ledger (guild_id, channel_id, slot, article_ids, status, claimed_at)
        VALUES (@guildId, @channelId, @slot, @articleIds, 'claimed', @now)
        ON CONFLICT (guild_id, slot) DO NOTHING`),
      recordSkip: db.prepare(`
        INSERT INTO digest_ledger (guild_id, channel_id, slot, status, skip_reason, claimed_at, completed_at)
        VALUES (@guildId, @channelId, @slot, 'skipped', @reason, @now, @now)
        ON CONFLICT (guild_id, slot) DO NOTHING`),
      complete: db.prepare(`
        UPDATE digest_ledger SET status = 'sent', message_id = @messageId, error = @error, completed_at = @now
        WHERE guild_id = @guildId AND slot = @slot AND status = 'claimed'`),
      fail: db.prepare(`
        UPDATE digest_ledger SET status = 'failed', error = @error, completed_at = @now
        WHERE guild_id = @guildId AND slot = @slot AND status = 'claimed'`),
      setThread: db.prepare(
        'UPDATE digest_ledger SET thread_id = @threadId WHERE guild_id = @guildId AND slot = @slot',
      ),
      entry: db.prepare('SELECT * FROM digest_ledger WHERE guild_id = ? AND slot = ?'),
      recent: db.prepare('SELECT * FROM digest_ledger WHERE guild_id = ? ORDER BY slot DESC LIMIT ?'),
      postedArticleIds: db.prepare(`
        SELECT DISTINCT value FROM digest_ledger, json_each(digest_ledger.article_ids)
        WHERE guild_id = ? AND channel_id = ? AND status IN ('claimed', 'sent')`),
    };
  }

  saveSettings(settings: NewSettings): DigestSettings {
    this.statements.upsertSettings.run({ ...settings, nothingNewNote: settings.nothingNewNote ? 1 : 0 });
    return this.settings(settings.guildId) as DigestSettings;
  }

  settings(guildId: string): DigestSettings | undefined {
    const row = this.statements.settings.get(guildId);
    return row === undefined ? undefined : SettingsRow.parse(row);
  }

  allSettings(): DigestSettings[] {
    return this.statements.allSettings.all().map((row) => SettingsRow.parse(row));
  }

  /** Pausing or resuming also moves last_slot to now: slots while paused are not "missed". */
  setPaused(guildId: string, paused: boolean, reason: string | null, now: number): void {
    this.statements.setPaused.run({ guildId, paused: paused ? 1 : 0, reason, now });
  }

  advanceLastSlot(guildId: string, slot: number): void {
    this.statements.advanceLastSlot.run({ guildId, slot });
  }

  /** Removing a schedule keeps the ledger (so setting it up again does not repost old stories); forgetting a server drops both. */
  remove(guildId: string, options: { forgetLedger: boolean }): boolean {
    return this.db.transaction(() => {
      if (options.forgetLedger) this.statements.deleteLedger.run(guildId);
      return this.statements.deleteSettings.run(guildId).changes > 0;
    })();
  }

  /**
   * Claims a slot before anything is sent. The UNIQUE (guild_id, slot) constraint makes this the single
   * decision point: whoever inserts the row posts, everyone else (a second timer, a restart) backs off.
   */
  claim(claim: {
    guildId: string;
    channelId: string;
    slot: number;
    articleIds: readonly string[];
    now: number;
    /** Scheduled slots move last_slot; manual posts (/digest now) do not. */
    scheduled: boolean;
  }): boolean {
    const { guildId, slot } = claim;
    return this.db.transaction(() => {
      const inserted = this.statements.claim.run({
        guildId,
        channelId: claim.channelId,
        slot,
        articleIds: JSON.stringify(claim.articleIds),
        now: claim.now,
      });
      if (claim.scheduled) this.statements.advanceLastSlot.run({ guildId, slot });
      return inserted.changes === 1;
    })();
  }

  /** A free slot for a manual post: never on a whole minute, so it cannot take a scheduled slot's place. */
  manualSlot(guildId: string, now: number): number {
    let slot = now;
    while (slot % 60_000 === 0 || this.statements.entry.get(guildId, slot) !== undefined) slot += 1;
    return slot;
  }

  recordSkip(guildId: string, channelId: string, slot: number, reason: SkipReason, now: number): void {
    this.statements.recordSkip.run({ guildId, channelId, slot, reason, now });
  }

  complete(guildId: string, slot: number, messageId: string, now: number, error: string | null): void {
    this.statements.complete.run({ guildId, slot, messageId, now, error });
  }

  fail(guildId: string, slot: number, error: string, now: number): void {
    this.statements.fail.run({ guildId, slot, error: error.slice(0, 1000), now });
  }

  setThread(guildId: string, slot: number, threadId: string): void {
    this.statements.setThread.run({ guildId, slot, threadId });
  }

  entry(guildId: string, slot: number): LedgerEntry | undefined {
    const row = this.statements.entry.get(guildId, slot);
    return row === undefined ? undefined : LedgerRow.parse(row);
  }

  recentEntries(guildId: string, limit: number): LedgerEntry[] {
    return this.statements.recent.all(guildId, limit).map((row) => LedgerRow.parse(row));
  }

  /** Articles a channel has had (or may have had: an unconfirmed claim counts, see docs/digests.md). */
  postedArticleIds(guildId: string, channelId: string): Set<string> {
    const rows = this.statements.postedArticleIds.all(guildId, channelId) as Array<{ value: unknown }>;
    return new Set(rows.map((row) => String(row.value)));
  }
}
