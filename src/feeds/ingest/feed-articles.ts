import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../../core/logger.ts';
import { loadArticleFile } from '../../model/loader.ts';
import type { Article } from '../../model/schema.ts';
import type { GuildArticleSource } from '../../model/server-library.ts';
import type { FeedStore, PostMode } from '../store/feed-store.ts';
import type { IngestedArticle } from './ingest-port.ts';

/**
 * The articles made from feed items: files in their own folder (FEED_ARTICLES_DIR, the same
 * <id>.json + <id>.txt layout as data/articles, so `npm run validate` checks them), indexed in memory,
 * with the servers each one belongs to kept in the database (guild_articles).
 */
export class FeedArticles implements GuildArticleSource {
  private readonly byId = new Map<string, Article>();
  private readonly byGuild = new Map<string, Map<string, PostMode>>();
  private readonly guildVersions = new Map<string, number>();
  private readonly listCache = new Map<string, { version: number; each: boolean; list: Article[] }>();
  /** When each article was saved (by the feeds' clock; the file's mtime for files found at start). */
  private readonly savedAt = new Map<string, number>();

  private constructor(
    private readonly dir: string,
    private readonly store: FeedStore,
  ) {}

  /** Reads every article file in the folder (invalid ones are logged and skipped) and the server index. */
  static async load(dir: string, store: FeedStore, logger: Logger): Promise<FeedArticles> {
    mkdirSync(dir, { recursive: true });
    const articles = new FeedArticles(dir, store);
    for (const name of readdirSync(dir).filter((file) => file.endsWith('.json'))) {
      try {
        const { article } = await loadArticleFile(join(dir, name));
        articles.byId.set(article.id, article);
        articles.savedAt.set(article.id, statSync(join(dir, name)).mtimeMs);
      } catch (error) {
        logger.error({ err: error, file: join(dir, name) }, 'skipped an invalid feed article file');
      }
    }
    for (const { guildId, articleId, postMode } of await store.allGuildArticles()) {
      if (articles.byId.has(articleId)) articles.guildMap(guildId).set(articleId, postMode);
    }
    return articles;
  }

  get size(): number {
    return this.byId.size;
  }

  get(id: string): Article | undefined {
    return this.byId.get(id);
  }

  /** An article in memory, or one another process (shard) on the same folder wrote since this one started. */
  async find(id: string): Promise<Article | undefined> {
    const known = this.byId.get(id);
    if (known) return known;
    const file = join(this.dir, `${id}.json`);
    if (!existsSync(file)) return undefined;
    const { article } = await loadArticleFile(file);
    this.byId.set(article.id, article);
    this.savedAt.set(article.id, statSync(file).mtimeMs);
    return article;
  }

  /** Writes the source text, then the model (each through a rename, so a crash leaves no half file). */
  save({ article, sourceText }: IngestedArticle, now: number): Article {
    writeAtomically(join(this.dir, article.source.textFile), sourceText);
    writeAtomically(join(this.dir, `${article.id}.json`), `${JSON.stringify(article, null, 2)}\n`);
    this.byId.set(article.id, article);
    this.savedAt.set(article.id, now);
    return article;
  }

  /**
   * Retention: shares older than `before` leave the servers' libraries; an article no server holds any more
   * (and written before `before`, so one just saved and not yet shared stays) is removed from memory and disk.
   * Other processes on the same folder and database come to the same result on their own pass.
   */
  async forgetOlderThan(before: number): Promise<{ shares: number; articles: number }> {
    const shares = await this.store.forgetGuildArticles(before);
    const touched = new Set(this.byGuild.keys());
    this.byGuild.clear();
    for (const { guildId, articleId, postMode } of await this.store.allGuildArticles()) {
      if (this.byId.has(articleId)) this.guildMap(guildId).set(articleId, postMode);
      touched.add(guildId);
    }
    for (const guildId of touched) this.guildVersions.set(guildId, this.versionOf(guildId) + 1);
    const held = new Set([...this.byGuild.values()].flatMap((map) => [...map.keys()]));
    let articles = 0;
    for (const [id, article] of this.byId) {
      if (held.has(id) || (this.savedAt.get(id) ?? 0) >= before) continue;
      rmSync(join(this.dir, `${id}.json`), { force: true });
      rmSync(join(this.dir, article.source.textFile), { force: true });
      this.byId.delete(id);
      this.savedAt.delete(id);
      articles++;
    }
    return { shares, articles };
  }

  /** Puts an article in one server's library (`digest`: also listed by that server's next digest). */
  async share(guildId: string, articleId: string, postMode: PostMode, now: number): Promise<void> {
    const map = this.guildMap(guildId);
    if (map.get(articleId) === postMode || (map.get(articleId) === 'digest' && postMode === 'each')) return;
    await this.store.addGuildArticle(guildId, articleId, postMode, now);
    map.set(articleId, map.get(articleId) ?? postMode);
    this.guildVersions.set(guildId, this.versionOf(guildId) + 1);
  }

  versionOf(guildId: string): number {
    return this.guildVersions.get(guildId) ?? 0;
  }

  /** The server's feed articles (for its library view). */
  articlesFor(guildId: string): readonly Article[] {
    return this.cachedList(guildId, true);
  }

  /** The server's articles left for its digest (post:digest feeds). */
  digestArticlesFor(guildId: string): readonly Article[] {
    return this.cachedList(guildId, false);
  }

  private cachedList(guildId: string, each: boolean): Article[] {
    const key = `${each ? 'all' : 'digest'}:${guildId}`;
    const version = this.versionOf(guildId);
    const cached = this.listCache.get(key);
    if (cached && cached.version === version) return cached.list;
    const list: Article[] = [];
    for (const [articleId, mode] of this.byGuild.get(guildId) ?? []) {
      const article = this.byId.get(articleId);
      if (article && (each || mode === 'digest')) list.push(article);
    }
    this.listCache.set(key, { version, each, list });
    return list;
  }

  private guildMap(guildId: string): Map<string, PostMode> {
    let map = this.byGuild.get(guildId);
    if (!map) {
      map = new Map();
      this.byGuild.set(guildId, map);
    }
    return map;
  }
}

function writeAtomically(path: string, text: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}
