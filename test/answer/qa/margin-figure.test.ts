import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/answer/qa/index.ts';
import { Article } from '../../../src/model/schema.ts';
import { addParagraph, evidence, madeUpArticle } from './made-up.ts';

/** The made-up painting story with a margin beside the amount: "the insured sum beats the old valuation by ...". */
function withMargin(): Article {
  const article = madeUpArticle();
  const sentence = addParagraph(article, 'The insured sum beats the previous valuation by 400,000 euros.');
  return Article.parse({
    ...article,
    figures: [
      { ...article.figures[0]!, label: 'Insured sum agreed for the landscape by the town museum' },
      {
        id: 'fig-margin',
        label: 'Amount by which the insured sum beats the previous valuation',
        value: 400_000,
        currency: 'EUR',
        measures: 'money',
        asWritten: '400,000 euros',
        evidence: evidence(sentence, 'beats the previous valuation by 400,000 euros'),
      },
    ],
  });
}

describe('GIVEN an amount and a figure for the margin by which it beats another', () => {
  it('WHEN asked how much the amount is THEN the amount answers, not the margin', () => {
    const { answer } = answerQuestion(withMargin(), 'How much was the insured sum?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/2\.4 million euros/);
  });

  it('WHEN asked by how much it beats the other THEN the margin answers', () => {
    const { answer } = answerQuestion(
      withMargin(),
      'By how much does the insured sum beat the previous valuation?',
    );
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/400,000 euros/);
  });
});
