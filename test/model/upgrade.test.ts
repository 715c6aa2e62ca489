import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArticleValidationError, loadArticleFile } from '../../src/model/loader.ts';
import { articlesDir, repoRoot, SEED_ID, FIXTURE_ID, type Json } from './helpers.ts';

const v1Dir = join(repoRoot, 'test/fixtures/v1');

describe('GIVEN a schema version 1 file', () => {
  it('THEN it loads, upgraded in memory to the same model as the migrated seed (bar the hand-set event kind and nouns)', async () => {
    const old = await loadArticleFile(join(v1Dir, `${SEED_ID}.json`));
    const migrated = await loadArticleFile(join(articlesDir, `${SEED_ID}.json`));
    expect(old.storedVersion).toBe(1);
    expect(migrated.storedVersion).toBe(2);
    const [oldEvent, newEvent] = [old.article.events[0]!, migrated.article.events[0]!];
    expect(oldEvent.kind).toBe('meeting');
    expect(newEvent.kind).toBe('talks');
    expect({ ...old.article, events: [{ ...oldEvent, kind: newEvent.kind, nouns: newEvent.nouns }] }).toEqual(
      migrated.article,
    );
  });

  it('THEN its delegations become participants by role and its dateline keeps place and date as written', async () => {
    const { article } = await loadArticleFile(join(v1Dir, `${FIXTURE_ID}.json`));
    expect(article.referenceDate).toBe('2024-05-02');
    expect(article.dateline).toEqual({
      sentence: 'p0s0',
      place: { asWritten: 'Tokyo', place: 'tokyo' },
      date: { asWritten: 'May 2', value: '2024-05-02' },
    });
    const seed = await loadArticleFile(join(v1Dir, `${SEED_ID}.json`));
    expect(seed.article.events[0]!.participants.map((p) => [p.role, p.country, p.people])).toEqual([
      ['delegation', 'kr', ['seo-min-jung', 'woo-kyoung-suk']],
      ['delegation', 'jp', ['takehiro-funakoshi', 'atsushi-ando']],
    ]);
    const seo = seed.article.people.find((p) => p.id === 'seo-min-jung')!;
    expect(seo.namesAsWritten).toEqual(['Seo Min-jung', 'Seo Min-jeong']);
    expect(seed.article.organizations.find((o) => o.id === 'yonhap')?.kind).toBe('media');
  });

  describe('WHEN it is broken', () => {
    let dir: string;
    beforeEach(async () => {
      dir = await mkdtemp(join(tmpdir(), 'v1-'));
      await cp(v1Dir, dir, { recursive: true });
    });
    afterEach(() => rm(dir, { recursive: true, force: true }));

    it('THEN the problems name its own (version 1) paths', async () => {
      const file = join(dir, `${SEED_ID}.json`);
      const seed = JSON.parse(await readFile(file, 'utf8')) as Json;
      delete (seed.event as Json).type;
      await writeFile(file, JSON.stringify(seed));
      const error = await loadArticleFile(file).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ArticleValidationError);
      expect((error as ArticleValidationError).issues).toEqual([
        { file, path: 'event.type', message: 'missing required field (expected string)' },
      ]);
    });
  });
});

describe('npm run migrate', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'migrate-'));
    await cp(v1Dir, dir, { recursive: true });
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));
  const migrate = () =>
    spawnSync(join(repoRoot, 'node_modules/.bin/tsx'), ['src/model/migrate-main.ts', dir], {
      cwd: repoRoot,
      encoding: 'utf8',
    });

  it('GIVEN version 1 files THEN it rewrites them as version 2 with the same meaning, once', async () => {
    const before = await loadArticleFile(join(dir, `${SEED_ID}.json`));
    const first = migrate();
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('2 migrated, 0 not migrated');
    const after = await loadArticleFile(join(dir, `${SEED_ID}.json`));
    expect(after.storedVersion).toBe(2);
    expect(after.article).toEqual(before.article);
    const second = migrate();
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('0 migrated, 0 not migrated, 2 already version 2');
  });

  it('GIVEN a version 1 file with a problem THEN it is left as it was and the problem is named', async () => {
    const file = join(dir, `${FIXTURE_ID}.json`);
    const broken = (await readFile(file, 'utf8')).replace('"met in Tokyo on Thursday"', '"met on the moon"');
    await writeFile(file, broken);
    const result = migrate();
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/not migrated: .*trade-talks-2024-05-02\.json: 1 problem/);
    expect(result.stderr).toContain(
      'events[0].evidence.quotes[0]: expected words that occur verbatim in p0s1',
    );
    expect(await readFile(file, 'utf8')).toBe(broken);
    expect(result.stdout).toContain('1 migrated, 1 not migrated');
  });
});
