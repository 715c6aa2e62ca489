import path from 'node:path';
import type { Writable } from 'node:stream';
import type { Services } from '../bot/services.ts';
import { systemClock, type Clock } from '../core/clock.ts';
import type { Logger } from '../core/logger.ts';
import { ArticleLibrary } from '../model/library.ts';
import { ConversationAnswerer } from '../answer/qa/index.ts';
import { DigestService } from '../digest/service.ts';
import { FollowupSettings } from '../followups/settings.ts';
import { openStore } from '../store/database.ts';
import { PrintingChannelGateway } from './stderr-channel-gateway.ts';

export const DEFAULT_OFFLINE_DATABASE = path.join('var', 'cli.sqlite');

export interface OfflineServicesOptions {
  articlesDir: string;
  /** A SQLite file for digest and follow-up settings, or ':memory:' when nothing needs to persist. */
  databasePath: string;
  logger: Logger;
  clock?: Clock;
  /** Where posts are printed (default stderr: stdout belongs to the CLI's JSON). */
  postsTo?: Writable;
}

export interface OfflineServices {
  services: Services;
  close(): Promise<void>;
}

/** Everything a command needs, without Discord: the CLI and the local console share it. */
export async function createOfflineServices(options: OfflineServicesOptions): Promise<OfflineServices> {
  const clock = options.clock ?? systemClock;
  const { logger } = options;
  const library = await ArticleLibrary.load(options.articlesDir, logger);
  const store = await openStore({ databasePath: options.databasePath, logger });
  const channels = new PrintingChannelGateway(options.postsTo);
  const digests = new DigestService({ store, library, channels, clock, logger });
  const services: Services = {
    library,
    answerer: new ConversationAnswerer({ clock }),
    digests,
    followupSettings: new FollowupSettings(store, clock, logger),
    channels,
    clock,
    logger,
  };
  return {
    services,
    async close() {
      digests.stop();
      await store.close();
    },
  };
}
