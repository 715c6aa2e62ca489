import type { ArticleIndex } from '../retrieve/article-index.ts';
import type { Question } from '../types.ts';
import { capitalsAsCountries } from './metonym.ts';
import { correctTypos } from './spelling.ts';
import { understand } from './understand.ts';

/**
 * The only reader of the question text: spelling corrected against the article's words, capitals read as their
 * countries, then tokens, stems, the answer type and slot, linked entities and named features.
 */
export function analyzeQuestion(index: ArticleIndex, text: string): Question {
  return understand(
    capitalsAsCountries(correctTypos(text, index.words, index.vocabulary), index.article),
    index.lexicon,
    index.vocabulary,
    index.words,
    index.acronyms,
    index.article.countries,
  );
}
