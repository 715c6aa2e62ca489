import {
  DiscordApiError,
  FormErrors,
  missingAccess,
  missingPermissions,
  unknownChannel,
  unknownMessage,
} from './api-error.ts';
import { asObject, isObject, type JsonObject } from './json.ts';
import { bodyToMessageFields, type FakeMessage, type MessageStore } from './message-store.ts';
import {
  checkMentionPolicy,
  computePings,
  validateMessageBody,
  type PolicyViolation,
} from './message-validation.ts';
import type { RestServer, RestResponse } from './rest-server.ts';
import type { SnowflakeFactory } from './snowflake.ts';
import { Permission, type FakeChannel, type World } from './world.ts';

export interface ChannelContext {
  world: World;
  messages: MessageStore;
  ids: SnowflakeFactory;
  violations: PolicyViolation[];
  /** Sends a gateway dispatch when the bot is connected (THREAD_CREATE). */
  dispatch(t: string, d: unknown): void;
  /** Discord echoes the bot's own posts back as MESSAGE_CREATE (given the message intents). */
  echo(message: FakeMessage): void;
  /** Every create that enforce_nonce answered with an earlier message instead of a new one. */
  nonceRepeats: NonceRepeat[];
}

export interface NonceRepeat {
  channelId: string;
  nonce: string;
  /** The message returned again. */
  messageId: string;
}

/** How long Discord remembers a nonce for `enforce_nonce` ("the past few minutes"). */
export const NONCE_WINDOW_MS = 5 * 60_000;

/** Channels, channel messages and threads, with Discord's 10003 / 50001 / 50013 answers. */
export function registerChannelRoutes(rest: RestServer, ctx: ChannelContext): void {
  const { world, messages } = ctx;
  /** `channel:author:nonce` -> the message it created, for enforce_nonce. */
  const byNonce = new Map<string, FakeMessage>();

  const visibleChannel = (id: string | undefined): FakeChannel => {
    const channel = id ? world.channels.get(id) : undefined;
    if (!channel) throw unknownChannel();
    if ((world.botPermissions(channel) & Permission.ViewChannel) === 0n) throw missingAccess();
    return channel;
  };
  const channelMessage = (channel: FakeChannel, id: string | undefined): FakeMessage => {
    const message = id ? messages.byId.get(id) : undefined;
    if (!message || message.deleted || message.channelId !== channel.id) throw unknownMessage();
    return message;
  };
  const requirePermission = (channel: FakeChannel, permission: bigint): void => {
    if ((world.botPermissions(channel) & permission) === 0n) throw missingPermissions();
  };

  // Discord refuses a nonce that is not 1 to 25 characters.
  const checkNonce = (body: Record<string, unknown>): void => {
    if (body.nonce === undefined || body.nonce === null) return;
    if (typeof body.nonce !== 'string' || body.nonce.length < 1 || body.nonce.length > 25) {
      const errors = new FormErrors();
      errors.add(['nonce'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 25 in length.');
      errors.throwIfAny();
    }
  };

  rest.route('GET', '/channels/:id', (r) => ({
    status: 200,
    body: world.channelJson(visibleChannel(r.params.id)),
  }));

  rest.route('POST', '/channels/:id/messages', (r) => {
    const channel = visibleChannel(r.params.id);
    requirePermission(channel, channel.parentId ? Permission.SendMessagesInThreads : Permission.SendMessages);
    const body = asObject(r.body);
    validateMessageBody(body, 'create');
    checkNonce(body);
    const nonce = body.nonce === undefined || body.nonce === null ? undefined : String(body.nonce);
    const nonceKey = nonce !== undefined ? `${channel.id}:${world.botUser.id}:${nonce}` : undefined;
    if (nonceKey !== undefined && body.enforce_nonce === true) {
      // Discord: the same author and nonce within a few minutes returns the first message, creating none.
      const first = byNonce.get(nonceKey);
      if (first && !first.deleted && Date.now() - first.createdAt < NONCE_WINDOW_MS) {
        ctx.nonceRepeats.push({ channelId: channel.id, nonce: nonce as string, messageId: first.id });
        return { status: 200, body: messages.toJson(first) };
      }
    }
    const reference = resolveReference(channel, body.message_reference, messages);
    const pings = computePings(body, 'channel', reference !== undefined);
    ctx.violations.push(...checkMentionPolicy('POST /channels/{id}/messages', body, pings));
    const message = messages.add({
      id: ctx.ids.next(),
      channelId: channel.id,
      guildId: channel.guildId,
      author: world.botUser,
      ...bodyToMessageFields(body),
      ...(reference ? { reference: { messageId: reference.id, channelId: channel.id } } : {}),
      pings,
      loading: false,
      mentionIds: [...pings.users, ...(pings.repliedUser && reference ? [reference.author.id] : [])],
      createdAt: Date.now(),
      editCount: 0,
      deleted: false,
      ...(nonce !== undefined ? { nonce } : {}),
    });
    if (nonceKey !== undefined) byNonce.set(nonceKey, message);
    ctx.echo(message);
    return { status: 200, body: messages.toJson(message) };
  });

  rest.route('GET', '/channels/:id/messages/:messageId', (r) => {
    const channel = visibleChannel(r.params.id);
    return { status: 200, body: messages.toJson(channelMessage(channel, r.params.messageId)) };
  });

  rest.route('PATCH', '/channels/:id/messages/:messageId', (r) => {
    const channel = visibleChannel(r.params.id);
    const message = channelMessage(channel, r.params.messageId);
    if (message.author.id !== world.botUser.id)
      throw new DiscordApiError(403, 50005, 'Cannot edit a message authored by another user');
    const body = asObject(r.body);
    validateMessageBody(body, 'edit');
    const merged = {
      ...body,
      content: body.content ?? message.content,
      embeds: body.embeds ?? message.embeds,
      components: body.components ?? message.components,
    };
    const pings = computePings(merged, 'channel', message.reference !== undefined);
    ctx.violations.push(...checkMentionPolicy('PATCH /channels/{id}/messages/{id}', merged, pings));
    messages.update(message, { ...bodyToMessageFields(merged), pings });
    return { status: 200, body: messages.toJson(message) };
  });

  rest.route('DELETE', '/channels/:id/messages/:messageId', (r) => {
    const channel = visibleChannel(r.params.id);
    messages.update(channelMessage(channel, r.params.messageId), { deleted: true });
    return { status: 204 };
  });

  rest.route('POST', '/channels/:id/typing', (r) => {
    visibleChannel(r.params.id);
    return { status: 204 };
  });

  rest.route('POST', '/channels/:id/messages/:messageId/threads', (r) => {
    const channel = visibleChannel(r.params.id);
    const message = channelMessage(channel, r.params.messageId);
    if (message.threadId)
      throw new DiscordApiError(400, 160004, 'A thread has already been created for this message');
    const thread = startThread(channel, asObject(r.body), message.id);
    messages.update(message, { threadId: thread.id });
    return threadResponse(thread);
  });

  rest.route('POST', '/channels/:id/threads', (r) =>
    threadResponse(startThread(visibleChannel(r.params.id), asObject(r.body), ctx.ids.next())),
  );

  rest.route('PUT', '/channels/:id/thread-members/@me', (r) => {
    visibleChannel(r.params.id);
    return { status: 204 };
  });

  function startThread(channel: FakeChannel, body: JsonObject, threadId: string): FakeChannel {
    if (channel.parentId || (channel.type !== 0 && channel.type !== 5)) {
      throw new DiscordApiError(400, 50024, 'Cannot execute action on this channel type');
    }
    requirePermission(channel, Permission.CreatePublicThreads);
    const errors = new FormErrors();
    if (typeof body.name !== 'string' || body.name.length < 1 || body.name.length > 100) {
      errors.add(['name'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
    }
    if (
      body.auto_archive_duration !== undefined &&
      ![60, 1440, 4320, 10080].includes(Number(body.auto_archive_duration))
    ) {
      errors.add(
        ['auto_archive_duration'],
        'BASE_TYPE_CHOICES',
        'Value must be one of {60, 1440, 4320, 10080}.',
      );
    }
    errors.throwIfAny();
    const thread: FakeChannel = {
      id: threadId,
      guildId: channel.guildId,
      name: String(body.name),
      type: 11,
      access: 'ok',
      parentId: channel.id,
      ownerId: world.botUser.id,
    };
    world.channels.set(thread.id, thread);
    ctx.dispatch('THREAD_CREATE', { ...world.channelJson(thread), newly_created: true });
    return thread;
  }

  function threadResponse(thread: FakeChannel): RestResponse {
    return { status: 201, body: world.channelJson(thread) };
  }
}

function resolveReference(
  channel: FakeChannel,
  raw: unknown,
  messages: MessageStore,
): FakeMessage | undefined {
  if (!isObject(raw)) return undefined;
  const referenced = messages.byId.get(String(raw.message_id));
  if (referenced && !referenced.deleted && referenced.channelId === channel.id) return referenced;
  if (raw.fail_if_not_exists === false) return undefined;
  const errors = new FormErrors();
  errors.add(['message_reference'], 'MESSAGE_REFERENCE_UNKNOWN_MESSAGE', 'Unknown message');
  errors.throwIfAny();
  return undefined;
}
