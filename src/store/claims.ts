import { createHash } from 'node:crypto';
import type { ColumnType } from 'kysely';
import { z } from 'zod';
import type { Logger } from '../core/logger.ts';
import type { Store } from './database.ts';
import { rowReader, type RowReader } from './rows.ts';

/** delivery_claims (migration 0004): one row per delivered thing, e.g. (feed:<id>, <item id>). */
export interface DeliveryClaimsTable {
  scope: string;
  item: string;
  status: string;
  nonce: string;
  attempts: ColumnType<number, number | undefined, number>;
  claimed_at: number;
  completed_at: number | null;
  /** What the delivery produced (a message id) or why it failed. */
  result: string | null;
}

export interface ClaimTables {
  delivery_claims: DeliveryClaimsTable;
}

/**
 * A Discord message nonce for one delivery: deterministic (a retry of the same claim sends the same one),
 * at most 25 characters (20 here, leaving room for a part suffix like ".3").
 */
export function deliveryNonce(...key: ReadonlyArray<string | number>): string {
  return createHash('sha256').update(key.join('\u0000')).digest('base64url').slice(0, 20);
}

/** The nonce of the n-th message of a delivery split into several (the first keeps the bare nonce). */
export function partNonce(nonce: string, index: number): string {
  return index === 0 ? nonce : `${nonce}.${index}`;
}

export type ClaimOutcome =
  /** This process won the item: deliver it, then markSent or markFailed. */
  | { kind: 'claimed'; nonce: string; attempt: 1 }
  /** An earlier claim was never confirmed (its process died): deliver again, once, with the same nonce. */
  | { kind: 'retry'; nonce: string; attempt: 2 }
  /** Someone else has it, it is done, or its one retry is used up: do nothing. */
  | { kind: 'taken' };

const ClaimRow = z.object({
  scope: z.string(),
  item: z.string(),
  status: z.enum(['claimed', 'sent', 'failed']),
  nonce: z.string().min(1).max(25),
  attempts: z.number().int().min(1),
  claimed_at: z.number().int(),
  completed_at: z.number().int().nullable(),
  result: z.string().nullable(),
});
export type ClaimRecord = z.infer<typeof ClaimRow>;

export interface DeliveryClaimsOptions {
  logger: Pick<Logger, 'warn'>;
  /**
   * How long a claim stays with its claimer before another process may retry it. It must cover one
   * delivery in flight (discord.js: 15 s per try, with retries); default 60 s.
   */
  leaseMs?: number;
}

export const DEFAULT_CLAIM_LEASE_MS = 60_000;

/**
 * Exactly-once delivery across processes, for anything that is not a digest (feeds use it):
 *
 *   const outcome = await claims.claim('feed:42', itemId, now);
 *   if (outcome.kind !== 'taken') {
 *     const { messageId } = await channels.send(channelId, payload, { nonce: outcome.nonce });
 *     await claims.markSent('feed:42', itemId, messageId, now);
 *   }
 *
 * The claim is a committed INSERT ... ON CONFLICT DO NOTHING on PRIMARY KEY (scope, item): whoever
 * inserts the row delivers, everyone else backs off. A claim left unconfirmed by a crash is retried
 * once, after the lease, by whoever calls claim() again (see docs/digests.md for the crash windows).
 */
export class DeliveryClaims {
  private readonly rows: RowReader;
  readonly leaseMs: number;

  constructor(
    private readonly store: Store,
    options: DeliveryClaimsOptions,
  ) {
    this.rows = rowReader(options.logger);
    this.leaseMs = options.leaseMs ?? DEFAULT_CLAIM_LEASE_MS;
  }

  claim(scope: string, item: string, now: number): Promise<ClaimOutcome> {
    const nonce = deliveryNonce(scope, item);
    return this.store.db.transaction().execute(async (trx) => {
      const inserted = await trx
        .insertInto('delivery_claims')
        .values({ scope, item, status: 'claimed', nonce, attempts: 1, claimed_at: now })
        .onConflict((conflict) => conflict.columns(['scope', 'item']).doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1) {
        return { kind: 'claimed', nonce, attempt: 1 } as const;
      }
      const retried = await trx
        .updateTable('delivery_claims')
        .set({ attempts: 2, claimed_at: now })
        .where('scope', '=', scope)
        .where('item', '=', item)
        .where('status', '=', 'claimed')
        .where('attempts', '=', 1)
        .where('claimed_at', '<=', now - this.leaseMs)
        .returning('nonce')
        .executeTakeFirst();
      return retried
        ? ({ kind: 'retry', nonce: retried.nonce, attempt: 2 } as const)
        : { kind: 'taken' as const };
    });
  }

  async markSent(scope: string, item: string, result: string | null, now: number): Promise<void> {
    await this.finish(scope, item, 'sent', result, now);
  }

  async markFailed(scope: string, item: string, error: string, now: number): Promise<void> {
    await this.finish(scope, item, 'failed', error.slice(0, 1000), now);
  }

  /** Gives an item back (nothing was sent): the next claim() starts afresh. */
  async release(scope: string, item: string): Promise<void> {
    await this.store.db
      .deleteFrom('delivery_claims')
      .where('scope', '=', scope)
      .where('item', '=', item)
      .where('status', '=', 'claimed')
      .execute();
  }

  async get(scope: string, item: string): Promise<ClaimRecord | undefined> {
    const row = await this.store.db
      .selectFrom('delivery_claims')
      .selectAll()
      .where('scope', '=', scope)
      .where('item', '=', item)
      .executeTakeFirst();
    return row === undefined ? undefined : this.rows.parse('delivery_claims', ClaimRow, row, keyOf);
  }

  /** Claims in a scope never confirmed, still retryable (one try so far), oldest first. */
  async unconfirmed(scope: string): Promise<ClaimRecord[]> {
    const rows = await this.store.db
      .selectFrom('delivery_claims')
      .selectAll()
      .where('scope', '=', scope)
      .where('status', '=', 'claimed')
      .where('attempts', '=', 1)
      .orderBy('claimed_at')
      .execute();
    return this.rows.parseAll('delivery_claims', ClaimRow, rows, keyOf);
  }

  private async finish(
    scope: string,
    item: string,
    status: 'sent' | 'failed',
    result: string | null,
    now: number,
  ): Promise<void> {
    await this.store.db
      .updateTable('delivery_claims')
      .set({ status, result, completed_at: now })
      .where('scope', '=', scope)
      .where('item', '=', item)
      .where('status', '=', 'claimed')
      .execute();
  }
}

function keyOf(row: Record<string, unknown>): string {
  return `${String(row.scope)}/${String(row.item)}`;
}
