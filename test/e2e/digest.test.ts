import { describe, expect, it } from 'vitest';
import { isEphemeral, messageText, type FakeMessage } from '../fake-discord/index.ts';
import { temporaryArticles } from './support/articles.ts';
import { expectCleanRun, startHarness, type Harness } from './support/harness.ts';

const SLOT_MS = 15 * 60_000;
/** How far before a slot the bot's clock is moved: enough to run /digest set first. */
const LEAD_MS = 2_000;
const HEADLINE = 'South Korea, Japan hold first senior-level security talks in five years';

const nextSlotAfter = (ms: number) => (Math.floor(ms / SLOT_MS) + 1) * SLOT_MS;

async function command(harness: Harness, subcommand: string, options: Record<string, string> = {}) {
  const sent = harness.discord.sendInteraction({ command: 'digest', subcommand, options });
  const callback = await sent.callback;
  expect(callback.latencyMs).toBeLessThan(3000);
  const reply = await sent.reply();
  expect(isEphemeral(reply)).toBe(true);
  return messageText(reply);
}

const digestPosts = (harness: Harness, channelId: string): FakeMessage[] =>
  harness.discord.messages.filter(
    (m) => m.channelId === channelId && m.interactionId === undefined && !m.deleted,
  );

describe.concurrent(
  'scheduled digests through the real bot process (its wall clock moved: support/shift-clock.ts)',
  () => {
    it('GIVEN /digest set THEN the slot is posted on schedule with a thread, AND after a restart the same slot is not posted again', async () => {
      const articles = temporaryArticles();
      const harness = await startHarness({ bot: { env: { ARTICLES_DIR: articles.dir } } });
      const slot = nextSlotAfter(Date.now() + LEAD_MS);
      await harness.bot.moveClockTo(slot - LEAD_MS);
      try {
        const news = harness.discord.channel('news').id;
        const scheduled = await command(harness, 'set', { channel: news, schedule: 'every 15 minutes' });
        expect(scheduled).toContain(`<t:${slot / 1000}:F>`);

        const post = await harness.discord.waitForMessage(
          news,
          (m) => m.interactionId === undefined,
          LEAD_MS + 15_000,
        );
        expect(messageText(post)).toContain(HEADLINE);
        const withThread = await harness.discord.waitForMessage(
          news,
          (m) => m.id === post.id && m.threadId !== undefined,
        );
        const threadId = withThread.threadId ?? '';
        expect(harness.discord.world.channels.get(threadId)).toMatchObject({ type: 11, parentId: news });
        // Without the Message Content intent the thread says how to ask, and a mention there is answered.
        const hint = await harness.discord.waitForMessage(threadId, (m) =>
          m.content.includes('mentioning me'),
        );
        expect(hint.pings.users).toEqual([]);
        const question = harness.discord.sendMessage({
          channelId: threadId,
          content: `<@${harness.discord.botUser.id}> where were the talks held?`,
        });
        const answer = await harness.discord.waitForMessage(
          threadId,
          (m) => m.reference?.messageId === question.id,
        );
        expect(messageText(answer)).toContain('Seoul');

        // Something new to post: a bot that re-ran the slot after the restart would now post it.
        articles.publishAnother(
          'kr-jp-security-talks-follow-up',
          'Seoul and Tokyo follow up on security talks',
        );
        const { exitCode } = await harness.restart();
        expect(exitCode).toBe(0);
        expect(harness.bot.logs.find((l) => l.msg === 'digest scheduler started')).toMatchObject({
          scheduled: 1,
          caughtUp: 0,
        });
        expect(await command(harness, 'show')).toContain(
          `https://discord.com/channels/${harness.discord.guild.id}/${news}/${post.id}`,
        );
        expect(digestPosts(harness, news)).toHaveLength(1);

        expect(await command(harness, 'now')).toContain('Digest posted');
        expect(digestPosts(harness, news).map((m) => messageText(m))[1]).toContain(
          'Seoul and Tokyo follow up on security talks',
        );
        expect(harness.discord.rejectedRequests).toEqual([]);
        expect(harness.discord.policyViolations).toEqual([]);
      } finally {
        await harness.stop();
        articles.cleanup();
      }
    });

    it('GIVEN a slot missed while the bot was down (within the grace period) THEN it is posted once at start, and not again at the next start', async () => {
      const articles = temporaryArticles();
      const harness = await startHarness({ bot: { env: { ARTICLES_DIR: articles.dir } } });
      try {
        const news = harness.discord.channel('news').id;
        await command(harness, 'set', { channel: news, schedule: 'every 15 minutes' });
        const missed = nextSlotAfter(Date.now() + LEAD_MS);
        const afterMissedSlot = missed + 60_000 - Date.now();
        await harness.restart({ clockOffsetMs: afterMissedSlot });
        const post = await harness.discord.waitForMessage(news, (m) => m.interactionId === undefined);
        expect(messageText(post)).toContain(HEADLINE);

        articles.publishAnother(
          'kr-jp-security-talks-follow-up',
          'Seoul and Tokyo follow up on security talks',
        );
        await harness.restart();
        expect(harness.bot.logs.find((l) => l.msg === 'digest scheduler started')).toMatchObject({
          caughtUp: 0,
        });
        await command(harness, 'show');
        expect(digestPosts(harness, news)).toHaveLength(1);
      } finally {
        await harness.stop();
        articles.cleanup();
      }
    });

    it('GIVEN the Message Content intent THEN a plain message in the thread of a /digest now post is answered', async () => {
      const harness = await startHarness({ bot: { env: { MESSAGE_CONTENT_INTENT: 'true' } } });
      try {
        const news = harness.discord.channel('news').id;
        await command(harness, 'set', { channel: news, schedule: 'daily 09:00' });
        expect(await command(harness, 'now')).toContain('Digest posted');
        const post = await harness.discord.waitForMessage(
          news,
          (m) => m.interactionId === undefined && m.threadId !== undefined,
        );
        const threadId = post.threadId ?? '';
        const question = harness.discord.sendMessage({
          channelId: threadId,
          content: 'where were the talks held?',
        });
        const answer = await harness.discord.waitForMessage(
          threadId,
          (m) => m.reference?.messageId === question.id,
        );
        expect(messageText(answer)).toContain('Seoul');
        // The bot reads everything here, so no "mention me" hint.
        expect(
          harness.discord.messages.filter(
            (m) => m.channelId === threadId && m.content.includes('mentioning me'),
          ),
        ).toEqual([]);
        expectCleanRun(harness);
      } finally {
        expect((await harness.stop()).exitCode).toBe(0);
      }
    });

    it('GIVEN the digest channel forbids posting or is deleted THEN /digest now explains, /digest show reports it, and the bot keeps serving', async () => {
      const harness = await startHarness();
      try {
        const readOnly = harness.discord.channel('read-only').id;
        await command(harness, 'set', { channel: readOnly, schedule: 'daily 09:00' });
        expect(await command(harness, 'now')).toMatch(/Could not post[\s\S]*missing-permissions/);
        expect(await command(harness, 'show')).toMatch(/Problems|paused/i);

        const news = harness.discord.channel('news').id;
        await command(harness, 'set', { channel: news, schedule: 'daily 09:00' });
        harness.discord.deleteChannel(news);
        expect(await command(harness, 'now')).toMatch(/Could not post[\s\S]*unknown-channel/);

        const help = await harness.discord.sendInteraction({ command: 'help' }).reply();
        expect(messageText(help)).toContain('/summary');
        expect(
          harness.discord.rejectedRequests.map((r) => (r.response as { code: number }).code).sort(),
        ).toEqual([10003, 50013]);
        expect(harness.bot.errorLogs()).toEqual([]);
      } finally {
        await harness.stop();
      }
    });
  },
);
