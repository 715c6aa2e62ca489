import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isNonPublicAddress } from '../../src/net/address-policy.ts';
import { FetchError, guardedFetch } from '../../src/net/guarded-fetch.ts';
import { loadFetchConfig } from '../../src/config.ts';
import { type LoopbackServer, startLoopbackServer } from '../support/loopback-http.ts';

const page = '<html><head><title>T</title></head><body><p>Hello</p></body></html>';
let server: LoopbackServer;
const seenHosts: string[] = [];

beforeAll(async () => {
  server = await startLoopbackServer((req, res) => {
    seenHosts.push(String(req.headers.host));
    const path = req.url ?? '/';
    if (path === '/page') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page);
    } else if (path === '/gzip') {
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      res.end(gzipSync(page));
    } else if (path.startsWith('/hop/')) {
      const left = Number(path.slice('/hop/'.length));
      res.writeHead(302, { location: left > 0 ? `/hop/${left - 1}` : '/page' });
      res.end();
    } else if (path === '/to-metadata') {
      res.writeHead(301, { location: 'http://169.254.169.254/latest/meta-data/' });
      res.end();
    } else if (path === '/big') {
      res.writeHead(200, { 'content-type': 'text/html' }); // no content-length: streamed
      const chunk = Buffer.alloc(64 * 1024, 'a');
      let sent = 0;
      const push = () => {
        while (sent < 40 && res.write(chunk)) sent++;
        if (sent < 40) res.once('drain', push);
        else res.end();
      };
      push();
    } else if (path === '/big-declared') {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(3 * 1024 * 1024) });
      res.end(Buffer.alloc(3 * 1024 * 1024, 'a'));
    } else if (path === '/pdf') {
      res.writeHead(200, { 'content-type': 'application/pdf' });
      res.end('%PDF-1.4');
    } else if (path === '/slow') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<html>'); // and never finishes
    } else if (path === '/missing') {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('not here');
    } else {
      res.writeHead(500);
      res.end();
    }
  });
});
afterAll(() => server.close());

async function failure(promise: Promise<unknown>): Promise<FetchError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FetchError) return error;
    throw error;
  }
  throw new Error('expected the fetch to fail');
}

describe('guardedFetch against a real loopback server', () => {
  it('GIVEN FETCH_ALLOW_PRIVATE THEN a loopback page is fetched with its type and charset', async () => {
    const result = await guardedFetch(`${server.url}/page`, { allowPrivate: true });
    expect(result.status).toBe(200);
    expect(result.contentType).toBe('text/html');
    expect(result.charset).toBe('utf-8');
    expect(result.text()).toBe(page);
    expect(result.address).toBe('127.0.0.1');
    expect(result.redirects).toEqual([]);
  });

  it('GIVEN a gzip body THEN it is decompressed', async () => {
    const result = await guardedFetch(`${server.url}/gzip`, { allowPrivate: true });
    expect(result.text()).toBe(page);
  });

  it('GIVEN no flag THEN a loopback address is refused before any request is sent', async () => {
    const before = seenHosts.length;
    const error = await failure(guardedFetch(`${server.url}/page`));
    expect(error.code).toBe('blocked-address');
    expect(error.message).toContain('127.0.0.1');
    expect(error.message).toContain('FETCH_ALLOW_PRIVATE');
    expect(seenHosts.length).toBe(before);
  });

  it('GIVEN a host name resolving to a private address THEN it is refused', async () => {
    const error = await failure(
      guardedFetch(`http://intranet.example:${server.port}/page`, {
        resolve: async () => [{ address: '10.1.2.3', family: 4 }],
      }),
    );
    expect(error.code).toBe('blocked-address');
    expect(error.message).toContain('10.1.2.3');
  });

  it('GIVEN a host name THEN the connection goes to the checked address and the Host header keeps the name', async () => {
    let calls = 0;
    const result = await guardedFetch(`http://news.example:${server.port}/page`, {
      allowPrivate: true,
      resolve: async () => {
        calls++;
        return [{ address: '127.0.0.1', family: 4 }];
      },
    });
    expect(result.text()).toBe(page);
    expect(calls).toBe(1);
    expect(seenHosts.at(-1)).toBe(`news.example:${server.port}`);
  });

  it('GIVEN redirects within the limit THEN the final page and the hops are returned', async () => {
    const result = await guardedFetch(`${server.url}/hop/2`, { allowPrivate: true });
    expect(result.text()).toBe(page);
    expect(result.url).toBe(`${server.url}/page`);
    expect(result.redirects).toEqual([`${server.url}/hop/1`, `${server.url}/hop/0`, `${server.url}/page`]);
  });

  it('GIVEN more than five redirects THEN it stops', async () => {
    const error = await failure(guardedFetch(`${server.url}/hop/9`, { allowPrivate: true }));
    expect(error.code).toBe('too-many-redirects');
  });

  it('GIVEN a start page allowed THEN a redirect to the metadata address is checked again and refused', async () => {
    // The policy lets only this loopback server through, so the start page stands in for a public one.
    const isRefusedAddress = (address: string) => address !== '127.0.0.1' && isNonPublicAddress(address);
    const error = await failure(guardedFetch(`${server.url}/to-metadata`, { isRefusedAddress }));
    expect(error.code).toBe('blocked-address');
    expect(error.message).toContain('169.254.169.254');
    expect(error.url).toBe('http://169.254.169.254/latest/meta-data/');
  });

  it('GIVEN a streamed body over the cap THEN it stops reading and fails', async () => {
    const error = await failure(
      guardedFetch(`${server.url}/big`, { allowPrivate: true, maxBytes: 1024 * 1024 }),
    );
    expect(error.code).toBe('too-large');
  });

  it('GIVEN a declared length over the default 5 MB cap or a configured smaller one THEN it fails', async () => {
    const error = await failure(
      guardedFetch(`${server.url}/big-declared`, { allowPrivate: true, maxBytes: 2 * 1024 * 1024 }),
    );
    expect(error.code).toBe('too-large');
    const ok = await guardedFetch(`${server.url}/big-declared`, { allowPrivate: true });
    expect(ok.body.length).toBe(3 * 1024 * 1024);
  });

  it('GIVEN a content type not allowed THEN it fails naming the type', async () => {
    const error = await failure(guardedFetch(`${server.url}/pdf`, { allowPrivate: true }));
    expect(error.code).toBe('content-type');
    expect(error.message).toContain('application/pdf');
  });

  it('GIVEN a server that never finishes THEN the deadline ends the fetch', async () => {
    const error = await failure(guardedFetch(`${server.url}/slow`, { allowPrivate: true, timeoutMs: 300 }));
    expect(error.code).toBe('timeout');
  });

  it('GIVEN a 404 THEN it fails with the status', async () => {
    const error = await failure(guardedFetch(`${server.url}/missing`, { allowPrivate: true }));
    expect(error.code).toBe('http-status');
    expect(error.status).toBe(404);
  });

  it('GIVEN a non-http scheme or credentials THEN it refuses without connecting', async () => {
    expect((await failure(guardedFetch('file:///etc/passwd'))).code).toBe('bad-url');
    expect((await failure(guardedFetch('ftp://example.com/x'))).code).toBe('bad-url');
    expect((await failure(guardedFetch('http://user:pw@example.com/'))).code).toBe('bad-url');
    expect((await failure(guardedFetch('not a url'))).code).toBe('bad-url');
  });

  it('GIVEN a closed port THEN it fails as a network error', async () => {
    const closed = await startLoopbackServer((_q, r) => r.end());
    const url = closed.url;
    await closed.close();
    expect((await failure(guardedFetch(`${url}/`, { allowPrivate: true }))).code).toBe('network');
  });
});

describe('address policy', () => {
  it.each([
    '127.0.0.1',
    '10.0.0.1',
    '172.16.5.4',
    '192.168.1.1',
    '100.64.0.1',
    '169.254.169.254',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '::1',
    '::',
    'fe80::1',
    'fc00::1',
    'fd00:ec2::254',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '64:ff9b::a00:1',
    '2002:c0a8:0101::1',
    'ff02::1',
    'not-an-ip',
  ])('refuses %s', (address) => {
    expect(isNonPublicAddress(address)).toBe(true);
  });

  it.each(['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111', '::ffff:8.8.8.8', '172.32.0.1'])(
    'allows %s',
    (address) => {
      expect(isNonPublicAddress(address)).toBe(false);
    },
  );
});

describe('fetch settings', () => {
  it('GIVEN nothing THEN private addresses are refused, 10 s, 5 MB', () => {
    expect(loadFetchConfig({})).toEqual({
      allowPrivate: false,
      timeoutMs: 10_000,
      maxBytes: 5 * 1024 * 1024,
    });
  });
  it('GIVEN FETCH_ALLOW_PRIVATE=true THEN they are allowed; a bad value is named', () => {
    expect(loadFetchConfig({ FETCH_ALLOW_PRIVATE: 'true' }).allowPrivate).toBe(true);
    expect(() => loadFetchConfig({ FETCH_ALLOW_PRIVATE: 'maybe' })).toThrow(
      /FETCH_ALLOW_PRIVATE: expected true or false/,
    );
  });
});
