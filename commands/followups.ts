import {
  ChannelType,
  InteractionContextType,
  PermissionFlagsBits,
  SlashCommandBuilder,
} from '../src/bot/discord.ts';
import type { Command, CommandResult, InvocationContext } from '../src/bot/command.ts';
import { UserError } from '../src/core/errors.ts';
import { isSnowflake } from '../src/core/channel-check.ts';
import { serverChannelOption } from './shared/channel.ts';
import { EPHEMERAL_FLAG, NO_MENTIONS } from '../src/render/payload.ts';

/** Channels whose messages can carry follow-ups: text, announcement and forum (its posts are threads). */
const FOLLOWUP_CHANNEL_TYPES = [
  ChannelType.GuildText,
  ChannelType.GuildAnnouncement,
  ChannelType.GuildForum,
] as const;

const data = new SlashCommandBuilder()
  .setName('followups')
  .setDescription('Choose where the bot answers follow-up questions (Manage Server).')
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(InteractionContextType.Guild)
  .addSubcommand((sub) =>
    sub
      .setName('allow')
      .setDescription(
        'Answer follow-ups in this channel (and its threads); other channels stop unless allowed too.',
      )
      .addChannelOption((option) =>
        option
          .setName('channel')
          .setDescription('The channel to answer in')
          .setRequired(true)
          .addChannelTypes(...FOLLOWUP_CHANNEL_TYPES),
      ),
  )
  .addSubcommand((sub) =>
    sub
      .setName('disallow')
      .setDescription('Stop answering follow-ups in a channel you allowed earlier.')
      .addChannelOption((option) =>
        option.setName('channel').setDescription('The channel to remove from the list').setRequired(true),
      ),
  )
  .addSubcommand((sub) => sub.setName('list').setDescription('Show where follow-ups are answered.'))
  .addSubcommand((sub) =>
    sub
      .setName('everywhere')
      .setDescription('Answer follow-ups in every channel again (remove the restriction).'),
  );

async function execute(ctx: InvocationContext): Promise<CommandResult> {
  if (ctx.guildId === null) throw new UserError('`/followups` only works in a server.');
  if (!ctx.canManageGuild)
    throw new UserError('You need the Manage Server permission to change where I answer.');
  const guildId = ctx.guildId;
  const settings = ctx.services.followupSettings;

  switch (ctx.options.getSubcommand()) {
    case 'allow': {
      const channelId = await requiredChannel(ctx, { mustBeInServer: true });
      const added = await settings.allow(guildId, channelId);
      return reply(
        `${added ? 'Added' : 'Already listed:'} <#${channelId}>. ${describe(await settings.allowedChannels(guildId))}`,
      );
    }
    case 'disallow': {
      // A deleted channel can still be taken off the list, so only its id's shape is checked.
      const channelId = await requiredChannel(ctx, { mustBeInServer: false });
      const removed = await settings.disallow(guildId, channelId);
      const now = describe(await settings.allowedChannels(guildId));
      return reply(
        removed ? `Removed <#${channelId}>. ${now}` : `<#${channelId}> was not in the list. ${now}`,
      );
    }
    case 'list':
      return reply(describe(await settings.allowedChannels(guildId)));
    case 'everywhere': {
      const removed = await settings.clear(guildId);
      return reply(
        removed > 0 ? `Restriction removed. ${describe([])}` : `There was no restriction. ${describe([])}`,
      );
    }
    default:
      throw new UserError('Choose one of: allow, disallow, list, everywhere.');
  }
}

async function requiredChannel(
  ctx: InvocationContext,
  { mustBeInServer }: { mustBeInServer: boolean },
): Promise<string> {
  const channel = mustBeInServer
    ? await serverChannelOption(ctx, 'channel')
    : ctx.options.getChannel('channel');
  if (channel === undefined) throw new UserError('Pick a channel with the `channel` option.');
  if (!isSnowflake(channel.id))
    throw new UserError('`channel` is not a channel id. Pick a channel from the list.');
  return channel.id;
}

function describe(channelIds: readonly string[]): string {
  if (channelIds.length === 0)
    return 'I answer follow-ups in every channel where I can read and am mentioned.';
  return `I answer follow-ups only in: ${channelIds.map((id) => `<#${id}>`).join(', ')} (and their threads).`;
}

function reply(content: string): CommandResult {
  return { payload: { content, flags: EPHEMERAL_FLAG, allowed_mentions: NO_MENTIONS } };
}

export default { data, execute } satisfies Command;
