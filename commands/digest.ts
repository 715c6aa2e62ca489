import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from '../src/bot/discord.ts';
import {
  MAX_AUTOCOMPLETE_CHOICES,
  type AutocompleteChoice,
  type AutocompleteContext,
  type Command,
  type CommandResult,
  type InvocationContext,
} from '../src/bot/command.ts';
import { UserError } from '../src/core/errors.ts';
import { POSTABLE_CHANNEL_TYPES, requirePostableChannel, serverChannelOption } from './shared/channel.ts';
import {
  renderOverview,
  renderPaused,
  renderPostNow,
  renderRemoved,
  renderScheduled,
} from '../src/digest/render.ts';

const data = new SlashCommandBuilder()
  .setName('digest')
  .setDescription('Scheduled news digests for this server (Manage Server).')
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(InteractionContextType.Guild)
  .addSubcommand((sub) =>
    sub
      .setName('set')
      .setDescription('Post a digest of new stories on a schedule.')
      .addChannelOption((option) =>
        option
          .setName('channel')
          .setDescription('Where to post')
          .setRequired(true)
          .addChannelTypes(...POSTABLE_CHANNEL_TYPES),
      )
      .addStringOption((option) =>
        option
          .setName('schedule')
          .setDescription('e.g. "daily 09:00", "weekdays 18:30", "mon 08:00", "every 6 hours", or cron')
          .setRequired(true)
          .setMaxLength(100),
      )
      .addStringOption((option) =>
        option
          .setName('timezone')
          .setDescription('IANA timezone, e.g. Europe/Berlin (default UTC)')
          .setAutocomplete(true),
      )
      .addBooleanOption((option) =>
        option
          .setName('nothing-new-note')
          .setDescription('Post a short note when there is nothing new (default: post nothing)'),
      ),
  )
  .addSubcommand((sub) =>
    sub.setName('show').setDescription('Show the schedule, the last post and any problem.'),
  )
  .addSubcommand((sub) => sub.setName('pause').setDescription('Stop posting digests until resumed.'))
  .addSubcommand((sub) => sub.setName('resume').setDescription('Resume posting digests.'))
  .addSubcommand((sub) => sub.setName('remove').setDescription('Remove the digest schedule.'))
  .addSubcommand((sub) =>
    sub
      .setName('now')
      .setDescription('Post a digest of new stories right now.')
      .addChannelOption((option) =>
        option
          .setName('channel')
          .setDescription('Where to post (default: the digest channel)')
          .addChannelTypes(...POSTABLE_CHANNEL_TYPES),
      ),
  );

async function execute(ctx: InvocationContext): Promise<CommandResult> {
  if (ctx.guildId === null) throw new UserError('`/digest` only works in a server.');
  if (!ctx.canManageGuild) throw new UserError('You need the Manage Server permission to manage digests.');
  const guildId = ctx.guildId;
  const digests = ctx.services.digests;

  switch (ctx.options.getSubcommand()) {
    case 'set': {
      const channel = await serverChannelOption(ctx, 'channel');
      const schedule = ctx.options.getString('schedule');
      if (!channel || !schedule) throw new UserError('`/digest set` needs a channel and a schedule.');
      requirePostableChannel(channel);
      const timezone = ctx.options.getString('timezone');
      const nothingNewNote = ctx.options.getBoolean('nothing-new-note');
      const scheduled = await digests.set(guildId, {
        channelId: channel.id,
        schedule,
        ...(timezone !== undefined ? { timezone } : {}),
        ...(nothingNewNote !== undefined ? { nothingNewNote } : {}),
      });
      return { payload: renderScheduled(scheduled) };
    }
    case 'show':
      return { payload: renderOverview(await digests.show(guildId)) };
    case 'pause':
      await digests.pause(guildId);
      return { payload: renderPaused() };
    case 'resume':
      return { payload: renderScheduled(await digests.resume(guildId), 'Digest resumed') };
    case 'remove':
      return { payload: renderRemoved(await digests.remove(guildId)) };
    case 'now': {
      const channel = await serverChannelOption(ctx, 'channel');
      const outcome = await digests.postNow(guildId, channel?.id);
      const url =
        outcome.kind === 'sent'
          ? ctx.services.channels.messageUrl(guildId, outcome.channelId, outcome.messageId)
          : undefined;
      return { payload: renderPostNow(outcome, url) };
    }
    default:
      throw new UserError('Choose one of: set, show, pause, resume, remove, now.');
  }
}

let timeZoneNames: readonly string[] | undefined;

/** IANA names matching what was typed: prefix matches first, then matches anywhere (so "berlin" finds Europe/Berlin). */
export function timeZoneChoices(typed: string): AutocompleteChoice[] {
  timeZoneNames ??= ['UTC', ...Intl.supportedValuesOf('timeZone').filter((name) => name !== 'UTC')];
  const query = typed.trim().toLowerCase().replace(/\s+/g, '_');
  const prefix = timeZoneNames.filter((name) => name.toLowerCase().startsWith(query));
  const anywhere = timeZoneNames.filter(
    (name) => !prefix.includes(name) && name.toLowerCase().includes(query),
  );
  return [...prefix, ...anywhere].slice(0, MAX_AUTOCOMPLETE_CHOICES).map((name) => ({ name, value: name }));
}

export default {
  data,
  defer: 'ephemeral',
  execute,
  autocomplete(ctx: AutocompleteContext): AutocompleteChoice[] {
    return ctx.focused.name === 'timezone' ? timeZoneChoices(ctx.focused.value) : [];
  },
} satisfies Command;
