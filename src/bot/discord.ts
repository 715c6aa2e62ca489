/**
 * The one module in src/ and commands/ that imports discord.js: the others import it from here (an ESLint rule keeps
 * it so). discord.js is CommonJS; in the esbuild bundle (scripts/build.mjs) every ES module importing it gets
 * its own `__toESM(require(...))`, a copy of all of discord.js's (and discord-api-types') thousands of exports,
 * made at load: 21 copies took 25-60 ms of every start. Through this facade the copy is made once.
 * Values are listed by name (add one here when a module needs it); every type is re-exported.
 */
export {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ChannelType,
  ChatInputCommandInteraction,
  Client,
  DiscordAPIError,
  DiscordjsErrorCodes,
  Events,
  GatewayCloseCodes,
  GatewayIntentBits,
  InteractionContextType,
  InteractionType,
  MessageFlags,
  Options,
  Partials,
  PermissionFlagsBits,
  RateLimitError,
  REST,
  RESTJSONErrorCodes,
  Routes,
  ShardingManager,
  SlashCommandBuilder,
  Status,
  ThreadAutoArchiveDuration,
} from 'discord.js';
export type * from 'discord.js';
