import type { Article, DateValue, Sentence } from '../model/schema.ts';

export interface SourceAnswer {
  articleId: string;
  headline: string;
  agency: string;
  publication?: string;
  url?: string;
  credit?: string;
  published: DateValue;
  sentences: Pick<Sentence, 'id' | 'paragraph' | 'text' | 'kind'>[];
}

/** The article's provenance and its sentences with their ids, so a reader can check any citation. */
export function sourceOf(article: Article): SourceAnswer {
  const answer: SourceAnswer = {
    articleId: article.id,
    headline: article.headline,
    agency: article.source.agency,
    published: article.published,
    sentences: article.sentences.map(({ id, paragraph, text, kind }) => ({ id, paragraph, text, kind })),
  };
  if (article.source.publication) answer.publication = article.source.publication;
  if (article.source.url) answer.url = article.source.url;
  if (article.source.credit) answer.credit = article.source.credit;
  return answer;
}
