import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/answer/qa/index.ts';
import { madeUpArticle } from './made-up.ts';

/**
 * "Extra" carries what is asked ("extra time", "extra charges"): on the made-up painting story, which reports one
 * charge and no time taken, a yes/no asking about something extra is not confirmed by the fact it only shares
 * the other words with.
 */
describe('GIVEN a yes/no asking about something extra the article never mentions', () => {
  it('WHEN the extra is asked of the recovery THEN it does not answer yes', () => {
    const { answer } = answerQuestion(madeUpArticle(), 'Did the recovery take extra time?');
    expect(answer.text).not.toMatch(/^Yes\b/);
  });

  it('WHEN extra charges are asked THEN it does not answer yes from the one charge reported', () => {
    const { answer } = answerQuestion(madeUpArticle(), 'Did the guard get extra charges?');
    expect(answer.text).not.toMatch(/^Yes\b/);
  });
});
