import type { Logger } from '../../core/logger.ts';
import type { HostLimiter } from '../fetch/host-limiter.ts';
import { PAGE_CONTENT_TYPES, type HttpFetch } from '../fetch/http.ts';
import type { FetchLimits } from '../fetch/fetch-feed.ts';
import type { FeedItem } from '../parse/feed-item.ts';
import { htmlToText } from '../parse/html-text.ts';
import { feedArticleId } from './article-id.ts';
import type { ArticleIngester, IngestInput, IngestedArticle } from './ingest-port.ts';

export const PAGE_MAX_BYTES = 5 * 1024 * 1024;
/** An item carrying at least this much text of its own is taken as the full article (no page fetch). */
const FULL_CONTENT_CHARS = 1200;

export interface IngestItemDeps {
  http: HttpFetch;
  hosts: HostLimiter;
  limits: FetchLimits;
  ingester: ArticleIngester;
  logger: Logger;
}

export interface ItemContext {
  sourceId: number;
  sourceName: string;
  sourceUrl: string;
  /** When the bot first saw the item: its date when the feed gives none. */
  seenAt: number;
}

/**
 * One new item into an article model: its own content when it carries the full text, else its page
 * (guarded fetch, 5 MB), falling back to the item's summary when the page cannot be had.
 */
export async function ingestItem(
  deps: IngestItemDeps,
  item: FeedItem,
  context: ItemContext,
): Promise<IngestedArticle> {
  const base = {
    title: item.title,
    ...(item.link ? { url: item.link } : {}),
    published: item.published ?? context.seenAt,
    publishedEstimated: item.published === undefined,
    source: { name: context.sourceName, url: context.sourceUrl },
    articleId: feedArticleId(item.title, item.key, context.sourceId),
  };
  return deps.ingester.ingest({ ...base, ...(await bodyOf(deps, item)) });
}

async function bodyOf(deps: IngestItemDeps, item: FeedItem): Promise<Pick<IngestInput, 'html' | 'text'>> {
  const own = ownBody(item);
  if (own && own.length >= FULL_CONTENT_CHARS) return own.input;
  if (item.link) {
    const link = item.link;
    try {
      const page = await deps.hosts.run(link, () =>
        deps.http(link, {
          timeoutMs: deps.limits.timeoutMs,
          maxBytes: PAGE_MAX_BYTES,
          maxRedirects: deps.limits.maxRedirects,
          allowedContentTypes: PAGE_CONTENT_TYPES,
          allowPrivate: deps.limits.allowPrivate,
        }),
      );
      const html = page.text();
      if (html.trim()) return { html };
    } catch (error) {
      deps.logger.warn(
        { url: link, err: error instanceof Error ? error.message : String(error) },
        'could not fetch a feed item page; using the item text',
      );
    }
  }
  if (own) return own.input;
  return { text: item.summary ?? item.title };
}

function ownBody(item: FeedItem): { input: Pick<IngestInput, 'html' | 'text'>; length: number } | undefined {
  if (item.contentHtml)
    return { input: { html: item.contentHtml }, length: htmlToText(item.contentHtml).length };
  if (item.contentText) return { input: { text: item.contentText }, length: item.contentText.length };
  if (item.summary) return { input: { text: item.summary }, length: item.summary.length };
  return undefined;
}
