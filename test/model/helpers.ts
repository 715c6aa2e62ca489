import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const articlesDir = join(repoRoot, 'data/articles');
export const fixturesDir = join(repoRoot, 'test/fixtures/articles');
export const SEED_ID = 'kr-jp-security-talks-2023-04-17';
export const FIXTURE_ID = 'trade-talks-2024-05-02';
export const seedJsonPath = join(articlesDir, `${SEED_ID}.json`);

export type Json = Record<string, unknown>;

export async function readSeedJson(): Promise<Json> {
  return JSON.parse(await readFile(seedJsonPath, 'utf8')) as Json;
}

/** A temp folder holding the seed and the small fixture article (both valid), each with its source text. */
export async function makeArticleFolder(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'articles-'));
  for (const [from, id] of [
    [articlesDir, SEED_ID],
    [fixturesDir, FIXTURE_ID],
  ] as const) {
    await copyFile(join(from, `${id}.json`), join(dir, `${id}.json`));
    await copyFile(join(from, `${id}.txt`), join(dir, `${id}.txt`));
  }
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** Writes the seed JSON, changed by `mutate`, over the seed file in `dir`. */
export async function writeBrokenSeed(dir: string, mutate: (seed: Json) => void): Promise<string> {
  const seed = await readSeedJson();
  mutate(seed);
  const file = join(dir, `${SEED_ID}.json`);
  await writeFile(file, JSON.stringify(seed, null, 2));
  return file;
}

/** Reaches into nested JSON by a path of keys and indexes. */
export function at(value: unknown, ...path: (string | number)[]): Json {
  let current = value;
  for (const key of path) current = (current as Record<string | number, unknown>)[key];
  return current as Json;
}
