import { lookup as dnsLookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { isIP } from 'node:net';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { isNonPublicAddress } from './address-policy.ts';

/**
 * Fetching a URL someone typed, without becoming a server-side request forgery tool: http(s) only;
 * the host is resolved and every address it resolves to must be public (unless `allowPrivate`);
 * the connection is pinned to the address that was checked (no second DNS answer between check and
 * connect); redirects are followed by hand, each hop checked the same way, at most `maxRedirects`;
 * one deadline covers the whole fetch; the body is capped (after decompression) and its content
 * type must be one of those allowed.
 */
export interface GuardedFetchOptions {
  /** Whole fetch, redirects included. Default 10 s. */
  readonly timeoutMs?: number;
  /** Body size cap in bytes, after decompression. Default 5 MB. */
  readonly maxBytes?: number;
  /** Default 5. */
  readonly maxRedirects?: number;
  /** Media types accepted (no parameters), e.g. ["text/html"]. Default: HTML, XHTML and plain text. */
  readonly allowedContentTypes?: readonly string[];
  /** Allow private, loopback and link-local addresses (FETCH_ALLOW_PRIVATE=true; tests on loopback). */
  readonly allowPrivate?: boolean;
  /** Extra request headers (e.g. If-None-Match for feeds). */
  readonly headers?: Readonly<Record<string, string>>;
  readonly userAgent?: string;
  /** Which addresses are refused when `allowPrivate` is off; default: every non-public address. For tests. */
  readonly isRefusedAddress?: (address: string) => boolean;
  /** Resolver, for tests; default node's dns.lookup with every address. */
  readonly resolve?: (hostname: string) => Promise<readonly ResolvedAddress[]>;
  readonly signal?: AbortSignal;
}

export interface ResolvedAddress {
  readonly address: string;
  readonly family: 4 | 6;
}

export interface FetchedResource {
  /** The URL the body came from, after redirects. */
  readonly url: string;
  /** 2xx, or 304 when a conditional request was not modified (empty body). */
  readonly status: number;
  /** Media type without parameters, lowercase ("text/html"); empty for a 304. */
  readonly contentType: string;
  readonly charset: string | undefined;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: Buffer;
  /** Every URL redirected through, in order (empty without redirects). */
  readonly redirects: readonly string[];
  /** The address the final request connected to. */
  readonly address: string;
  /** The body decoded with its declared charset (UTF-8 when none or unknown). */
  text(): string;
}

export type FetchErrorCode =
  | 'bad-url'
  | 'blocked-address'
  | 'dns'
  | 'timeout'
  | 'too-large'
  | 'content-type'
  | 'too-many-redirects'
  | 'http-status'
  | 'network'
  | 'aborted';

export class FetchError extends Error {
  override readonly name = 'FetchError';
  constructor(
    readonly code: FetchErrorCode,
    message: string,
    readonly url: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

export const DEFAULT_FETCH_TIMEOUT_MS = 10_000;
export const DEFAULT_FETCH_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_FETCH_MAX_REDIRECTS = 5;
export const DEFAULT_PAGE_CONTENT_TYPES = ['text/html', 'application/xhtml+xml', 'text/plain'] as const;
const DEFAULT_USER_AGENT = 'news-digest-bot (+https://github.com/; article ingest)';

const defaultResolve = async (hostname: string): Promise<ResolvedAddress[]> =>
  (await dnsLookup(hostname, { all: true, verbatim: true })).map((entry) => ({
    address: entry.address,
    family: entry.family === 6 ? 6 : 4,
  }));

export async function guardedFetch(url: string, options: GuardedFetchOptions = {}): Promise<FetchedResource> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS;
  const maxRedirects = options.maxRedirects ?? DEFAULT_FETCH_MAX_REDIRECTS;
  const deadline = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([deadline, options.signal]) : deadline;
  const redirects: string[] = [];
  let current = parseUrl(url);

  const rethrow = (error: unknown, at: string): never => {
    if (error instanceof FetchError) throw error;
    if (deadline.aborted) throw new FetchError('timeout', `no complete answer within ${timeoutMs} ms`, at);
    if (signal.aborted) throw new FetchError('aborted', 'the fetch was cancelled', at);
    throw new FetchError('network', `could not fetch: ${(error as Error).message}`, at);
  };

  for (;;) {
    const at = current.href;
    let hop: Hop;
    try {
      const target = await checkedAddress(current, options, signal);
      hop = await request(current, target, options, signal);
    } catch (error) {
      return rethrow(error, at);
    }
    if (hop.redirectTo !== undefined) {
      if (redirects.length >= maxRedirects) {
        throw new FetchError('too-many-redirects', `more than ${maxRedirects} redirects`, at);
      }
      let next: URL;
      try {
        next = new URL(hop.redirectTo, current);
      } catch {
        throw new FetchError('bad-url', `redirect to an invalid URL: ${hop.redirectTo}`, at);
      }
      redirects.push(next.href);
      current = parseUrl(next.href);
      continue;
    }
    const body = hop.body;
    const charset = hop.charset;
    return {
      url: at,
      status: hop.status,
      contentType: hop.contentType,
      charset,
      headers: hop.headers,
      body,
      redirects,
      address: hop.address,
      text: () => decode(body, charset),
    };
  }
}

function parseUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new FetchError('bad-url', `not a URL: ${text}`, text);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError('bad-url', `only http and https URLs can be fetched, not ${url.protocol}`, text);
  }
  if (url.username !== '' || url.password !== '') {
    throw new FetchError('bad-url', 'URLs with credentials are not fetched', url.origin);
  }
  return url;
}

async function checkedAddress(
  url: URL,
  options: GuardedFetchOptions,
  signal: AbortSignal,
): Promise<ResolvedAddress> {
  const hostname = url.hostname.replace(/^\[(.*)\]$/, '$1');
  let addresses: readonly ResolvedAddress[];
  const literal = isIP(hostname);
  if (literal !== 0) {
    addresses = [{ address: hostname, family: literal === 6 ? 6 : 4 }];
  } else {
    try {
      addresses = await raceAbort((options.resolve ?? defaultResolve)(hostname), signal);
    } catch (error) {
      if (signal.aborted) throw error;
      throw new FetchError('dns', `the host ${hostname} could not be resolved`, url.href);
    }
    if (addresses.length === 0) {
      throw new FetchError('dns', `the host ${hostname} has no address`, url.href);
    }
  }
  if (!options.allowPrivate) {
    const isRefused = options.isRefusedAddress ?? isNonPublicAddress;
    const refused = addresses.find((entry) => isRefused(entry.address));
    if (refused) {
      throw new FetchError(
        'blocked-address',
        `${hostname} resolves to ${refused.address}, a private, loopback, link-local or reserved address ` +
          '(set FETCH_ALLOW_PRIVATE=true to allow it)',
        url.href,
      );
    }
  }
  return addresses[0]!;
}

interface Hop {
  readonly status: number;
  readonly redirectTo?: string;
  readonly contentType: string;
  readonly charset: string | undefined;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: Buffer;
  readonly address: string;
}

function request(
  url: URL,
  target: ResolvedAddress,
  options: GuardedFetchOptions,
  signal: AbortSignal,
): Promise<Hop> {
  const maxBytes = options.maxBytes ?? DEFAULT_FETCH_MAX_BYTES;
  const allowed = (options.allowedContentTypes ?? DEFAULT_PAGE_CONTENT_TYPES).map((type) =>
    type.toLowerCase(),
  );
  // The socket connects to the address checked above, whatever DNS would answer now.
  const pinnedLookup: LookupFunction = (_hostname, lookupOptions, callback) => {
    if (lookupOptions.all) {
      (callback as unknown as (e: null, list: ResolvedAddress[]) => void)(null, [target]);
    } else {
      callback(null, target.address, target.family);
    }
  };
  const transport = url.protocol === 'https:' ? https : http;
  return new Promise<Hop>((resolve, reject) => {
    const req = transport.request(
      url,
      {
        method: 'GET',
        lookup: pinnedLookup,
        signal,
        agent: false,
        headers: {
          'user-agent': options.userAgent ?? DEFAULT_USER_AGENT,
          accept: allowed.join(', ') + ', */*;q=0.1',
          'accept-encoding': 'gzip, deflate, br',
          ...options.headers,
        },
      },
      (res) => {
        const status = res.statusCode ?? 0;
        const headers = { ...res.headers };
        const location = res.headers.location;
        const isRedirect = [301, 302, 303, 307, 308].includes(status) && !!location;
        if (isRedirect || status === 304) {
          // Nothing to read: a redirect to follow, or "not modified".
          res.resume();
          resolve({
            status,
            ...(isRedirect ? { redirectTo: location } : {}),
            contentType: '',
            charset: undefined,
            headers,
            body: Buffer.alloc(0),
            address: target.address,
          });
          return;
        }
        if (status < 200 || status > 299) {
          res.resume();
          reject(
            new FetchError(
              'http-status',
              `the server answered ${status} ${res.statusMessage ?? ''}`.trim(),
              url.href,
              status,
            ),
          );
          return;
        }
        const [mediaType, charset] = parseContentType(res.headers['content-type']);
        if (!allowed.includes(mediaType)) {
          res.destroy();
          reject(
            new FetchError(
              'content-type',
              `the page is ${mediaType || 'of no declared type'}, expected ${allowed.join(' or ')}`,
              url.href,
              status,
            ),
          );
          return;
        }
        const declared = Number(res.headers['content-length']);
        if (Number.isFinite(declared) && declared > maxBytes && !res.headers['content-encoding']) {
          res.destroy();
          reject(tooLarge(url, maxBytes));
          return;
        }
        let stream: Readable = res;
        const encoding = String(res.headers['content-encoding'] ?? '').toLowerCase();
        if (encoding === 'gzip' || encoding === 'x-gzip') stream = res.pipe(zlib.createGunzip());
        else if (encoding === 'deflate') stream = res.pipe(zlib.createInflate());
        else if (encoding === 'br') stream = res.pipe(zlib.createBrotliDecompress());
        const chunks: Buffer[] = [];
        let size = 0;
        stream.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxBytes) {
            res.destroy();
            stream.destroy();
            reject(tooLarge(url, maxBytes));
            return;
          }
          chunks.push(chunk);
        });
        stream.on('end', () =>
          resolve({
            status,
            contentType: mediaType,
            charset,
            headers,
            body: Buffer.concat(chunks),
            address: target.address,
          }),
        );
        stream.on('error', reject);
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

function tooLarge(url: URL, maxBytes: number): FetchError {
  return new FetchError('too-large', `the page is larger than ${maxBytes} bytes`, url.href);
}

function parseContentType(header: string | undefined): [string, string | undefined] {
  if (!header) return ['', undefined];
  const [type, ...params] = header.split(';');
  const charsetParam = params.map((p) => p.trim()).find((p) => p.toLowerCase().startsWith('charset='));
  const charset = charsetParam?.slice('charset='.length).replace(/^"|"$/g, '').trim().toLowerCase();
  return [type!.trim().toLowerCase(), charset || undefined];
}

function decode(body: Buffer, charset: string | undefined): string {
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(body);
  } catch {
    return new TextDecoder('utf-8').decode(body);
  }
}

function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error as Error);
      },
    );
  });
}
