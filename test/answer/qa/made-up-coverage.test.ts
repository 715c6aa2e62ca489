import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/answer/qa/index.ts';
import { Article } from '../../../src/model/schema.ts';
import { madeUpArticle } from './made-up.ts';

/** Words of a story of talks that a refusal on any other story must not use. */
const DIPLOMACY = /\b(talks|discuss\w*|agreed|agreement|the meeting|delegations?|both sides)\b/i;

/** The painting story with its one outcome (the arrest) told as a ruling instead of an announcement. */
function withRuling(): Article {
  const base = madeUpArticle();
  return Article.parse({
    ...base,
    outcomes: base.outcomes.map((o) => ({ ...o, modality: 'ruled' })),
  });
}

describe('GIVEN a story of a stolen painting found again (no meeting, no topics)', () => {
  it('WHEN the article does not say THEN the refusal lists what this story covers, in its own words', () => {
    const { answer } = answerQuestion(madeUpArticle(), 'what was the weather like?');
    expect(answer.answered).toBe(false);
    expect(answer.text).toMatch(/^The article doesn't say/);
    expect(answer.text).toMatch(/It covers the recovery of the stolen landscape in Vellmoor/);
    expect(answer.text).toMatch(/what Ilse Marvent said/);
    expect(answer.text).toMatch(/the figures it gives and the background\.$/);
    expect(answer.text).not.toMatch(DIPLOMACY);
  });

  it('WHEN its outcome is a ruling THEN the refusal says the story covers what was decided, not what was announced', () => {
    const { answer } = answerQuestion(withRuling(), 'what was the weather like?');
    expect(answer.text).toMatch(/what was decided/);
    expect(answer.text).not.toMatch(/what was announced/);
    expect(answer.text).not.toMatch(DIPLOMACY);
  });

  it('WHEN asked what was discussed THEN it says the article does not say, not "They discussed ."', () => {
    const { answer } = answerQuestion(madeUpArticle(), 'what was discussed?');
    expect(answer.answered).toBe(false);
    expect(answer.text).not.toMatch(/They discussed/);
    expect(answer.text).toMatch(/It covers the recovery of the stolen landscape/);
  });

  it('WHEN asked for help THEN the examples are this story’s: its event and what it covers', () => {
    const { answer } = answerQuestion(madeUpArticle(), 'help');
    expect(answer.text).toMatch(/when and where the recovery took place/);
    expect(answer.text).toMatch(/what was announced/);
    expect(answer.text).not.toMatch(DIPLOMACY);
  });
});
