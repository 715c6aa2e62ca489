import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PipelineIngester } from '../../src/feeds/ingest/pipeline-ingester.ts';

const story = readFileSync(
  new URL('../fixtures/articles/sports-final-2025-05-25.txt', import.meta.url),
  'utf8',
);
const base = {
  title: 'Cup final',
  published: Date.UTC(2025, 4, 25),
  source: { name: 'Example Wire', url: 'http://127.0.0.1/feed.xml' },
};

describe('feed items through the ingest pipeline', () => {
  it('GIVEN an item with the full story THEN the model has extracted people and quotes with evidence', async () => {
    const { article, sourceText } = await new PipelineIngester().ingest({
      ...base,
      text: story,
      articleId: 'feed-item-full',
    });
    expect(article.id).toBe('feed-item-full');
    expect(article.people.length).toBeGreaterThan(2);
    expect(article.quotes.length).toBeGreaterThan(0);
    for (const quote of article.quotes) expect(sourceText).toContain(quote.text);
    expect(article.people.every((p) => p.provenance === 'extracted')).toBe(true);
  });

  it('GIVEN an item too short to be an article THEN it still arrives, as sentences without facts', async () => {
    const { article } = await new PipelineIngester().ingest({
      ...base,
      text: 'Live updates to follow.',
      articleId: 'feed-item-short',
    });
    expect(article.id).toBe('feed-item-short');
    expect(article.people).toEqual([]);
    expect(article.sentences.length).toBeGreaterThan(0);
  });
});
