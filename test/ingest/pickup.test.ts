import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/ingest/main.ts';
import { ArticleLibrary } from '../../src/model/library.ts';
import { WIRE_TEXT } from './fixtures.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(path.join(tmpdir(), 'ingest-pickup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the running bot picks up an ingested article', () => {
  it('GIVEN the library watching ARTICLES_DIR WHEN an article is ingested into it THEN it is listed with the seed, newest first', async () => {
    for (const ext of ['json', 'txt']) {
      const name = `kr-jp-security-talks-2023-04-17.${ext}`;
      copyFileSync(path.join(ROOT, 'data/articles', name), path.join(dir, name));
    }
    const library = await ArticleLibrary.load(dir);
    const stop = library.watch();
    try {
      expect(library.list().map((a) => a.id)).toEqual(['kr-jp-security-talks-2023-04-17']);
      const changed = new Promise<void>((resolve) => {
        const off = library.onChange((lib) => {
          if (lib.get('ferry-terminal')) {
            off();
            resolve();
          }
        });
      });
      const source = path.join(dir, '..', `${path.basename(dir)}-wire.txt`);
      writeFileSync(source, WIRE_TEXT);
      const result = await main(
        [source, '--id', 'ferry-terminal'],
        { ARTICLES_DIR: dir },
        new Date('2024-06-10T12:00:00Z'),
      );
      expect(result.code).toBe(0);
      await changed;
      expect(library.list().map((a) => a.id)).toEqual(['ferry-terminal', 'kr-jp-security-talks-2023-04-17']);
      expect(library.problems()).toEqual([]);
      rmSync(source);
    } finally {
      stop();
    }
  });
});
