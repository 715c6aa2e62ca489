import type { SnowflakeFactory } from './snowflake.ts';
import type { JsonObject } from './json.ts';

export const Permission = {
  ManageGuild: 1n << 5n,
  ViewChannel: 1n << 10n,
  SendMessages: 1n << 11n,
  EmbedLinks: 1n << 14n,
  ReadMessageHistory: 1n << 16n,
  UseApplicationCommands: 1n << 31n,
  CreatePublicThreads: 1n << 35n,
  SendMessagesInThreads: 1n << 38n,
} as const;

const EVERYONE_PERMISSIONS =
  Permission.ViewChannel |
  Permission.SendMessages |
  Permission.EmbedLinks |
  Permission.ReadMessageHistory |
  Permission.UseApplicationCommands |
  Permission.CreatePublicThreads |
  Permission.SendMessagesInThreads;

/** What the bot may do in a channel: everything, read but not post, or not even see it. */
export type ChannelAccess = 'ok' | 'no-send' | 'no-view';

export interface ChannelSpec {
  id?: string;
  name: string;
  /** 0 text (default), 5 announcement, 2 voice, 4 category. */
  type?: number;
  access?: ChannelAccess;
}

export interface GuildSpec {
  id?: string;
  name?: string;
  channels?: ChannelSpec[];
}

export interface UserSpec {
  id: string;
  username: string;
  bot?: boolean;
}

export interface FakeChannel {
  id: string;
  guildId: string | null;
  name: string;
  type: number;
  access: ChannelAccess;
  parentId?: string;
  /** Threads the bot opened, keyed by the thread id. */
  ownerId?: string;
}

export interface FakeGuild {
  id: string;
  name: string;
  ownerId: string;
}

export class World {
  readonly guilds = new Map<string, FakeGuild>();
  readonly channels = new Map<string, FakeChannel>();
  readonly botUser: UserSpec;
  readonly defaultUser: UserSpec;

  constructor(
    private readonly ids: SnowflakeFactory,
    guildSpecs: GuildSpec[],
    botUserId: string,
  ) {
    this.botUser = { id: botUserId, username: 'NewsDigest', bot: true };
    this.defaultUser = { id: ids.next(), username: 'reader', bot: false };
    for (const spec of guildSpecs.length > 0 ? guildSpecs : [{}]) this.addGuild(spec);
  }

  private addGuild(spec: GuildSpec): void {
    const id = spec.id ?? this.ids.next();
    this.guilds.set(id, { id, name: spec.name ?? 'Test Server', ownerId: this.defaultUser.id });
    const channels = spec.channels ?? [{ name: 'general' }];
    for (const channel of channels) {
      const channelId = channel.id ?? this.ids.next();
      this.channels.set(channelId, {
        id: channelId,
        guildId: id,
        name: channel.name,
        type: channel.type ?? 0,
        access: channel.access ?? 'ok',
      });
    }
  }

  firstGuild(): FakeGuild {
    const guild = this.guilds.values().next().value;
    if (!guild) throw new Error('the fake has no guild');
    return guild;
  }

  textChannels(guildId: string): FakeChannel[] {
    return [...this.channels.values()].filter((c) => c.guildId === guildId && (c.type === 0 || c.type === 5));
  }

  /** The bot's effective permissions in a channel (threads inherit their parent's). */
  botPermissions(channel: FakeChannel): bigint {
    const base = channel.parentId ? this.channels.get(channel.parentId) : channel;
    const access = base?.access ?? channel.access;
    if (access === 'no-view') return 0n;
    if (access === 'no-send')
      return (
        EVERYONE_PERMISSIONS &
        ~(Permission.SendMessages | Permission.CreatePublicThreads | Permission.SendMessagesInThreads)
      );
    return EVERYONE_PERMISSIONS;
  }

  userJson(user: UserSpec): JsonObject {
    return {
      id: user.id,
      username: user.username,
      global_name: user.username,
      discriminator: '0',
      avatar: null,
      bot: user.bot ?? false,
      flags: 0,
      public_flags: 0,
    };
  }

  memberJson(user: UserSpec, permissions?: bigint): JsonObject {
    const member: JsonObject = {
      user: this.userJson(user),
      roles: [],
      joined_at: '2024-01-01T00:00:00.000Z',
      deaf: false,
      mute: false,
      flags: 0,
      nick: null,
      avatar: null,
      pending: false,
    };
    if (permissions !== undefined) member.permissions = permissions.toString();
    return member;
  }

  channelJson(channel: FakeChannel): JsonObject {
    const json: JsonObject = { id: channel.id, type: channel.type, name: channel.name, flags: 0 };
    if (channel.guildId) {
      json.guild_id = channel.guildId;
      json.position = 0;
      json.permission_overwrites = this.overwritesFor(channel);
      json.nsfw = false;
      json.rate_limit_per_user = 0;
    }
    if (channel.parentId) {
      json.parent_id = channel.parentId;
      json.owner_id = channel.ownerId ?? this.botUser.id;
      json.thread_metadata = {
        archived: false,
        auto_archive_duration: 1440,
        archive_timestamp: new Date().toISOString(),
        locked: false,
      };
      json.member_count = 1;
      json.message_count = 0;
    } else {
      json.parent_id = null;
      json.topic = null;
      json.last_message_id = null;
    }
    return json;
  }

  private overwritesFor(channel: FakeChannel): JsonObject[] {
    if (channel.parentId || channel.access === 'ok') return [];
    const deny = EVERYONE_PERMISSIONS & ~this.botPermissions(channel);
    return [{ id: this.botUser.id, type: 1, allow: '0', deny: deny.toString() }];
  }

  guildJson(guild: FakeGuild): JsonObject {
    const channels = [...this.channels.values()].filter((c) => c.guildId === guild.id && !c.parentId);
    const threads = [...this.channels.values()].filter((c) => c.guildId === guild.id && c.parentId);
    return {
      id: guild.id,
      name: guild.name,
      icon: null,
      splash: null,
      discovery_splash: null,
      owner_id: guild.ownerId,
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 1,
      explicit_content_filter: 0,
      roles: [
        {
          id: guild.id,
          name: '@everyone',
          color: 0,
          hoist: false,
          icon: null,
          unicode_emoji: null,
          position: 0,
          permissions: EVERYONE_PERMISSIONS.toString(),
          managed: false,
          mentionable: false,
          flags: 0,
        },
      ],
      emojis: [],
      stickers: [],
      features: [],
      mfa_level: 0,
      system_channel_id: null,
      system_channel_flags: 0,
      rules_channel_id: null,
      vanity_url_code: null,
      description: null,
      banner: null,
      premium_tier: 0,
      premium_subscription_count: 0,
      preferred_locale: 'en-US',
      public_updates_channel_id: null,
      nsfw_level: 0,
      premium_progress_bar_enabled: false,
      safety_alerts_channel_id: null,
      joined_at: '2024-01-01T00:00:00.000Z',
      large: false,
      unavailable: false,
      member_count: 2,
      voice_states: [],
      members: [this.memberJson(this.botUser), this.memberJson(this.defaultUser)],
      channels: channels.map((c) => this.channelJson(c)),
      threads: threads.map((c) => this.channelJson(c)),
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
    };
  }
}
