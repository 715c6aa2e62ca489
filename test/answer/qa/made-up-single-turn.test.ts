import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/answer/qa/index.ts';
import { Article } from '../../../src/model/schema.ts';
import { addParagraph, evidence, madeUpArticle } from './made-up.ts';

describe('GIVEN a quote whose speaker the model describes without the name', () => {
  it('WHEN asked who said it THEN the answer names the person before the description', () => {
    const { answer } = answerQuestion(
      madeUpArticle(),
      'Who said "We never stopped hoping it would come home"?',
    );
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/^Ilse Marvent, the curator, said: “We never stopped hoping/);
  });
});

/** The painting story with a cost the museum expects to pay, a figure with no date. */
function withExpectedCost(): Article {
  const article = madeUpArticle();
  const id = addParagraph(article, 'The museum expects the new alarm system to cost about 80,000 euros.');
  article.figures.push({
    id: 'fig-alarm',
    label: 'Expected cost of the new alarm system',
    value: 80_000,
    currency: 'EUR',
    measures: 'money',
    asWritten: 'about 80,000 euros',
    evidence: evidence(id, 'about 80,000 euros'),
  });
  return Article.parse(article);
}

describe('GIVEN an undated figure the model labels as expected', () => {
  it('WHEN asked what it will cost THEN the expected figure answers, not "what will happen next" refused', () => {
    const { answer } = answerQuestion(withExpectedCost(), 'how much will the new alarm system cost?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/80,000 euros/);
  });
});
