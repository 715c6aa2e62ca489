import { execFileSync } from 'node:child_process';
import { mkdir, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArticleLibrary } from '../../src/model/library.ts';
import { ArticleValidationError, loadArticleFile } from '../../src/model/loader.ts';
import { SEED_ID, makeArticleFolder, readSeedJson } from './helpers.ts';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await makeArticleFolder()));
afterEach(() => cleanup());

async function problem(file: string, maxBytes?: number): Promise<string> {
  const error: unknown = await loadArticleFile(file, maxBytes === undefined ? {} : { maxBytes }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ArticleValidationError);
  return (error as ArticleValidationError).issues
    .map((issue) => `${issue.path}: ${issue.message}`)
    .join('\n');
}

describe('the article loader reads only plain files inside the folder, and only so much', () => {
  it('GIVEN a FIFO THEN it is refused without blocking (nobody ever writes to it)', async () => {
    const fifo = join(dir, 'pipe.json');
    execFileSync('mkfifo', [fifo]);
    expect(await problem(fifo)).toMatch(/a named pipe \(FIFO\), not a regular file/);
  });

  it('GIVEN a symlink to /dev/zero, or to a file outside the folder THEN it is refused, never read', async () => {
    await symlink('/dev/zero', join(dir, 'zero.json'));
    expect(await problem(join(dir, 'zero.json'))).toMatch(
      /leads outside the article folder \(to \/dev\/zero\)/,
    );
    await symlink('/etc/hostname', join(dir, 'outside.json'));
    expect(await problem(join(dir, 'outside.json'))).toMatch(/leads outside the article folder/);
  });

  it('GIVEN a symlink to a file inside the folder THEN it loads', async () => {
    await mkdir(join(dir, 'store'));
    await rename(join(dir, `${SEED_ID}.json`), join(dir, 'store', 'seed.json'));
    await symlink(join(dir, 'store', 'seed.json'), join(dir, `${SEED_ID}.json`));
    await expect(loadArticleFile(join(dir, `${SEED_ID}.json`))).resolves.toMatchObject({
      article: { id: SEED_ID },
    });
  });

  it('GIVEN a directory named like an article THEN it is refused as not a regular file', async () => {
    await mkdir(join(dir, 'folder.json'));
    expect(await problem(join(dir, 'folder.json'))).toMatch(/a directory, not a regular file/);
  });

  it('GIVEN a file over the size cap THEN it is refused naming its size and ARTICLE_MAX_BYTES', async () => {
    const seed = await readSeedJson();
    const file = join(dir, 'big.json');
    await writeFile(file, JSON.stringify({ ...seed, headline: 'x'.repeat(3 * 1024 * 1024) }));
    expect(await problem(file)).toMatch(/is \d+ bytes, over the limit of 2097152 \(ARTICLE_MAX_BYTES\)/);
    const seedFile = join(dir, `${SEED_ID}.json`);
    expect(await problem(seedFile, 1024)).toMatch(/over the limit of 1024/);
  });

  it('GIVEN the source text file is a symlink to /dev/zero THEN the source is refused, not read', async () => {
    const text = join(dir, `${SEED_ID}.txt`);
    await rm(text);
    await symlink('/dev/zero', text);
    expect(await problem(join(dir, `${SEED_ID}.json`))).toMatch(
      /^source\.textFile: .*leads outside the article folder \(to \/dev\/zero\)/m,
    );
  });

  it('GIVEN a library over a folder with such files THEN the good articles load and each bad file is a problem', async () => {
    execFileSync('mkfifo', [join(dir, 'pipe.json')]);
    await symlink('/dev/zero', join(dir, 'zero.json'));
    const library = await ArticleLibrary.load(dir, undefined, { maxBytes: 1024 * 1024 });
    expect(library.list().map((article) => article.id)).toContain(SEED_ID);
    expect(library.problems().map((p) => p.file.split('/').pop())).toEqual(['pipe.json', 'zero.json']);
  });
});
