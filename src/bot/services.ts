import type { Logger } from '../core/logger.ts';
import type { Clock } from '../core/clock.ts';
import type { ChannelGateway } from '../core/channel-gateway.ts';
import type { ChannelDirectory } from '../core/channel-check.ts';
import type { ArticleLibrary } from '../model/library.ts';
import type { ConversationAnswerer } from '../answer/qa/index.ts';
import type { DigestService } from '../digest/service.ts';
import type { FollowupSettings } from '../followups/settings.ts';
import type { BotThreads } from '../followups/bot-threads.ts';
import type { FeedService } from '../feeds/service.ts';
import type { ArticleView } from '../model/server-library.ts';

/** Everything a command or event handler may use, built once in main() (or by the CLI / a test). */
export interface Services {
  library: ArticleLibrary;
  answerer: ConversationAnswerer;
  digests: DigestService;
  followupSettings: FollowupSettings;
  /** Threads the bot opened (digest posts, /ask answers): shared by the digest runner and the follow-up handlers. */
  botThreads?: BotThreads;
  /** News feeds (absent in the CLI and the local console). */
  feeds?: FeedService;
  /** Each server's library (bundled articles plus its own feeds'); absent: the bundled library everywhere. */
  libraryFor?: (guildId: string | null) => ArticleView;
  channels: ChannelGateway;
  /** Which server a channel belongs to, to check channel options (absent offline: ids are checked only). */
  channelDirectory?: ChannelDirectory;
  /**
   * Whether a server belongs to this process's shard(s): scheduled work (digests, feeds) runs only for
   * those. Absent (CLI, tests): every server.
   */
  ownsGuild?: (guildId: string) => boolean;
  clock: Clock;
  logger: Logger;
}
