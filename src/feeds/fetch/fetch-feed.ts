import { header, FEED_CONTENT_TYPES, type HttpErrorLike, type HttpFetch } from './http.ts';

/** Feed documents above this are refused (a page is allowed 5 MB: ingest). */
export const FEED_MAX_BYTES = 2 * 1024 * 1024;

export interface FetchLimits {
  timeoutMs: number;
  maxRedirects: number;
  allowPrivate: boolean;
}

/** What went wrong with a fetch, and whether waiting can fix it (a 404 or a blocked address cannot). */
export interface FeedProblem {
  code: HttpErrorLike['code'] | 'not-a-feed' | 'gone';
  status?: number | undefined;
  /** Permanent problems pause the feed at once; others count towards the failures-in-a-row limit. */
  permanent: boolean;
  /** For the channel and /feed list: plain words, no raw body. */
  message: string;
}

export type FetchOutcome =
  | {
      kind: 'fetched';
      url: string;
      status: number;
      body: string;
      etag: string | undefined;
      lastModified: string | undefined;
    }
  | { kind: 'not-modified'; status: 304 }
  | { kind: 'failed'; problem: FeedProblem };

/** One conditional GET of a feed: If-None-Match / If-Modified-Since from the last answer. */
export async function fetchFeed(
  http: HttpFetch,
  source: { url: string; etag: string | null; lastModified: string | null },
  limits: FetchLimits,
): Promise<FetchOutcome> {
  const headers: Record<string, string> = {
    accept:
      'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.1',
  };
  if (source.etag) headers['if-none-match'] = source.etag;
  if (source.lastModified) headers['if-modified-since'] = source.lastModified;
  try {
    const response = await http(source.url, {
      timeoutMs: limits.timeoutMs,
      maxBytes: FEED_MAX_BYTES,
      maxRedirects: limits.maxRedirects,
      allowedContentTypes: FEED_CONTENT_TYPES,
      allowPrivate: limits.allowPrivate,
      headers,
    });
    if (response.status === 304) return { kind: 'not-modified', status: 304 };
    return {
      kind: 'fetched',
      url: response.url,
      status: response.status,
      body: response.text(),
      etag: header(response, 'etag'),
      lastModified: header(response, 'last-modified'),
    };
  } catch (error) {
    return { kind: 'failed', problem: describeFetchError(error) };
  }
}

export function describeFetchError(error: unknown): FeedProblem {
  const known = asHttpError(error);
  if (!known) {
    return { code: 'network', permanent: false, message: `could not fetch (${String(error)})` };
  }
  const status = known.status;
  switch (known.code) {
    case 'http-status':
      if (status === 404)
        return {
          code: 'http-status',
          status,
          permanent: true,
          message: 'the feed URL answers 404 Not Found',
        };
      if (status === 410)
        return {
          code: 'gone',
          status,
          permanent: true,
          message: 'the feed URL answers 410 Gone: the feed was removed',
        };
      if (status === 401 || status === 403)
        return {
          code: 'http-status',
          status,
          permanent: false,
          message: `the site refuses access (HTTP ${status})`,
        };
      return {
        code: 'http-status',
        status,
        permanent: false,
        message: `the site answered HTTP ${status ?? '?'}`,
      };
    case 'blocked-address':
      return {
        code: 'blocked-address',
        permanent: true,
        message: 'the URL points at a private, loopback or link-local address, which the bot does not fetch',
      };
    case 'bad-url':
      return { code: 'bad-url', permanent: true, message: 'the URL is not a valid http(s) address' };
    case 'too-large':
      return { code: 'too-large', permanent: false, message: 'the feed is larger than 2 MB' };
    case 'content-type':
      return {
        code: 'not-a-feed',
        permanent: true,
        message: 'the URL does not serve a feed (wrong content type)',
      };
    case 'timeout':
      return { code: 'timeout', permanent: false, message: 'the site did not answer within the time limit' };
    case 'too-many-redirects':
      return { code: 'too-many-redirects', permanent: false, message: 'the URL redirects too many times' };
    case 'dns':
      return { code: 'dns', permanent: false, message: 'the host name does not resolve' };
    default:
      return { code: known.code, permanent: false, message: 'the site could not be reached' };
  }
}

function asHttpError(error: unknown): HttpErrorLike | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const candidate = error as Partial<HttpErrorLike>;
  return typeof candidate.code === 'string' && typeof candidate.message === 'string'
    ? (candidate as HttpErrorLike)
    : undefined;
}
