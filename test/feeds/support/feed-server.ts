import { createHash } from 'node:crypto';
import type http from 'node:http';
import { startLoopbackServer, type LoopbackServer } from '../../support/loopback-http.ts';

export interface StoryFixture {
  id: string;
  title: string;
  /** ISO date. */
  published: string;
  /** Paragraphs of the article page (and of the item's summary: the first one). */
  paragraphs: string[];
  /** Omit the guid (RSS) so identity falls back to link + title. */
  noGuid?: boolean;
}

export interface FeedFixture {
  format: 'rss' | 'atom' | 'json';
  title: string;
  stories: StoryFixture[];
  /** Answer with this status instead of the document. */
  status?: number;
  /** Serve this body instead (e.g. an HTML page where a feed was). */
  body?: { contentType: string; text: string };
}

/**
 * A loopback HTTP server serving real RSS 2.0, Atom 1.0 and JSON Feed 1.1 documents and their article
 * pages, with ETag / If-None-Match (304) like a well-kept news site. Tests change a feed between polls.
 */
export class FeedServer {
  readonly feeds = new Map<string, FeedFixture>();
  readonly requests: Array<{ path: string; status: number; conditional: boolean }> = [];
  private server!: LoopbackServer;

  static async start(): Promise<FeedServer> {
    const feedServer = new FeedServer();
    feedServer.server = await startLoopbackServer((req, res) => feedServer.handle(req, res));
    return feedServer;
  }

  get url(): string {
    return this.server.url;
  }

  feedUrl(path: string): string {
    return `${this.server.url}${path}`;
  }

  storyUrl(id: string): string {
    return `${this.server.url}/news/${id}.html`;
  }

  requestsFor(path: string) {
    return this.requests.filter((request) => request.path === path);
  }

  close(): Promise<void> {
    return this.server.close();
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const conditional = req.headers['if-none-match'] !== undefined;
    const answer = (
      status: number,
      contentType: string,
      body: string,
      headers: Record<string, string> = {},
    ) => {
      this.requests.push({ path, status, conditional });
      res.writeHead(status, { 'content-type': contentType, ...headers });
      res.end(body);
    };
    const feed = this.feeds.get(path);
    if (feed) {
      if (feed.status !== undefined) return answer(feed.status, 'text/plain', `status ${feed.status}`);
      if (feed.body) return answer(200, feed.body.contentType, feed.body.text);
      const { contentType, text } = renderFeed(feed, this.server.url, path);
      const etag = `"${createHash('sha1').update(text).digest('hex').slice(0, 16)}"`;
      if (req.headers['if-none-match'] === etag) return answer(304, contentType, '', { etag });
      return answer(200, contentType, text, { etag });
    }
    const story = /^\/news\/([\w-]+)\.html$/.exec(path)?.[1];
    const found = story
      ? [...this.feeds.values()].flatMap((f) => f.stories).find((s) => s.id === story)
      : undefined;
    if (found) return answer(200, 'text/html; charset=utf-8', articlePage(found));
    answer(404, 'text/plain', 'not found');
  }
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function renderFeed(feed: FeedFixture, base: string, path: string): { contentType: string; text: string } {
  const link = (story: StoryFixture) => `${base}/news/${story.id}.html`;
  const summary = (story: StoryFixture) => `<p>${escapeXml(story.paragraphs[0] ?? '')}</p>`;
  switch (feed.format) {
    case 'rss':
      return {
        contentType: 'application/rss+xml; charset=utf-8',
        text: `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>${escapeXml(feed.title)}</title><link>${base}/</link><description>Test news</description>
${feed.stories
  .map(
    (story) =>
      `<item><title>${escapeXml(story.title)}</title><link>${link(story)}</link>${
        story.noGuid ? '' : `<guid isPermaLink="false">${story.id}</guid>`
      }<pubDate>${new Date(story.published).toUTCString()}</pubDate><description>${escapeXml(summary(story))}</description></item>`,
  )
  .join('\n')}
</channel></rss>`,
      };
    case 'atom':
      return {
        contentType: 'application/atom+xml',
        text: `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>${escapeXml(feed.title)}</title><id>${base}${path}</id><updated>${new Date().toISOString()}</updated>
<link rel="self" href="${base}${path}"/>
${feed.stories
  .map(
    (story) => `<entry><title>${escapeXml(story.title)}</title><id>urn:story:${story.id}</id>
<link rel="alternate" href="${link(story)}"/><published>${story.published}</published><updated>${story.published}</updated>
<summary type="html">${escapeXml(summary(story))}</summary></entry>`,
  )
  .join('\n')}
</feed>`,
      };
    case 'json':
      return {
        contentType: 'application/feed+json',
        text: JSON.stringify({
          version: 'https://jsonfeed.org/version/1.1',
          title: feed.title,
          home_page_url: `${base}/`,
          feed_url: `${base}${path}`,
          items: feed.stories.map((story) => ({
            id: story.id,
            url: link(story),
            title: story.title,
            summary: story.paragraphs[0],
            date_published: story.published,
          })),
        }),
      };
  }
}

function articlePage(story: StoryFixture): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeXml(story.title)} | Test News</title></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
<main><article><h1>${escapeXml(story.title)}</h1><p class="byline">By Staff Reporter</p>
${story.paragraphs.map((paragraph) => `<p>${escapeXml(paragraph)}</p>`).join('\n')}
</article></main><footer><p>Copyright Test News. All rights reserved.</p></footer></body></html>`;
}

/** Stories written for these tests (not from any real article). */
export function story(
  id: string,
  title: string,
  published: string,
  paragraphs: string[],
  extra: Partial<StoryFixture> = {},
): StoryFixture {
  return { id, title, published, paragraphs, ...extra };
}
