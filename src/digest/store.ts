import { z } from 'zod';
import type { Logger } from '../core/logger.ts';
import { deliveryNonce } from '../store/claims.ts';
import type { Store } from '../store/database.ts';
import { parseJsonText, rowReader, type RowReader } from '../store/rows.ts';

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
  nonce: z.string().min(1).max(25).nullable(),
  attempts: z.number().int().min(1),
});
export type LedgerEntry = z.infer<typeof LedgerEntry>;

const flag = z.union([z.literal(0), z.literal(1)]).transform((value) => value === 1);
const epochMs = z.number().int();

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
    last_slot: epochMs,
    created_at: epochMs,
    updated_at: epochMs,
  })
  .transform((row) => ({
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
  }))
  .pipe(DigestSettings);

const ArticleIds = z.string().transform(parseJsonText).pipe(z.array(z.string()));

const LedgerRow = z
  .object({
    guild_id: z.string(),
    channel_id: z.string(),
    slot: epochMs,
    article_ids: ArticleIds,
    status: z.string(),
    skip_reason: z.string().nullable(),
    message_id: z.string().nullable(),
    thread_id: z.string().nullable(),
    error: z.string().nullable(),
    claimed_at: epochMs,
    completed_at: epochMs.nullable(),
    nonce: z.string().nullable().optional(),
    attempts: z.number().int().optional(),
  })
  .transform((row) => ({
    guildId: row.guild_id,
    channelId: row.channel_id,
    slot: row.slot,
    articleIds: row.article_ids,
    status: row.status,
    skipReason: row.skip_reason,
    messageId: row.message_id,
    threadId: row.thread_id,
    error: row.error,
    claimedAt: row.claimed_at,
    completedAt: row.completed_at,
    nonce: row.nonce ?? null,
    attempts: row.attempts ?? 1,
  }))
  .pipe(LedgerEntry);

const settingsKey = (row: Record<string, unknown>) => `guild ${String(row.guild_id)}`;
const ledgerKey = (row: Record<string, unknown>) => `guild ${String(row.guild_id)} slot ${String(row.slot)}`;

export interface NewSettings {
  guildId: string;
  channelId: string;
  schedule: string;
  cron: string;
  timezone: string;
  nothingNewNote: boolean;
  now: number;
}

export interface NewClaim {
  guildId: string;
  channelId: string;
  slot: number;
  articleIds: readonly string[];
  now: number;
  /** Scheduled slots move last_slot; manual posts (/digest now) do not. */
  scheduled: boolean;
}

/** The nonce every part of a slot's post carries (Discord's enforce_nonce): the same on a retry. */
export function digestNonce(guildId: string, slot: number): string {
  return deliveryNonce('digest', guildId, slot);
}

/** The SQL for digests, in one place, on either engine. */
export class DigestStore {
  private readonly rows: RowReader;

  constructor(
    readonly store: Store,
    logger: Pick<Logger, 'warn'>,
  ) {
    this.rows = rowReader(logger);
  }

  private get db() {
    return this.store.db;
  }

  async saveSettings(settings: NewSettings): Promise<DigestSettings> {
    const { guildId, now } = settings;
    await this.db
      .insertInto('digest_settings')
      .values({
        guild_id: guildId,
        channel_id: settings.channelId,
        schedule: settings.schedule,
        cron: settings.cron,
        timezone: settings.timezone,
        paused: 0,
        pause_reason: null,
        nothing_new_note: settings.nothingNewNote ? 1 : 0,
        last_slot: now,
        created_at: now,
        updated_at: now,
      })
      .onConflict((conflict) =>
        conflict.column('guild_id').doUpdateSet((eb) => ({
          channel_id: eb.ref('excluded.channel_id'),
          schedule: eb.ref('excluded.schedule'),
          cron: eb.ref('excluded.cron'),
          timezone: eb.ref('excluded.timezone'),
          paused: 0,
          pause_reason: null,
          nothing_new_note: eb.ref('excluded.nothing_new_note'),
          last_slot: eb.ref('excluded.last_slot'),
          updated_at: eb.ref('excluded.updated_at'),
        })),
      )
      .execute();
    const saved = await this.settings(guildId);
    if (!saved) throw new Error(`digest settings for ${guildId} did not read back after saving`);
    return saved;
  }

  /** A server's settings; a stored row that fails validation is reported and treated as absent. */
  async settings(guildId: string): Promise<DigestSettings | undefined> {
    const row = await this.db
      .selectFrom('digest_settings')
      .selectAll()
      .where('guild_id', '=', guildId)
      .executeTakeFirst();
    return row === undefined ? undefined : this.rows.parse('digest_settings', SettingsRow, row, settingsKey);
  }

  async allSettings(): Promise<DigestSettings[]> {
    const rows = await this.db.selectFrom('digest_settings').selectAll().orderBy('guild_id').execute();
    return this.rows.parseAll('digest_settings', SettingsRow, rows, settingsKey);
  }

  /** Pausing or resuming also moves last_slot to now: slots while paused are not "missed". */
  async setPaused(guildId: string, paused: boolean, reason: string | null, now: number): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('digest_settings')
        .set({ paused: paused ? 1 : 0, pause_reason: reason, updated_at: now })
        .where('guild_id', '=', guildId)
        .execute();
      await trx
        .updateTable('digest_settings')
        .set({ last_slot: now })
        .where('guild_id', '=', guildId)
        .where('last_slot', '<', now)
        .execute();
    });
  }

  async advanceLastSlot(guildId: string, slot: number): Promise<void> {
    await this.db
      .updateTable('digest_settings')
      .set({ last_slot: slot })
      .where('guild_id', '=', guildId)
      .where('last_slot', '<', slot)
      .execute();
  }

  /** Removing a schedule keeps the ledger (so setting it up again does not repost old stories); forgetting a server drops both. */
  remove(guildId: string, options: { forgetLedger: boolean }): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      if (options.forgetLedger)
        await trx.deleteFrom('digest_ledger').where('guild_id', '=', guildId).execute();
      const deleted = await trx
        .deleteFrom('digest_settings')
        .where('guild_id', '=', guildId)
        .executeTakeFirst();
      return Number(deleted.numDeletedRows) > 0;
    });
  }

  /**
   * Claims a slot before anything is sent. PRIMARY KEY (guild_id, slot) makes this the single decision
   * point: whoever inserts the row posts, everyone else (a second timer, another process, a restart)
   * backs off. The insert and the last_slot move commit together.
   */
  claim(claim: NewClaim): Promise<boolean> {
    const { guildId, slot } = claim;
    return this.db.transaction().execute(async (trx) => {
      const inserted = await trx
        .insertInto('digest_ledger')
        .values({
          guild_id: guildId,
          channel_id: claim.channelId,
          slot,
          article_ids: JSON.stringify(claim.articleIds),
          status: 'claimed',
          claimed_at: claim.now,
          nonce: digestNonce(guildId, slot),
          attempts: 1,
        })
        .onConflict((conflict) => conflict.columns(['guild_id', 'slot']).doNothing())
        .executeTakeFirst();
      const won = Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1;
      // Only the winner moves last_slot: a loser writing too would only wait on the winner's row lock.
      if (won && claim.scheduled) {
        await trx
          .updateTable('digest_settings')
          .set({ last_slot: slot })
          .where('guild_id', '=', guildId)
          .where('last_slot', '<', slot)
          .execute();
      }
      return won;
    });
  }

  /**
   * Takes over a claim its claimer never confirmed (it stopped between claim and send, or before recording
   * the send), once: only a first-try claim older than the lease moves to attempt 2, and only one caller
   * wins that update. Returns the entry to post again, or undefined.
   */
  async takeOverUnconfirmed(
    guildId: string,
    slot: number,
    now: number,
    leaseMs: number,
  ): Promise<LedgerEntry | undefined> {
    const row = await this.db
      .updateTable('digest_ledger')
      .set({ attempts: 2, claimed_at: now })
      .where('guild_id', '=', guildId)
      .where('slot', '=', slot)
      .where('status', '=', 'claimed')
      .where('attempts', '=', 1)
      .where('claimed_at', '<=', now - leaseMs)
      .returningAll()
      .executeTakeFirst();
    if (row === undefined) return undefined;
    const entry = this.rows.parse('digest_ledger', LedgerRow, row, ledgerKey);
    return entry === undefined ? undefined : { ...entry, nonce: entry.nonce ?? digestNonce(guildId, slot) };
  }

  /** First-try claims never confirmed, for one server or all, oldest first. */
  async unconfirmedClaims(guildId?: string): Promise<LedgerEntry[]> {
    let query = this.db
      .selectFrom('digest_ledger')
      .selectAll()
      .where('status', '=', 'claimed')
      .where('attempts', '=', 1);
    if (guildId !== undefined) query = query.where('guild_id', '=', guildId);
    const rows = await query.orderBy('claimed_at').execute();
    return this.rows.parseAll('digest_ledger', LedgerRow, rows, ledgerKey);
  }

  /** A free slot for a manual post: never on a whole minute, so it cannot take a scheduled slot's place. */
  async manualSlot(guildId: string, now: number): Promise<number> {
    const taken = new Set(
      (
        await this.db
          .selectFrom('digest_ledger')
          .select('slot')
          .where('guild_id', '=', guildId)
          .where('slot', '>=', now)
          .where('slot', '<', now + 1000)
          .execute()
      ).map((row) => Number(row.slot)),
    );
    let slot = now;
    while (slot % 60_000 === 0 || taken.has(slot)) slot += 1;
    return slot;
  }

  async recordSkip(
    guildId: string,
    channelId: string,
    slot: number,
    reason: SkipReason,
    now: number,
  ): Promise<void> {
    await this.db
      .insertInto('digest_ledger')
      .values({
        guild_id: guildId,
        channel_id: channelId,
        slot,
        status: 'skipped',
        skip_reason: reason,
        claimed_at: now,
        completed_at: now,
      })
      .onConflict((conflict) => conflict.columns(['guild_id', 'slot']).doNothing())
      .execute();
  }

  async complete(
    guildId: string,
    slot: number,
    messageId: string,
    now: number,
    error: string | null,
  ): Promise<void> {
    await this.db
      .updateTable('digest_ledger')
      .set({ status: 'sent', message_id: messageId, error, completed_at: now })
      .where('guild_id', '=', guildId)
      .where('slot', '=', slot)
      .where('status', '=', 'claimed')
      .execute();
  }

  async fail(guildId: string, slot: number, error: string, now: number): Promise<void> {
    await this.db
      .updateTable('digest_ledger')
      .set({ status: 'failed', error: error.slice(0, 1000), completed_at: now })
      .where('guild_id', '=', guildId)
      .where('slot', '=', slot)
      .where('status', '=', 'claimed')
      .execute();
  }

  async setThread(guildId: string, slot: number, threadId: string): Promise<void> {
    await this.db
      .updateTable('digest_ledger')
      .set({ thread_id: threadId })
      .where('guild_id', '=', guildId)
      .where('slot', '=', slot)
      .execute();
  }

  async entry(guildId: string, slot: number): Promise<LedgerEntry | undefined> {
    const row = await this.db
      .selectFrom('digest_ledger')
      .selectAll()
      .where('guild_id', '=', guildId)
      .where('slot', '=', slot)
      .executeTakeFirst();
    return row === undefined ? undefined : this.rows.parse('digest_ledger', LedgerRow, row, ledgerKey);
  }

  async recentEntries(guildId: string, limit: number): Promise<LedgerEntry[]> {
    const rows = await this.db
      .selectFrom('digest_ledger')
      .selectAll()
      .where('guild_id', '=', guildId)
      .orderBy('slot', 'desc')
      .limit(limit)
      .execute();
    return this.rows.parseAll('digest_ledger', LedgerRow, rows, ledgerKey);
  }

  /** Articles a channel has had, or has reserved: an unconfirmed claim counts (it is retried, once). */
  async postedArticleIds(guildId: string, channelId: string): Promise<Set<string>> {
    const rows = await this.db
      .selectFrom('digest_ledger')
      .select(['guild_id', 'slot', 'article_ids'])
      .where('guild_id', '=', guildId)
      .where('channel_id', '=', channelId)
      .where('status', 'in', ['claimed', 'sent'])
      .execute();
    const ids = new Set<string>();
    for (const row of rows) {
      const parsed = this.rows.parse('digest_ledger', PostedRow, row, ledgerKey);
      for (const id of parsed?.article_ids ?? []) ids.add(id);
    }
    return ids;
  }
}

const PostedRow = z.object({ article_ids: ArticleIds }).loose();
