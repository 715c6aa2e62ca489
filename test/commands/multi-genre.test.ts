import { spawnSync } from 'node:child_process';
import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import summary from '../../commands/summary.ts';
import participants from '../../commands/participants.ts';
import background from '../../commands/background.ts';
import type { Command } from '../../src/bot/command.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { createOfflineServices, type OfflineServices } from '../../src/cli/offline-services.ts';
import { validatePayload } from '../../src/render/limits.ts';
import type { MessagePayload } from '../../src/render/payload.ts';
import { contextFor } from './seed-services.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(ROOT, 'test/fixtures/articles');

/** The four genres written for the multi-genre corpus, with what each must read like. */
const GENRES = [
  {
    id: 'biz-earnings-2025-10-23',
    heading: 'Third-quarter profit',
    groups: ['Company: Cardinal Semiconductor Inc.'],
    asWritten: ['$412.6 million', '$2.84 billion'],
  },
  {
    id: 'court-ruling-2025-06-12',
    heading: 'The ruling',
    groups: [
      'Judge: U.S. District Court',
      'Plaintiff: Greenfield Organics LLC',
      'Defendant: Marlow Foods Corp.',
    ],
    asWritten: ['$44.8 million'],
  },
  {
    id: 'sports-final-2025-05-25',
    heading: 'The final',
    groups: ['Winner: Eko Stars FC', 'Loser: Savannah City FC'],
    asWritten: ['2-1'],
  },
  {
    id: 'space-launch-2025-09-03',
    heading: 'The launch',
    groups: ['Operator: Korea Aerospace Research Institute', 'Official: Ministry of Science and ICT'],
    asWritten: ['516-kilogram', '610 km'],
  },
] as const;

let offline: OfflineServices;
beforeAll(async () => {
  offline = await createOfflineServices({
    articlesDir: FIXTURES,
    databasePath: ':memory:',
    logger: silentLogger,
  });
});
afterAll(() => offline.close());

const run = async (services: OfflineServices, command: Command, values: Record<string, string>) => {
  const { payload } = await command.execute(contextFor(services.services, values));
  expect(validatePayload(payload)).toEqual([]);
  expect(payload.allowed_mentions).toStrictEqual({ parse: [] });
  return payload;
};
const textOf = (payload: MessagePayload): string => JSON.stringify(payload.embeds);

describe.each(GENRES)('GIVEN the $id model', ({ id, heading, groups, asWritten }) => {
  it('THEN it is served by the library with no problem reported', () => {
    expect(offline.services.library.get(id)?.id).toBe(id);
    expect(offline.services.library.problems()).toEqual([]);
  });

  it("THEN /summary detailed names the event with the article's own noun, never as a meeting", async () => {
    const payload = await run(offline, summary, { article: id, length: 'detailed' });
    const names = payload.embeds![0]!.fields!.map((field) => field.name);
    expect(names).toContain(heading);
    expect(names).not.toContain('The meeting');
    const article = offline.services.library.get(id)!;
    expect(payload.embeds![0]!.title).toBe(article.headline);
    const figures = payload.embeds![0]!.fields!.find((field) => field.name === 'Key figures')!.value;
    for (const words of asWritten) expect(figures).toContain(words);
    for (const figure of article.figures.filter((f) => f.scale))
      expect(figures).not.toContain(String(figure.value));
  });

  it('THEN /participants groups people by their role and organization, with titles as written', async () => {
    const payload = await run(offline, participants, { article: id });
    const fields = payload.embeds![0]!.fields!;
    expect(fields.map((field) => field.name)).toEqual(expect.arrayContaining([...groups]));
    const article = offline.services.library.get(id)!;
    const text = fields.map((field) => field.value).join('\n');
    for (const person of article.people.filter((p) => p.involvement === 'participant'))
      expect(text).toContain(`**${person.name}** — ${person.titleAsWritten}`);
    // No country is pinned on anyone in a story that is not between countries.
    expect(text).not.toMatch(/United States's|'s [A-Z][a-z]+ — /);
  });

  it('THEN /background lists its history oldest first and why it matters', async () => {
    const payload = await run(offline, background, { article: id });
    const embed = payload.embeds![0]!;
    const article = offline.services.library.get(id)!;
    const positions = [...article.timeline]
      .sort((a, b) => (a.date.value ?? '').localeCompare(b.date.value ?? ''))
      .map((entry) => embed.description!.indexOf(entry.what));
    expect(positions.every((at) => at >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(embed.fields?.[0]?.name).toBe('Why it matters now');
  });

  it('THEN its figures are kept as written, and the validator found them in the text', () => {
    const article = offline.services.library.get(id)!;
    const written = article.figures.map((figure) => figure.asWritten);
    for (const words of asWritten) expect(written).toContain(words);
  });
});

describe('GIVEN notes and derivation methods meant for maintainers in every model', () => {
  const SENTINEL = 'MAINTAINERS-ONLY-7f3a';
  let dir: string;
  let marked: OfflineServices;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'notes-'));
    for (const name of (await readdir(FIXTURES)).filter((n) => n.endsWith('.json'))) {
      const model = JSON.parse(await readFile(path.join(FIXTURES, name), 'utf8')) as unknown;
      // Notes go wherever the schema takes them (items with evidence, bar ordinals and formats); every
      // derivation's method is replaced.
      const mark = (value: unknown, key: string): void => {
        if (value === null || typeof value !== 'object') return;
        if (Array.isArray(value)) return value.forEach((item) => mark(item, key));
        const object = value as Record<string, unknown>;
        if ('evidence' in object && key !== 'ordinal' && key !== 'format') object.notes = [SENTINEL];
        if (key === 'derivation') object.method = SENTINEL;
        for (const [childKey, child] of Object.entries(object))
          if (childKey !== 'sentences') mark(child, childKey);
      };
      mark(model, '');
      (model as Record<string, unknown>).notes = [SENTINEL];
      await writeFile(path.join(dir, name), JSON.stringify(model));
      const textFile = (model as { source: { textFile: string } }).source.textFile;
      await copyFile(path.join(FIXTURES, textFile), path.join(dir, textFile));
    }
    marked = await createOfflineServices({
      articlesDir: dir,
      databasePath: ':memory:',
      logger: silentLogger,
    });
  });
  afterAll(async () => {
    marked.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('THEN the marked models still load', () => {
    expect(marked.services.library.problems()).toEqual([]);
    const served = JSON.stringify(marked.services.library.list());
    expect(served.split(SENTINEL).length).toBeGreaterThan(100);
    expect(served).toContain(`"method":"${SENTINEL}"`);
    expect(marked.services.library.list().length).toBeGreaterThanOrEqual(GENRES.length);
  });

  it('THEN no summary, participants or background output shows them', async () => {
    for (const article of marked.services.library.list()) {
      for (const length of ['brief', 'standard', 'detailed']) {
        const payload = await run(marked, summary, { article: article.id, length });
        expect(textOf(payload)).not.toContain(SENTINEL);
      }
      expect(textOf(await run(marked, participants, { article: article.id }))).not.toContain(SENTINEL);
      expect(textOf(await run(marked, background, { article: article.id }))).not.toContain(SENTINEL);
    }
  });
});

describe('GIVEN ARTICLES_DIR pointing at the fixtures', () => {
  it('THEN `npm run --silent cli -- summary --article <id>` prints the story in its own words', () => {
    const result = spawnSync(
      'npm',
      [
        'run',
        '--silent',
        'cli',
        '--',
        'summary',
        '--article',
        'court-ruling-2025-06-12',
        '--length',
        'detailed',
      ],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, ARTICLES_DIR: FIXTURES, CLI_DATABASE_PATH: ':memory:' },
      },
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^== Judge orders Marlow Foods to pay \$44\.8 million/);
    expect(result.stdout).toContain('[The ruling]');
    expect(result.stdout).toContain('— *ordered*');
  }, 60_000);
});
