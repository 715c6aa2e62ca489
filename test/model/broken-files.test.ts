import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArticleValidationError, loadArticleFile } from '../../src/model/loader.ts';
import { ArticleLibrary } from '../../src/model/library.ts';
import { at, FIXTURE_ID, makeArticleFolder, SEED_ID, writeBrokenSeed, type Json } from './helpers.ts';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await makeArticleFolder()));
afterEach(() => cleanup());

async function rejection(file: string): Promise<ArticleValidationError> {
  const error: unknown = await loadArticleFile(file).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ArticleValidationError);
  return error as ArticleValidationError;
}

const cases: { name: string; mutate: (seed: Json) => void; path: string; message: RegExp }[] = [
  {
    name: 'a missing field',
    mutate: (seed) => delete seed.headline,
    path: 'headline',
    message: /missing required field \(expected string\)/,
  },
  {
    name: 'a wrong type',
    mutate: (seed) => (at(seed, 'people', 2).involvement = 42),
    path: 'people[2].involvement',
    message: /expected one of "participant"\|"mentioned"/,
  },
  {
    name: 'a dangling sentence id',
    mutate: (seed) => (at(seed, 'outcomes', 0, 'evidence').sentences = ['p99s0']),
    path: 'outcomes[0].evidence.sentences[0]',
    message: /no sentence with id "p99s0"/,
  },
  {
    name: 'a quote not in its sentence',
    mutate: (seed) => (at(seed, 'people', 0, 'evidence').quotes = ['Seo Min-jung (first from left)']),
    path: 'people[0].evidence.quotes[0]',
    message: /expected words that occur verbatim in p0s1, p2s0, found "Seo Min-jung \(first from left\)"/,
  },
  {
    name: 'an unknown person reference',
    mutate: (seed) => ((at(seed, 'events', 0, 'participants', 0).people as string[])[1] = 'kim-nobody'),
    path: 'events[0].participants[0].people[1]',
    message: /expected the id of one of this article's people, found "kim-nobody"/,
  },
  {
    name: 'a sentence whose text no longer matches its offsets',
    mutate: (seed) => (at(seed, 'sentences', 3).start = 502),
    path: 'sentences[3].text',
    message: /expected the source text at 502\.\.746/,
  },
  {
    name: 'a derivation citing a missing sentence',
    mutate: (seed) => ((at(seed, 'events', 0, 'date', 'derivation').from as string[])[1] = 'p0s9'),
    path: 'events[0].date.derivation.from[1]',
    message: /no sentence with id "p0s9"/,
  },
  {
    name: 'a summary citing a missing sentence',
    mutate: (seed) => (at(seed, 'summaries', 'short').sentences = ['p1s0', 'p12s0']),
    path: 'summaries.short.sentences[1]',
    message: /no sentence with id "p12s0"/,
  },
  {
    name: 'a duplicated id',
    mutate: (seed) => (at(seed, 'topics', 1).id = at(seed, 'topics', 0).id),
    path: 'topics[1].id',
    message: /already used by topics\[0\]/,
  },
];

describe('GIVEN a broken copy of the seed article beside a good article', () => {
  for (const { name, mutate, path, message } of cases) {
    it(`WHEN it has ${name} THEN the error names the file, the JSON path and what was expected`, async () => {
      const file = await writeBrokenSeed(dir, mutate);
      const error = await rejection(file);
      expect(error.issues).toContainEqual({ file, path, message: expect.stringMatching(message) });
      expect(error.message).toContain(file);
      expect(error.message).toContain(path);

      const library = await ArticleLibrary.load(dir);
      expect(library.list().map((article) => article.id)).toEqual([FIXTURE_ID]);
      expect(library.problems()).toEqual([{ file, issues: error.issues, keptPreviousVersion: false }]);
    });
  }

  it('WHEN the JSON is malformed THEN the error gives the line and column', async () => {
    const file = join(dir, `${SEED_ID}.json`);
    await writeFile(file, '{\n  "schemaVersion": 1,\n  "id": "x",,\n}');
    const error = await rejection(file);
    expect(error.issues).toEqual([
      { file, path: '', message: expect.stringMatching(/malformed JSON at line 3, column 13/) },
    ]);
    const library = await ArticleLibrary.load(dir);
    expect(library.get(FIXTURE_ID)).toBeDefined();
    expect(library.get(SEED_ID)).toBeUndefined();
  });

  it('WHEN its source text file is missing THEN the error names source.textFile', async () => {
    const file = await writeBrokenSeed(dir, (seed) => (at(seed, 'source').textFile = 'nowhere.txt'));
    const error = await rejection(file);
    expect(error.issues).toEqual([
      {
        file,
        path: 'source.textFile',
        message: expect.stringMatching(/cannot read .*nowhere\.txt \(ENOENT\)/),
      },
    ]);
  });

  it('WHEN the file name does not match the id THEN the error says what name was expected', async () => {
    const file = await writeBrokenSeed(dir, (seed) => (seed.id = 'some-other-id'));
    const error = await rejection(file);
    expect(error.issues[0]).toMatchObject({
      path: 'id',
      message: expect.stringContaining('some-other-id.json'),
    });
  });
});
