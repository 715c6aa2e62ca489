import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from './bot-process.ts';

const SEED_DIR = path.join(REPO_ROOT, 'data/articles');
const SEED_ID = 'kr-jp-security-talks-2023-04-17';

/** A private copy of the article library (ARTICLES_DIR), so a test can publish a new story mid-run. */
export function temporaryArticles(): {
  dir: string;
  publishAnother(id: string, headline: string): void;
  cleanup(): void;
} {
  const dir = mkdtempSync(path.join(tmpdir(), 'news-digest-articles-'));
  for (const name of readdirSync(SEED_DIR).filter((n) => n.startsWith(`${SEED_ID}.`)))
    copyFileSync(path.join(SEED_DIR, name), path.join(dir, name));
  return {
    dir,
    publishAnother(id, headline) {
      const seed = JSON.parse(readFileSync(path.join(SEED_DIR, `${SEED_ID}.json`), 'utf8')) as Record<
        string,
        unknown
      >;
      writeFileSync(path.join(dir, `${id}.json`), JSON.stringify({ ...seed, id, headline }));
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
