import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CronTimers } from '../../src/digest/timers.ts';
import { ManualClock } from '../../src/core/clock.ts';
import { UserError } from '../../src/core/errors.ts';
import { validatePayload } from '../../src/render/limits.ts';
import {
  FakeChannelGateway,
  ListLibrary,
  openHarness,
  seedArticle,
  variantOf,
  type Harness,
} from './fakes.ts';
import { ENGINES, type TestDatabase } from '../support/engines.ts';

const GUILD = 'guild-1';
const CHANNEL = 'channel-1';
const HOUR = 3_600_000;
/** Monday 2024-03-04 08:00 in Berlin (07:00Z). */
const SET_UP_AT = Date.parse('2024-03-04T07:00:00Z');
const NINE_BERLIN = Date.parse('2024-03-04T08:00:00Z');
const NEXT_DAY_NINE = NINE_BERLIN + 24 * HOUR;

describe.each(ENGINES)('DigestService on $name', ({ create }) => {
  let database: TestDatabase;
  let clock: ManualClock;
  let channels: FakeChannelGateway;
  let library: ListLibrary;
  let harness: Harness;

  let closed = false;
  const LEASE_MS = 60_000;

  const open = (graceMs?: number, extra: Partial<Parameters<typeof openHarness>[1]> = {}): Promise<Harness> =>
    openHarness(database, {
      library,
      channels,
      clock,
      claimLeaseMs: LEASE_MS,
      ...(graceMs !== undefined ? { graceMs } : {}),
      ...extra,
    });

  beforeEach(async () => {
    database = await create();
    clock = new ManualClock(SET_UP_AT);
    channels = new FakeChannelGateway();
    library = new ListLibrary([seedArticle()]);
    harness = await open();
    closed = false;
    await harness.service.set(GUILD, {
      channelId: CHANNEL,
      schedule: 'daily 09:00',
      timezone: 'Europe/Berlin',
    });
  });

  afterEach(async () => {
    harness.service.stop();
    if (!closed) await harness.store.close();
    await database.cleanup();
  });

  /** Stops the bot as a crash would: the service is abandoned, the database stays. */
  async function restart(
    graceMs?: number,
    extra: Partial<Parameters<typeof openHarness>[1]> = {},
  ): Promise<Harness> {
    harness.service.stop();
    await harness.store.close();
    harness = await open(graceMs, extra);
    return harness;
  }

  describe('DigestService: setting up', () => {
    it('GIVEN /digest set THEN the settings are stored, a timer is armed and the next three runs are 09:00 Berlin', async () => {
      const scheduled = await harness.service.set(GUILD, {
        channelId: CHANNEL,
        schedule: 'daily 09:00',
        timezone: 'europe/berlin',
      });
      expect(scheduled.settings).toMatchObject({
        channelId: CHANNEL,
        cron: '0 9 * * *',
        timezone: 'Europe/Berlin',
        paused: false,
      });
      expect(scheduled.nextRuns).toEqual([NINE_BERLIN, NEXT_DAY_NINE, NEXT_DAY_NINE + 24 * HOUR]);
      expect(harness.timers.entries.get(GUILD)).toMatchObject({
        cron: '0 9 * * *',
        timeZone: 'Europe/Berlin',
      });
    });

    it('GIVEN an unknown timezone or schedule THEN it is a UserError and nothing changes', async () => {
      await expect(
        harness.service.set(GUILD, { channelId: 'x', schedule: 'daily 09:00', timezone: 'Mars/Olympus' }),
      ).rejects.toThrow(UserError);
      await expect(harness.service.set(GUILD, { channelId: 'x', schedule: 'sometimes' })).rejects.toThrow(
        UserError,
      );
      expect((await harness.service.show(GUILD))?.settings.channelId).toBe(CHANNEL);
    });

    it('GIVEN pause, resume and remove THEN the timer follows and show reflects it', async () => {
      await harness.service.pause(GUILD);
      expect(harness.timers.has(GUILD)).toBe(false);
      expect(await harness.service.show(GUILD)).toMatchObject({
        settings: { paused: true, pauseReason: 'manual' },
        nextRun: undefined,
      });
      await harness.service.resume(GUILD);
      expect(harness.timers.has(GUILD)).toBe(true);
      expect(await harness.service.remove(GUILD)).toBe(true);
      expect(await harness.service.show(GUILD)).toBeUndefined();
      expect(harness.timers.has(GUILD)).toBe(false);
      await expect(harness.service.pause(GUILD)).rejects.toThrow(UserError);
    });
  });

  describe('DigestService: posting a slot', () => {
    it('GIVEN a due slot with a new story THEN one digest is posted within limits, with a thread, and recorded as sent', async () => {
      clock.set(NINE_BERLIN);
      const outcome = await harness.service.runDueSlot(GUILD, NINE_BERLIN);
      expect(outcome).toMatchObject({ kind: 'sent', channelId: CHANNEL, articleIds: [seedArticle().id] });
      expect(channels.posts).toHaveLength(1);
      const payload = channels.posts[0]?.payload;
      expect(payload && validatePayload(payload)).toEqual([]);
      expect(channels.threads).toEqual([
        expect.objectContaining({ channelId: CHANNEL, messageId: channels.posts[0]?.messageId }),
      ]);
      expect(await harness.service.store.entry(GUILD, NINE_BERLIN)).toMatchObject({
        status: 'sent',
        threadId: channels.threads[0]?.threadId,
      });
      expect((await harness.service.show(GUILD))?.lastPost?.url).toBe(
        `https://discord.com/channels/${GUILD}/${CHANNEL}/${channels.posts[0]?.messageId}`,
      );
    });

    it('GIVEN the channel already had every story THEN the next slot posts nothing', async () => {
      await harness.service.runDueSlot(GUILD, NINE_BERLIN);
      const outcome = await harness.service.runDueSlot(GUILD, NEXT_DAY_NINE);
      expect(outcome.kind).toBe('nothing-new');
      expect(channels.posts).toHaveLength(1);
    });

    it('GIVEN nothing new but the server asked for a note THEN a short note is posted', async () => {
      await harness.service.set(GUILD, {
        channelId: CHANNEL,
        schedule: 'daily 09:00',
        timezone: 'Europe/Berlin',
        nothingNewNote: true,
      });
      await harness.service.runDueSlot(GUILD, NINE_BERLIN);
      await harness.service.runDueSlot(GUILD, NEXT_DAY_NINE);
      expect(channels.posts).toHaveLength(2);
      expect(channels.posts[1]?.payload.content).toContain('nothing new');
    });

    it('GIVEN a new story arrives later THEN only that story is in the next digest', async () => {
      await harness.service.runDueSlot(GUILD, NINE_BERLIN);
      library.articles = [variantOf(seedArticle(), 1), ...library.articles];
      const outcome = await harness.service.runDueSlot(GUILD, NEXT_DAY_NINE);
      expect(outcome).toMatchObject({ kind: 'sent', articleIds: [variantOf(seedArticle(), 1).id] });
    });

    it('GIVEN the same slot fired twice THEN it is posted once', async () => {
      const [first, second] = await Promise.all([
        harness.service.runDueSlot(GUILD, NINE_BERLIN),
        harness.service.runDueSlot(GUILD, NINE_BERLIN),
      ]);
      expect([first.kind, second.kind].sort()).toEqual(['already-handled', 'sent']);
      expect(channels.posts).toHaveLength(1);
    });

    it('GIVEN 25 new stories THEN the digest is split into messages that each fit Discord limits', async () => {
      library.articles = Array.from({ length: 25 }, (_, index) => variantOf(seedArticle(), index));
      await harness.service.runDueSlot(GUILD, NINE_BERLIN);
      expect(channels.posts.length).toBeGreaterThan(2);
      expect(channels.posts.flatMap((post) => post.payload.embeds ?? [])).toHaveLength(25);
      for (const { payload } of channels.posts) expect(validatePayload(payload)).toEqual([]);
      expect(channels.threads).toHaveLength(1);
    });

    it('GIVEN the bot may not create threads THEN the digest is still posted and recorded', async () => {
      channels.threadsAllowed = false;
      expect(await harness.service.runDueSlot(GUILD, NINE_BERLIN)).toMatchObject({
        kind: 'sent',
        threadId: null,
      });
      expect((await harness.service.store.entry(GUILD, NINE_BERLIN))?.status).toBe('sent');
    });
  });

  describe('DigestService: exactly once across restarts', () => {
    it('GIVEN a crash between the claim and the send THEN after the lease the restarted bot posts the stories once, with the claim nonce', async () => {
      channels.hangBeforeSend = true;
      clock.set(NINE_BERLIN);
      void harness.service.runDueSlot(GUILD, NINE_BERLIN);
      await vi.waitFor(async () =>
        expect((await harness.service.store.entry(GUILD, NINE_BERLIN))?.status).toBe('claimed'),
      );
      expect(channels.posts).toHaveLength(0);

      channels.hangBeforeSend = false;
      clock.set(NINE_BERLIN + 10_000);
      const fresh = await restart();
      await fresh.service.start();
      // Inside the lease the claim may still be in flight elsewhere: nothing is retried yet.
      expect(await fresh.service.retryUnconfirmed(GUILD)).toEqual([]);
      expect((await fresh.service.show(GUILD))?.problems).toEqual([
        { kind: 'unconfirmed', slot: NINE_BERLIN, channelId: CHANNEL },
      ]);

      clock.set(NINE_BERLIN + LEASE_MS + 10_000);
      expect(await fresh.service.retryUnconfirmed(GUILD)).toEqual([
        expect.objectContaining({ kind: 'sent', slot: NINE_BERLIN, articleIds: [seedArticle().id] }),
      ]);
      expect(channels.posts).toHaveLength(1);
      expect(channels.posts[0]?.nonce).toBe((await fresh.service.store.entry(GUILD, NINE_BERLIN))?.nonce);
      expect(await fresh.service.store.entry(GUILD, NINE_BERLIN)).toMatchObject({
        status: 'sent',
        attempts: 2,
      });
      expect((await fresh.service.show(GUILD))?.problems).toEqual([]);
      expect(await fresh.service.retryUnconfirmed(GUILD)).toEqual([]);
      expect((await fresh.service.runDueSlot(GUILD, NEXT_DAY_NINE)).kind).toBe('nothing-new');
      expect(channels.posts).toHaveLength(1);
    });

    it('GIVEN a crash after Discord took the post but before the ledger write THEN the retry reuses the nonce and Discord keeps one message', async () => {
      channels.hangAfterSend = true;
      clock.set(NINE_BERLIN);
      void harness.service.runDueSlot(GUILD, NINE_BERLIN);
      await vi.waitFor(() => expect(channels.posts).toHaveLength(1));

      channels.hangAfterSend = false;
      clock.set(NINE_BERLIN + LEASE_MS + 1);
      const fresh = await restart();
      const report = await fresh.service.start();
      expect(report.caughtUp).toEqual([]);
      const [retried] = await fresh.service.retryUnconfirmed(GUILD);
      expect(retried).toMatchObject({ kind: 'sent', messageId: channels.posts[0]?.messageId });
      expect(channels.posts).toHaveLength(1);
      expect((await fresh.service.runDueSlot(GUILD, NINE_BERLIN)).kind).toBe('already-handled');
    });

    it('GIVEN /digest now after an interrupted post THEN it finishes that post (once) instead of saying there is nothing new', async () => {
      channels.hangBeforeSend = true;
      clock.set(NINE_BERLIN);
      void harness.service.runDueSlot(GUILD, NINE_BERLIN);
      await vi.waitFor(async () =>
        expect((await harness.service.store.entry(GUILD, NINE_BERLIN))?.status).toBe('claimed'),
      );
      channels.hangBeforeSend = false;
      clock.set(NINE_BERLIN + 2 * LEASE_MS);
      const fresh = await restart();
      expect(await fresh.service.postNow(GUILD)).toMatchObject({ kind: 'sent', slot: NINE_BERLIN });
      expect((await fresh.service.postNow(GUILD)).kind).toBe('nothing-new');
      expect(channels.posts).toHaveLength(1);
    });

    it('GIVEN the retry itself is interrupted THEN the claim is never tried a third time and stays unconfirmed', async () => {
      channels.hangBeforeSend = true;
      clock.set(NINE_BERLIN);
      void harness.service.runDueSlot(GUILD, NINE_BERLIN);
      await vi.waitFor(async () =>
        expect((await harness.service.store.entry(GUILD, NINE_BERLIN))?.status).toBe('claimed'),
      );
      clock.set(NINE_BERLIN + 2 * LEASE_MS);
      const second = await restart();
      void second.service.retryUnconfirmed(GUILD);
      await vi.waitFor(async () =>
        expect((await second.service.store.entry(GUILD, NINE_BERLIN))?.attempts).toBe(2),
      );
      channels.hangBeforeSend = false;
      clock.set(NINE_BERLIN + 4 * LEASE_MS);
      const third = await restart();
      expect(await third.service.retryUnconfirmed(GUILD)).toEqual([]);
      expect(channels.posts).toHaveLength(0);
      expect((await third.service.show(GUILD))?.problems).toEqual([
        { kind: 'unconfirmed', slot: NINE_BERLIN, channelId: CHANNEL },
      ]);
    });

    it('GIVEN a crash while the slot waited in the send queue THEN it was never claimed and the restart posts it once', async () => {
      let queued = false;
      const stuck = () => {
        queued = true;
        return new Promise<void>(() => {});
      };
      await restart(undefined, { limiter: { acquire: stuck } });
      clock.set(NINE_BERLIN);
      void harness.service.runDueSlot(GUILD, NINE_BERLIN);
      await vi.waitFor(() => expect(queued).toBe(true));
      expect(await harness.service.store.entry(GUILD, NINE_BERLIN)).toBeUndefined();

      clock.set(NINE_BERLIN + 5 * 60_000);
      const fresh = await restart();
      expect((await fresh.service.start()).caughtUp).toEqual([
        expect.objectContaining({ kind: 'sent', slot: NINE_BERLIN }),
      ]);
      expect(channels.posts).toHaveLength(1);
    });

    it('GIVEN a restart right after a completed post THEN start() and a late tick post nothing more', async () => {
      clock.set(NINE_BERLIN);
      await harness.service.runDueSlot(GUILD, NINE_BERLIN);
      clock.set(NINE_BERLIN + 30_000);
      const fresh = await restart();
      library.articles = [variantOf(seedArticle(), 2), ...library.articles];
      const report = await fresh.service.start();
      expect(report).toMatchObject({ scheduled: 1, caughtUp: [], skippedSlots: 0 });
      expect((await fresh.service.runDueSlot(GUILD, NINE_BERLIN)).kind).toBe('already-handled');
      expect(channels.posts).toHaveLength(1);
      expect(fresh.timers.has(GUILD)).toBe(true);
    });

    it('GIVEN the bot was down over a slot and starts within the grace period THEN that slot is posted once', async () => {
      clock.set(NINE_BERLIN + 90 * 60_000);
      const fresh = await restart();
      const report = await fresh.service.start();
      expect(report.caughtUp).toEqual([expect.objectContaining({ kind: 'sent', slot: NINE_BERLIN })]);
      const second = await restart();
      expect((await second.service.start()).caughtUp).toEqual([]);
      expect(channels.posts).toHaveLength(1);
    });

    it('GIVEN the bot was down longer than the grace period THEN the slot is skipped, recorded and shown', async () => {
      clock.set(NINE_BERLIN + 3 * HOUR);
      const fresh = await restart();
      const report = await fresh.service.start();
      expect(report).toMatchObject({ caughtUp: [], skippedSlots: 1 });
      expect(channels.posts).toHaveLength(0);
      expect(await fresh.service.store.entry(GUILD, NINE_BERLIN)).toMatchObject({
        status: 'skipped',
        skipReason: 'missed-while-down',
      });
      expect((await fresh.service.show(GUILD))?.problems).toEqual([
        { kind: 'slot-skipped', slot: NINE_BERLIN },
      ]);
      // The skipped stories are still new: the next slot posts them.
      expect((await fresh.service.runDueSlot(GUILD, NEXT_DAY_NINE)).kind).toBe('sent');
      expect((await fresh.service.show(GUILD))?.problems).toEqual([]);
    });

    it('GIVEN several slots missed THEN only the latest within grace is posted and the earlier ones are skipped', async () => {
      await harness.service.set(GUILD, {
        channelId: CHANNEL,
        schedule: 'every 30 minutes',
        timezone: 'Europe/Berlin',
      });
      clock.set(SET_UP_AT + 100 * 60_000);
      const fresh = await restart(HOUR);
      const report = await fresh.service.start();
      expect(report.caughtUp).toEqual([
        expect.objectContaining({ kind: 'sent', slot: SET_UP_AT + 90 * 60_000 }),
      ]);
      expect(report.skippedSlots).toBe(2);
      expect(channels.posts).toHaveLength(1);
      // The catch-up post does not hide the slots skipped before it.
      expect((await fresh.service.show(GUILD))?.problems).toEqual([
        { kind: 'slot-skipped', slot: SET_UP_AT + 60 * 60_000 },
        { kind: 'slot-skipped', slot: SET_UP_AT + 30 * 60_000 },
      ]);
    });
  });

  describe('DigestService: faults', () => {
    it('GIVEN the bot lost permission in the channel THEN the digest pauses, the timer stops, show explains, and nothing retries', async () => {
      channels.unavailable.set(CHANNEL, 'missing-permissions');
      const outcome = await harness.service.runDueSlot(GUILD, NINE_BERLIN);
      expect(outcome).toMatchObject({ kind: 'channel-unavailable', problem: 'missing-permissions' });
      expect(harness.timers.has(GUILD)).toBe(false);
      const overview = await harness.service.show(GUILD);
      expect(overview?.settings).toMatchObject({ paused: true, pauseReason: 'missing-permissions' });
      expect(overview?.problems[0]).toEqual({ kind: 'permission-missing', channelId: CHANNEL });
      expect((await harness.service.runDueSlot(GUILD, NEXT_DAY_NINE)).kind).toBe('inactive');
      expect(await harness.service.store.entry(GUILD, NEXT_DAY_NINE)).toBeUndefined();
    });

    it('GIVEN the channel was deleted THEN show reports it gone', async () => {
      channels.unavailable.set(CHANNEL, 'unknown-channel');
      await harness.service.runDueSlot(GUILD, NINE_BERLIN);
      expect((await harness.service.show(GUILD))?.problems[0]).toEqual({
        kind: 'channel-gone',
        channelId: CHANNEL,
      });
    });

    it('GIVEN a send that finally fails THEN the slot is marked failed (not lost) and the stories wait for the next slot', async () => {
      channels.failNextSend = new Error('503 Service Unavailable');
      const outcome = await harness.service.runDueSlot(GUILD, NINE_BERLIN);
      expect(outcome).toMatchObject({ kind: 'failed', error: '503 Service Unavailable' });
      expect(await harness.service.store.entry(GUILD, NINE_BERLIN)).toMatchObject({
        status: 'failed',
        error: '503 Service Unavailable',
      });
      expect((await harness.service.show(GUILD))?.problems).toEqual([
        { kind: 'failed', slot: NINE_BERLIN, error: '503 Service Unavailable' },
      ]);
      expect((await harness.service.runDueSlot(GUILD, NINE_BERLIN)).kind).toBe('already-handled');
      expect((await harness.service.runDueSlot(GUILD, NEXT_DAY_NINE)).kind).toBe('sent');
    });
  });

  describe('DigestService: post now and server housekeeping', () => {
    it('GIVEN /digest now with another channel THEN it posts there, and a missing channel there does not pause the schedule', async () => {
      expect(await harness.service.postNow(GUILD, 'other')).toMatchObject({
        kind: 'sent',
        channelId: 'other',
      });
      channels.unavailable.set('gone', 'unknown-channel');
      expect((await harness.service.postNow(GUILD, 'gone')).kind).toBe('channel-unavailable');
      expect((await harness.service.show(GUILD))?.settings.paused).toBe(false);
      await expect(harness.service.postNow('no-such-guild')).rejects.toThrow(UserError);
    });

    it('GIVEN the bot left a server THEN retainGuilds drops its settings, ledger and timer', async () => {
      await harness.service.set('guild-2', { channelId: 'c2', schedule: 'hourly' });
      await harness.service.runDueSlot(GUILD, NINE_BERLIN);
      expect(await harness.service.retainGuilds(['guild-2'])).toEqual([GUILD]);
      expect(await harness.service.show(GUILD)).toBeUndefined();
      expect(await harness.service.store.entry(GUILD, NINE_BERLIN)).toBeUndefined();
      expect(harness.timers.has(GUILD)).toBe(false);
      expect(harness.timers.has('guild-2')).toBe(true);
    });
  });

  describe('DigestService: timers', () => {
    it('GIVEN a timer tick a few seconds after 09:00 THEN the 09:00 slot is the one posted', async () => {
      clock.set(NINE_BERLIN + 2_000);
      harness.timers.entries.get(GUILD)?.onTick();
      await vi.waitFor(async () =>
        expect((await harness.service.store.entry(GUILD, NINE_BERLIN))?.status).toBe('sent'),
      );
      expect(channels.posts).toHaveLength(1);
    });

    it('GIVEN /digest now just before a scheduled slot THEN the scheduled slot still runs', async () => {
      clock.set(NINE_BERLIN - 500);
      await harness.service.postNow(GUILD);
      library.articles = [variantOf(seedArticle(), 4), ...library.articles];
      clock.set(NINE_BERLIN);
      expect(await harness.service.runDueSlot(GUILD, NINE_BERLIN)).toMatchObject({ kind: 'sent' });
      expect(channels.posts).toHaveLength(2);
    });

    it('GIVEN the real node-cron registry THEN one task per server, replaced on change and all stopped on clear', async () => {
      const timers = new CronTimers();
      timers.set('a', '0 9 * * *', 'Europe/Berlin', () => {});
      timers.set('a', '30 18 * * 1-5', 'America/New_York', () => {});
      timers.set('b', '0 */6 * * *', 'UTC', () => {});
      expect(timers.size).toBe(2);
      timers.clear();
      expect(timers.size).toBe(0);
    });
  });
});
