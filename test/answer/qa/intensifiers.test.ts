import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/answer/qa/index.ts';
import { madeUpArticle } from './made-up.ts';

/** "The actual sum", "the precise date": a word stressing what is asked is question furniture, never unknown. */
describe('GIVEN a question stressing what it asks with "actual"', () => {
  it('THEN the word is not taken for something the article does not say', () => {
    const { answer } = answerQuestion(madeUpArticle(), 'what is the actual sum the painting is insured for');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/2\.4 million euros/);
    expect(answer.text).not.toMatch(/anything about actual/);
  });
});
