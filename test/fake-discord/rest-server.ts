import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { DiscordApiError, unauthorized } from './api-error.ts';

export interface RestRequest {
  method: string;
  /** Path after /api/v10, percent-decoded (`/webhooks/1/abc/messages/@original`). */
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  authorized: boolean;
}

export interface RestResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type RouteHandler = (request: RestRequest) => RestResponse | Promise<RestResponse>;

interface Route {
  method: string;
  pattern: RegExp;
  keys: string[];
  handler: RouteHandler;
  /** Bot-token routes; interaction callbacks and webhooks are called without one. */
  auth: boolean;
}

export interface RequestRecord {
  method: string;
  path: string;
  status: number;
  body: unknown;
  response: unknown;
}

export interface FaultSpec {
  /** A route pattern like `/channels/:id/messages` (`:x` matches one segment) or a RegExp over the path. */
  path: string | RegExp;
  method?: string;
  kind: 429 | 500 | 502 | 503;
  times?: number;
  /** For 429: the Retry-After in seconds (fractions allowed; discord.js multiplies by 1000). */
  retryAfterSeconds?: number;
}

/** Holds matching requests until released: "Discord is slow right now", under the test's control. */
export interface HoldHandle {
  /** Resolves when the first matching request is being held. */
  arrived: Promise<void>;
  /** Lets held (and later) requests through. */
  release(): void;
}

/** `request`: held before Discord handles it; `response`: handled (its effects visible), the answer held. */
export type HoldStage = 'request' | 'response';

export interface HoldOptions {
  stage?: HoldStage;
  /** Hold only the first `times` matching requests; later ones pass (a client's retry, say). Default: all. */
  times?: number;
  /** Release by itself this long after the first request arrived (a Discord that answers late, not never). */
  forMs?: number;
}

interface ActiveHold {
  matcher: RegExp;
  method: string | undefined;
  stage: HoldStage;
  remaining: number;
  released: Promise<void>;
  onArrival(): void;
}

export interface FaultHandle {
  served: number;
  /** Resolves once the fault has been served `times` times. */
  done: Promise<void>;
}

interface ActiveFault extends FaultHandle {
  matcher: RegExp;
  spec: FaultSpec;
  remaining: number;
  finish(): void;
}

export function compilePattern(path: string): { pattern: RegExp; keys: string[] } {
  const keys: string[] = [];
  const source = path
    .split('/')
    .map((part) => {
      if (!part.startsWith(':')) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      keys.push(part.slice(1));
      return '([^/]+)';
    })
    .join('/');
  return { pattern: new RegExp(`^${source}$`), keys };
}

/** The HTTP half of the fake: routing, auth, fault injection, and a record of every request. */
export class RestServer {
  readonly server: Server;
  readonly requests: RequestRecord[] = [];
  readonly unexpectedRequests: Array<{ method: string; path: string; body: unknown }> = [];
  /** Every 4xx the fake answered (validation failures, unknown interactions, missing permissions). */
  readonly rejected: RequestRecord[] = [];
  private readonly routes: Route[] = [];
  private readonly faults: ActiveFault[] = [];
  private readonly holds: ActiveHold[] = [];

  constructor(private readonly token: string) {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.keepAliveTimeout = 60_000;
  }

  route(method: string, path: string, handler: RouteHandler, options: { auth?: boolean } = {}): void {
    const { pattern, keys } = compilePattern(path);
    this.routes.push({ method, pattern, keys, handler, auth: options.auth ?? true });
  }

  injectFault(spec: FaultSpec): FaultHandle {
    const matcher = typeof spec.path === 'string' ? compilePattern(spec.path).pattern : spec.path;
    let finish = () => {};
    const done = new Promise<void>((resolve) => (finish = resolve));
    const fault: ActiveFault = { matcher, spec, remaining: spec.times ?? 1, served: 0, done, finish };
    this.faults.push(fault);
    return fault;
  }

  hold(path: string | RegExp, method?: string, options: HoldStage | HoldOptions = {}): HoldHandle {
    const {
      stage = 'request',
      times = Infinity,
      forMs,
    } = typeof options === 'string' ? { stage: options } : options;
    const matcher = typeof path === 'string' ? compilePattern(path).pattern : path;
    let resolveReleased = () => {};
    let resolveArrived = () => {};
    const released = new Promise<void>((resolve) => (resolveReleased = resolve));
    const arrived = new Promise<void>((resolve) => (resolveArrived = resolve));
    let timer: NodeJS.Timeout | undefined;
    const release = () => {
      clearTimeout(timer);
      this.dropHold(active);
      resolveReleased();
    };
    const onArrival = () => {
      if (forMs !== undefined && timer === undefined) timer = setTimeout(release, forMs);
      resolveArrived();
    };
    const active: ActiveHold = { matcher, method, stage, remaining: times, released, onArrival };
    this.holds.push(active);
    return { arrived, release };
  }

  private dropHold(hold: ActiveHold): void {
    const index = this.holds.indexOf(hold);
    if (index >= 0) this.holds.splice(index, 1);
  }

  private takeFault(method: string, path: string): ActiveFault | undefined {
    const fault = this.faults.find(
      (f) => f.remaining > 0 && f.matcher.test(path) && (!f.spec.method || f.spec.method === method),
    );
    if (!fault) return undefined;
    fault.remaining -= 1;
    fault.served += 1;
    if (fault.remaining === 0) fault.finish();
    return fault;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = (req.method ?? 'GET').toUpperCase();
    const rawBody = await readBody(req);
    const body = parseBody(rawBody, req.headers['content-type'] ?? '');
    const prefix = '/api/v10';
    const path = url.pathname.startsWith(prefix)
      ? decodeURIComponent(url.pathname.slice(prefix.length))
      : url.pathname;
    const result = url.pathname.startsWith(prefix)
      ? await this.dispatch(method, path, url.searchParams, body, req.headers.authorization)
      : undefined;
    if (result === undefined) this.unexpectedRequests.push({ method, path: url.pathname, body });
    const answer = result ?? { status: 404, body: { message: '404: Not Found', code: 0 } };
    const record = { method, path, status: answer.status, body, response: answer.body };
    this.requests.push(record);
    if (answer.status >= 400 && answer.status < 500 && answer.status !== 429) this.rejected.push(record);
    const headers: Record<string, string> = { ...answer.headers };
    if (answer.body !== undefined) headers['content-type'] = 'application/json';
    res.writeHead(answer.status, headers);
    res.end(answer.body === undefined ? undefined : JSON.stringify(answer.body));
  }

  /** Undefined when no route matches: the request is recorded as unexpected and answered 404. */
  private async dispatch(
    method: string,
    path: string,
    query: URLSearchParams,
    body: unknown,
    authorization: string | undefined,
  ): Promise<RestResponse | undefined> {
    for (const route of this.routes) {
      if (route.method !== method) continue;
      const match = route.pattern.exec(path);
      if (!match) continue;
      const authorized = authorization === `Bot ${this.token}`;
      if (route.auth && !authorized) return errorResponse(unauthorized());
      await this.waitForHolds('request', method, path);
      const fault = this.takeFault(method, path);
      if (fault) return faultResponse(fault.spec);
      const params = Object.fromEntries(route.keys.map((key, i) => [key, match[i + 1] ?? '']));
      const response = await this.handleRoute(route.handler, {
        method,
        path,
        params,
        query,
        body,
        authorized,
      });
      await this.waitForHolds('response', method, path);
      return response;
    }
    return undefined;
  }

  private async handleRoute(handler: RouteHandler, request: RestRequest): Promise<RestResponse> {
    try {
      return await handler(request);
    } catch (error) {
      if (error instanceof DiscordApiError) return errorResponse(error);
      return { status: 500, body: { message: `fake Discord bug: ${String(error)}`, code: 0 } };
    }
  }

  private async waitForHolds(stage: HoldStage, method: string, path: string): Promise<void> {
    const matching = this.holds.filter(
      (h) => h.stage === stage && h.matcher.test(path) && (!h.method || h.method === method),
    );
    for (const held of matching) {
      held.remaining -= 1;
      if (held.remaining <= 0) this.dropHold(held); // later requests pass; this one still waits
      held.onArrival();
      await held.released;
    }
  }

  async listen(): Promise<number> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    return address.port;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

function errorResponse(error: DiscordApiError): RestResponse {
  return { status: error.status, body: error.toBody() };
}

function faultResponse(spec: FaultSpec): RestResponse {
  if (spec.kind !== 429) return { status: spec.kind, body: { message: 'Internal Server Error', code: 0 } };
  const retryAfter = spec.retryAfterSeconds ?? 0.05;
  return {
    status: 429,
    headers: {
      'retry-after': String(retryAfter),
      'x-ratelimit-limit': '5',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String(Date.now() / 1000 + retryAfter),
      'x-ratelimit-reset-after': String(retryAfter),
      'x-ratelimit-bucket': 'fake-bucket',
      'x-ratelimit-scope': 'user',
    },
    body: { message: 'You are being rate limited.', retry_after: retryAfter, global: false },
  };
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** JSON bodies, and multipart ones (discord.js sends those with files) through their `payload_json` part. */
function parseBody(raw: Buffer, contentType: string): unknown {
  if (raw.length === 0) return undefined;
  const text = raw.toString('utf8');
  if (contentType.startsWith('multipart/form-data')) {
    const match = /name="payload_json"\r\n(?:[^\r\n]+\r\n)*\r\n([\s\S]*?)\r\n--/.exec(text);
    return match?.[1] ? JSON.parse(match[1]) : { multipart: true };
  }
  try {
    return JSON.parse(text);
  } catch {
    return { unparsable: text };
  }
}
