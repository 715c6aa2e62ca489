import {
  InteractionContextType,
  PermissionFlagsBits,
  SlashCommandBuilder,
  type SlashCommandSubcommandBuilder,
} from '../src/bot/discord.ts';
import {
  MAX_AUTOCOMPLETE_CHOICES,
  type AutocompleteChoice,
  type AutocompleteContext,
  type Command,
  type CommandResult,
  type InvocationContext,
} from '../src/bot/command.ts';
import { UserError } from '../src/core/errors.ts';
import { MAX_FILTER_LENGTH } from '../src/feeds/filter/item-filter.ts';
import { renderAdded, renderChanged, renderList, renderTest } from '../src/feeds/render.ts';
import type { FeedService } from '../src/feeds/service.ts';
import { POSTABLE_CHANNEL_TYPES, requirePostableChannel, serverChannelOption } from './shared/channel.ts';

const feedOption = (sub: SlashCommandSubcommandBuilder, description: string) =>
  sub.addStringOption((option) =>
    option
      .setName('feed')
      .setDescription(description)
      .setRequired(true)
      .setAutocomplete(true)
      .setMaxLength(20),
  );

const data = new SlashCommandBuilder()
  .setName('feed')
  .setDescription('News feeds (RSS, Atom, JSON Feed) posted to this server’s channels (Manage Server).')
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(InteractionContextType.Guild)
  .addSubcommand((sub) =>
    sub
      .setName('add')
      .setDescription('Follow a feed: new stories are posted with a summary.')
      .addStringOption((option) =>
        option
          .setName('url')
          .setDescription('The feed address (http or https)')
          .setRequired(true)
          .setMaxLength(2000),
      )
      .addChannelOption((option) =>
        option
          .setName('channel')
          .setDescription('Where new stories go')
          .setRequired(true)
          .addChannelTypes(...POSTABLE_CHANNEL_TYPES),
      )
      .addStringOption((option) =>
        option
          .setName('filter')
          .setDescription('Only stories with any of these words (-word excludes), or a /regex/')
          .setMaxLength(MAX_FILTER_LENGTH),
      )
      .addStringOption((option) =>
        option
          .setName('post')
          .setDescription('Post each story at once (default), or leave them for the scheduled digest')
          .addChoices({ name: 'each', value: 'each' }, { name: 'digest', value: 'digest' }),
      ),
  )
  .addSubcommand((sub) =>
    sub.setName('list').setDescription('The feeds, their state, last success and last error.'),
  )
  .addSubcommand((sub) =>
    feedOption(sub.setName('remove').setDescription('Stop following a feed.'), 'Which feed'),
  )
  .addSubcommand((sub) =>
    feedOption(sub.setName('pause').setDescription('Stop posting from a feed until resumed.'), 'Which feed'),
  )
  .addSubcommand((sub) =>
    feedOption(sub.setName('resume').setDescription('Resume a paused feed.'), 'Which feed'),
  )
  .addSubcommand((sub) =>
    feedOption(
      sub.setName('test').setDescription('Fetch now and show what the next post would look like.'),
      'Which feed',
    ),
  );

function feedsOf(ctx: { services: { feeds?: FeedService } }): FeedService {
  const feeds = ctx.services.feeds;
  if (!feeds) throw new UserError('Feeds are not available here.');
  return feeds;
}

async function execute(ctx: InvocationContext): Promise<CommandResult> {
  if (ctx.guildId === null) throw new UserError('`/feed` only works in a server.');
  if (!ctx.canManageGuild) throw new UserError('You need the Manage Server permission to manage feeds.');
  const guildId = ctx.guildId;
  const feeds = feedsOf(ctx);
  const feedId = () => {
    const value = ctx.options.getString('feed');
    if (!value) throw new UserError('Pick a feed (its number in `/feed list`).');
    return value;
  };

  switch (ctx.options.getSubcommand()) {
    case 'add': {
      const url = ctx.options.getString('url');
      const channel = await serverChannelOption(ctx, 'channel');
      if (!url || !channel) throw new UserError('`/feed add` needs a feed URL and a channel.');
      requirePostableChannel(channel);
      const post = ctx.options.getString('post');
      if (post !== undefined && post !== 'each' && post !== 'digest')
        throw new UserError('`post` is each or digest.');
      const result = await feeds.add(guildId, {
        url,
        channelId: channel.id,
        filter: ctx.options.getString('filter'),
        postMode: post,
      });
      return { payload: renderAdded(result) };
    }
    case 'list':
      return { payload: renderList(await feeds.list(guildId), feeds.maxFeedsPerServer) };
    case 'remove':
      return { payload: renderChanged(await feeds.remove(guildId, feedId()), 'removed') };
    case 'pause':
      return { payload: renderChanged(await feeds.pause(guildId, feedId()), 'paused') };
    case 'resume':
      return { payload: renderChanged(await feeds.resume(guildId, feedId()), 'resumed') };
    case 'test':
      return { payload: renderTest(await feeds.test(guildId, feedId())) };
    default:
      throw new UserError('Choose one of: add, list, remove, pause, resume, test.');
  }
}

/** The server's feeds matching what was typed (number, title or URL). */
async function feedChoices(ctx: AutocompleteContext): Promise<AutocompleteChoice[]> {
  if (ctx.guildId === null || ctx.focused.name !== 'feed' || !ctx.services.feeds) return [];
  const typed = ctx.focused.value.trim().toLowerCase();
  return (await ctx.services.feeds.list(ctx.guildId))
    .map((s) => ({
      id: String(s.id),
      label: `${s.id}. ${s.source.title ?? s.source.url}${s.paused ? ' (paused)' : ''}`,
      url: s.source.url,
    }))
    .filter(
      (s) =>
        !typed ||
        s.id === typed ||
        s.label.toLowerCase().includes(typed) ||
        s.url.toLowerCase().includes(typed),
    )
    .slice(0, MAX_AUTOCOMPLETE_CHOICES)
    .map((s) => ({ name: s.label.length <= 100 ? s.label : `${s.label.slice(0, 99)}…`, value: s.id }));
}

export default {
  data,
  defer: 'ephemeral',
  execute,
  autocomplete: feedChoices,
} satisfies Command;
