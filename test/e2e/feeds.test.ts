import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isEphemeral, messageText, type FakeMessage } from '../fake-discord/index.ts';
import { FeedServer } from '../feeds/support/feed-server.ts';
import { FOOTBALL, ORCHESTRA, baseStories } from '../feeds/support/stories.ts';
import { temporaryArticles } from './support/articles.ts';
import { expectCleanRun, startHarness, type Harness } from './support/harness.ts';

const REFRESH_SECONDS = 600;

/** The bot with a private article library, its own feed-article folder, and loopback fetches allowed. */
async function startFeedBot(env: Record<string, string> = {}) {
  const articles = temporaryArticles();
  const feedArticles = mkdtempSync(path.join(tmpdir(), 'feed-articles-'));
  const server = await FeedServer.start();
  server.feeds.set('/rss.xml', { format: 'rss', title: 'Riverton Post', stories: baseStories() });
  server.feeds.set('/atom.xml', { format: 'atom', title: 'Riverton Atom', stories: baseStories() });
  const harness = await startHarness({
    bot: {
      // Three bots start at once on a shared machine: give each wait room (a safety net, not a sleep).
      waitTimeoutMs: 60_000,
      env: {
        ARTICLES_DIR: articles.dir,
        FEED_ARTICLES_DIR: feedArticles,
        FEED_REFRESH_SECONDS: String(REFRESH_SECONDS),
        FETCH_ALLOW_PRIVATE: 'true',
        LOG_LEVEL: 'debug', // "feed fetch done" is a debug line
        ...env,
      },
    },
  });
  return {
    harness,
    server,
    async stop() {
      const { exitCode } = await harness.stop();
      await server.close();
      articles.cleanup();
      rmSync(feedArticles, { recursive: true, force: true });
      return exitCode;
    },
  };
}

async function feedCommand(harness: Harness, subcommand: string, options: Record<string, string> = {}) {
  const sent = harness.discord.sendInteraction({ command: 'feed', subcommand, options });
  const reply = await sent.reply();
  expect(isEphemeral(reply)).toBe(true);
  return messageText(reply);
}

const channelPosts = (harness: Harness, channelId: string): FakeMessage[] =>
  harness.discord.messages.filter(
    (m) => m.channelId === channelId && m.interactionId === undefined && !m.deleted,
  );

/** Moves the bot's clock past the next fetch and waits until the poller has handled it. */
async function nextPoll(harness: Harness, logsBefore = harness.bot.logs.length): Promise<void> {
  await harness.bot.moveClockTo(Date.now() + harness.bot.clockOffsetMs + (REFRESH_SECONDS + 1) * 1000);
  await harness.bot.waitForLog(
    (l) =>
      harness.bot.logs.indexOf(l) >= logsBefore &&
      (l.msg === 'feed fetch done' || l.msg === 'feed fetch failed'),
    'a feed fetch',
  );
}

describe.concurrent(
  'news feeds through the real bot process, a loopback Discord and a loopback news site',
  () => {
    it('GIVEN /feed add THEN nothing is posted; a new story is posted once with its summary, survives a restart without repeats, honours 304, and can be asked about in a thread', async () => {
      const bot = await startFeedBot();
      const { harness, server } = bot;
      const { discord } = harness;
      try {
        const news = discord.channel('news').id;
        const general = discord.channel('general').id;
        const added = await feedCommand(harness, 'add', { url: server.feedUrl('/rss.xml'), channel: news });
        expect(added).toContain('Feed 1 added: Riverton Post');
        expect(added).toContain('It lists 3 stories now');
        expect(added).toContain('Riverton opens its new harbor bridge'); // the latest, as a preview
        const filtered = await feedCommand(harness, 'add', {
          url: server.feedUrl('/atom.xml'),
          channel: general,
          filter: 'football',
        });
        expect(filtered).toContain('Filter: `football`');
        expect(channelPosts(harness, news)).toEqual([]);

        server.feeds.get('/rss.xml')!.stories.unshift(ORCHESTRA);
        server.feeds.get('/atom.xml')!.stories.unshift(ORCHESTRA);
        await nextPoll(harness);
        const post = await discord.waitForMessage(news, (m) => m.interactionId === undefined);
        const text = messageText(post);
        expect(text).toContain(ORCHESTRA.title);
        expect(text).toContain('tour six countries next spring'); // the brief summary from the article page
        expect(text).toContain(`<t:${Date.parse(ORCHESTRA.published) / 1000}:f>`);
        expect(post.pings).toEqual({ users: [], roles: [], everyone: false, repliedUser: false });
        await harness.bot.waitForLog(
          (l) => l.msg === 'feed fetch done' && l.url === server.feedUrl('/atom.xml'),
          'atom fetch',
        );
        expect(channelPosts(harness, general)).toEqual([]); // the filter wants football only

        // A restart posts nothing again; a story published while the bot was down is posted once.
        server.feeds.get('/rss.xml')!.stories.unshift(FOOTBALL);
        server.feeds.get('/atom.xml')!.stories.unshift(FOOTBALL);
        await harness.restart();
        await nextPoll(harness);
        await discord.waitForMessage(
          news,
          (m) => m.interactionId === undefined && messageText(m).includes(FOOTBALL.title),
        );
        await discord.waitForMessage(general, (m) => messageText(m).includes(FOOTBALL.title));
        const conditionalBefore = server.requestsFor('/rss.xml').length;
        await nextPoll(harness);
        expect(server.requestsFor('/rss.xml').slice(conditionalBefore)).toEqual([
          { path: '/rss.xml', status: 304, conditional: true },
        ]);
        expect(channelPosts(harness, news).map((m) => messageText(m).includes(FOOTBALL.title))).toEqual([
          false,
          true,
        ]);

        // /ask about the new story, in this server, answers from it with a citation.
        const articleId = (
          post.components.flatMap((row) => row.components as Array<{ custom_id: string }>)[0]?.custom_id ?? ''
        ).replace('ask-thread:', '');
        const asked = discord.sendInteraction({
          command: 'ask',
          options: { question: 'When did the orchestra last tour abroad?', article: articleId },
        });
        const answer = messageText(await asked.reply());
        expect(answer).toContain('The orchestra last toured abroad in 2019.');
        expect(answer).toMatch(/Source p\d+s\d+/);

        // "Continue in a thread" on the post starts a conversation about that story.
        const pressed = discord.sendInteraction({
          kind: 'button',
          customId: `ask-thread:${articleId}`,
          message: discord.messageJson(post),
        });
        await pressed.reply();
        const withThread = await discord.waitForMessage(
          news,
          (m) => m.id === post.id && m.threadId !== undefined,
        );
        const threadId = withThread.threadId ?? '';
        const question = discord.sendMessage({
          channelId: threadId,
          content: `<@${discord.botUser.id}> when did the orchestra last tour abroad?`,
        });
        const reply = await discord.waitForMessage(threadId, (m) => m.reference?.messageId === question.id);
        expect(messageText(reply)).toContain('2019');

        const listed = await feedCommand(harness, 'list');
        expect(listed).toContain('1. Riverton Post');
        expect(listed).toContain('✅ active');
        expect(listed).toContain('last success: <t:');
        expectCleanRun(harness);
      } finally {
        expect(await bot.stop()).toBe(0);
      }
    }, 180_000);

    it('GIVEN a feed that starts answering 500 THEN after 5 failures in a row it pauses and the channel gets one message', async () => {
      const bot = await startFeedBot();
      const { harness, server } = bot;
      try {
        const news = harness.discord.channel('news').id;
        await feedCommand(harness, 'add', { url: server.feedUrl('/rss.xml'), channel: news });
        server.feeds.get('/rss.xml')!.status = 500;
        for (let failure = 1; failure <= 5; failure += 1) {
          const before = harness.bot.logs.length;
          // Backoff: the n-th retry waits 2^(n-1) intervals; jump well past it.
          await harness.bot.moveClockTo(
            Date.now() + harness.bot.clockOffsetMs + 2 ** failure * REFRESH_SECONDS * 1000,
          );
          await harness.bot.waitForLog(
            (l) =>
              harness.bot.logs.indexOf(l) >= before &&
              l.msg === 'feed fetch failed' &&
              l.failures === failure,
            `failure ${failure}`,
          );
        }
        const notice = await harness.discord.waitForMessage(news, (m) => m.content.includes('Feed paused'));
        expect(notice.content).toContain('5 failed fetches in a row');
        expect(notice.content).toContain('/feed resume feed:1');
        await harness.bot.moveClockTo(Date.now() + harness.bot.clockOffsetMs + 100 * REFRESH_SECONDS * 1000);
        const listed = await feedCommand(harness, 'list');
        expect(listed).toContain('⏸️ paused');
        expect(listed).toContain('the site answered HTTP 500');
        expect(channelPosts(harness, news)).toHaveLength(1);
        expect(server.requestsFor('/rss.xml')).toHaveLength(6); // the add, then five failures; none while paused
        expect(harness.discord.rejectedRequests).toEqual([]);
        expect(harness.discord.policyViolations).toEqual([]);
      } finally {
        expect(await bot.stop()).toBe(0);
      }
    }, 180_000);

    it('GIVEN FETCH_ALLOW_PRIVATE is not set THEN /feed add of a loopback address is refused and nothing is fetched', async () => {
      const bot = await startFeedBot({ FETCH_ALLOW_PRIVATE: 'false' });
      const { harness, server } = bot;
      try {
        const refused = await feedCommand(harness, 'add', {
          url: server.feedUrl('/rss.xml'),
          channel: harness.discord.channel('news').id,
        });
        expect(refused).toContain('private, loopback or link-local address');
        expect(server.requests).toEqual([]);
        expect(await feedCommand(harness, 'list')).toContain('No feeds yet');
        expectCleanRun(harness);
      } finally {
        expect(await bot.stop()).toBe(0);
      }
    }, 180_000);
  },
);
