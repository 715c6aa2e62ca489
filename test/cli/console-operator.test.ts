import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { startLocalConsole } from '../../src/console/start-local-console.ts';
import { temporaryArticles } from '../e2e/support/articles.ts';

/** The local console on in-memory streams: what the operator types, sees, and the notices beside it. */
function openConsole(articlesDir: string) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'news-digest-console-'));
  const input = new PassThrough();
  const output = new PassThrough();
  const notices = new PassThrough();
  const seen = { output: '', notices: '' };
  const waiters: Array<() => void> = [];
  const changed = () => waiters.splice(0).forEach((wake) => wake());
  output.on('data', (chunk: Buffer) => ((seen.output += chunk.toString()), changed()));
  notices.on('data', (chunk: Buffer) => ((seen.notices += chunk.toString()), changed()));
  const config = loadConfig({
    ARTICLES_DIR: articlesDir,
    DATABASE_PATH: path.join(dataDir, 'console.sqlite'),
    LOG_LEVEL: 'info',
  });
  const done = startLocalConsole(config, { input, output, notices });
  return {
    input,
    seen,
    done,
    /** Resolves once the condition holds (re-checked whenever something is printed). */
    async until(condition: () => boolean): Promise<void> {
      while (!condition()) await new Promise<void>((resolve) => waiters.push(resolve));
    },
    cleanup: () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

describe('the local console for an operator', () => {
  const cleanups: Array<() => void> = [];
  afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

  it('GIVEN an article published while the console is open THEN it reloads the folder as the bot does', async () => {
    const articles = temporaryArticles();
    cleanups.push(articles.cleanup);
    const session = openConsole(articles.dir);
    cleanups.push(session.cleanup);
    await session.until(() => session.seen.output.includes('> '));
    expect(session.seen.notices).toMatch(/^\[info\] articles loaded \(dir: .*, articles: 1, rejected: 0\)$/m);
    expect(session.seen.notices).not.toContain('{"level"');

    articles.publishAnother('another-story-2023-04-18', 'A second story arrives in the folder');
    await session.until(() => session.seen.notices.includes('articles: 2'));
    session.input.end('/articles\n/quit\n');
    expect(await session.done).toBe(0);
    expect(session.seen.output).toContain('A second story arrives in the folder');
  });

  it('GIVEN a folder whose every file is rejected THEN the notice names the folder read and each file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'news-digest-empty-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    writeFileSync(path.join(dir, 'broken.json'), '{ "id": ');
    writeFileSync(path.join(dir, 'wrong-shape.json'), '{ "id": "x" }');
    const session = openConsole(dir);
    cleanups.push(session.cleanup);
    session.input.end('/summary\n/quit\n');
    expect(await session.done).toBe(0);
    expect(session.seen.notices).toContain(`every file in ${path.resolve(dir)} was rejected (2)`);
    expect(session.seen.notices).toMatch(/^ {2}broken\.json: /m);
    expect(session.seen.notices).toMatch(/^ {2}wrong-shape\.json: /m);
    expect(session.seen.output).toContain('no articles yet');
    expect(session.seen.output).not.toContain('data/articles');
  });

  it('GIVEN an empty folder THEN the notice names it and says what to put there', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'news-digest-empty-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const session = openConsole(dir);
    cleanups.push(session.cleanup);
    session.input.end('/quit\n');
    expect(await session.done).toBe(0);
    expect(session.seen.notices).toContain(`No articles: ${path.resolve(dir)} has no .json article files`);
  });
});
