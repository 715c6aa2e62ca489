import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/clock.ts';
import { UserError } from '../../src/core/errors.ts';
import { FollowupSettings, MAX_FOLLOWUP_CHANNELS } from '../../src/followups/settings.ts';
import type { Store } from '../../src/store/database.ts';
import { ENGINES, type TestDatabase } from '../support/engines.ts';

const GUILD = '500000000000000001';
const OTHER_GUILD = '500000000000000002';
const GENERAL = '600000000000000001';
const NEWS = '600000000000000002';
const THREAD = '700000000000000001';

describe.each(ENGINES)('FollowupSettings on $name', ({ create }) => {
  let database: TestDatabase;
  let store: Store;
  let settings: FollowupSettings;
  let warnings: Array<{ fields: unknown; message: unknown }>;
  const clock = new ManualClock(1_700_000_000_000);

  beforeEach(async () => {
    database = await create();
    store = await database.open();
    warnings = [];
    settings = new FollowupSettings(store, clock, {
      warn: (fields: unknown, message: unknown) => warnings.push({ fields, message }),
    } as never);
  });

  afterEach(async () => {
    await store.close();
    await database.cleanup();
  });

  it('GIVEN no channels chosen THEN follow-ups are allowed everywhere', async () => {
    expect(await settings.allowedChannels(GUILD)).toStrictEqual([]);
    expect(settings.isAllowed(GUILD, GENERAL)).toBe(true);
  });

  it('GIVEN #general allowed THEN only #general and its threads are allowed, in that server only', async () => {
    expect(await settings.allow(GUILD, GENERAL)).toBe(true);
    expect(settings.isAllowed(GUILD, GENERAL)).toBe(true);
    expect(settings.isAllowed(GUILD, THREAD, GENERAL)).toBe(true);
    expect(settings.isAllowed(GUILD, NEWS)).toBe(false);
    expect(settings.isAllowed(GUILD, THREAD, NEWS)).toBe(false);
    expect(settings.isAllowed(OTHER_GUILD, NEWS)).toBe(true);
  });

  it('GIVEN channels allowed in turn THEN they are listed in that order and a repeat is reported', async () => {
    await settings.allow(GUILD, NEWS);
    clock.advance(1_000);
    await settings.allow(GUILD, GENERAL);
    expect(await settings.allow(GUILD, NEWS)).toBe(false);
    expect(await settings.allowedChannels(GUILD)).toStrictEqual([NEWS, GENERAL]);
  });

  it('GIVEN the last allowed channel is removed THEN follow-ups are allowed everywhere again', async () => {
    await settings.allow(GUILD, GENERAL);
    expect(await settings.disallow(GUILD, GENERAL)).toBe(true);
    expect(await settings.disallow(GUILD, GENERAL)).toBe(false);
    expect(settings.isAllowed(GUILD, NEWS)).toBe(true);
  });

  it('GIVEN clear THEN the restriction is lifted for that server only', async () => {
    await settings.allow(GUILD, GENERAL);
    await settings.allow(GUILD, NEWS);
    await settings.allow(OTHER_GUILD, NEWS);
    expect(await settings.clear(GUILD)).toBe(2);
    expect(await settings.allowedChannels(GUILD)).toStrictEqual([]);
    expect(await settings.allowedChannels(OTHER_GUILD)).toStrictEqual([NEWS]);
  });

  it('GIVEN the database is closed and reopened THEN the settings are still there', async () => {
    await settings.allow(GUILD, GENERAL);
    await store.close();
    store = await database.open();
    expect(await new FollowupSettings(store).allowedChannels(GUILD)).toStrictEqual([GENERAL]);
  });

  it('GIVEN another process changed the list THEN refresh() picks it up once the cached list is stale', async () => {
    await settings.allow(GUILD, GENERAL);
    const other = new FollowupSettings(store, clock);
    await other.clear(GUILD);
    await settings.refresh(GUILD);
    expect(settings.isAllowed(GUILD, NEWS)).toBe(false); // read just now: still the list it wrote
    clock.advance(5_000);
    await settings.refresh(GUILD);
    expect(settings.isAllowed(GUILD, NEWS)).toBe(true);
  });

  it('GIVEN the maximum number of channels THEN one more is refused with a UserError', async () => {
    for (let i = 0; i < MAX_FOLLOWUP_CHANNELS; i += 1)
      await settings.allow(GUILD, String(600000000000001000n + BigInt(i)));
    await expect(settings.allow(GUILD, GENERAL)).rejects.toThrow(UserError);
    expect(await settings.allow(GUILD, '600000000000001000')).toBe(false); // re-allowing a listed one is fine
  });

  it('GIVEN a corrupt row written behind its back THEN it is skipped and reported, and the good rows still work', async () => {
    await settings.allow(GUILD, GENERAL);
    await store.db
      .insertInto('followup_channels')
      .values({ guild_id: GUILD, channel_id: 'not-an-id', added_at: 0 })
      .execute();
    expect(await settings.allowedChannels(GUILD)).toStrictEqual([GENERAL]);
    expect(settings.isAllowed(GUILD, GENERAL)).toBe(true);
    expect(warnings).toEqual([
      {
        fields: {
          table: 'followup_channels',
          row: `guild ${GUILD} channel not-an-id`,
          problems: ['channel_id: a Discord channel id'],
        },
        message: 'skipped a stored row that does not match its schema',
      },
    ]);
  });
});
