import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArticleLibrary, sentenceById } from '../../src/model/library.ts';
import { loadArticleFile } from '../../src/model/loader.ts';
import { at, FIXTURE_ID, makeArticleFolder, SEED_ID, seedJsonPath, writeBrokenSeed } from './helpers.ts';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await makeArticleFolder()));
afterEach(() => cleanup());

/** A real pino logger writing into an array, to see what the library logs. */
function capturingLogger() {
  const lines: { level: number; msg: string; file?: string }[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) });
  return { logger, lines };
}

describe('ArticleLibrary', () => {
  it('GIVEN a folder of valid articles THEN it lists them newest first and finds them by id', async () => {
    const library = await ArticleLibrary.load(dir);
    expect(library.list().map((a) => a.id)).toEqual([FIXTURE_ID, SEED_ID]);
    expect(library.latest()?.id).toBe(FIXTURE_ID);
    expect(library.get(SEED_ID)?.headline).toMatch(/security talks/);
    expect(library.get('nope')).toBeUndefined();
    expect(library.problems()).toEqual([]);
    expect(library.countries(SEED_ID).map((c) => c.id)).toEqual(['kr', 'jp', 'us', 'kp']);
    expect(library.countries('nope')).toEqual([]);
  });

  it('GIVEN typed text THEN search matches headline word prefixes and ids, case-insensitively', async () => {
    const library = await ArticleLibrary.load(dir);
    expect(library.search('SECURITY tal').map((a) => a.id)).toEqual([SEED_ID]);
    expect(library.search('kr-jp').map((a) => a.id)).toEqual([SEED_ID]);
    expect(library.search('tokyo').map((a) => a.id)).toEqual([FIXTURE_ID]);
    expect(library.search('').map((a) => a.id)).toEqual([FIXTURE_ID, SEED_ID]);
    expect(library.search('', 1)).toHaveLength(1);
    expect(library.search('zebra')).toEqual([]);
  });

  it('GIVEN articles in memory THEN fromArticles serves them the same way', async () => {
    const { article } = await loadArticleFile(seedJsonPath);
    const library = ArticleLibrary.fromArticles([article]);
    expect(library.latest()).toBe(article);
    expect(sentenceById(article, 'p2s0')?.text).toMatch(/^The 12th Security Policy Consultation/);
    expect(sentenceById(article, 'p42s0')).toBeUndefined();
  });

  it('GIVEN a file that turns invalid WHEN the library reloads THEN it keeps the last good version and reports the problem loudly', async () => {
    const { logger, lines } = capturingLogger();
    const library = await ArticleLibrary.load(dir, logger);
    const good = library.get(SEED_ID);
    const changes: number[] = [];
    library.onChange((lib) => changes.push(lib.list().length));

    const file = await writeBrokenSeed(dir, (seed) => delete at(seed, 'events', 0).name);
    await library.reload();

    expect(library.get(SEED_ID)).toBe(good);
    expect(library.problems()).toEqual([
      {
        file,
        issues: [{ file, path: 'events[0].name', message: 'missing required field (expected string)' }],
        keptPreviousVersion: true,
      },
    ]);
    const error = lines.find((line) => line.level === 50);
    expect(error?.msg).toContain('events[0].name: missing required field');
    expect(error?.msg).toContain('still serving its last good version');
    expect(changes).toEqual([2]);
  });

  it('GIVEN a file that is fixed or edited WHEN the library reloads THEN the new version replaces the old and the problem clears', async () => {
    const library = await ArticleLibrary.load(dir);
    await writeBrokenSeed(dir, (seed) => (seed.headline = 'Edited headline about security'));
    await library.reload();
    expect(library.get(SEED_ID)?.headline).toBe('Edited headline about security');
    expect(library.problems()).toEqual([]);
  });

  it('GIVEN a file that is deleted WHEN the library reloads THEN its article is dropped', async () => {
    const library = await ArticleLibrary.load(dir);
    await rm(join(dir, `${FIXTURE_ID}.json`));
    await library.reload();
    expect(library.list().map((a) => a.id)).toEqual([SEED_ID]);
  });

  it('GIVEN a new file added WHEN the library reloads THEN it appears', async () => {
    const library = await ArticleLibrary.load(dir);
    await rm(join(dir, `${SEED_ID}.json`));
    await library.reload();
    expect(library.get(SEED_ID)).toBeUndefined();
    await writeFile(join(dir, `${SEED_ID}.json`), await readFile(seedJsonPath, 'utf8'));
    await library.reload();
    expect(library.get(SEED_ID)).toBeDefined();
  });

  it('GIVEN a folder that does not exist THEN load gives an empty library and logs it', async () => {
    const { logger, lines } = capturingLogger();
    const library = await ArticleLibrary.load(join(dir, 'missing'), logger);
    expect(library.list()).toEqual([]);
    expect(lines.some((line) => line.level === 50)).toBe(true);
  });

  it('GIVEN watch() THEN it returns a stop function that can be called safely', async () => {
    const library = await ArticleLibrary.load(dir);
    const stop = library.watch();
    stop();
    expect(ArticleLibrary.fromArticles([]).watch()).toBeTypeOf('function');
  });
});
