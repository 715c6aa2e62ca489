import type { JsonObject } from './json.ts';
import type { FakeMessage, MessageStore } from './message-store.ts';
import type { SnowflakeFactory } from './snowflake.ts';
import type { UserSpec, World } from './world.ts';

export interface UserMessageSpec {
  content: string;
  channelId?: string;
  author?: UserSpec;
  /** Reply to this message (a FakeMessage or its id). */
  replyTo?: FakeMessage | string;
  /** Whether the reply pings the replied-to author (Discord's client default: yes). */
  pingRepliedAuthor?: boolean;
  /** Sent by a webhook (webhook_id set, author flagged bot). */
  webhook?: boolean;
}

const GUILD_MESSAGES = 1 << 9;
const DIRECT_MESSAGES = 1 << 12;
const MESSAGE_CONTENT = 1 << 15;

export type UserMessageDispatch =
  { kind: 'dispatch'; payload: JsonObject } | { kind: 'dropped'; reason: string };

/**
 * Builds a member's message and its MESSAGE_CREATE as Discord delivers it: without the Message Content
 * intent the content (and embeds, components) arrive empty unless the bot is mentioned or it is a DM.
 */
export function buildUserMessage(
  world: World,
  store: MessageStore,
  ids: SnowflakeFactory,
  intents: number,
  spec: UserMessageSpec,
): { message: FakeMessage; dispatch: UserMessageDispatch } {
  const channel = spec.channelId
    ? world.channels.get(spec.channelId)
    : world.textChannels(world.firstGuild().id)[0];
  if (!channel) throw new Error(`the fake has no channel ${spec.channelId ?? '(default)'}`);
  const author = spec.author ?? world.defaultUser;
  const replyToId = typeof spec.replyTo === 'string' ? spec.replyTo : spec.replyTo?.id;
  const referenced = replyToId ? store.byId.get(replyToId) : undefined;
  if (replyToId && !referenced) throw new Error(`cannot reply to unknown message ${replyToId}`);
  const mentionIds = [...spec.content.matchAll(/<@!?(\d+)>/g)].map((m) => m[1] ?? '');
  if (referenced && spec.pingRepliedAuthor !== false && !mentionIds.includes(referenced.author.id))
    mentionIds.push(referenced.author.id);
  const everyone = /@(everyone|here)/.test(spec.content);
  const message = store.add({
    id: ids.next(),
    channelId: channel.id,
    guildId: channel.guildId,
    author: spec.webhook ? { ...author, bot: true } : author,
    content: spec.content,
    embeds: [],
    components: [],
    flags: 0,
    allowedMentions: undefined,
    ...(referenced ? { reference: { messageId: referenced.id, channelId: channel.id } } : {}),
    pings: { everyone, users: mentionIds, roles: [], repliedUser: false },
    loading: false,
    mentionIds,
    createdAt: Date.now(),
    editCount: 0,
    deleted: false,
  });

  const needed = channel.guildId ? GUILD_MESSAGES : DIRECT_MESSAGES;
  if ((intents & needed) === 0)
    return { message, dispatch: { kind: 'dropped', reason: 'the bot did not ask for the message intent' } };
  const payload = store.toJson(message);
  const canRead =
    (intents & MESSAGE_CONTENT) !== 0 ||
    !channel.guildId ||
    mentionIds.includes(world.botUser.id) ||
    author.id === world.botUser.id;
  if (!canRead) Object.assign(payload, { content: '', embeds: [], components: [], attachments: [] });
  if (spec.webhook) payload.webhook_id = ids.next();
  if (channel.guildId && !spec.webhook) {
    const { user: _user, ...member } = world.memberJson(author);
    payload.member = member;
  }
  return { message, dispatch: { kind: 'dispatch', payload } };
}
