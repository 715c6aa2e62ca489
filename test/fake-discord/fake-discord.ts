import { registerApplicationRoutes, type CommandRegistration } from './application-routes.ts';
import { registerChannelRoutes, type NonceRepeat } from './channel-routes.ts';
import { FakeGateway, PRIVILEGED_INTENTS, type GatewaySession } from './gateway.ts';
import { buildInteraction, optionTypeFrom, type InteractionSpec } from './interaction-payloads.ts';
import { InteractionRoutes, type CallbackRecord, type FakeInteraction } from './interaction-routes.ts';
import { isObject, type JsonObject } from './json.ts';
import { MessageStore, type FakeMessage } from './message-store.ts';
import type { PolicyViolation } from './message-validation.ts';
import {
  RestServer,
  type FaultHandle,
  type FaultSpec,
  type HoldHandle,
  type HoldOptions,
  type HoldStage,
} from './rest-server.ts';
import { SnowflakeFactory, tokenForApplication } from './snowflake.ts';
import { buildUserMessage, type UserMessageSpec } from './user-messages.ts';
import { waitForCondition } from './wait.ts';
import { readyPayload } from './ready.ts';
import { World, type ChannelAccess, type FakeChannel, type GuildSpec, type UserSpec } from './world.ts';

export interface FakeDiscordOptions {
  guilds?: GuildSpec[];
  applicationId?: string;
  /** Defaults to a token whose first part encodes the application id, as real bot tokens do. */
  token?: string;
  heartbeatIntervalMs?: number;
  callbackDeadlineMs?: number;
  /**
   * Privileged intents switched on in the Developer Portal (default: all). An IDENTIFY asking for one that is
   * off is closed with 4014, as Discord does.
   */
  enabledPrivilegedIntents?: number;
  /** Upper bound for the wait helpers before they reject with a description (a safety net, not a sleep). */
  waitTimeoutMs?: number;
}

export interface InteractionHandle {
  id: string;
  token: string;
  payload: JsonObject;
  record: FakeInteraction;
  /** The first accepted callback (type, data, latency from dispatch). */
  callback: Promise<CallbackRecord>;
  /** The visible response: the original once it is no longer "thinking", or the first follow-up. */
  reply(): Promise<FakeMessage>;
  followups(): FakeMessage[];
}

/**
 * A strict Discord on loopback: REST under /api/v10 and a gateway, for the real discord.js client.
 * Every payload is checked against Discord's limits; every problem is recorded for the test to assert on.
 */
export class FakeDiscord {
  readonly token: string;
  readonly applicationId: string;
  readonly world: World;
  readonly registrations: CommandRegistration[] = [];
  readonly policyViolations: PolicyViolation[] = [];
  readonly droppedDispatches: Array<{ t: string; reason: string }> = [];
  /** Channel posts that enforce_nonce answered with the message an earlier attempt had created. */
  readonly nonceRepeats: NonceRepeat[] = [];
  private readonly ids = new SnowflakeFactory();
  private readonly rest: RestServer;
  private readonly gateway: FakeGateway;
  private readonly store: MessageStore;
  private readonly interactions: InteractionRoutes;
  private readonly waitTimeoutMs: number;
  private port = 0;

  private constructor(options: FakeDiscordOptions) {
    this.applicationId = options.applicationId ?? this.ids.next();
    this.token = options.token ?? tokenForApplication(this.applicationId);
    this.waitTimeoutMs = options.waitTimeoutMs ?? 10_000;
    this.world = new World(this.ids, options.guilds ?? [], this.applicationId);
    this.store = new MessageStore(this.world);
    this.rest = new RestServer(this.token);
    this.gateway = new FakeGateway(this.rest.server, {
      token: this.token,
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
      onIdentify: (session) => this.sendReady(session),
      enabledPrivilegedIntents: options.enabledPrivilegedIntents ?? PRIVILEGED_INTENTS,
    });
    const shared = {
      world: this.world,
      ids: this.ids,
      messages: this.store,
      violations: this.policyViolations,
    };
    this.interactions = new InteractionRoutes({
      ...shared,
      applicationId: this.applicationId,
      callbackDeadlineMs: options.callbackDeadlineMs ?? 3_000,
    });
    this.interactions.register(this.rest);
    registerChannelRoutes(this.rest, {
      ...shared,
      dispatch: (t, d) => {
        const guildId = isObject(d) && typeof d.guild_id === 'string' ? d.guild_id : undefined;
        const shard = this.gateway.shardOf(guildId);
        return this.gateway.shards.has(shard) && this.gateway.dispatch(t, d, shard);
      },
      echo: (message) => this.echo(message),
      nonceRepeats: this.nonceRepeats,
    });
    registerApplicationRoutes(this.rest, {
      ...shared,
      applicationId: this.applicationId,
      gatewayUrl: () => `ws://127.0.0.1:${this.port}`,
      registrations: this.registrations,
    });
  }

  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const fake = new FakeDiscord(options);
    fake.port = await fake.rest.listen();
    return fake;
  }

  /** The bot's DISCORD_API_URL (discord.js appends /v10). */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }
  get botUser(): UserSpec {
    return this.world.botUser;
  }
  get guild() {
    return this.world.firstGuild();
  }
  /** Every message the bot created (channel posts, replies, follow-ups), in order. */
  get messages(): FakeMessage[] {
    return this.store.botMessages;
  }
  /** The latest registration in any scope (see `registrations` for all). */
  get registeredCommands(): JsonObject[] {
    return this.registrations.at(-1)?.commands ?? [];
  }
  get unexpectedRequests() {
    return this.rest.unexpectedRequests;
  }
  /** Every 4xx answered (except 429): payloads Discord would refuse, late or double callbacks, forbidden channels. */
  get rejectedRequests() {
    return this.rest.rejected;
  }
  get requests() {
    return this.rest.requests;
  }
  get gatewayStats() {
    const { identifyCount, resumeCount, heartbeatCount, connectionCount, connectionPaths } = this.gateway;
    return { identifyCount, resumeCount, heartbeatCount, connectionCount, connectionPaths };
  }

  channel(name: string): FakeChannel {
    const channel = [...this.world.channels.values()].find((c) => c.name === name);
    if (!channel) throw new Error(`the fake has no channel named ${name}`);
    return channel;
  }

  waitForIdentify(count = 1): Promise<void> {
    return this.waitForGateway('identify', () => this.gateway.identifyCount, `IDENTIFY #${count}`, count);
  }

  waitForHeartbeat(count = 1): Promise<void> {
    return this.waitForGateway('heartbeat', () => this.gateway.heartbeatCount, `heartbeat #${count}`, count);
  }

  waitForResume(count = 1): Promise<void> {
    return this.waitForGateway('resume', () => this.gateway.resumeCount, `RESUME #${count}`, count);
  }

  private waitForGateway(event: string, seen: () => number, description: string, count: number) {
    return waitForCondition(this.gateway, event, () => seen() >= count, description, this.waitTimeoutMs);
  }

  sendInteraction(spec: InteractionSpec): InteractionHandle {
    const id = this.ids.next();
    const token = `itoken-${id}`;
    const registered = this.registrations.flatMap((r) => r.commands);
    const commandName = spec.kind === 'button' ? '' : spec.command;
    const commandId = String(registered.find((c) => c.name === commandName)?.id ?? this.ids.next());
    const payload = buildInteraction(
      this.world,
      spec,
      { id, token, applicationId: this.applicationId, commandId },
      optionTypeFrom(registered),
    );
    const record: FakeInteraction = {
      id,
      token,
      type: Number(payload.type),
      payload,
      channelId: String(payload.channel_id),
      guildId: typeof payload.guild_id === 'string' ? payload.guild_id : null,
      dispatchedAt: performance.now(),
      followupIds: [],
    };
    this.interactions.track(record);
    const callback = waitForCondition(
      this.interactions,
      'callback',
      () => record.callback !== undefined,
      `callback for interaction ${id}`,
      this.waitTimeoutMs,
    ).then(() => record.callback as CallbackRecord);
    callback.catch(() => {});
    this.gateway.dispatch('INTERACTION_CREATE', payload, this.gateway.shardOf(record.guildId));
    return {
      id,
      token,
      payload,
      record,
      callback,
      reply: () =>
        this.store.waitFor(
          (m) => m.interactionId === id && !m.loading,
          `replying to interaction ${id}`,
          this.waitTimeoutMs,
        ),
      followups: () => record.followupIds.flatMap((mid) => this.store.byId.get(mid) ?? []),
    };
  }

  /** A message as Discord's API returns it (e.g. the `message` of a button interaction). */
  messageJson(message: FakeMessage): JsonObject {
    return this.store.toJson(message);
  }

  /** A member posts a message (MESSAGE_CREATE), delivered as Discord would given the bot's intents. */
  sendMessage(spec: UserMessageSpec): FakeMessage {
    const channel = spec.channelId === undefined ? undefined : this.world.channels.get(spec.channelId);
    const shard = this.gateway.shardOf(channel?.guildId ?? this.guild.id);
    const session = this.gateway.shards.get(shard);
    if (!session) throw new Error(`the bot has not identified shard ${shard} yet`);
    const { message, dispatch } = buildUserMessage(this.world, this.store, this.ids, session.intents, spec);
    if (dispatch.kind === 'dropped')
      this.droppedDispatches.push({ t: 'MESSAGE_CREATE', reason: dispatch.reason });
    else this.gateway.dispatch('MESSAGE_CREATE', dispatch.payload, shard);
    return message;
  }

  /** The first bot message in the channel (already sent or future) that matches. */
  waitForMessage(
    channelId: string,
    predicate: (message: FakeMessage) => boolean = () => true,
    timeoutMs = this.waitTimeoutMs,
  ): Promise<FakeMessage> {
    return this.store.waitFor(
      (m) => m.channelId === channelId && !m.loading && predicate(m),
      `in channel ${channelId}`,
      timeoutMs,
    );
  }

  injectFault(spec: FaultSpec): FaultHandle {
    return this.rest.injectFault(spec);
  }

  /**
   * Holds requests to a route (e.g. `/channels/:id/messages`) until `release()`: a slow Discord, deterministically.
   * With stage `response` the request takes effect (a posted message is visible) and only the answer waits.
   * `{ times: 1, forMs: 20_000 }` answers the first request 20 s late and lets the client's retry through:
   * past @discordjs/rest's 15 s timeout, so discord.js sends the request again.
   */
  holdRequests(path: string | RegExp, method?: string, options?: HoldStage | HoldOptions): HoldHandle {
    return this.rest.hold(path, method, options);
  }

  /**
   * Closes the gateway connection: 4000 keeps the session (resume); 1000 and 4009 end it (re-identify);
   * 4004 and 4010-4014 are fatal (discord.js does not reconnect).
   */
  closeGateway(code: number): void {
    this.gateway.close(code);
  }

  invalidateSession(resumable: boolean): void {
    this.gateway.invalidateSession(resumable);
  }

  /** Takes a permission away (or gives it back), telling the bot with CHANNEL_UPDATE as Discord would. */
  setChannelAccess(channelId: string, access: ChannelAccess): void {
    const channel = this.world.channels.get(channelId);
    if (!channel) throw new Error(`no channel ${channelId}`);
    channel.access = access;
    this.dispatchForGuild(channel.guildId, 'CHANNEL_UPDATE', this.world.channelJson(channel));
  }

  deleteChannel(channelId: string): void {
    const channel = this.world.channels.get(channelId);
    if (!channel) throw new Error(`no channel ${channelId}`);
    this.world.channels.delete(channelId);
    this.dispatchForGuild(channel.guildId, 'CHANNEL_DELETE', this.world.channelJson(channel));
  }

  async stop(): Promise<void> {
    await this.gateway.stop();
    await this.rest.stop();
  }

  private echo(message: FakeMessage): void {
    const GUILD_MESSAGES = 1 << 9;
    const shard = this.gateway.shardOf(message.guildId);
    const session = this.gateway.shards.get(shard);
    if (!session || (session.intents & GUILD_MESSAGES) === 0) return;
    this.gateway.dispatch(
      'MESSAGE_CREATE',
      {
        ...this.store.toJson(message),
        member: { roles: [], joined_at: '2024-01-01T00:00:00.000Z', deaf: false, mute: false, flags: 0 },
      },
      shard,
    );
  }

  private dispatchForGuild(guildId: string | null | undefined, t: string, d: unknown): void {
    const shard = this.gateway.shardOf(guildId);
    if (this.gateway.shards.has(shard)) this.gateway.dispatch(t, d, shard);
  }

  /** READY with this shard's servers only, then a GUILD_CREATE for each of them, on that shard. */
  private sendReady(session: GatewaySession): void {
    const GUILDS_INTENT = 1;
    const [shardId] = session.shard;
    const guilds = [...this.world.guilds.values()].filter(
      (guild) => this.gateway.shardOf(guild.id) === shardId,
    );
    this.gateway.dispatch(
      'READY',
      readyPayload(this.world, session.id, this.port, this.applicationId, session.shard, guilds),
      shardId,
    );
    if ((session.intents & GUILDS_INTENT) === 0) return;
    for (const guild of guilds) this.gateway.dispatch('GUILD_CREATE', this.world.guildJson(guild), shardId);
  }
}
