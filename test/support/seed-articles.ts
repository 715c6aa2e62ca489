import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
export const SEED_ID = 'kr-jp-security-talks-2023-04-17';

let dir: string | undefined;

/**
 * A folder holding only the seed article (its model and source text), copied from data/articles once per
 * test process. Tests that expect the seed to be "the newest article" or "the only one" read this folder,
 * so an operator adding stories to data/articles (as README tells them to) breaks none of them.
 */
export function seedOnlyArticlesDir(): string {
  if (dir !== undefined) return dir;
  const created = mkdtempSync(path.join(tmpdir(), 'seed-articles-'));
  for (const ext of ['json', 'txt'])
    copyFileSync(
      path.join(REPO_ROOT, 'data/articles', `${SEED_ID}.${ext}`),
      path.join(created, `${SEED_ID}.${ext}`),
    );
  process.once('exit', () => rmSync(created, { recursive: true, force: true }));
  dir = created;
  return created;
}
