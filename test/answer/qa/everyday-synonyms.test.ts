import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/answer/qa/index.ts';
import { madeUpArticle } from './made-up.ts';

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
});
