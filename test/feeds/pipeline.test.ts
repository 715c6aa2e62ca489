import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ManualClock } from '../../src/core/clock.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { unlimited } from '../../src/digest/rate-limiter.ts';
import { buildFeeds, guardedHttp } from '../../src/feeds/build.ts';
import type { FeedService } from '../../src/feeds/service.ts';
import type { FeedArticles } from '../../src/feeds/ingest/feed-articles.ts';
import type { Store } from '../../src/store/database.ts';
import { ENGINES, type TestDatabase } from '../support/engines.ts';
import { validatePayload } from '../../src/render/limits.ts';
import type { MessagePayload } from '../../src/render/payload.ts';
import type { PostOptions } from '../../src/core/channel-gateway.ts';
import { FakeChannelGateway } from '../digest/fakes.ts';
import { ConversationAnswerer } from '../../src/answer/qa/index.ts';
import { loadSeedArticle } from '../answer/qa/question-file.ts';
import { FeedServer } from './support/feed-server.ts';
import { BRIDGE, FOOTBALL, ORCHESTRA, PING, baseStories } from './support/stories.ts';

const GUILD_A = '111111111111111111';
const GUILD_B = '222222222222222222';
const NEWS = '333333333333333333';
const OTHER = '444444444444444444';
const RETENTION_MS = 30 * 24 * 60 * 60 * 1000;
const REFRESH_MS = 60_000;

interface World {
  server: FeedServer;
  dir: string;
  database: TestDatabase;
  clock: ManualClock;
  channels: FakeChannelGateway;
  store: Store;
  feeds: FeedService;
  articles: FeedArticles;
  /** Told of every story posted, as the bot's answerer is. */
  answerer: ConversationAnswerer;
  /** Closes the database and builds everything again on the same files (a restart). */
  restart(): Promise<void>;
}

async function build(
  world: Pick<World, 'dir' | 'clock' | 'channels' | 'database'> & { answerer?: ConversationAnswerer },
  allowPrivate = true,
  ownsGuild?: (guildId: string) => boolean,
) {
  const store = await world.database.open();
  const { service, articles } = await buildFeeds({
    store,
    feeds: {
      refreshMs: REFRESH_MS,
      articleRetentionMs: RETENTION_MS,
      maxFeedsPerServer: 3,
      fetchesAtOnce: 4,
      fetchesPerHost: 2,
      articlesDir: join(world.dir, 'feed-articles'),
    },
    fetch: { allowPrivate, timeoutMs: 5_000, maxBytes: 5 * 1024 * 1024 },
    channels: world.channels,
    limiter: unlimited,
    clock: world.clock,
    logger: silentLogger,
    http: guardedHttp,
    ...(ownsGuild ? { ownsGuild } : {}),
    onPosted: ({ channelId, articleId }) => world.answerer?.storyPosted(channelId, articleId),
  });
  return { store, feeds: service, articles };
}

let world: World;

describe.each(ENGINES)('the feed pipeline on $name', ({ create }) => {
  beforeEach(async () => {
    const server = await FeedServer.start();
    server.feeds.set('/rss.xml', { format: 'rss', title: 'Riverton Post', stories: baseStories() });
    server.feeds.set('/atom.xml', { format: 'atom', title: 'Riverton Atom', stories: baseStories() });
    server.feeds.set('/feed.json', { format: 'json', title: 'Riverton JSON', stories: baseStories() });
    const dir = mkdtempSync(join(tmpdir(), 'feeds-test-'));
    const partial = {
      dir,
      database: await create(),
      clock: new ManualClock(Date.parse('2026-12-01T12:00:00Z')),
      channels: new FakeChannelGateway(),
      answerer: new ConversationAnswerer(),
    };
    const built = await build(partial);
    world = {
      server,
      ...partial,
      ...built,
      async restart() {
        world.feeds.stop();
        await world.store.close();
        Object.assign(world, await build(partial));
      },
    };
  });

  afterEach(async () => {
    world.feeds.stop();
    await world.store.close();
    await world.database.cleanup();
    await world.server.close();
    rmSync(world.dir, { recursive: true, force: true });
  });

  async function pollAfter(ms: number): Promise<void> {
    world.clock.advance(ms);
    const [subscription] = await world.feeds.deps.store.subscriptionsOf(GUILD_A);
    await world.feeds.pipeline.poll(subscription!.source);
  }

  function postTexts(channelId = NEWS): string[] {
    return world.channels.posts
      .filter((post) => post.channelId === channelId)
      .map((post) => JSON.stringify(post.payload));
  }

  describe('against a loopback news site (guarded fetch)', () => {
    it.each(['/rss.xml', '/atom.xml', '/feed.json'])(
      'GIVEN /feed add of %s THEN every listed story is stored as seen, nothing is posted, and the latest is the preview',
      async (path) => {
        const added = await world.feeds.add(GUILD_A, { url: world.server.feedUrl(path), channelId: NEWS });
        expect(added.itemsFound).toBe(3);
        expect(added.latest?.title).toBe(BRIDGE.title);
        expect(added.latest?.link).toBe(world.server.storyUrl(BRIDGE.id));
        expect(world.channels.posts).toEqual([]);
        expect(await world.feeds.deps.store.deliveryCounts()).toEqual({});
      },
    );

    it('GIVEN a new story THEN it is posted once with its summary, source, date and thread button; the next poll gets a 304 and posts nothing', async () => {
      await world.feeds.add(GUILD_A, { url: world.server.feedUrl('/rss.xml'), channelId: NEWS });
      world.server.feeds.get('/rss.xml')!.stories.unshift(ORCHESTRA);
      await pollAfter(REFRESH_MS);

      expect(world.channels.posts).toHaveLength(1);
      const { payload } = world.channels.posts[0]!;
      expect(validatePayload(payload)).toEqual([]);
      expect(payload.allowed_mentions).toEqual({ parse: [] });
      const embed = payload.embeds![0]!;
      expect(embed.title).toBe(ORCHESTRA.title);
      expect(embed.url).toBe(world.server.storyUrl(ORCHESTRA.id));
      expect(embed.description).toContain('tour six countries next spring');
      expect(embed.fields).toEqual([
        { name: 'Source', value: 'Riverton Post', inline: true },
        { name: 'Published', value: `<t:${Date.parse(ORCHESTRA.published) / 1000}:f>`, inline: true },
      ]);
      const button = payload.components![0]!.components[0]!;
      expect(button.label).toBe('Continue in a thread');
      const articleId = button.custom_id!.replace('ask-thread:', '');
      expect(world.articles.get(articleId)?.headline).toBe(ORCHESTRA.title);
      expect(readdirSync(join(world.dir, 'feed-articles'))).toContain(`${articleId}.json`);

      await pollAfter(REFRESH_MS);
      expect(world.server.requestsFor('/rss.xml').at(-1)).toMatchObject({ status: 304, conditional: true });
      expect(world.channels.posts).toHaveLength(1);

      // A question asked under the post that names no story is about the story posted, and says so; the same
      // question in a channel where nothing was posted asks which story.
      const library = [world.articles.get(articleId)!, loadSeedArticle()];
      const under = world.answerer.ask('a', 'summarize', { library }, { channel: NEWS });
      expect(under.article?.id).toBe(articleId);
      expect(under.text).toContain(`the story last asked about or posted here`);
      const elsewhere = world.answerer.ask('b', 'summarize', { library }, { channel: OTHER });
      expect(elsewhere.text).toContain('Which story do you mean?');
    });

    it('GIVEN FEED_ARTICLE_DAYS have passed THEN the story leaves the server library and its files are removed, while a newer story stays', async () => {
      await world.feeds.add(GUILD_A, { url: world.server.feedUrl('/rss.xml'), channelId: NEWS });
      world.server.feeds.get('/rss.xml')!.stories.unshift(ORCHESTRA);
      await pollAfter(REFRESH_MS);
      world.clock.advance(RETENTION_MS - 2 * 60 * 60 * 1000);
      world.server.feeds.get('/rss.xml')!.stories.unshift(FOOTBALL);
      await pollAfter(REFRESH_MS);
      expect(world.articles.articlesFor(GUILD_A)).toHaveLength(2);
      const files = () => readdirSync(join(world.dir, 'feed-articles')).sort();
      expect(files()).toHaveLength(4);

      world.clock.advance(3 * 60 * 60 * 1000);
      await world.feeds.pollDue();
      expect(world.articles.articlesFor(GUILD_A).map((a) => a.headline)).toEqual([FOOTBALL.title]);
      expect(files()).toHaveLength(2);
      expect(
        files().every((name) => world.articles.get(name.replace(/\.(json|txt)$/, '')) !== undefined),
      ).toBe(true);

      await world.restart();
      expect(world.articles.articlesFor(GUILD_A).map((a) => a.headline)).toEqual([FOOTBALL.title]);
    });

    it('GIVEN two shards on one database and folder, each owning one of two servers on the same feed THEN the feed is fetched and the story ingested once, and each server gets its post from its own shard', async () => {
      world.feeds.stop();
      await world.store.close();
      const shardChannels = [new FakeChannelGateway(), new FakeChannelGateway()];
      const shards = await Promise.all(
        [GUILD_A, GUILD_B].map((owned, i) =>
          build({ ...world, channels: shardChannels[i]! }, true, (guildId) => guildId === owned),
        ),
      );
      try {
        await shards[0]!.feeds.add(GUILD_A, { url: world.server.feedUrl('/rss.xml'), channelId: NEWS });
        await shards[1]!.feeds.add(GUILD_B, { url: world.server.feedUrl('/rss.xml'), channelId: OTHER });
        const before = world.server.requestsFor('/rss.xml').length;
        world.server.feeds.get('/rss.xml')!.stories.unshift(ORCHESTRA);
        world.clock.advance(REFRESH_MS);
        await Promise.all(shards.map((shard) => shard.feeds.pollDue()));
        world.clock.advance(10_000);
        await Promise.all(shards.map((shard) => shard.feeds.pollDue()));

        expect(world.server.requestsFor('/rss.xml').length - before).toBe(1);
        expect(world.server.requestsFor(`/news/${ORCHESTRA.id}.html`)).toHaveLength(1);
        expect(shardChannels.map((channels) => channels.posts.map((post) => post.channelId))).toEqual([
          [NEWS],
          [OTHER],
        ]);
        expect(shards[0]!.articles.articlesFor(GUILD_A).map((a) => a.headline)).toEqual([ORCHESTRA.title]);
        expect(shards[1]!.articles.articlesFor(GUILD_B).map((a) => a.headline)).toEqual([ORCHESTRA.title]);
      } finally {
        for (const shard of shards) {
          shard.feeds.stop();
          await shard.store.close();
        }
        Object.assign(world, await build(world));
      }
    });

    it('GIVEN a restart THEN nothing is posted again, AND a story published while down is posted once', async () => {
      await world.feeds.add(GUILD_A, { url: world.server.feedUrl('/atom.xml'), channelId: NEWS });
      world.server.feeds.get('/atom.xml')!.stories.unshift(ORCHESTRA);
      await pollAfter(REFRESH_MS);
      expect(world.channels.posts).toHaveLength(1);

      await world.restart();
      world.server.feeds.get('/atom.xml')!.stories.unshift(FOOTBALL);
      await pollAfter(REFRESH_MS);
      await pollAfter(REFRESH_MS);
      expect(postTexts().map((text) => text.includes(FOOTBALL.title))).toEqual([false, true]);
      // The story ingested before the restart is still in the server's library.
      expect(world.articles.articlesFor(GUILD_A).map((a) => a.headline)).toEqual([
        ORCHESTRA.title,
        FOOTBALL.title,
      ]);
    });

    it('GIVEN a claimed delivery left by a stopped process THEN the next start posts it with the same nonce', async () => {
      await world.feeds.add(GUILD_A, { url: world.server.feedUrl('/rss.xml'), channelId: NEWS });
      world.server.feeds.get('/rss.xml')!.stories.unshift(ORCHESTRA);
      const nonces: Array<string | undefined> = [];
      const send = world.channels.send.bind(world.channels);
      world.channels.send = async (channelId: string, payload: MessagePayload, options?: PostOptions) => {
        nonces.push(options?.nonce);
        if (nonces.length === 1) throw new Error('process stopped mid-send');
        return send(channelId, payload);
      };
      await pollAfter(REFRESH_MS);
      // As a crash after the claim leaves it; the claim's lease runs out before the next start.
      await world.store.db
        .updateTable('feed_deliveries')
        .set({ status: 'claimed', claimed_at: world.clock.now() })
        .execute();
      await world.restart();
      world.clock.advance(61_000);
      await world.feeds.start();
      await new Promise((resolve) => setTimeout(resolve, 200));
      world.feeds.stop();
      expect(world.channels.posts).toHaveLength(1);
      expect(nonces).toHaveLength(2);
      expect(nonces[1]).toBe(nonces[0]);
    });

    it('GIVEN a feed that starts answering 500 THEN it backs off, pauses after 5 failures in a row, and the channel is told once', async () => {
      const added = await world.feeds.add(GUILD_A, {
        url: world.server.feedUrl('/rss.xml'),
        channelId: NEWS,
      });
      world.server.feeds.get('/rss.xml')!.status = 500;
      const waits: number[] = [];
      for (let i = 0; i < 5; i += 1) {
        const source = (await world.feeds.deps.store.subscriptionsOf(GUILD_A))[0]!.source;
        waits.push(source.nextFetchAt - world.clock.now());
        world.clock.set(source.nextFetchAt);
        await world.feeds.pollDue();
      }
      expect(waits).toEqual([REFRESH_MS, REFRESH_MS, 2 * REFRESH_MS, 4 * REFRESH_MS, 8 * REFRESH_MS]);
      expect(world.channels.posts).toHaveLength(1);
      const notice = world.channels.posts[0]!.payload.content ?? '';
      expect(notice).toContain('Feed paused');
      expect(notice).toContain('5 failed fetches in a row (last: the site answered HTTP 500)');
      expect(notice).toContain(`/feed resume feed:${added.subscription.id}`);
      const [listed] = await world.feeds.list(GUILD_A);
      expect(listed).toMatchObject({
        paused: true,
        source: { consecutiveFailures: 5, lastError: 'the site answered HTTP 500' },
      });

      world.clock.advance(24 * 60 * 60 * 1000);
      await world.feeds.pollDue();
      expect(world.channels.posts).toHaveLength(1); // paused: not fetched, not told again

      delete world.server.feeds.get('/rss.xml')!.status;
      world.server.feeds.get('/rss.xml')!.stories.unshift(FOOTBALL);
      await world.feeds.resume(GUILD_A, String(added.subscription.id)); // fetched at once, not at the next interval
      await vi.waitFor(() => expect(postTexts().at(-1)).toContain(FOOTBALL.title));
    });

    it.each([
      [404, 'the feed URL answers 404 Not Found'],
      [410, 'the feed URL answers 410 Gone: the feed was removed'],
    ])('GIVEN a feed that answers %i THEN it pauses at once with one message', async (status, reason) => {
      await world.feeds.add(GUILD_A, { url: world.server.feedUrl('/rss.xml'), channelId: NEWS });
      world.server.feeds.get('/rss.xml')!.status = status;
      await pollAfter(REFRESH_MS);
      expect(world.channels.posts.map((post) => post.payload.content)).toEqual([
        expect.stringContaining(reason),
      ]);
      expect((await world.feeds.list(GUILD_A))[0]?.paused).toBe(true);
    });

    it('GIVEN a feed URL that turns into an HTML page THEN it pauses as "not a feed", echoing none of the HTML', async () => {
      await world.feeds.add(GUILD_A, { url: world.server.feedUrl('/rss.xml'), channelId: NEWS });
      world.server.feeds.get('/rss.xml')!.body = {
        contentType: 'text/html',
        text: '<html><body><b>@everyone</b> moved</body></html>',
      };
      await pollAfter(REFRESH_MS);
      const notice = world.channels.posts[0]!.payload.content ?? '';
      expect(notice).toContain('does not serve an RSS, Atom or JSON feed');
      expect(notice).not.toContain('<b>');
      expect(notice).not.toContain('@everyone');
    });

    it('GIVEN /feed add of something that is not a feed, or a non-http URL THEN it is refused and nothing is stored', async () => {
      await expect(
        world.feeds.add(GUILD_A, { url: world.server.storyUrl(BRIDGE.id), channelId: NEWS }),
      ).rejects.toThrow('does not serve an RSS, Atom or JSON feed');
      await expect(
        world.feeds.add(GUILD_A, { url: 'ftp://example.com/feed', channelId: NEWS }),
      ).rejects.toThrow('The feed URL must be an http:// or https:// address');
      await expect(
        world.feeds.add(GUILD_A, { url: `${world.server.url}/missing.xml`, channelId: NEWS }),
      ).rejects.toThrow('404');
      expect(await world.feeds.list(GUILD_A)).toEqual([]);
    });

    it('GIVEN FETCH_ALLOW_PRIVATE is off THEN a loopback feed is refused', async () => {
      world.feeds.stop();
      await world.store.close();
      Object.assign(world, await build(world, false));
      await expect(
        world.feeds.add(GUILD_A, { url: world.server.feedUrl('/rss.xml'), channelId: NEWS }),
      ).rejects.toThrow('private, loopback or link-local address');
      expect(world.server.requests).toEqual([]);
    });

    it('GIVEN a filter THEN only matching stories are posted', async () => {
      await world.feeds.add(GUILD_A, {
        url: world.server.feedUrl('/feed.json'),
        channelId: NEWS,
        filter: 'orchestra "spring tour"',
      });
      await world.feeds.add(GUILD_A, {
        url: world.server.feedUrl('/feed.json'),
        channelId: OTHER,
        filter: '/football|final/i',
      });
      world.server.feeds.get('/feed.json')!.stories.unshift(ORCHESTRA, FOOTBALL);
      await pollAfter(REFRESH_MS);
      expect(postTexts(NEWS)).toEqual([expect.stringContaining(ORCHESTRA.title)]);
      expect(postTexts(OTHER)).toEqual([expect.stringContaining(FOOTBALL.title)]);
    });

    it('GIVEN two servers on the same URL THEN it is fetched once per poll, each server gets the post, and the article is in their libraries only', async () => {
      await world.feeds.add(GUILD_A, { url: world.server.feedUrl('/rss.xml'), channelId: NEWS });
      await world.feeds.add(GUILD_B, { url: world.server.feedUrl('/rss.xml'), channelId: OTHER });
      const before = world.server.requestsFor('/rss.xml').length;
      world.server.feeds.get('/rss.xml')!.stories.unshift(ORCHESTRA);
      world.clock.advance(REFRESH_MS);
      await world.feeds.pollDue();
      expect(world.server.requestsFor('/rss.xml').length - before).toBe(1);
      expect(world.server.requestsFor(`/news/${ORCHESTRA.id}.html`)).toHaveLength(1); // ingested once
      expect(postTexts(NEWS)).toHaveLength(1);
      expect(postTexts(OTHER)).toHaveLength(1);
      expect(world.articles.articlesFor(GUILD_A)).toHaveLength(1);
      expect(world.articles.articlesFor('999999999999999999')).toHaveLength(0);
    });

    it('GIVEN post:digest THEN nothing is posted and the story waits in the server digest list', async () => {
      await world.feeds.add(GUILD_A, {
        url: world.server.feedUrl('/rss.xml'),
        channelId: NEWS,
        postMode: 'digest',
      });
      world.server.feeds.get('/rss.xml')!.stories.unshift(ORCHESTRA);
      await pollAfter(REFRESH_MS);
      expect(world.channels.posts).toEqual([]);
      expect(world.articles.digestArticlesFor(GUILD_A).map((a) => a.headline)).toEqual([ORCHESTRA.title]);
      expect(world.articles.digestArticlesFor(GUILD_B)).toEqual([]);
    });

    it('GIVEN mentions in feed text THEN the post pings nobody and the text is neutralised', async () => {
      await world.feeds.add(GUILD_A, { url: world.server.feedUrl('/rss.xml'), channelId: NEWS });
      world.server.feeds.get('/rss.xml')!.stories.unshift(PING);
      await pollAfter(REFRESH_MS);
      const { payload } = world.channels.posts[0]!;
      expect(payload.allowed_mentions).toEqual({ parse: [] });
      const text = JSON.stringify(payload.embeds);
      expect(text).not.toMatch(/@everyone|<@\d|<@&\d/);
    });

    it('GIVEN the per-server limit THEN one more feed is refused with the limit named', async () => {
      for (const path of ['/rss.xml', '/atom.xml', '/feed.json']) {
        await world.feeds.add(GUILD_A, { url: world.server.feedUrl(path), channelId: NEWS });
      }
      await expect(
        world.feeds.add(GUILD_A, { url: world.server.feedUrl('/rss.xml'), channelId: OTHER }),
      ).rejects.toThrow('already has 3 feeds');
    });

    it('GIVEN /feed test THEN the next post is built (with its summary) and nothing is stored or posted', async () => {
      const added = await world.feeds.add(GUILD_A, {
        url: world.server.feedUrl('/rss.xml'),
        channelId: NEWS,
      });
      const result = await world.feeds.test(GUILD_A, String(added.subscription.id));
      expect(result.next?.item.title).toBe(BRIDGE.title);
      expect(result.next?.article?.summaries.oneLine.text).toContain('opened its new harbor bridge');
      expect(world.channels.posts).toEqual([]);
      expect(world.articles.size).toBe(0);
    });
  });
});
