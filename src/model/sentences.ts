import type { Article, Sentence } from './schema.ts';

const indexes = new WeakMap<Article, Map<string, Sentence>>();

/** The sentence with this id ("p2s0"), or undefined. Indexed once per article. */
export function sentenceById(article: Article, id: string): Sentence | undefined {
  let index = indexes.get(article);
  if (index === undefined) {
    index = new Map(article.sentences.map((sentence) => [sentence.id, sentence]));
    indexes.set(article, index);
  }
  return index.get(id);
}
