import { DiscordjsErrorCodes, GatewayCloseCodes } from './discord.ts';

/**
 * Gateway close codes after which Discord will not take the bot back until an operator acts: discord.js
 * stops reconnecting, so the process must end (exit 1) and say what to fix.
 */
const FATAL_CLOSES = new Map<number, { error: string; cause: string }>([
  [
    GatewayCloseCodes.AuthenticationFailed,
    {
      error: 'Authentication failed',
      cause:
        'Discord closed the gateway with 4004 (authentication failed): the token was reset or revoked. ' +
        'Set DISCORD_TOKEN to the current token (Developer Portal > Bot > Reset Token).',
    },
  ],
  [
    GatewayCloseCodes.InvalidShard,
    {
      error: 'Invalid shard',
      cause: 'Discord closed the gateway with 4010 (invalid shard): the shard id or count is wrong.',
    },
  ],
  [
    GatewayCloseCodes.ShardingRequired,
    {
      error: 'Sharding is required',
      cause:
        'Discord closed the gateway with 4011 (sharding required): the bot is in too many servers for one ' +
        'shard (2,500 at most); it must run sharded.',
    },
  ],
  [
    GatewayCloseCodes.InvalidAPIVersion,
    {
      error: 'Used an invalid API version',
      cause:
        'Discord closed the gateway with 4012 (invalid API version): update discord.js to a supported version.',
    },
  ],
  [
    GatewayCloseCodes.InvalidIntents,
    {
      error: 'Used invalid intents',
      cause:
        'Discord closed the gateway with 4013 (invalid intents): the intents the bot asks for are not valid.',
    },
  ],
  [
    GatewayCloseCodes.DisallowedIntents,
    {
      error: 'Used disallowed intents',
      cause:
        'Discord closed the gateway with 4014 (disallowed intents): the bot asks for a privileged intent ' +
        'that is not enabled for it. Enable Message Content Intent in the Developer Portal (Bot > ' +
        'Privileged Gateway Intents), or set MESSAGE_CONTENT_INTENT=false.',
    },
  ],
]);

/** What to tell the operator about a close code discord.js will not recover from; undefined for the others. */
export function fatalCloseCause(code: number): string | undefined {
  return FATAL_CLOSES.get(code)?.cause;
}

/** The operator's explanation of a failed `client.login`, naming the setting to fix. */
export function describeLoginFailure(error: unknown): { code?: number; message: string } {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === DiscordjsErrorCodes.TokenInvalid || (error as { status?: unknown } | null)?.status === 401) {
    return {
      message:
        'could not log in to Discord: Discord refused the token (401). Check DISCORD_TOKEN ' +
        '(Developer Portal > Bot > Reset Token).',
    };
  }
  const text = error instanceof Error ? error.message : String(error);
  for (const [closeCode, { error: wsError, cause }] of FATAL_CLOSES) {
    if (text === wsError) return { code: closeCode, message: `could not log in to Discord: ${cause}` };
  }
  const network = (error as { cause?: { code?: unknown } } | null)?.cause?.code;
  if (typeof network === 'string' || /fetch failed|ECONNREFUSED|ENOTFOUND|ETIMEDOUT/.test(text)) {
    return {
      message: `could not log in to Discord: cannot reach it (${typeof network === 'string' ? network : text}). Check DISCORD_API_URL and the network.`,
    };
  }
  return { message: `could not log in to Discord: ${text}. Check DISCORD_TOKEN and DISCORD_API_URL.` };
}
