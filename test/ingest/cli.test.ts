import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/ingest/main.ts';
import { loadArticleFile } from '../../src/model/loader.ts';
import { type LoopbackServer, startLoopbackServer } from '../support/loopback-http.ts';
import { ARTICLE_HTML, PLAIN_TEXT, WIRE_TEXT } from './fixtures.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(tmpdir(), 'ingest-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const NOW = new Date('2024-06-10T12:00:00Z');

let n = 0;
function freshDir(): string {
  const dir = path.join(work, `out-${n++}`);
  return dir;
}
function file(name: string, content: string | Buffer): string {
  const p = path.join(work, name);
  writeFileSync(p, content);
  return p;
}
const run = (args: string[], env: Record<string, string> = {}) => main(args, { ...env }, NOW);

describe('npm run ingest: each input form', () => {
  it('GIVEN wire text with headline, date marker and dateline THEN the text is kept verbatim and the model validates', async () => {
    const out = freshDir();
    const result = await run([file('wire.txt', WIRE_TEXT), '--out', out]);
    expect(result.code).toBe(0);
    const id = 'harbor-council-approves-new-ferry-terminal-2024-03-12';
    expect(result.stdout).toContain(`as ${id}`);
    expect(readFileSync(path.join(out, `${id}.txt`), 'utf8')).toBe(WIRE_TEXT);
    const { article } = await loadArticleFile(path.join(out, `${id}.json`));
    expect(article.headline).toBe('Harbor council approves new ferry terminal');
    expect(article.referenceDate).toBe('2024-03-12');
    expect(article.people.map((p) => p.name)).toEqual(expect.arrayContaining(['Janet Okoro', 'Paul Reyes']));
    expect(article.people.every((p) => p.provenance === 'extracted')).toBe(true);
    expect(article.quotes.find((q) => q.text.startsWith('We listened'))?.speakerIds).toEqual([
      article.people.find((p) => p.name === 'Janet Okoro')!.id,
    ]);
    expect(readdirSync(out).sort()).toEqual([`${id}.json`, `${id}.txt`]);
  });

  it('GIVEN the review THEN it lists people with roles, organizations, places, events, dates, figures, quotes, timeline, summaries and doubts', async () => {
    const result = await run([file('wire2.txt', WIRE_TEXT), '--out', freshDir()]);
    for (const heading of [
      'People',
      'Organizations',
      'Places',
      'Events',
      'Dates',
      'Figures',
      'Quotes',
      'Timeline',
      'Topics',
      'Summaries',
      'Unsure, left out or to check',
    ]) {
      expect(result.stdout).toContain(heading);
    }
    expect(result.stdout).toMatch(/Janet Okoro — Mayor/);
    expect(result.stdout).toMatch(/Paul Reyes — director of the Waterfront Heritage Society/);
    expect(result.stdout).toMatch(/Janet Okoro said.*We listened/);
    expect(result.stdout).toContain('$48.5 million');
    expect(result.stdout).toContain('Halifax (city)');
    // A sentence no other fact rests on is a topic, listed with its sentence id and keywords.
    expect(result.stdout).toMatch(/terminal, passengers and day \(p\d+s\d+\): .*passenger/);
  });

  it('GIVEN --json THEN one JSON object with id, path, counts and warnings', async () => {
    const out = freshDir();
    const result = await run([file('wire3.txt', WIRE_TEXT), '--out', out, '--json', '--id', 'ferry']);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const json = JSON.parse(lines[0]!) as {
      id: string;
      path: string;
      counts: Record<string, number>;
      warnings: string[];
    };
    expect(json.id).toBe('ferry');
    expect(json.path).toBe(path.join(out, 'ferry.json'));
    expect(json.counts.people).toBeGreaterThanOrEqual(2);
    expect(json.counts.quotes).toBeGreaterThanOrEqual(2);
    expect(json.counts.topics).toBeGreaterThanOrEqual(1);
    expect(Array.isArray(json.warnings)).toBe(true);
  });

  it('GIVEN text with no headline and no dateline THEN a derived headline, the given date, and warnings saying so', async () => {
    const out = freshDir();
    const result = await run([
      file('plain.txt', PLAIN_TEXT),
      '--out',
      out,
      '--published',
      '2024-06-07',
      '--source',
      'River News',
      '--json',
    ]);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as { id: string; warnings: string[] };
    expect(json.warnings.join('\n')).toMatch(/headline was derived|derived from the lead/);
    const { article } = await loadArticleFile(path.join(out, `${json.id}.json`));
    expect(article.headline).toMatch(/^The river authority closed the old dam/);
    expect(article.notes?.join(' ')).toMatch(/derived from the lead/);
    expect(article.source.agency).toBe('River News');
    expect(article.published.value).toBe('2024-06-07');
    expect(article.events[0]!.date).toMatchObject({
      precision: 'day',
      value: '2024-06-07',
      asWritten: 'Friday',
    });
  });

  it('GIVEN an HTML file THEN the article body, title, byline and date come from the page', async () => {
    const out = freshDir();
    const result = await run([file('page.html', ARTICLE_HTML), '--out', out, '--json']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as { id: string };
    expect(json.id).toBe('old-dam-closed-after-engineers-find-cracks-2024-06-07');
    const { article, sourceText } = await loadArticleFile(path.join(out, `${json.id}.json`));
    expect(article.source).toMatchObject({ agency: 'River News', credit: 'Ana Berg' });
    expect(sourceText).not.toMatch(/Home|Most read|©/);
    expect(article.people.find((p) => p.name === 'Sofia Lindqvist')?.titleAsWritten).toBe(
      'head of the inspection team',
    );
  });
});

describe('npm run ingest: URLs through the guarded fetch', () => {
  let server: LoopbackServer;
  beforeAll(async () => {
    server = await startLoopbackServer((req, res) => {
      if (req.url === '/story') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(ARTICLE_HTML);
      } else if (req.url === '/moved') {
        res.writeHead(301, { location: '/story' });
        res.end();
      } else if (req.url === '/huge') {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end(`<html><body>${'<p>word </p>'.repeat(20_000)}</body></html>`);
      } else {
        res.writeHead(404);
        res.end();
      }
    });
  });
  afterAll(() => server.close());
  const allow = { FETCH_ALLOW_PRIVATE: 'true' };

  it('GIVEN a page on loopback and FETCH_ALLOW_PRIVATE=true THEN it is ingested with its URL', async () => {
    const out = freshDir();
    const result = await run([`${server.url}/story`, '--out', out, '--json'], allow);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as { id: string };
    const { article } = await loadArticleFile(path.join(out, `${json.id}.json`));
    expect(article.source.url).toBe(`${server.url}/story`);
  });

  it('GIVEN a redirect THEN the final page is ingested and its URL recorded', async () => {
    const out = freshDir();
    const result = await run([`${server.url}/moved`, '--out', out, '--json', '--id', 'moved'], allow);
    expect(result.code).toBe(0);
    const { article } = await loadArticleFile(path.join(out, 'moved.json'));
    expect(article.source.url).toBe(`${server.url}/story`);
  });

  it('GIVEN a page over FETCH_MAX_BYTES THEN exit 1, nothing written', async () => {
    const out = freshDir();
    const result = await run([`${server.url}/huge`, '--out', out], { ...allow, FETCH_MAX_BYTES: '65536' });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/larger than 65536 bytes/);
    expect(() => readdirSync(out)).toThrow();
  });

  it('GIVEN a loopback URL without FETCH_ALLOW_PRIVATE THEN it is refused before any request', async () => {
    const result = await run([`${server.url}/story`, '--out', freshDir()]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/127\.0\.0\.1, a private, loopback, link-local or reserved address/);
  });

  it('GIVEN an unreachable URL THEN exit 1 naming it', async () => {
    const closed = await startLoopbackServer((_q, r) => r.end());
    await closed.close();
    const result = await run([`${closed.url}/story`, '--out', freshDir(), '--json'], allow);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/could not fetch http:\/\/127\.0\.0\.1:\d+\/story/);
    expect(JSON.parse(result.stdout)).toEqual({ error: expect.stringMatching(/could not fetch/) });
  });
});

describe('npm run ingest: every failure path exits 1 with a clear message and writes nothing', () => {
  it.each([
    ['an unreadable file', () => [path.join(work, 'missing.txt')], /no such file/],
    ['an empty file', () => [file('empty.txt', '\n\n')], /the text is empty/],
    [
      'a non-article text',
      () => [file('code.txt', 'const x = { a: 1 };\nfunction f() { return [1, 2, 3]; }\n')],
      /not an article/,
    ],
    [
      'a short note',
      () => [file('note.txt', 'Back at five.\n\nCall me.')],
      /not an article: \d+ words of prose/,
    ],
    [
      'a bad --published',
      () => [file('w.txt', WIRE_TEXT), '--published', '12/03/2024'],
      /--published: expected a date written YYYY-MM-DD/,
    ],
    [
      'a bad --id',
      () => [file('w2.txt', WIRE_TEXT), '--id', 'Not An Id'],
      /--id: expected lowercase letters/,
    ],
    ['no input', () => [], /expected one file or URL, found 0/],
    ['an unknown option', () => [file('w3.txt', WIRE_TEXT), '--bogus'], /Unknown option '--bogus'/],
  ])('GIVEN %s THEN exit 1', async (_name, args, message) => {
    const out = freshDir();
    const result = await run([...args(), '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(() => readdirSync(out)).toThrow(); // the folder was never even created
  });

  it('GIVEN an id that exists THEN exit 1 and the files are untouched; with --force they are replaced and curated facts counted', async () => {
    const out = freshDir();
    expect((await run([file('a.txt', WIRE_TEXT), '--out', out, '--id', 'story'])).code).toBe(0);
    const json = path.join(out, 'story.json');
    const curated = JSON.parse(readFileSync(json, 'utf8')) as { people: { provenance?: string }[] };
    curated.people[0]!.provenance = 'curated';
    writeFileSync(json, JSON.stringify(curated));
    const before = readFileSync(json, 'utf8');

    const again = await run([file('b.txt', WIRE_TEXT), '--out', out, '--id', 'story']);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/an article with the id "story" already exists .*--force/);
    expect(readFileSync(json, 'utf8')).toBe(before);

    const forced = await run([file('c.txt', WIRE_TEXT), '--out', out, '--id', 'story', '--force', '--json']);
    expect(forced.code).toBe(0);
    expect((JSON.parse(forced.stdout) as { warnings: string[] }).warnings).toContain(
      '--force replaced 1 hand-curated facts of the previous story.json',
    );
    expect(readdirSync(out).sort()).toEqual(['story.json', 'story.txt']); // no temporary files left
  });
});

function spawnRun(
  args: string[],
  env: Record<string, string>,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', ...args], { cwd: ROOT, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('an ingested article through the real commands', () => {
  const articles = freshDir();
  beforeAll(async () => {
    const result = await spawnRun(
      ['ingest', '--', file('cli-wire.txt', WIRE_TEXT), '--id', 'ferry-terminal', '--json'],
      { ARTICLES_DIR: articles },
    );
    expect(result.status).toBe(0);
  }, 60_000);

  it('GIVEN npm run validate on the folder THEN the ingested model passes', async () => {
    const result = await spawnRun(['validate', '--', articles], {});
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('1 valid, 0 rejected');
  }, 60_000);

  it.each([
    ['summary', /Halifax Regional Council on Tuesday approved a \$48\.5 million ferry terminal/],
    ['participants', /Janet Okoro/],
    ['background', /2021|2022/],
  ])(
    'GIVEN cli %s --article THEN it answers from the ingested model',
    async (command, expected) => {
      const result = await spawnRun(['cli', '--', command, '--article', 'ferry-terminal'], {
        ARTICLES_DIR: articles,
      });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(expected);
    },
    60_000,
  );
});
