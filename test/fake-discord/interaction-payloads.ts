import { asArray, isObject, type JsonObject } from './json.ts';
import { Permission, type FakeChannel, type UserSpec, type World } from './world.ts';

export type OptionValue = string | number | boolean;

interface Common {
  channelId?: string;
  guildId?: string;
  user?: UserSpec;
  /** The invoking member's permissions; Manage Server by default (server admins set digests up). */
  memberPermissions?: bigint;
}

export interface CommandSpec extends Common {
  kind?: 'command';
  command: string;
  subcommand?: string;
  options?: Record<string, OptionValue>;
}

export interface AutocompleteSpec extends Common {
  kind: 'autocomplete';
  command: string;
  subcommand?: string;
  options?: Record<string, OptionValue>;
  /** The option being typed; its value is `options[focused]` or ''. */
  focused: string;
}

export interface ButtonSpec extends Common {
  kind: 'button';
  customId: string;
  /** The message carrying the button (a FakeMessage's JSON). */
  message: JsonObject;
}

export type InteractionSpec = CommandSpec | AutocompleteSpec | ButtonSpec;

const MEMBER_DEFAULT =
  Permission.ViewChannel |
  Permission.SendMessages |
  Permission.UseApplicationCommands |
  Permission.ManageGuild;

/** The registered definition of an option, when the bot registered its commands with the fake. */
export type OptionTypeLookup = (
  command: string,
  subcommand: string | undefined,
  option: string,
) => number | undefined;

function inferType(value: OptionValue): number {
  if (typeof value === 'boolean') return 5;
  if (typeof value === 'number') return Number.isInteger(value) ? 4 : 10;
  return 3;
}

export function buildInteraction(
  world: World,
  spec: InteractionSpec,
  ids: { id: string; token: string; applicationId: string; commandId: string },
  optionType: OptionTypeLookup,
): JsonObject {
  const channel = resolveChannel(world, spec);
  const guildId = channel.guildId;
  const user = spec.user ?? world.defaultUser;
  const permissions = spec.memberPermissions ?? MEMBER_DEFAULT;
  const payload: JsonObject = {
    id: ids.id,
    application_id: ids.applicationId,
    token: ids.token,
    version: 1,
    channel_id: channel.id,
    channel: world.channelJson(channel),
    app_permissions: world.botPermissions(channel).toString(),
    locale: 'en-US',
    entitlements: [],
    attachment_size_limit: 10_485_760,
    context: guildId ? 0 : 1,
    authorizing_integration_owners: { '0': guildId ?? '0' },
  };
  if (guildId) {
    payload.guild_id = guildId;
    payload.guild_locale = 'en-US';
    payload.guild = { id: guildId, locale: 'en-US', features: [] };
    payload.member = world.memberJson(user, permissions);
  } else {
    payload.user = world.userJson(user);
  }
  if (spec.kind === 'button') {
    payload.type = 3;
    payload.data = { custom_id: spec.customId, component_type: 2 };
    payload.message = spec.message;
    return payload;
  }
  const resolved: { channels: JsonObject } = { channels: {} };
  const focused = spec.kind === 'autocomplete' ? spec.focused : undefined;
  const entries = Object.entries(spec.options ?? {});
  if (focused !== undefined && !entries.some(([name]) => name === focused)) entries.push([focused, '']);
  const options = entries.map(([name, value]) => {
    const type = optionType(spec.command, spec.subcommand, name) ?? inferType(value);
    const option: JsonObject = { name, type, value };
    if (name === focused) option.focused = true;
    if (type === 7) {
      const target = world.channels.get(String(value));
      resolved.channels[String(value)] = target
        ? { ...world.channelJson(target), permissions: world.botPermissions(target).toString() }
        : { id: String(value), type: 0, name: 'unknown', permissions: '0' };
    }
    return option;
  });
  payload.type = spec.kind === 'autocomplete' ? 4 : 2;
  const data: JsonObject = {
    id: ids.commandId,
    name: spec.command,
    type: 1,
    options: spec.subcommand ? [{ name: spec.subcommand, type: 1, options }] : options,
  };
  if (guildId) data.guild_id = guildId;
  if (Object.keys(resolved.channels).length > 0) data.resolved = resolved;
  payload.data = data;
  return payload;
}

function resolveChannel(world: World, spec: InteractionSpec): FakeChannel {
  if (spec.channelId) {
    const channel = world.channels.get(spec.channelId);
    if (!channel) throw new Error(`the fake has no channel ${spec.channelId}`);
    return channel;
  }
  const guild = spec.guildId ? world.guilds.get(spec.guildId) : world.firstGuild();
  const channel = guild ? world.textChannels(guild.id)[0] : undefined;
  if (!channel) throw new Error('no text channel to send the interaction from');
  return channel;
}

/** Finds an option's registered type (handles sub-commands). */
export function optionTypeFrom(commands: JsonObject[]): OptionTypeLookup {
  return (command, subcommand, option) => {
    const definition = commands.find((c) => c.name === command);
    if (!definition) return undefined;
    let options = asArray(definition.options).filter(isObject);
    if (subcommand) options = asArray(options.find((o) => o.name === subcommand)?.options).filter(isObject);
    const found = options.find((o) => o.name === option);
    return typeof found?.type === 'number' ? found.type : undefined;
  };
}
