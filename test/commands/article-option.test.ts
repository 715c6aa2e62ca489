import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import type { Command } from '../../src/bot/command.ts';
import { createOfflineServices, type OfflineServices } from '../../src/cli/offline-services.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { FIXTURE_ID, SEED_ID, makeArticleFolder } from '../model/helpers.ts';
import { contextFor } from './seed-services.ts';

const ARTICLE_COMMANDS = ['summary', 'participants', 'background', 'ask', 'source'];
const SEED_HEADLINE = 'South Korea, Japan hold first senior-level security talks in five years';
const NEWER_HEADLINE = 'Japan and Vietnam trade ministers meet in Tokyo';

let offline: OfflineServices;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  const folder = await makeArticleFolder();
  cleanup = folder.cleanup;
  offline = await createOfflineServices({
    articlesDir: folder.dir,
    databasePath: ':memory:',
    logger: silentLogger,
  });
});
afterAll(async () => {
  offline.close();
  await cleanup();
});

const byName = (name: string): Command => commands.find((command) => command.data.name === name)!;

function complete(name: string, typed: string) {
  return byName(name).autocomplete!({
    options: contextFor(offline.services).options,
    focused: { name: 'article', value: typed },
    guildId: null,
    services: offline.services,
  });
}

describe('GIVEN a library of two articles (2023 seed, 2024 fixture), the `article` option', () => {
  it.each(ARTICLE_COMMANDS)(
    '/%s autocompletes headlines, newest first when nothing is typed',
    async (name) => {
      expect(await complete(name, '')).toStrictEqual([
        { name: NEWER_HEADLINE, value: FIXTURE_ID },
        { name: SEED_HEADLINE, value: SEED_ID },
      ]);
      expect(await complete(name, 'security tal')).toStrictEqual([{ name: SEED_HEADLINE, value: SEED_ID }]);
    },
  );

  it('GIVEN no article THEN each command answers about the newest; with the id THEN about that one', async () => {
    for (const name of ['summary', 'background', 'source']) {
      const newest = await byName(name).execute(contextFor(offline.services));
      expect(JSON.stringify(newest.payload.embeds?.[0]?.title), name).toContain(NEWER_HEADLINE);
      const chosen = await byName(name).execute(contextFor(offline.services, { article: SEED_ID }));
      expect(JSON.stringify(chosen.payload.embeds?.[0]?.title), name).toContain(SEED_HEADLINE);
    }
  });
});
