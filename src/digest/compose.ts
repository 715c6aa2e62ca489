import type { Article } from '../model/schema.ts';
import { formatDate } from '../render/dates.ts';
import { BRAND_COLOR, buildEmbed } from '../render/embed.ts';
import { LIMITS, embedLength } from '../render/limits.ts';
import { NO_MENTIONS, type Embed, type MessagePayload } from '../render/payload.ts';

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
    .sort((a, b) => b.referenceDate.localeCompare(a.referenceDate) || a.id.localeCompare(b.id));
}

function articleDate(article: Article): string {
  return formatDate(article.published);
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
  return buildEmbed({
    title: article.headline,
    ...(article.source.url ? { url: article.source.url } : {}),
    description: truncate(description, 1500),
    color: BRAND_COLOR,
    fields: [
      { name: 'Date', value: truncate(articleDate(article), 100), inline: true },
      { name: 'Participants', value: String(participantCount(article)), inline: true },
    ],
    footer: FOLLOW_UP_HINT,
  });
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
      (current.length >= LIMITS.embeds || currentChars + length > LIMITS.embedTotal)
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
