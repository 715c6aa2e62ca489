import { MessageFlags, RESTJSONErrorCodes } from './discord.ts';
import type {
  APIActionRowComponent,
  APIComponentInMessageActionRow,
  BaseMessageOptions,
  InteractionReplyOptions,
  MessageMentionOptions,
  RepliableInteraction,
} from './discord.ts';
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
 * A 40060 (already acknowledged) answering our own first response: discord.js sent the callback again after
 * its 15 s timeout, and the first attempt had reached Discord. Only this bot answers its interactions, so
 * the interaction is in the state that first attempt asked for.
 */
function isOwnCallbackRetried(error: unknown): boolean {
  return (
    (error as { code?: unknown } | null)?.code === RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged
  );
}

/**
 * Defers the response ("thinking"). When Discord answers the deferral so late that discord.js retries it,
 * the retry's 40060 is not a failure: the interaction is deferred, and the reply is still to be sent.
 */
export async function deferReply(interaction: RepliableInteraction, ephemeral: boolean): Promise<void> {
  try {
    await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
  } catch (error) {
    if (!isOwnCallbackRetried(error)) throw error;
    interaction.deferred = true;
    interaction.ephemeral = ephemeral;
  }
}

/** The first reply; a retried one whose first attempt landed (40060) counts as sent. */
async function firstReply(interaction: RepliableInteraction, payload: MessagePayload): Promise<void> {
  try {
    await interaction.reply(toReplyOptions(payload));
  } catch (error) {
    if (!isOwnCallbackRetried(error)) throw error;
    interaction.replied = true;
    interaction.ephemeral = isEphemeral(payload);
  }
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
    await firstReply(interaction, payload);
  }
}
