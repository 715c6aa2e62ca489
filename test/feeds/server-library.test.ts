import { describe, expect, it } from 'vitest';
import { buildExtractiveArticle } from '../../src/feeds/ingest/extractive-article.ts';
import { ArticleLibrary } from '../../src/model/library.ts';
import { ServerLibraries, type GuildArticleSource } from '../../src/model/server-library.ts';
import type { Article } from '../../src/model/schema.ts';
import { resolveArticle } from '../../commands/shared/article.ts';
import type { CommandOptions } from '../../src/bot/command.ts';
import type { Services } from '../../src/bot/services.ts';
import { seedArticle } from '../digest/fakes.ts';

const feedArticle = (id: string, title: string) =>
  buildExtractiveArticle({
    articleId: id,
    title,
    text: `${title} happened on Monday. Officials said more details would follow.`,
    published: Date.parse('2026-12-01T10:00:00Z'),
    source: { name: 'Test News', url: 'https://news.example/feed.xml' },
  }).article;

class Own implements GuildArticleSource {
  readonly byGuild = new Map<string, Article[]>();
  version = 0;
  versionOf(): number {
    return this.version;
  }
  articlesFor(guildId: string): readonly Article[] {
    return this.byGuild.get(guildId) ?? [];
  }
}

const options = (article?: string): CommandOptions => ({
  getString: (name) => (name === 'article' ? article : undefined),
  getInteger: () => undefined,
  getBoolean: () => undefined,
  getChannel: () => undefined,
  getSubcommand: () => undefined,
});

describe("each server's library", () => {
  it("GIVEN a feed article of server A THEN A's commands see it (newest by default), B's do not, and both see the bundled article", () => {
    const bundled = ArticleLibrary.fromArticles([seedArticle()]);
    const own = new Own();
    const libraries = new ServerLibraries(bundled, own);
    own.byGuild.set('a', [feedArticle('harbor-bridge-1', 'Harbor bridge opens')]);
    own.version += 1;
    const services = {
      library: bundled,
      libraryFor: (g: string | null) => libraries.for(g),
    } as unknown as Services;

    expect(resolveArticle({ options: options(), services, guildId: 'a' }).id).toBe('harbor-bridge-1');
    expect(resolveArticle({ options: options(), services, guildId: 'b' }).id).toBe(seedArticle().id);
    expect(() => resolveArticle({ options: options('harbor-bridge-1'), services, guildId: 'b' })).toThrow(
      'I have no article',
    );
    expect(
      libraries
        .for('a')
        .list()
        .map((a) => a.id),
    ).toEqual(['harbor-bridge-1', seedArticle().id]);
    expect(libraries.for(null)).toBe(bundled);
  });
});
