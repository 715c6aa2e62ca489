import type { GuardedFetchOptions } from '../../net/guarded-fetch.ts';
import { DEFAULT_PAGE_CONTENT_TYPES, guardedFetch } from '../../net/guarded-fetch.ts';
import { readHtml } from './html.ts';
import { readPlainText } from './text.ts';
import type { SourceDocument } from './types.ts';

/** An article at a URL, fetched through the guarded fetch (private addresses, size, time, redirects, type). */
export async function readUrl(url: string, options: GuardedFetchOptions = {}): Promise<SourceDocument> {
  const page = await guardedFetch(url, { allowedContentTypes: DEFAULT_PAGE_CONTENT_TYPES, ...options });
  const text = page.text();
  const read = page.contentType === 'text/plain' ? readPlainText(text) : readHtml(text, page.url);
  return { ...read, url: page.url };
}
