import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { readPlainText } from './text.ts';
import type { SourceDocument } from './types.ts';
import { ReadError } from './types.ts';

/**
 * An article page: Readability (over linkedom's DOM) finds the body; its paragraphs become the text,
 * one a line under the title, then the plain-text reader locates the dateline, captions and credits.
 * Title, byline, site name and publication date come from the page's metadata.
 */
export function readHtml(html: string, url?: string): SourceDocument {
  const { document } = parseHTML(html);
  const meta = pageMetadata(document);
  const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], {
    charThreshold: 100,
  }).parse();
  if (!article?.content) throw new ReadError('no article body was found in the page');
  const { document: body } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
  const paragraphs = [...body.querySelectorAll('p, h2, h3, li, figcaption, blockquote')]
    .filter((el) => !el.querySelector('p, li, blockquote'))
    .map((el) => normalizeSpace(el.textContent ?? ''))
    .filter((text) => text !== '');
  if (paragraphs.length === 0) throw new ReadError('the page has no article paragraphs');
  const title = normalizeSpace(meta.title ?? article.title ?? '');
  const lines = title !== '' && paragraphs[0] !== title ? [title, ...paragraphs] : paragraphs;
  const read = readPlainText(lines.join('\n\n') + '\n');
  const byline = normalizeSpace(article.byline ?? meta.author ?? '').replace(/^By\s+/i, '');
  const published = meta.published ?? read.published;
  const source = normalizeSpace(meta.siteName ?? article.siteName ?? '') || read.source;
  return {
    ...read,
    ...(title !== '' ? { headline: { text: title, derived: false } } : {}),
    ...(published ? { published } : {}),
    ...(byline !== '' ? { byline } : {}),
    ...(source ? { source } : {}),
    ...(url ? { url } : {}),
  };
}

interface PageMetadata {
  title?: string;
  author?: string;
  siteName?: string;
  published?: SourceDocument['published'];
}

type Doc = ReturnType<typeof parseHTML>['document'];

function pageMetadata(document: Doc): PageMetadata {
  const metaContent = (...names: string[]): string | undefined => {
    for (const name of names) {
      const el = document.querySelector(
        `meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`,
      );
      const content = el?.getAttribute('content')?.trim();
      if (content) return content;
    }
    return undefined;
  };
  const jsonLd = readJsonLd(document);
  const title =
    metaContent('og:title', 'twitter:title') ??
    jsonLd.headline ??
    document.querySelector('title')?.textContent?.trim();
  const dateText =
    metaContent(
      'article:published_time',
      'datePublished',
      'pubdate',
      'publish-date',
      'date',
      'dc.date',
      'DC.date.issued',
      'og:published_time',
    ) ??
    jsonLd.datePublished ??
    document.querySelector('time[datetime]')?.getAttribute('datetime') ??
    undefined;
  const day = dateText ? /^(\d{4}-\d{2}-\d{2})/.exec(dateText.trim())?.[1] : undefined;
  const result: PageMetadata = {};
  if (title) result.title = title;
  const author = metaContent('author', 'article:author') ?? jsonLd.author;
  if (author && !/^https?:/.test(author)) result.author = author;
  const siteName = metaContent('og:site_name', 'application-name') ?? jsonLd.publisher;
  if (siteName) result.siteName = siteName;
  if (day && dateText) result.published = { value: day, asWritten: dateText.trim(), from: 'metadata' };
  return result;
}

function readJsonLd(document: Doc): {
  headline?: string;
  datePublished?: string;
  author?: string;
  publisher?: string;
} {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const parsed: unknown = JSON.parse(script.textContent ?? '');
      const items = (Array.isArray(parsed) ? parsed : [parsed]) as Record<string, unknown>[];
      for (const item of items) {
        if (typeof item !== 'object' || item === null) continue;
        if (!/Article|NewsArticle|Report/.test(String(item['@type'] ?? ''))) continue;
        const name = (v: unknown): string | undefined =>
          typeof v === 'string'
            ? v
            : Array.isArray(v)
              ? name(v[0])
              : typeof v === 'object' && v !== null
                ? name((v as Record<string, unknown>).name)
                : undefined;
        const out: { headline?: string; datePublished?: string; author?: string; publisher?: string } = {};
        const headline = name(item.headline);
        if (headline) out.headline = headline;
        const date = name(item.datePublished);
        if (date) out.datePublished = date;
        const author = name(item.author);
        if (author) out.author = author;
        const publisher = name(item.publisher);
        if (publisher) out.publisher = publisher;
        return out;
      }
    } catch {
      // A page's broken JSON-LD is ignored; the meta tags still count.
    }
  }
  return {};
}

function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
