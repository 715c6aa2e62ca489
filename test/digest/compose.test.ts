import { describe, expect, it } from 'vitest';
import {
  articleEmbed,
  composeDigest,
  participantCount,
  selectNewArticles,
} from '../../src/digest/compose.ts';
import { validatePayload } from '../../src/render/limits.ts';
import { seedArticle, variantOf } from './fakes.ts';

const article = seedArticle();

describe('digest content', () => {
  it('GIVEN the seed article THEN its embed has the headline, one-line summary, key outcome, date, participants and a follow-up hint', () => {
    const embed = articleEmbed(article);
    expect(embed.title).toBe(article.headline);
    expect(embed.description).toContain(article.summaries.oneLine.text);
    expect(embed.description).toContain(`**Key outcome:** ${article.outcomes[0]?.statement}`);
    expect(embed.fields).toEqual([
      { name: 'Date', value: expect.stringMatching(/^<t:\d+:D>$/), inline: true },
      { name: 'Participants', value: String(participantCount(article)), inline: true },
    ]);
    expect(participantCount(article)).toBe(
      article.people.filter((p) => p.involvement === 'participant').length,
    );
    expect(embed.footer?.text).toMatch(/thread/);
  });

  it('GIVEN stories already posted THEN only the others are selected, newest first', () => {
    const stories = [variantOf(article, 3), variantOf(article, 9), article];
    const fresh = selectNewArticles(stories, new Set([article.id]));
    expect(fresh.map((story) => story.id)).toEqual([variantOf(article, 9).id, variantOf(article, 3).id]);
  });

  it('GIVEN nothing new THEN there is nothing to post', () => {
    expect(composeDigest([])).toEqual([]);
  });

  it('GIVEN 37 new stories THEN every message keeps to 10 embeds and 6000 characters, nobody is pinged, and every story appears once', () => {
    const stories = Array.from({ length: 37 }, (_, index) => variantOf(article, index));
    const messages = composeDigest(stories);
    expect(messages.length).toBeGreaterThanOrEqual(4);
    for (const message of messages) {
      expect(validatePayload(message)).toEqual([]);
      expect(message.allowed_mentions).toEqual({ parse: [] });
    }
    expect(messages.flatMap((message) => message.embeds ?? []).map((embed) => embed.title)).toEqual(
      stories.map((story) => story.headline),
    );
    expect(messages[0]?.content).toMatch(/37 new stories \(1\/\d+\)/);
  });
});
