import { parseFeed as feedsmithParse, type AnyFeed } from 'feedsmith';
import { itemKey } from '../compare/item-key.ts';
import { FeedItem, type ParsedFeed } from './feed-item.ts';
import { htmlToText } from './html-text.ts';

/** The body is not RSS, Atom, RDF or JSON Feed (an HTML page, a JSON API, a broken document). */
export class NotAFeedError extends Error {
  override readonly name = 'NotAFeedError';
}

/** Most items kept from one document; feeds that list thousands of entries keep their newest. */
export const MAX_ITEMS_PER_FEED = 200;
const MAX_TITLE = 500;

interface RawItem {
  guid?: string | undefined;
  link?: string | undefined;
  title?: string | undefined;
  published?: string | undefined;
  author?: string | undefined;
  summaryHtml?: string | undefined;
  contentHtml?: string | undefined;
  contentText?: string | undefined;
}

/** feedsmith's document, whichever format it detected, as plain feed items. */
export function parseFeedDocument(body: string, baseUrl?: string): ParsedFeed {
  let parsed: AnyFeed;
  try {
    parsed = feedsmithParse(body);
  } catch (error) {
    throw new NotAFeedError(
      `not an RSS, Atom, RDF or JSON feed (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  const { format, title, link, raw } = fromFormat(parsed);
  const items: FeedItem[] = [];
  const keys = new Set<string>();
  for (const entry of raw.slice(0, MAX_ITEMS_PER_FEED)) {
    const item = toItem(entry, baseUrl);
    if (!item || keys.has(item.key)) continue;
    keys.add(item.key);
    items.push(item);
  }
  return {
    format,
    title: title ? htmlToText(title).slice(0, MAX_TITLE) || undefined : undefined,
    link,
    items,
  };
}

function fromFormat(parsed: AnyFeed): {
  format: ParsedFeed['format'];
  title: string | undefined;
  link: string | undefined;
  raw: RawItem[];
} {
  switch (parsed.format) {
    case 'rss':
      return {
        format: 'rss',
        title: parsed.feed.title,
        link: parsed.feed.link,
        raw: (parsed.feed.items ?? []).map((item) => ({
          guid: item.guid?.value,
          link: item.link,
          title: item.title,
          published: item.pubDate ?? item.dc?.dates?.[0],
          author: item.authors?.[0]?.name ?? item.dc?.creators?.[0],
          summaryHtml: item.description,
          contentHtml: item.content?.encoded,
        })),
      };
    case 'atom':
      return {
        format: 'atom',
        title: parsed.feed.title?.value,
        link: alternateLink(parsed.feed.links),
        raw: (parsed.feed.entries ?? []).map((entry) => ({
          guid: entry.id,
          link: alternateLink(entry.links),
          title: entry.title?.value,
          published: entry.published ?? entry.updated,
          author: entry.authors?.[0]?.name,
          summaryHtml: entry.summary?.value,
          contentHtml: entry.content?.src ? undefined : entry.content?.value,
        })),
      };
    case 'rdf':
      return {
        format: 'rdf',
        title: parsed.feed.title,
        link: parsed.feed.link,
        raw: (parsed.feed.items ?? []).map((item) => ({
          link: item.link,
          title: item.title,
          published: item.dc?.dates?.[0],
          author: item.dc?.creators?.[0],
          summaryHtml: item.description,
          contentHtml: item.content?.encoded,
        })),
      };
    case 'json':
      return {
        format: 'json',
        title: parsed.feed.title,
        link: parsed.feed.home_page_url,
        raw: (parsed.feed.items ?? []).map((item) => ({
          guid: item.id,
          link: item.url ?? item.external_url,
          title: item.title,
          published: item.date_published ?? item.date_modified,
          author: item.authors?.[0]?.name,
          summaryHtml: item.summary,
          contentHtml: item.content_html,
          contentText: item.content_text,
        })),
      };
  }
}

function alternateLink(
  links: ReadonlyArray<{ href?: string; rel?: string }> | undefined,
): string | undefined {
  if (!links) return undefined;
  return (links.find((link) => !link.rel || link.rel === 'alternate') ?? links[0])?.href;
}

function toItem(raw: RawItem, baseUrl: string | undefined): FeedItem | undefined {
  const link = absoluteHttpUrl(raw.link, baseUrl);
  const summary = raw.summaryHtml ? htmlToText(raw.summaryHtml) : undefined;
  const contentText = raw.contentText?.trim() || undefined;
  const titleText = raw.title ? htmlToText(raw.title) : '';
  const title = (titleText || firstWords(summary ?? contentText ?? '')).slice(0, MAX_TITLE);
  const guid = raw.guid?.trim() || undefined;
  if (!title || (!guid && !link)) return undefined;
  const published = raw.published ? Date.parse(raw.published) : Number.NaN;
  const candidate = {
    key: itemKey({ guid, link, title }),
    ...(guid ? { guid } : {}),
    ...(link ? { link } : {}),
    title,
    ...(Number.isFinite(published) ? { published } : {}),
    ...(raw.author?.trim() ? { author: htmlToText(raw.author).slice(0, 200) } : {}),
    ...(summary ? { summary } : {}),
    ...(raw.contentHtml?.trim() ? { contentHtml: raw.contentHtml } : {}),
    ...(contentText ? { contentText } : {}),
  };
  const checked = FeedItem.safeParse(candidate);
  return checked.success ? checked.data : undefined;
}

function absoluteHttpUrl(value: string | undefined, baseUrl: string | undefined): string | undefined {
  if (!value?.trim()) return undefined;
  try {
    const url = new URL(value.trim(), baseUrl);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function firstWords(text: string): string {
  const words = text.split(/\s+/).filter(Boolean).slice(0, 12).join(' ');
  return words.length < text.trim().length ? `${words}…` : words;
}
