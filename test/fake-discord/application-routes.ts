import { DiscordApiError, missingAccess } from './api-error.ts';
import { validateCommandRegistration } from './command-validation.ts';
import type { JsonObject } from './json.ts';
import type { RestServer } from './rest-server.ts';
import type { SnowflakeFactory } from './snowflake.ts';
import type { World } from './world.ts';

export interface CommandRegistration {
  /** 'global' or the guild id. */
  scope: string;
  commands: JsonObject[];
}

export interface ApplicationContext {
  world: World;
  ids: SnowflakeFactory;
  applicationId: string;
  gatewayUrl(): string;
  registrations: CommandRegistration[];
}

const unknownGuild = () => new DiscordApiError(404, 10004, 'Unknown Guild');

/** Gateway discovery, the bot's user and application, guilds, and command registration. */
export function registerApplicationRoutes(rest: RestServer, ctx: ApplicationContext): void {
  const { world } = ctx;
  const application = (): JsonObject => ({
    id: ctx.applicationId,
    name: world.botUser.username,
    icon: null,
    description: 'News digests (loopback fake)',
    bot_public: true,
    bot_require_code_grant: false,
    verify_key: '0'.repeat(64),
    flags: 0,
    team: null,
    owner: world.userJson(world.defaultUser),
    bot: world.userJson(world.botUser),
    approximate_guild_count: world.guilds.size,
  });
  const guild = (id: string | undefined) => {
    const found = id ? world.guilds.get(id) : undefined;
    if (!found) throw unknownGuild();
    return found;
  };

  rest.route('GET', '/gateway', () => ({ status: 200, body: { url: ctx.gatewayUrl() } }), { auth: false });
  rest.route('GET', '/gateway/bot', () => ({
    status: 200,
    body: {
      url: ctx.gatewayUrl(),
      shards: 1,
      session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
    },
  }));
  rest.route('GET', '/users/@me', () => ({
    status: 200,
    body: { ...world.userJson(world.botUser), verified: true, mfa_enabled: false },
  }));
  rest.route('GET', '/applications/@me', () => ({ status: 200, body: application() }));
  rest.route('GET', '/oauth2/applications/@me', () => ({ status: 200, body: application() }));

  rest.route('GET', '/guilds/:id', (r) => {
    const {
      channels: _channels,
      members: _members,
      threads: _threads,
      ...rest
    } = world.guildJson(guild(r.params.id));
    return { status: 200, body: rest };
  });
  rest.route('GET', '/guilds/:id/channels', (r) => ({
    status: 200,
    body: world.guildJson(guild(r.params.id)).channels,
  }));
  rest.route('GET', '/guilds/:id/roles', (r) => ({
    status: 200,
    body: world.guildJson(guild(r.params.id)).roles,
  }));
  rest.route('GET', '/guilds/:id/members/:userId', (r) => {
    guild(r.params.id);
    const user = [world.botUser, world.defaultUser].find((u) => u.id === r.params.userId);
    if (!user) throw new DiscordApiError(404, 10007, 'Unknown Member');
    return { status: 200, body: world.memberJson(user) };
  });

  const commandsFor = (scope: string): JsonObject[] =>
    ctx.registrations.findLast((registration) => registration.scope === scope)?.commands ?? [];
  const checkApplication = (app: string | undefined) => {
    if (app !== ctx.applicationId) throw missingAccess();
  };
  const register = (scope: string, body: unknown) => {
    const previous = commandsFor(scope);
    const commands = validateCommandRegistration(body).map((command) => ({
      ...command,
      id: String(previous.find((p) => p.name === command.name)?.id ?? ctx.ids.next()),
      application_id: ctx.applicationId,
      version: ctx.ids.next(),
      type: command.type ?? 1,
      default_member_permissions: command.default_member_permissions ?? null,
      nsfw: command.nsfw ?? false,
      ...(scope === 'global' ? {} : { guild_id: scope }),
    }));
    ctx.registrations.push({ scope, commands });
    return { status: 200, body: commands };
  };

  rest.route('GET', '/applications/:app/commands', (r) => {
    checkApplication(r.params.app);
    return { status: 200, body: commandsFor('global') };
  });
  rest.route('PUT', '/applications/:app/commands', (r) => {
    checkApplication(r.params.app);
    return register('global', r.body);
  });
  rest.route('GET', '/applications/:app/guilds/:guild/commands', (r) => {
    checkApplication(r.params.app);
    return { status: 200, body: commandsFor(guild(r.params.guild).id) };
  });
  rest.route('PUT', '/applications/:app/guilds/:guild/commands', (r) => {
    checkApplication(r.params.app);
    return register(guild(r.params.guild).id, r.body);
  });
}
