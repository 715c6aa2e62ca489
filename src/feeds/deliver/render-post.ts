import { summarizeArticle } from '../../answer/summary.ts';
import type { Article } from '../../model/schema.ts';
import { continueInThreadRow } from '../../render/ask.ts';
import { BRAND_COLOR, buildEmbed, buildPayload } from '../../render/embed.ts';
import type { MessagePayload } from '../../render/payload.ts';
import type { FeedItem } from '../parse/feed-item.ts';

const SUMMARY_CHARS = 1500;

export interface PostView {
  item: FeedItem;
  /** The article made from the item; absent when ingest failed (the feed's own summary is used). */
  article: Article | undefined;
  sourceName: string;
  /** An ephemeral preview (/feed add, /feed test) has no thread button. */
  preview?: boolean;
}

/**
 * A new story: headline as a link, source, date as a Discord timestamp, the brief summary, and a
 * "Continue in a thread" button that starts a conversation about the article. Every text from the feed
 * is plain text already (parse/html-text.ts); buildEmbed neutralises mentions and fits the limits.
 */
export function renderFeedPost(view: PostView): MessagePayload {
  const { item, article } = view;
  const summary = article ? summarizeArticle(article, 'brief').text : item.summary;
  const published = item.published ?? undefined;
  const fields = [
    { name: 'Source', value: view.sourceName, inline: true },
    ...(published !== undefined
      ? [{ name: 'Published', value: `<t:${Math.floor(published / 1000)}:f>`, inline: true }]
      : []),
  ];
  const embed = buildEmbed({
    title: item.title,
    ...(item.link ? { url: item.link } : {}),
    ...(summary ? { description: clip(summary, SUMMARY_CHARS) } : {}),
    color: BRAND_COLOR,
    fields,
    ...(article
      ? {
          footer: view.preview
            ? `Article id: ${article.id}`
            : `Ask about it below, or /ask article:${article.id}`,
        }
      : {}),
  });
  return buildPayload({
    embeds: [embed],
    ...(article && !view.preview ? { components: [continueInThreadRow(article.id)] } : {}),
    ...(view.preview ? { ephemeral: true } : {}),
  });
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
