import type { FetchErrorCode } from '../../net/guarded-fetch.ts';

/**
 * What the feed pipeline needs of an HTTP client: the shape of src/net/guarded-fetch.ts (SSRF-guarded,
 * size, time and redirect limits). A non-2xx, non-304 answer rejects with an HttpError carrying the status.
 */
export interface HttpRequestOptions {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  allowedContentTypes: readonly string[];
  allowPrivate: boolean;
  headers?: Readonly<Record<string, string>>;
}

export interface HttpResponse {
  /** After redirects. */
  url: string;
  status: number;
  headers: Readonly<Record<string, string | string[] | undefined>>;
  text(): string;
}

export type HttpFetch = (url: string, options: HttpRequestOptions) => Promise<HttpResponse>;

/** Why a fetch failed: the guarded fetch's own codes. */
export type HttpErrorCode = FetchErrorCode;

export interface HttpErrorLike {
  code: HttpErrorCode;
  message: string;
  status?: number | undefined;
}

export function header(response: HttpResponse, name: string): string | undefined {
  const value = response.headers[name.toLowerCase()];
  const first = Array.isArray(value) ? value[0] : value;
  return first?.trim() || undefined;
}

export const FEED_CONTENT_TYPES = [
  'application/rss+xml',
  'application/atom+xml',
  'application/rdf+xml',
  'application/xml',
  'text/xml',
  'application/feed+json',
  'application/json',
  'text/plain',
  // Some servers label their feeds text/html; the parser decides whether the body is a feed.
  'text/html',
] as const;

export const PAGE_CONTENT_TYPES = ['text/html', 'application/xhtml+xml', 'text/plain'] as const;
