import { EventEmitter } from 'node:events';
import { asArray, isObject, type JsonObject } from './json.ts';
import type { Pings } from './message-validation.ts';
import type { UserSpec, World } from './world.ts';

export interface FakeMessage {
  id: string;
  channelId: string;
  guildId: string | null;
  author: UserSpec;
  content: string;
  embeds: JsonObject[];
  components: JsonObject[];
  flags: number;
  /** The allowed_mentions the sender gave (undefined when absent). */
  allowedMentions: unknown;
  reference?: { messageId: string; channelId: string };
  pings: Pings;
  /** Set for interaction responses (the original or a follow-up). */
  interactionId?: string;
  /** Who ran the interaction a response belongs to (Discord's interaction_metadata.user). */
  interactionUser?: UserSpec;
  /** Deferred responses show "thinking" until the original is edited. */
  loading: boolean;
  threadId?: string;
  /** Users this message mentions (for user-authored messages). */
  mentionIds: string[];
  createdAt: number;
  editCount: number;
  deleted: boolean;
  /** The nonce the creating request carried (Discord echoes it in the create response). */
  nonce?: string;
}

const EPHEMERAL = 64;
const LOADING = 128;

export class MessageStore extends EventEmitter {
  readonly byId = new Map<string, FakeMessage>();
  /** Every message the bot created, in order (channel posts, interaction responses, follow-ups). */
  readonly botMessages: FakeMessage[] = [];

  constructor(private readonly world: World) {
    super();
    this.setMaxListeners(0);
  }

  add(message: FakeMessage): FakeMessage {
    this.byId.set(message.id, message);
    if (message.author.id === this.world.botUser.id) this.botMessages.push(message);
    this.emit('changed', message);
    return message;
  }

  update(message: FakeMessage, patch: Partial<FakeMessage>): FakeMessage {
    Object.assign(message, patch, { editCount: message.editCount + 1 });
    this.emit('changed', message);
    return message;
  }

  /** Resolves with the first bot message (existing or future, created or edited) that matches. */
  waitFor(
    predicate: (message: FakeMessage) => boolean,
    description: string,
    timeoutMs: number,
  ): Promise<FakeMessage> {
    const existing = this.botMessages.find((m) => !m.deleted && predicate(m));
    if (existing) return Promise.resolve(existing);
    return new Promise((resolve, reject) => {
      const listener = (message: FakeMessage) => {
        if (message.author.id !== this.world.botUser.id || message.deleted || !predicate(message)) return;
        clearTimeout(timer);
        this.off('changed', listener);
        resolve(message);
      };
      const timer = setTimeout(() => {
        this.off('changed', listener);
        reject(new Error(`no bot message ${description} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.on('changed', listener);
    });
  }

  /** Discord's message JSON; a reply carries the replied-to message, which carries no replied-to message of its own. */
  toJson(message: FakeMessage, withReferencedMessage = true): JsonObject {
    const json: JsonObject = {
      id: message.id,
      type: message.reference ? 19 : message.interactionId ? 20 : 0,
      channel_id: message.channelId,
      author: this.world.userJson(message.author),
      content: message.content,
      timestamp: new Date(message.createdAt).toISOString(),
      edited_timestamp: message.editCount > 0 ? new Date().toISOString() : null,
      tts: false,
      mention_everyone: message.pings.everyone,
      mentions: message.mentionIds.map((id) => this.world.userJson(this.userById(id))),
      mention_roles: [],
      attachments: [],
      embeds: message.embeds,
      components: message.components,
      pinned: false,
      flags: message.flags | (message.loading ? LOADING : 0),
    };
    if (message.guildId) json.guild_id = message.guildId;
    if (message.nonce !== undefined) json.nonce = message.nonce;
    if (message.reference) {
      json.message_reference = {
        type: 0,
        message_id: message.reference.messageId,
        channel_id: message.reference.channelId,
      };
      if (withReferencedMessage) {
        const referenced = this.byId.get(message.reference.messageId);
        json.referenced_message = referenced ? this.toJson(referenced, false) : null;
      }
    }
    if (message.interactionId) {
      json.application_id = this.world.botUser.id;
      const user = message.interactionUser ? this.world.userJson(message.interactionUser) : undefined;
      json.interaction_metadata = {
        id: message.interactionId,
        type: 2,
        ...(user ? { user } : {}),
        authorizing_integration_owners: {},
      };
    }
    if (message.threadId) json.thread = { id: message.threadId };
    return json;
  }

  private userById(id: string): UserSpec {
    if (id === this.world.botUser.id) return this.world.botUser;
    return { id, username: `user-${id.slice(-4)}` };
  }
}

export function bodyToMessageFields(
  body: JsonObject,
): Pick<FakeMessage, 'content' | 'embeds' | 'components' | 'flags' | 'allowedMentions'> {
  return {
    content: typeof body.content === 'string' ? body.content : '',
    embeds: asArray(body.embeds).filter(isObject),
    components: asArray(body.components).filter(isObject),
    flags: Number(body.flags ?? 0) & ~LOADING,
    allowedMentions: body.allowed_mentions,
  };
}

export function isEphemeral(message: FakeMessage): boolean {
  return (message.flags & EPHEMERAL) !== 0;
}

/** All the visible text of a message (content, embed titles, descriptions, fields, footers), for assertions. */
export function messageText(message: FakeMessage): string {
  const parts = [message.content];
  for (const embed of message.embeds) {
    const fields = asArray(embed.fields).filter(isObject);
    parts.push(
      String(embed.title ?? ''),
      String(embed.description ?? ''),
      ...fields.flatMap((f) => [String(f.name ?? ''), String(f.value ?? '')]),
      isObject(embed.footer) ? String(embed.footer.text ?? '') : '',
      isObject(embed.author) ? String(embed.author.name ?? '') : '',
    );
  }
  for (const row of message.components) {
    for (const component of asArray(row.components).filter(isObject))
      parts.push(String(component.label ?? ''));
  }
  return parts.filter(Boolean).join('\n');
}
