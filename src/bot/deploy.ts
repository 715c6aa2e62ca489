import { DiscordAPIError, REST, RateLimitError, Routes } from './discord.ts';
import type { RESTPutAPIApplicationCommandsResult } from './discord.ts';
import type { Command } from './command.ts';

export interface DeployTarget {
  rest: REST;
  applicationId: string;
  /** Register to one server (updates at once); global otherwise (may take up to an hour to show). */
  guildId?: string | undefined;
}

export interface DeployResult {
  scope: 'guild' | 'global';
  registered: Array<{ id: string; name: string }>;
}

export async function deployCommands(
  target: DeployTarget,
  commands: readonly Command[],
): Promise<DeployResult> {
  const body = commands.map((command) => command.data.toJSON());
  const route = target.guildId
    ? Routes.applicationGuildCommands(target.applicationId, target.guildId)
    : Routes.applicationCommands(target.applicationId);
  const result = (await target.rest.put(route, { body })) as RESTPutAPIApplicationCommandsResult;
  return {
    scope: target.guildId ? 'guild' : 'global',
    registered: result.map((command) => ({ id: command.id, name: command.name })),
  };
}

/** Asks Discord which application the token belongs to (when it is not configured or derivable). */
export async function fetchApplicationId(rest: REST): Promise<string> {
  const application = (await rest.get(Routes.currentApplication())) as { id: string };
  return application.id;
}

/** A REST client for one-shot scripts: fails fast with a clear error instead of waiting out a long rate limit. */
export function createScriptRest(apiUrl: string, token: string): REST {
  return new REST({
    api: apiUrl,
    retries: 1,
    timeout: 15_000,
    rejectOnRateLimit: (info) => info.retryAfter > 5_000,
  }).setToken(token);
}

/** One readable sentence for an operator, never containing the token. */
export function describeDeployFailure(error: unknown, apiUrl: string): string {
  if (error instanceof RateLimitError) {
    return `Discord rate-limited the registration (retry after ${Math.ceil(error.retryAfter / 1000)} s on ${error.route}). Try again later.`;
  }
  if (error instanceof DiscordAPIError) {
    if (error.status === 401) return 'Discord rejected the token (401). Check DISCORD_TOKEN in .env.';
    if (error.status === 403)
      return 'The bot may not register commands there (403): is it in that server (DISCORD_GUILD_ID), with the applications.commands scope?';
    return `Discord refused the commands (${error.status}, code ${String(error.code)}): ${error.message}`;
  }
  const cause =
    error instanceof Error
      ? ((error.cause as { code?: string } | undefined)?.code ?? error.message)
      : String(error);
  return `Could not reach Discord at ${apiUrl} (${cause}). Check the network or DISCORD_API_URL.`;
}
