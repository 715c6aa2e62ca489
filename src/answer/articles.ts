import { UserError } from '../core/errors.ts';
import type { Article, DateValue } from '../model/schema.ts';

export const ARTICLES_PER_PAGE = 10;

export interface ArticleLine {
  id: string;
  headline: string;
  date: DateValue;
}

export interface ArticlesPage {
  page: number;
  pageCount: number;
  total: number;
  items: ArticleLine[];
}

/** One page of the library (newest first, as the library lists it). */
export function pageOfArticles(
  articles: readonly Article[],
  page = 1,
  perPage = ARTICLES_PER_PAGE,
): ArticlesPage {
  const pageCount = Math.max(1, Math.ceil(articles.length / perPage));
  if (!Number.isInteger(page) || page < 1 || page > pageCount) {
    throw new UserError(
      `There ${pageCount === 1 ? 'is 1 page' : `are ${pageCount} pages`} of articles: choose a page from 1 to ${pageCount}.`,
    );
  }
  const items = articles
    .slice((page - 1) * perPage, page * perPage)
    .map((article) => ({ id: article.id, headline: article.headline, date: article.published }));
  return { page, pageCount, total: articles.length, items };
}
