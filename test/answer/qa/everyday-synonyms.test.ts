import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/answer/qa/index.ts';
import { Article } from '../../../src/model/schema.ts';
import { addParagraph, evidence, madeUpArticle } from './made-up.ts';

/** The made-up painting story with a plan the article writes as a "film". */
function withFilm(): Article {
  const article = madeUpArticle();
  const sentence = addParagraph(article, 'A film about the theft will be shown at the town museum in June.');
  return Article.parse({
    ...article,
    outcomes: [
      ...article.outcomes,
      {
        id: 'out-film',
        statement: 'A film about the theft will be shown at the town museum.',
        modality: 'announced',
        parties: [],
        evidence: evidence(sentence, 'A film about the theft will be shown'),
      },
    ],
  });
}

/**
 * Everyday paraphrases (lexicon/en/synonyms.json): a question may ask in other words than the article writes, and
 * the article's words still answer it. The made-up painting story writes "arrested"; the question says "detained".
 */
describe("GIVEN a question asking in an everyday paraphrase of the article's word", () => {
  it('WHEN "was anyone detained?" is asked of a story that writes "arrested" THEN the arrest answers it', () => {
    const { answer } = answerQuestion(madeUpArticle(), 'Was anyone detained?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/^Yes\b/);
    expect(answer.text).toMatch(/Piet Holm, was arrested/);
  });

  it('WHEN "movie" is asked of a story that writes "film" THEN the film answers it', () => {
    const { answer } = answerQuestion(withFilm(), 'Is there a movie about the theft?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/^Yes\b.*film about the theft/);
  });
});
