import type { Article } from '../../model/schema.ts';
import { indexArticle } from './retrieve/article-index.ts';
import { routerFor } from './route/router.ts';

/**
 * Builds, once, everything answering needs for a library version: each article's index and the router over
 * them. Call it when the library loads or reloads so no user question pays for an index build.
 */
export function prepareArticles(articles: readonly Article[]): void {
  for (const article of articles) indexArticle(article);
  routerFor(articles);
}
