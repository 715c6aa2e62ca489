import type { Article } from './schema.ts';
import { ArticleLibrary } from './library.ts';

/** What commands read of a library: the bundled one, or one server's view of it. */
export interface ArticleView {
  list(): readonly Article[];
  get(id: string): Article | undefined;
  latest(): Article | undefined;
  search(text: string, limit?: number): Article[];
}

/** Articles that belong to particular servers (made from their feeds). */
export interface GuildArticleSource {
  /** Changes whenever the server's articles change (a cache key). */
  versionOf(guildId: string): number;
  articlesFor(guildId: string): readonly Article[];
}

const MAX_CACHED_VIEWS = 1000;

/**
 * Each server's library: every bundled article plus the articles made from that server's own feeds, and
 * no other server's. Views are cached per server and rebuilt only when either side changed.
 */
export class ServerLibraries {
  private bundledVersion = 0;
  private readonly views = new Map<string, { bundled: number; own: number; view: ArticleLibrary }>();

  constructor(
    private readonly bundled: ArticleLibrary,
    private readonly own: GuildArticleSource,
  ) {
    bundled.onChange(() => {
      this.bundledVersion += 1;
    });
  }

  for(guildId: string | null): ArticleView {
    if (guildId === null) return this.bundled;
    const ownVersion = this.own.versionOf(guildId);
    const cached = this.views.get(guildId);
    if (cached && cached.bundled === this.bundledVersion && cached.own === ownVersion) {
      this.views.delete(guildId);
      this.views.set(guildId, cached);
      return cached.view;
    }
    const ownArticles = this.own.articlesFor(guildId);
    const view =
      ownArticles.length === 0
        ? this.bundled
        : ArticleLibrary.fromArticles([...this.bundled.list(), ...ownArticles]);
    this.views.set(guildId, { bundled: this.bundledVersion, own: ownVersion, view: view as ArticleLibrary });
    while (this.views.size > MAX_CACHED_VIEWS) {
      const oldest = this.views.keys().next();
      if (oldest.done) break;
      this.views.delete(oldest.value);
    }
    return view;
  }
}
