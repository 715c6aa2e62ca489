import { spawnSync } from 'node:child_process';
import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleValidationError, loadArticleFile, MAX_ISSUES_PER_FILE } from '../../src/model/loader.ts';
import { articlesDir, at, fixturesDir, repoRoot, SEED_ID, type Json } from './helpers.ts';

/** Every article model the repository ships: the bundled ones and the test fixtures. */
async function shippedModels(): Promise<{ dir: string; id: string }[]> {
  const found: { dir: string; id: string }[] = [];
  for (const dir of [articlesDir, fixturesDir]) {
    for (const name of (await readdir(dir)).filter((n) => n.endsWith('.json')).sort())
      found.push({ dir, id: name.slice(0, -'.json'.length) });
  }
  return found;
}

interface Breakage {
  what: string;
  /** Breaks the copy; returns the JSON path that must be named, or undefined when the model has no such part. */
  apply: (model: Json) => string | undefined;
  message: RegExp;
}

/** The first `derivation` anywhere in the model, with its path. */
function firstDerivation(value: unknown, path: (string | number)[] = []): [Json, string] | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  if (!Array.isArray(value) && 'derivation' in value) {
    const derivation = (value as Json).derivation as Json;
    const where = path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i ? `.${key}` : key)).join('');
    return [derivation, `${where}.derivation.from[0]`];
  }
  for (const [key, child] of Object.entries(value)) {
    if (key === 'sentences') continue;
    const found = firstDerivation(child, [...path, Array.isArray(value) ? Number(key) : key]);
    if (found) return found;
  }
  return undefined;
}

const BREAKAGES: Breakage[] = [
  {
    what: 'an invented quote',
    apply: (model) => {
      const quotes = model.quotes as Json[];
      if (quotes.length > 0) {
        quotes[0]!.text = 'Both sides agreed to invade the moon';
        return 'quotes[0].text';
      }
      at(model, 'outcomes', 0, 'evidence').quotes = ['Both sides agreed to invade the moon'];
      return 'outcomes[0].evidence.quotes[0]';
    },
    message: /occur verbatim in .*found "Both sides agreed to invade the moon"/,
  },
  {
    what: "a figure's asWritten not in its sentence",
    apply: (model) => {
      const figures = model.figures as Json[];
      if (figures.length === 0) return undefined;
      figures[0]!.asWritten = '999 moons';
      return 'figures[0].asWritten';
    },
    message: /expected words that occur verbatim in .*found "999 moons"/,
  },
  {
    what: 'a dangling derivation.from',
    apply: (model) => {
      const found = firstDerivation(model);
      if (!found) return undefined;
      (found[0].from as string[])[0] = 'no-such-fact';
      return found[1];
    },
    message:
      /expected a sentence id, the id of one of this article's items, or a metadata field .*found "no-such-fact"/,
  },
  {
    what: 'a missing event',
    apply: (model) => {
      model.events = [];
      return 'events';
    },
    message: /expected array to have >=1 items/,
  },
];

let dir: string;
let result: { status: number | null; stdout: string; stderr: string };
const expected: { file: string; path: string; message: RegExp; what: string; id: string }[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'broken-models-'));
  for (const { dir: from, id } of await shippedModels()) {
    const text = await readFile(join(from, `${id}.json`), 'utf8');
    const textFile = (JSON.parse(text) as { source: { textFile: string } }).source.textFile;
    await copyFile(join(from, textFile), join(dir, textFile));
    for (const [n, breakage] of BREAKAGES.entries()) {
      const model = JSON.parse(text) as Json;
      const path = breakage.apply(model);
      if (path === undefined) continue;
      const copyId = `${id}-broken-${n}`;
      model.id = copyId;
      const file = join(dir, `${copyId}.json`);
      await writeFile(file, JSON.stringify(model, null, 2));
      expected.push({ file, path, message: breakage.message, what: breakage.what, id });
    }
  }
  const tsx = join(repoRoot, 'node_modules/.bin/tsx');
  result = spawnSync(tsx, ['src/model/validate-main.ts', dir], { cwd: repoRoot, encoding: 'utf8' });
}, 120_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('GIVEN broken copies of every shipped article model WHEN npm run validate checks them', () => {
  it('THEN every copy is refused and nothing is accepted', () => {
    // Each breakage is tried on every model that has the part it breaks; each is tried somewhere.
    expect(new Set(expected.map((e) => e.what)).size).toBe(BREAKAGES.length);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`0 valid, ${expected.length} rejected`);
  });

  it('THEN each refusal names the file, the JSON path and what was found', () => {
    for (const { file, path, message, what, id } of expected) {
      const lines = result.stderr.split('\n');
      const header = lines.findIndex((l) => l.startsWith(`✖ ${file}: `));
      expect(header, `${id}: ${what} (${file}) is not reported`).toBeGreaterThanOrEqual(0);
      const rest = lines.slice(header + 1);
      const end = rest.findIndex((l) => !l.startsWith('  '));
      const block = rest.slice(0, end === -1 ? undefined : end).join('\n');
      const line = block.split('\n').find((l) => l.startsWith(`  ✖ ${path}:`));
      expect(line, `${id}: ${what}: no line for ${path} in\n${block}`).toBeDefined();
      expect(line).toMatch(message);
    }
  });
});

async function rejection(file: string): Promise<ArticleValidationError> {
  const error: unknown = await loadArticleFile(file).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ArticleValidationError);
  return error as ArticleValidationError;
}

describe('GIVEN a bad seed copy', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'bad-seed-'));
    await copyFile(join(articlesDir, `${SEED_ID}.txt`), join(folder, `${SEED_ID}.txt`));
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));
  const writeSeed = async (mutate: (seed: Json) => void): Promise<string> => {
    const seed = JSON.parse(await readFile(join(articlesDir, `${SEED_ID}.json`), 'utf8')) as Json;
    mutate(seed);
    const file = join(folder, `${SEED_ID}.json`);
    await writeFile(file, JSON.stringify(seed));
    return file;
  };

  it('WHEN it has a schema error and an invented quote THEN both are reported in one run', async () => {
    const file = await writeSeed((seed) => {
      seed.language = 42;
      at(seed, 'quotes', 1).text = 'share their perceptions of the moon';
    });
    const { issues } = await rejection(file);
    expect(issues.map((issue) => issue.path)).toEqual(expect.arrayContaining(['language', 'quotes[1].text']));
  });

  it('WHEN a title, a name as written or an event noun is not in its sentences THEN each is named', async () => {
    const file = await writeSeed((seed) => {
      at(seed, 'people', 0).titleAsWritten = 'Supreme Commander of the Moon';
      (at(seed, 'people', 0).namesAsWritten as string[]).push('Seo Moon-jung');
      (at(seed, 'events', 0).nouns as string[]).push('the moon landing');
    });
    const { issues } = await rejection(file);
    expect(issues.map((issue) => issue.path)).toEqual(
      expect.arrayContaining([
        'people[0].titleAsWritten',
        'people[0].namesAsWritten[2]',
        'events[0].nouns[3]',
      ]),
    );
  });

  it('WHEN it has a thousand invented quotes THEN the first 50 are listed and the rest counted', async () => {
    const file = await writeSeed((seed) => {
      const quote = at(seed, 'quotes', 0);
      seed.quotes = Array.from({ length: 1000 }, (_, i) => ({
        ...quote,
        id: `q-${i}`,
        text: `invented ${i}`,
      }));
    });
    const { issues, message } = await rejection(file);
    expect(issues).toHaveLength(MAX_ISSUES_PER_FILE + 1);
    expect(issues.at(-1)?.message).toBe('and 950 more problems (not listed)');
    expect(message.length).toBeLessThan(20_000);
  });

  it('WHEN it has 600,000 invalid sentences THEN one short problem, before the schema runs', async () => {
    const file = await writeSeed((seed) => {
      seed.sentences = Array.from({ length: 600_000 }, () => ({ id: 'x' }));
    });
    const { issues } = await rejection(file);
    expect(issues).toEqual([{ file, path: 'sentences', message: 'at most 10000 items, found 600000' }]);
  });

  it('WHEN its headline is 50 MB THEN it is refused with the limit and a short preview', async () => {
    const file = await writeSeed((seed) => (seed.headline = 'x'.repeat(50 * 1024 * 1024)));
    const { issues } = await rejection(file);
    const headline = issues.find((issue) => issue.path === 'headline');
    expect(headline?.message).toMatch(
      /^at most 300 characters, found "x{57}"\.\.\. \(52428800 characters\)$/,
    );
    expect(issues.every((issue) => issue.message.length < 500)).toBe(true);
  });

  it('WHEN a name, a sentence and a summary exceed their limits THEN each limit is named', async () => {
    const file = await writeSeed((seed) => {
      at(seed, 'people', 1).name = 'N'.repeat(201);
      at(seed, 'summaries', 'oneLine').text = 'S'.repeat(4001);
      (at(seed, 'countries', 0).aliases as string[]).push(
        ...Array.from({ length: 100 }, (_, i) => `alias ${i}`),
      );
    });
    const { issues } = await rejection(file);
    const byPath = new Map(issues.map((issue) => [issue.path, issue.message]));
    expect(byPath.get('people[1].name')).toMatch(/^at most 200 characters/);
    expect(byPath.get('summaries.oneLine.text')).toMatch(/^at most 4000 characters/);
    expect(byPath.get('countries[0].aliases')).toMatch(/^at most 100 items/);
  });

  it('WHEN an unknown schema version is given THEN it says which versions are read', async () => {
    const file = await writeSeed((seed) => (seed.schemaVersion = 3));
    const { issues } = await rejection(file);
    expect(issues).toEqual([
      { file, path: 'schemaVersion', message: 'expected 2 (or 1 for an old file), found 3' },
    ]);
  });
});
