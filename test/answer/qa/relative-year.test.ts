import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/answer/qa/index.ts';
import { madeUpArticle } from './made-up.ts';

/**
 * "Was it restored last year?" names a year by the article's date: on the made-up painting story (dated 2025; the
 * painting restored in 1994), last year is 2024, so the restoration's date answers no.
 */
describe('GIVEN a yes/no naming last year', () => {
  it('WHEN the fact asked is dated another year THEN it answers no, with the date', () => {
    const { answer } = answerQuestion(madeUpArticle(), 'Was the painting restored last year?');
    expect(answer.text).toMatch(/^No\b/);
    expect(answer.text).toMatch(/1994/);
  });

  it('WHEN the year is written THEN the same fact answers yes', () => {
    const { answer } = answerQuestion(madeUpArticle(), 'Was the painting restored in 1994?');
    expect(answer.text).toMatch(/^Yes\b/);
  });
});
