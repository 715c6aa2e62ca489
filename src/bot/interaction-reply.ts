import type {
  APIActionRowComponent,
  APIComponentInMessageActionRow,
  BaseMessageOptions,
  InteractionReplyOptions,
  MessageMentionOptions,
  RepliableInteraction,
} from 'discord.js';
import { EPHEMERAL_FLAG, type MessagePayload } from '../render/payload.ts';

/** The payload's allowed_mentions in discord.js form (which it turns back into allowed_mentions on the wire). */
function allowedMentions(payload: MessagePayload): MessageMentionOptions {
  const mentions: MessageMentionOptions = { parse: [...payload.allowed_mentions.parse] };
  if (payload.allowed_mentions.users) mentions.users = payload.allowed_mentions.users;
  if (payload.allowed_mentions.roles) mentions.roles = payload.allowed_mentions.roles;
  mentions.repliedUser = payload.allowed_mentions.replied_user ?? false;
  return mentions;
}

/** A payload as discord.js message options; embeds and components pass through as raw API JSON. */
export function toMessageOptions(payload: MessagePayload): BaseMessageOptions {
  const options: BaseMessageOptions = { allowedMentions: allowedMentions(payload) };
  if (payload.content !== undefined) options.content = payload.content;
  if (payload.embeds) options.embeds = payload.embeds;
  if (payload.components) {
    // Our ActionRow is the API's JSON shape; the cast only bridges its looser optional fields.
    options.components =
      payload.components as unknown as APIActionRowComponent<APIComponentInMessageActionRow>[];
  }
  return options;
}

export function isEphemeral(payload: MessagePayload): boolean {
  return ((payload.flags ?? 0) & EPHEMERAL_FLAG) !== 0;
}

function toReplyOptions(payload: MessagePayload): InteractionReplyOptions {
  const options: InteractionReplyOptions = { ...toMessageOptions(payload) };
  if (isEphemeral(payload)) options.flags = EPHEMERAL_FLAG;
  return options;
}

/**
 * Sends a payload as the interaction's response, whatever state it is in: a first reply, an edit of a
 * deferred reply (or, when an ephemeral payload follows a public deferral, a private follow-up in its place),
 * or a follow-up after a reply.
 */
export async function respondWith(
  interaction: RepliableInteraction,
  payload: MessagePayload,
  deferredEphemerally = false,
): Promise<void> {
  if (interaction.replied) {
    await interaction.followUp(toReplyOptions(payload));
  } else if (interaction.deferred) {
    if (isEphemeral(payload) && !deferredEphemerally) {
      await interaction.deleteReply().catch(() => undefined);
      await interaction.followUp(toReplyOptions(payload));
    } else {
      await interaction.editReply(toMessageOptions(payload));
    }
  } else {
    await interaction.reply(toReplyOptions(payload));
  }
}
