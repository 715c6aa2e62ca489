import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.ts';
import { DigestStore } from '../../src/digest/store.ts';
import { DeliveryClaims, deliveryNonce, partNonce } from '../../src/store/claims.ts';
import type { Store } from '../../src/store/database.ts';
import { ENGINES, type TestDatabase } from '../support/engines.ts';

const LEASE = 60_000;

describe.each(ENGINES)('claims across processes on $name', ({ create }) => {
  let database: TestDatabase;
  let stores: Store[];
  beforeEach(async () => {
    database = await create();
    // Separate connections, as two bot processes have.
    stores = [await database.open(), await database.open()];
  });
  afterEach(async () => {
    for (const store of stores) await store.close();
    await database.cleanup();
  });

  it('GIVEN two processes claiming the same feed items at once THEN each item is claimed exactly once', async () => {
    const [a, b] = stores.map(
      (store) => new DeliveryClaims(store, { logger: silentLogger, leaseMs: LEASE }),
    ) as [DeliveryClaims, DeliveryClaims];
    const items = Array.from({ length: 40 }, (_, index) => `item-${index}`);
    const outcomes = await Promise.all(
      items.flatMap((item) => [a.claim('feed:1', item, 1_000), b.claim('feed:1', item, 1_000)]),
    );
    expect(outcomes.filter((outcome) => outcome.kind === 'claimed')).toHaveLength(items.length);
    expect(outcomes.filter((outcome) => outcome.kind === 'taken')).toHaveLength(items.length);
  });

  it('GIVEN a claim never confirmed THEN after the lease exactly one process retries it, once, with the same nonce', async () => {
    const [a, b] = stores.map(
      (store) => new DeliveryClaims(store, { logger: silentLogger, leaseMs: LEASE }),
    ) as [DeliveryClaims, DeliveryClaims];
    const first = await a.claim('feed:1', 'x', 0);
    expect(first).toEqual({ kind: 'claimed', nonce: deliveryNonce('feed:1', 'x'), attempt: 1 });
    expect(await b.claim('feed:1', 'x', LEASE - 1)).toEqual({ kind: 'taken' });
    expect(await a.unconfirmed('feed:1')).toHaveLength(1);
    const retries = await Promise.all([a.claim('feed:1', 'x', LEASE), b.claim('feed:1', 'x', LEASE)]);
    expect(retries.filter((outcome) => outcome.kind === 'retry')).toEqual([
      { kind: 'retry', nonce: first.kind === 'claimed' ? first.nonce : '', attempt: 2 },
    ]);
    expect(await a.claim('feed:1', 'x', 10 * LEASE)).toEqual({ kind: 'taken' });
    await b.markSent('feed:1', 'x', 'message-1', 10 * LEASE);
    expect(await a.get('feed:1', 'x')).toMatchObject({ status: 'sent', attempts: 2, result: 'message-1' });
  });

  it('GIVEN released or failed deliveries THEN a released item can be claimed afresh and a failed one is not', async () => {
    const claims = new DeliveryClaims(stores[0] as Store, { logger: silentLogger });
    await claims.claim('feed:1', 'released', 0);
    await claims.release('feed:1', 'released');
    expect((await claims.claim('feed:1', 'released', 1)).kind).toBe('claimed');
    await claims.claim('feed:1', 'failed', 0);
    await claims.markFailed('feed:1', 'failed', 'channel gone', 1);
    expect((await claims.claim('feed:1', 'failed', 10 * LEASE)).kind).toBe('taken');
  });

  it('GIVEN two processes claiming the same digest slots at once THEN each slot is claimed exactly once', async () => {
    const [a, b] = stores.map((store) => new DigestStore(store, silentLogger)) as [DigestStore, DigestStore];
    const claim = (store: DigestStore, guildId: string) =>
      store.claim({ guildId, channelId: 'c', slot: 60_000, articleIds: ['a'], now: 1, scheduled: false });
    const guilds = Array.from({ length: 40 }, (_, index) => `guild-${index}`);
    const won = await Promise.all(guilds.flatMap((guild) => [claim(a, guild), claim(b, guild)]));
    expect(won.filter(Boolean)).toHaveLength(guilds.length);
  });
});

describe('nonces', () => {
  it('GIVEN any key THEN the nonce is deterministic, 20 characters, and part nonces stay within 25', () => {
    const nonce = deliveryNonce('digest', '123456789012345678', 1_700_000_000_000);
    expect(nonce).toBe(deliveryNonce('digest', '123456789012345678', 1_700_000_000_000));
    expect(nonce).toHaveLength(20);
    expect(nonce).not.toBe(deliveryNonce('digest', '123456789012345678', 1_700_000_060_000));
    expect(partNonce(nonce, 0)).toBe(nonce);
    expect(partNonce(nonce, 99).length).toBeLessThanOrEqual(25);
  });
});
