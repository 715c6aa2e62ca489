import type { Article } from '../../model/schema.ts';
import { hyphenlessForms } from './analyze/spelling.ts';
import { pairsOf } from './compose/measure-fit.ts';
import { genericWords } from './handlers/date-arithmetic.ts';
import { organizationWords } from './handlers/people-filter.ts';
import { namedKinds } from './handlers/unknown-named.handler.ts';
import { peopleWords } from './handlers/who-did.ts';
import { indexArticle, type ArticleIndex } from './retrieve/article-index.ts';
import { releasePool } from './retrieve/intern.ts';
import { isChangeFigure, placedInTime } from './retrieve/rank.ts';
import { readSentences } from './retrieve/sentence-answer.ts';
import { routerFor } from './route/router.ts';

/**
 * Builds, once, everything answering needs for a library version: each article's index, the structures read
 * from it on demand (its sentences' tokens and names, its hyphenated words, what each fact's words hold, the
 * handlers' per-article word sets), and the router over them. Call it when the library loads or reloads so no
 * user question pays for a build: the first question about each article otherwise did, and at 1,000 articles
 * those were the slowest answers. Each structure is keyed by its article's index, so it goes with the article.
 */
export function prepareArticles(articles: readonly Article[]): void {
  for (const article of articles) prepareIndex(indexArticle(article));
  routerFor(articles);
  releasePool();
}

function prepareIndex(index: ArticleIndex): void {
  readSentences(index);
  hyphenlessForms(index.words);
  for (const fact of index.facts) {
    if (fact.source.kind === 'outcome') placedInTime(fact);
    if (fact.source.kind === 'figure') isChangeFigure(fact);
  }
  peopleWords(index);
  namedKinds(index);
  organizationWords(index.article);
  genericWords(index);
  pairsOf(index);
}
