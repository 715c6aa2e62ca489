import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/clock.ts';
import { BotThreads } from '../../src/followups/bot-threads.ts';
import { threadHintPayload } from '../../src/followups/reply-payload.ts';
import type { MessagePayload } from '../../src/render/payload.ts';
import { FakeChannelGateway, ListLibrary, openHarness, seedArticle, type Harness } from './fakes.ts';
import { sqliteDatabase, type TestDatabase } from '../support/engines.ts';

const GUILD = 'guild-1';
const CHANNEL = 'channel-1';
const BOT = '900000000000000001';

let temp: TestDatabase;
let channels: FakeChannelGateway;
let harness: Harness | undefined;

beforeEach(async () => {
  temp = sqliteDatabase();
  channels = new FakeChannelGateway();
});

afterEach(async () => {
  harness?.service.stop();
  await harness?.store.close();
  await temp.cleanup();
});

async function digestWith(firstMessage: MessagePayload | null) {
  const botThreads = new BotThreads();
  harness = await openHarness(temp, {
    library: new ListLibrary([seedArticle()]),
    channels,
    clock: new ManualClock(Date.parse('2024-03-04T07:00:00Z')),
    threads: { opened: (threadId) => botThreads.add(threadId), firstMessage: () => firstMessage },
  });
  await harness.service.set(GUILD, { channelId: CHANNEL, schedule: 'daily 09:00' });
  return { service: harness.service, botThreads };
}

describe('threads opened on digest posts', () => {
  it('GIVEN a digest post THEN its thread is registered as a bot thread and starts with how to ask', async () => {
    const { service, botThreads } = await digestWith(threadHintPayload(BOT));
    const outcome = await service.postNow(GUILD);
    const threadId = outcome.kind === 'sent' ? outcome.threadId : null;
    expect(threadId).not.toBeNull();
    expect(botThreads.has(threadId ?? '')).toBe(true);
    expect(
      channels.posts.filter((post) => post.channelId === threadId).map((post) => post.payload),
    ).toStrictEqual([threadHintPayload(BOT)]);
  });

  it('GIVEN the bot reads every message (no hint needed) THEN the thread is registered and stays empty', async () => {
    const { service, botThreads } = await digestWith(null);
    const outcome = await service.postNow(GUILD);
    const threadId = outcome.kind === 'sent' ? (outcome.threadId ?? '') : '';
    expect(botThreads.has(threadId)).toBe(true);
    expect(channels.postsIn(threadId)).toBe(0);
  });

  it('GIVEN the hint cannot be posted THEN the digest still counts as sent with its thread', async () => {
    const { service } = await digestWith(threadHintPayload(BOT));
    channels.unavailable.set('1002', 'missing-permissions'); // the thread: ids count up from 1001 (post, thread)
    const outcome = await service.postNow(GUILD);
    expect(outcome).toMatchObject({ kind: 'sent', threadId: '1002' });
    expect((await service.show(GUILD))?.problems ?? []).toStrictEqual([]);
  });
});
