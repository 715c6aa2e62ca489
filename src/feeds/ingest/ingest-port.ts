import type { Article } from '../../model/schema.ts';

/**
 * What the feed pipeline hands the ingest pipeline for one new item: the page's HTML when it was fetched,
 * else the item's own text, with the feed's metadata. The ingest pipeline turns it into an article model
 * the same validator checks (src/model/loader.ts) and returns the model with its verbatim source text.
 */
export interface IngestInput {
  /** The item's link (the article page). */
  url?: string;
  /** The page (or the item's full content) as HTML. */
  html?: string;
  /** Plain text when there is no HTML. */
  text?: string;
  title: string;
  /** Epoch ms: the item's date, or when the bot first saw it (then `publishedEstimated`). */
  published: number;
  publishedEstimated?: boolean;
  /** The feed the item came from (its title, else its host). */
  source: { name: string; url: string };
  /** The id the article must have (stable per feed item, so a retry writes the same file). */
  articleId: string;
}

export interface IngestedArticle {
  article: Article;
  sourceText: string;
}

export interface ArticleIngester {
  ingest(input: IngestInput): Promise<IngestedArticle>;
}
