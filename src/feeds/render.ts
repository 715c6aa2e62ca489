import { BRAND_COLOR, buildEmbed, buildPayload } from '../render/embed.ts';
import type { Embed, MessagePayload } from '../render/payload.ts';
import { userText } from '../render/text.ts';
import { renderFeedPost } from './deliver/render-post.ts';
import type { AddResult, TestResult } from './service.ts';
import type { SubscriptionWithSource } from './store/feed-store.ts';

/** Pure renderers for the /feed replies (all ephemeral). Feed titles and URLs are echoed as plain text. */

const time = (ms: number, style: 'f' | 'R' = 'R') => `<t:${Math.floor(ms / 1000)}:${style}>`;
const PAUSED_COLOR = 0xb7791f;
const MAX_LISTED = 25;

function name(subscription: SubscriptionWithSource): string {
  return userText(subscription.source.title ?? new URL(subscription.source.url).host);
}

function ephemeral(embeds: Embed[], content?: string): MessagePayload {
  return buildPayload({ embeds, ephemeral: true, ...(content ? { content } : {}) });
}

function modeText(subscription: { postMode: string }): string {
  return subscription.postMode === 'digest'
    ? 'left for the scheduled digest'
    : 'each story posted as it comes';
}

export function renderAdded(result: AddResult): MessagePayload {
  const { subscription } = result;
  const found =
    result.itemsFound === 1 ? 'It lists 1 story now' : `It lists ${result.itemsFound} stories now`;
  const summary = buildEmbed({
    title: `Feed ${subscription.id} added: ${userText(result.feedTitle)}`,
    color: BRAND_COLOR,
    description:
      `${found}; they count as already seen, so nothing is posted for them. ` +
      `From now on new stories go to <#${subscription.channelId}> (${modeText(subscription)}).` +
      (subscription.filter ? `\nFilter: \`${userText(subscription.filter)}\`` : ''),
    footer: result.latest
      ? 'The latest story, as a post would show it (without its summary):'
      : 'The feed lists no stories yet.',
  });
  const preview = result.latest
    ? (renderFeedPost({
        item: result.latest,
        article: undefined,
        sourceName: result.feedTitle,
        preview: true,
      }).embeds ?? [])
    : [];
  return ephemeral([summary, ...preview]);
}

export function renderList(subscriptions: readonly SubscriptionWithSource[], max: number): MessagePayload {
  if (subscriptions.length === 0) {
    return ephemeral([
      buildEmbed({
        title: 'No feeds yet',
        description: 'Add one with `/feed add url:<feed address> channel:#news`.',
      }),
    ]);
  }
  const fields = subscriptions.slice(0, MAX_LISTED).map((subscription) => {
    const source = subscription.source;
    const state = subscription.paused
      ? `⏸️ paused: ${userText(subscription.pauseReason ?? 'paused')}`
      : source.consecutiveFailures > 0
        ? `⚠️ active, ${source.consecutiveFailures} failed fetch(es) in a row`
        : '✅ active';
    const lines = [
      `<${source.url}>`,
      `→ <#${subscription.channelId}>, ${modeText(subscription)}`,
      ...(subscription.filter ? [`filter: \`${userText(subscription.filter)}\``] : []),
      state,
      `last success: ${source.lastSuccessAt ? time(source.lastSuccessAt) : 'never'}`,
      ...(source.lastError && source.lastErrorAt
        ? [`last error ${time(source.lastErrorAt)}: ${userText(source.lastError)}`]
        : []),
    ];
    return { name: `${subscription.id}. ${name(subscription)}`, value: lines.join('\n') };
  });
  return ephemeral([
    buildEmbed({
      title: `Feeds on this server (${subscriptions.length} of at most ${max})`,
      color: subscriptions.some((s) => s.paused) ? PAUSED_COLOR : BRAND_COLOR,
      fields,
      ...(subscriptions.length > MAX_LISTED ? { footer: `Showing the first ${MAX_LISTED}.` } : {}),
    }),
  ]);
}

export function renderChanged(
  subscription: SubscriptionWithSource,
  what: 'removed' | 'paused' | 'resumed',
): MessagePayload {
  const text = {
    removed: `Feed ${subscription.id} removed: <#${subscription.channelId}> no longer gets ${name(subscription)}.`,
    paused: `Feed ${subscription.id} paused: nothing is posted from ${name(subscription)} until \`/feed resume feed:${subscription.id}\`.`,
    resumed: `Feed ${subscription.id} resumed: ${name(subscription)} is fetched now and new stories go to <#${subscription.channelId}>.`,
  }[what];
  return ephemeral([
    buildEmbed({ description: text, color: what === 'paused' ? PAUSED_COLOR : BRAND_COLOR }),
  ]);
}

export function renderTest(result: TestResult): MessagePayload {
  const filtered = result.filteredOut > 0 ? ` (${result.filteredOut} left out by the filter)` : '';
  if (!result.next) {
    return ephemeral([
      buildEmbed({
        title: `Feed test: ${userText(result.feedTitle)}`,
        description: `The feed works and lists ${result.itemsFound} stories${filtered}, but none would be posted.`,
      }),
    ]);
  }
  const post = renderFeedPost({
    item: result.next.item,
    article: result.next.article,
    sourceName: result.feedTitle,
    preview: true,
  });
  return ephemeral(
    post.embeds ?? [],
    `Feed test: the feed works and lists ${result.itemsFound} stories${filtered}. The next post would look like this (only you see it):`,
  );
}
