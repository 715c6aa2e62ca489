import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ChannelType,
  ChatInputCommandInteraction,
  InteractionContextType,
  InteractionType,
  REST,
  type Client,
  type Interaction,
  type ResponseLike,
} from './discord.ts';
import { OFFLINE_IDENTITY } from '../cli/invoke.ts';

/** One slash command the rehearsal runs (string options only: what /ask and /summary take). */
export interface RehearsedCommand {
  name: string;
  options?: Record<string, string>;
}

/** Commands as readers send them most: /ask (routed over the library) and /summary, twice over. */
export const REHEARSED_COMMANDS: readonly RehearsedCommand[] = [
  { name: 'ask', options: { question: 'Who attended?' } },
  { name: 'summary' },
  { name: 'ask', options: { question: 'What happened?' } },
  { name: 'ask', options: { question: 'When was it?' } },
  { name: 'summary' },
];

export interface RehearsalResult {
  interactions: number;
  /** Replies the handler produced (each one went to the rehearsal's own REST, never to Discord). */
  replies: number;
  ms: number;
}

/**
 * Discord's answer to an interaction callback (204 No Content), given locally: the rehearsal's requests never
 * leave the process.
 */
async function answerLocally(): Promise<ResponseLike> {
  return new Response(null, { status: 204 });
}

/**
 * The discord.js side of a first slash command is compiled on first use: building the interaction from the
 * gateway packet (users, members, permissions, options), turning the reply into a request body (allowed
 * mentions snake-cased, embeds resolved) and queueing it on REST's handler for interaction callbacks. Measured
 * on the loopback Discord, that made the first /ask after "ready" take 15-20 ms against 2-3 ms for the next.
 *
 * The rehearsal runs those very code paths before "ready": interactions built from packets shaped as Discord
 * sends them, from a made-up user in a made-up channel (so no reader's conversation or channel memory is
 * touched; `forget` drops what they left), handled by a dispatcher built like the real one, whose replies go
 * to a REST client that answers in-process. The client it runs on is the bot's own, seen through an object
 * whose only difference is that REST client, so its servers and caches are the real ones (whose limits keep
 * the made-up user and member out of them).
 */
export async function rehearseInteractions(
  client: Client,
  handle: (interaction: Interaction) => Promise<void>,
  commands: readonly RehearsedCommand[],
  forget: (conversationKey: string) => void,
): Promise<RehearsalResult> {
  const started = performance.now();
  let replies = 0;
  const rest = new REST({
    ...client.options.rest,
    // No sweeper timers for a client that lives a few milliseconds.
    hashSweepInterval: 0,
    handlerSweepInterval: 0,
    makeRequest: () => {
      replies++;
      return answerLocally();
    },
  });
  const stage = Object.create(client, { rest: { value: rest } }) as Client<true>;
  const guildId = client.guilds.cache.first()?.id ?? OFFLINE_IDENTITY.guildId;
  const applicationId = client.application?.id ?? client.user?.id ?? OFFLINE_IDENTITY.userId;
  let sequence = 0;
  for (const command of commands) {
    sequence++;
    // @ts-expect-error the constructor is discord.js-internal; this is the packet it builds it from.
    const interaction = new ChatInputCommandInteraction(stage, {
      id: `${OFFLINE_IDENTITY.userId.slice(0, -3)}${String(sequence).padStart(3, '0')}`,
      application_id: applicationId,
      type: InteractionType.ApplicationCommand,
      token: 'rehearsal',
      version: 1,
      guild_id: guildId,
      guild_locale: 'en-US',
      channel_id: OFFLINE_IDENTITY.channelId,
      channel: { id: OFFLINE_IDENTITY.channelId, type: ChannelType.GuildText, guild_id: guildId },
      member: {
        user: { id: OFFLINE_IDENTITY.userId, username: OFFLINE_IDENTITY.userName, discriminator: '0' },
        roles: [],
        joined_at: new Date(0).toISOString(),
        deaf: false,
        mute: false,
        flags: 0,
        permissions: '0',
      },
      app_permissions: '0',
      locale: 'en-US',
      entitlements: [],
      context: InteractionContextType.Guild,
      authorizing_integration_owners: { '0': guildId },
      data: {
        id: applicationId,
        name: command.name,
        type: ApplicationCommandType.ChatInput,
        guild_id: guildId,
        options: Object.entries(command.options ?? {}).map(([name, value]) => ({
          name,
          type: ApplicationCommandOptionType.String,
          value,
        })),
      },
    }) as ChatInputCommandInteraction;
    await new Promise((resolve) => setImmediate(resolve));
    await handle(interaction);
  }
  forget(`${OFFLINE_IDENTITY.channelId}:${OFFLINE_IDENTITY.userId}`);
  return { interactions: commands.length, replies, ms: Math.round(performance.now() - started) };
}
