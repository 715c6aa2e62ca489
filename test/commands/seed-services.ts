import type { Services } from '../../src/bot/services.ts';
import type { CommandOptions, InvocationContext } from '../../src/bot/command.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { createOfflineServices, type OfflineServices } from '../../src/cli/offline-services.ts';
import { optionsFromValues } from '../../src/cli/text-options.ts';
import { seedOnlyArticlesDir } from '../support/seed-articles.ts';

/** Only the seed, whatever else data/articles holds. */
export const ARTICLES_DIR = seedOnlyArticlesDir();
export const SEED_ID = 'kr-jp-security-talks-2023-04-17';

/** The real offline services over the real seed article, with an in-memory database. */
export function seedServices(): Promise<OfflineServices> {
  return createOfflineServices({ articlesDir: ARTICLES_DIR, databasePath: ':memory:', logger: silentLogger });
}

export function contextFor(
  services: Services,
  values: Record<string, string> = {},
  overrides: Partial<Omit<InvocationContext, 'options'>> & { options?: CommandOptions } = {},
): InvocationContext {
  return {
    options: optionsFromValues(values),
    user: { id: '200000000000000001', name: 'reader' },
    guildId: '200000000000000002',
    channelId: '200000000000000003',
    conversationKey: '200000000000000003:200000000000000001',
    canManageGuild: false,
    services,
    ...overrides,
  };
}
