import type { Article } from '../model/schema.ts';
import { NO_MENTIONS, type Embed, type MessagePayload } from '../render/payload.ts';

/** Discord's limits for one message (discord-api-docs). */
export const MESSAGE_LIMITS = {
  embeds: 10,
  embedChars: 6000,
  title: 256,
  description: 4096,
  fieldValue: 1024,
  footer: 2048,
};

export const DIGEST_COLOR = 0x2b6cb0;
export const FOLLOW_UP_HINT = 'Questions? Ask in the thread under this post, or use /ask.';

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Articles the channel has not had yet, newest first. */
export function selectNewArticles(
  articles: readonly Article[],
  alreadyPosted: ReadonlySet<string>,
): Article[] {
  return articles
    .filter((article) => !alreadyPosted.has(article.id))
    .sort((a, b) => b.dateline.localeCompare(a.dateline) || a.id.localeCompare(b.id));
}

function articleDate(article: Article): string {
  return article.published.value ?? article.dateline;
}

export function participantCount(article: Article): number {
  return article.people.filter((person) => person.involvement === 'participant').length;
}

/** One story: headline, one-line summary, key outcome, date, participant count, follow-up hint. */
export function articleEmbed(article: Article): Embed {
  const keyOutcome = article.outcomes[0]?.statement;
  const description = [
    article.summaries.oneLine.text,
    keyOutcome ? `**Key outcome:** ${keyOutcome}` : undefined,
  ]
    .filter((line): line is string => line !== undefined)
    .join('\n\n');
  const embed: Embed = {
    title: truncate(article.headline, MESSAGE_LIMITS.title),
    description: truncate(description, 1500),
    color: DIGEST_COLOR,
    fields: [
      { name: 'Date', value: truncate(articleDate(article), 100), inline: true },
      { name: 'Participants', value: String(participantCount(article)), inline: true },
    ],
    footer: { text: FOLLOW_UP_HINT },
  };
  if (article.source.url) embed.url = article.source.url;
  return embed;
}

export function embedLength(embed: Embed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0)
  );
}

/** Packs embeds into as few messages as Discord's 10-embed / 6000-character limits allow. */
export function splitIntoMessages(embeds: readonly Embed[], heading: string): MessagePayload[] {
  const groups: Embed[][] = [];
  let current: Embed[] = [];
  let currentChars = 0;
  for (const embed of embeds) {
    const length = embedLength(embed);
    if (
      current.length > 0 &&
      (current.length >= MESSAGE_LIMITS.embeds || currentChars + length > MESSAGE_LIMITS.embedChars)
    ) {
      groups.push(current);
      current = [];
      currentChars = 0;
    }
    current.push(embed);
    currentChars += length;
  }
  if (current.length > 0) groups.push(current);
  return groups.map((group, index) => ({
    content: groups.length > 1 ? `${heading} (${index + 1}/${groups.length})` : heading,
    embeds: group,
    allowed_mentions: NO_MENTIONS,
  }));
}

export function digestHeading(count: number): string {
  return count === 1 ? '📰 **News digest**: 1 new story' : `📰 **News digest**: ${count} new stories`;
}

/** The messages of one digest post; empty when nothing is new (the caller decides about a "nothing new" note). */
export function composeDigest(newArticles: readonly Article[]): MessagePayload[] {
  if (newArticles.length === 0) return [];
  return splitIntoMessages(newArticles.map(articleEmbed), digestHeading(newArticles.length));
}

export function nothingNewPayload(): MessagePayload {
  return { content: '📰 **News digest**: nothing new since the last digest.', allowed_mentions: NO_MENTIONS };
}

export function threadName(slot: number): string {
  return `Digest ${new Date(slot).toISOString().slice(0, 10)}: questions`;
}
