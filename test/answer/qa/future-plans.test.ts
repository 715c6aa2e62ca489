import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/answer/qa/index.ts';
import type { Article } from '../../../src/model/schema.ts';
import { addParagraph, evidence, madeUpArticle } from './made-up.ts';

/**
 * A plan answers a question about the future only if it is the plan asked about: on the made-up painting story with
 * one plan (a loan to a gallery in one city, in a given year), a question naming another city the story mentions,
 * a finer date than the plan's, or a word the story uses that the plan leaves out gets what the article does say,
 * not that plan as the answer.
 */
function withPlannedLoan(): Article {
  const article = structuredClone(madeUpArticle());
  const loan = addParagraph(article, 'The painting will be lent to a gallery in Aldmark in 2027.');
  addParagraph(
    article,
    'The guard lived in Ostrava before moving to Vellmoor and was replaced by a new guard.',
  );
  article.places.push(
    {
      id: 'aldmark',
      name: 'Aldmark',
      namesAsWritten: ['Aldmark'],
      aliases: [],
      kind: 'city',
      evidence: evidence(loan, 'a gallery in Aldmark'),
    },
    {
      id: 'ostrava',
      name: 'Ostrava',
      namesAsWritten: ['Ostrava'],
      aliases: [],
      kind: 'city',
      evidence: evidence(`p${Number(loan.slice(1, -2)) + 1}s0`, 'lived in Ostrava'),
    },
  );
  article.outcomes.push({
    id: 'out-loan',
    statement: 'The painting will be lent to a gallery in Aldmark in 2027.',
    modality: 'planned',
    parties: [],
    date: { precision: 'year', value: '2027', asWritten: 'in 2027' },
    evidence: evidence(loan, 'will be lent to a gallery in Aldmark in 2027'),
  });
  return article;
}

describe('GIVEN a question about the future and one plan the article states', () => {
  it('WHEN the plan itself is asked THEN it answers with the plan', () => {
    const { answer } = answerQuestion(
      withPlannedLoan(),
      'When will the painting be lent to the Aldmark gallery?',
    );
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/2027/);
  });

  it('WHEN another place the story names is asked THEN the plan is what it does say, not the answer', () => {
    const { answer } = answerQuestion(
      withPlannedLoan(),
      'When will the painting be lent to a gallery in Ostrava?',
    );
    expect(answer.answered).toBe(false);
    expect(answer.text).toMatch(/doesn't say/);
    expect(answer.text).toMatch(/Aldmark/);
  });

  it('WHEN a finer date than the plan gives is asked THEN it says the article does not give it', () => {
    const { answer } = answerQuestion(withPlannedLoan(), 'What month in 2027 will the painting be lent?');
    expect(answer.answered).toBe(false);
    expect(answer.text).toMatch(/doesn't say the month/);
  });

  it('WHEN a word the story uses is asked that the plan leaves out THEN the plan is not the answer', () => {
    const { answer } = answerQuestion(withPlannedLoan(), 'Who will guard the painting when it is lent?');
    expect(answer.answered).toBe(false);
    expect(answer.text).toMatch(/doesn't say anything about guard/);
  });
});
