import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/answer/qa/index.ts';
import { madeUpArticle } from './made-up.ts';

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
