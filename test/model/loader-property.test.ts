import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleValidationError, loadArticleFile } from '../../src/model/loader.ts';
import { articlesDir, at, readSeedJson, SEED_ID, type Json } from './helpers.ts';

let dir: string;
let file: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'articles-prop-'));
  file = join(dir, `${SEED_ID}.json`);
  await copyFile(join(articlesDir, `${SEED_ID}.txt`), join(dir, `${SEED_ID}.txt`));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function outcomeOf(contents: string): Promise<unknown> {
  await writeFile(file, contents);
  return loadArticleFile(file).then(
    () => 'loaded',
    (error: unknown) => error,
  );
}

function expectValidationError(outcome: unknown): void {
  expect(outcome).toBeInstanceOf(ArticleValidationError);
  const error = outcome as ArticleValidationError;
  expect(error.issues.length).toBeGreaterThan(0);
  for (const issue of error.issues) {
    expect(issue.file).toBe(file);
    expect(typeof issue.path).toBe('string');
    expect(issue.message.length).toBeGreaterThan(0);
  }
}

describe('GIVEN any file contents', () => {
  it('WHEN they are arbitrary strings THEN the loader answers with an ArticleValidationError, never anything else', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 200 }), async (text) =>
        expectValidationError(await outcomeOf(text)),
      ),
      { numRuns: 150 },
    );
  });

  it('WHEN they are arbitrary JSON values THEN the loader answers with an ArticleValidationError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), async (value) =>
        expectValidationError(await outcomeOf(JSON.stringify(value))),
      ),
      { numRuns: 150 },
    );
  });

  it('WHEN the seed is mutated at a random place THEN it either loads or answers with an ArticleValidationError', async () => {
    const seed = await readSeedJson();
    const paths = collectPaths(seed);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...paths),
        fc.jsonValue({ maxDepth: 2 }),
        async (path, replacement) => {
          const copy = structuredClone(seed);
          const parent = at(copy, ...path.slice(0, -1));
          (parent as Record<string | number, unknown>)[path[path.length - 1]!] = replacement;
          const outcome = await outcomeOf(JSON.stringify(copy));
          if (outcome !== 'loaded') expectValidationError(outcome);
        },
      ),
      { numRuns: 150 },
    );
  });
});

function collectPaths(
  value: unknown,
  prefix: (string | number)[] = [],
  out: (string | number)[][] = [],
): (string | number)[][] {
  if (prefix.length > 0) out.push(prefix);
  if (Array.isArray(value)) value.forEach((item, i) => collectPaths(item, [...prefix, i], out));
  else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value as Json)) collectPaths(child, [...prefix, key], out);
  }
  return out;
}
