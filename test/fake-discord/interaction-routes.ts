import { EventEmitter } from 'node:events';
import {
  FormErrors,
  alreadyAcknowledged,
  unknownInteraction,
  unknownMessage,
  unknownWebhook,
} from './api-error.ts';
import { asArray, asObject, isObject, type JsonObject } from './json.ts';
import { bodyToMessageFields, type FakeMessage, type MessageStore } from './message-store.ts';
import {
  checkMentionPolicy,
  computePings,
  validateMessageBody,
  type PolicyViolation,
} from './message-validation.ts';
import type { RestServer, RestResponse } from './rest-server.ts';
import type { SnowflakeFactory } from './snowflake.ts';
import type { World } from './world.ts';

export interface CallbackRecord {
  type: number;
  data: JsonObject | undefined;
  /** Milliseconds from the dispatch to the callback's arrival. */
  latencyMs: number;
}

export interface FakeInteraction {
  id: string;
  token: string;
  /** 2 command, 3 component, 4 autocomplete. */
  type: number;
  payload: JsonObject;
  channelId: string;
  guildId: string | null;
  dispatchedAt: number;
  callback?: CallbackRecord;
  originalMessageId?: string;
  followupIds: string[];
}

export interface InteractionContext {
  world: World;
  messages: MessageStore;
  ids: SnowflakeFactory;
  applicationId: string;
  callbackDeadlineMs: number;
  violations: PolicyViolation[];
}

const allowedCallbackTypes: Record<number, number[]> = { 2: [4, 5, 9], 3: [4, 5, 6, 7, 9], 4: [8] };

/** Interaction callbacks and the interaction webhooks (@original, follow-ups), with Discord's timing rules. */
export class InteractionRoutes extends EventEmitter {
  readonly byId = new Map<string, FakeInteraction>();
  private readonly byToken = new Map<string, FakeInteraction>();

  constructor(private readonly ctx: InteractionContext) {
    super();
    this.setMaxListeners(0);
  }

  track(interaction: FakeInteraction): void {
    this.byId.set(interaction.id, interaction);
    this.byToken.set(interaction.token, interaction);
  }

  register(rest: RestServer): void {
    rest.route(
      'POST',
      '/interactions/:id/:token/callback',
      (r) => this.callback(r.params.id ?? '', r.params.token ?? '', asObject(r.body), r.query),
      { auth: false },
    );
    const message = '/webhooks/:app/:token/messages/:messageId';
    rest.route(
      'GET',
      message,
      (r) => ({ status: 200, body: this.ctx.messages.toJson(this.webhookMessage(r.params)) }),
      { auth: false },
    );
    rest.route('PATCH', message, (r) => this.editWebhookMessage(r.params, asObject(r.body), r.path), {
      auth: false,
    });
    rest.route(
      'DELETE',
      message,
      (r) => {
        this.ctx.messages.update(this.webhookMessage(r.params), { deleted: true });
        return { status: 204 };
      },
      { auth: false },
    );
    rest.route('POST', '/webhooks/:app/:token', (r) => this.followup(r.params, asObject(r.body), r.path), {
      auth: false,
    });
  }

  private callback(id: string, token: string, body: JsonObject, query: URLSearchParams): RestResponse {
    const interaction = this.byId.get(id);
    if (!interaction || interaction.token !== token) throw unknownInteraction();
    if (interaction.callback) throw alreadyAcknowledged();
    const latencyMs = performance.now() - interaction.dispatchedAt;
    if (latencyMs > this.ctx.callbackDeadlineMs) throw unknownInteraction();
    const type = Number(body.type);
    const data = isObject(body.data) ? body.data : undefined;
    const errors = new FormErrors();
    if (!(allowedCallbackTypes[interaction.type] ?? []).includes(type)) {
      errors.add(
        ['type'],
        'INTERACTION_RESPONSE_TYPE_INVALID',
        `Callback type ${type} is not valid for interaction type ${interaction.type}`,
      );
    }
    if (type === 8) checkChoices(errors, data);
    if (type === 9) checkModal(errors, data);
    errors.throwIfAny();
    if (type === 4 || type === 7) validateMessageBody(data ?? {}, type === 4 ? 'create' : 'edit');
    const route = `POST /interactions/{id}/{token}/callback (type ${type})`;
    let message: FakeMessage | undefined;
    if (type === 4 || type === 5) {
      message = this.createMessage(
        interaction,
        type === 4 ? (data ?? {}) : { flags: data?.flags },
        type === 5,
        route,
      );
      interaction.originalMessageId = message.id;
    } else if (type === 7) {
      message = this.editMessage(this.componentMessage(interaction), data ?? {}, route);
      interaction.originalMessageId = message.id;
    } else if (type === 6) {
      interaction.originalMessageId = this.componentMessage(interaction).id;
    }
    interaction.callback = { type, data, latencyMs };
    this.emit('callback', interaction);
    if (query.get('with_response') !== 'true') return { status: 204 };
    return {
      status: 200,
      body: {
        interaction: {
          id: interaction.id,
          type: interaction.type,
          response_message_loading: type === 5,
          response_message_ephemeral: (Number(data?.flags ?? 0) & 64) !== 0,
        },
        resource: message ? { type, message: this.ctx.messages.toJson(message) } : { type },
      },
    };
  }

  private interactionFor(params: Record<string, string>): FakeInteraction {
    const interaction = this.byToken.get(params.token ?? '');
    if (!interaction || params.app !== this.ctx.applicationId) throw unknownWebhook();
    return interaction;
  }

  private webhookMessage(params: Record<string, string>): FakeMessage {
    const interaction = this.interactionFor(params);
    const id = params.messageId === '@original' ? interaction.originalMessageId : params.messageId;
    const message = id ? this.ctx.messages.byId.get(id) : undefined;
    if (!message || message.deleted) throw unknownMessage();
    return message;
  }

  private editWebhookMessage(params: Record<string, string>, body: JsonObject, path: string): RestResponse {
    const message = this.webhookMessage(params);
    validateMessageBody(body, 'edit');
    const edited = this.editMessage(
      message,
      body,
      `PATCH ${path.replace(/\/webhooks\/\d+\/[^/]+/, '/webhooks/{app}/{token}')}`,
    );
    this.emit('edit', this.interactionFor(params));
    return { status: 200, body: this.ctx.messages.toJson(edited) };
  }

  private followup(params: Record<string, string>, body: JsonObject, _path: string): RestResponse {
    const interaction = this.interactionFor(params);
    if (!interaction.callback) throw unknownWebhook();
    validateMessageBody(body, 'create');
    const route = 'POST /webhooks/{app}/{token}';
    const original = interaction.originalMessageId
      ? this.ctx.messages.byId.get(interaction.originalMessageId)
      : undefined;
    // After a deferral, Discord turns the first follow-up into the "thinking" original.
    const message = original?.loading
      ? this.editMessage(original, body, route)
      : this.createMessage(interaction, body, false, route);
    if (message !== original) interaction.followupIds.push(message.id);
    this.emit('followup', interaction);
    return { status: 200, body: this.ctx.messages.toJson(message) };
  }

  private componentMessage(interaction: FakeInteraction): FakeMessage {
    const id = String(asObject(interaction.payload.message).id ?? '');
    const message = this.ctx.messages.byId.get(id);
    if (!message) throw unknownMessage();
    return message;
  }

  private createMessage(
    interaction: FakeInteraction,
    body: JsonObject,
    loading: boolean,
    route: string,
  ): FakeMessage {
    const pings = computePings(body, 'interaction', false);
    if (!loading) this.ctx.violations.push(...checkMentionPolicy(route, body, pings));
    return this.ctx.messages.add({
      id: this.ctx.ids.next(),
      channelId: interaction.channelId,
      guildId: interaction.guildId,
      author: this.ctx.world.botUser,
      ...bodyToMessageFields(body),
      pings,
      interactionId: interaction.id,
      interactionUser: invokingUser(interaction.payload),
      loading,
      mentionIds: [],
      createdAt: Date.now(),
      editCount: 0,
      deleted: false,
    });
  }

  private editMessage(message: FakeMessage, body: JsonObject, route: string): FakeMessage {
    const merged: JsonObject = {
      content: body.content ?? message.content,
      embeds: body.embeds ?? message.embeds,
      components: body.components ?? message.components,
      flags: body.flags ?? message.flags,
      allowed_mentions: body.allowed_mentions ?? message.allowedMentions,
    };
    const pings = computePings(merged, 'interaction', false);
    this.ctx.violations.push(
      ...checkMentionPolicy(route, { ...body, allowed_mentions: merged.allowed_mentions }, pings),
    );
    return this.ctx.messages.update(message, { ...bodyToMessageFields(merged), pings, loading: false });
  }
}

function invokingUser(payload: JsonObject): { id: string; username: string } {
  const user = asObject(asObject(payload.member).user ?? payload.user);
  return { id: String(user.id), username: String(user.username) };
}

function checkChoices(errors: FormErrors, data: JsonObject | undefined): void {
  const choices = asArray(data?.choices);
  if (choices.length > 25)
    errors.add(['data', 'choices'], 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
  choices.forEach((choice, i) => {
    const c = asObject(choice);
    if (typeof c.name !== 'string' || c.name.length < 1 || c.name.length > 100) {
      errors.add(
        ['data', 'choices', i, 'name'],
        'BASE_TYPE_BAD_LENGTH',
        'Must be between 1 and 100 in length.',
      );
    }
    if (typeof c.value === 'string' && c.value.length > 100) {
      errors.add(['data', 'choices', i, 'value'], 'BASE_TYPE_MAX_LENGTH', 'Must be 100 or fewer in length.');
    }
  });
}

function checkModal(errors: FormErrors, data: JsonObject | undefined): void {
  if (typeof data?.custom_id !== 'string' || data.custom_id.length > 100)
    errors.add(['data', 'custom_id'], 'BASE_TYPE_REQUIRED', 'This field is required');
  if (typeof data?.title !== 'string' || data.title.length > 45)
    errors.add(['data', 'title'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 45 in length.');
  const rows = asArray(data?.components);
  if (rows.length < 1 || rows.length > 5)
    errors.add(['data', 'components'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 5 in length.');
}
