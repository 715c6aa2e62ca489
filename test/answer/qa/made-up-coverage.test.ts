import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/answer/qa/index.ts';
import { Article } from '../../../src/model/schema.ts';
import { evidence, madeUpArticle } from './made-up.ts';

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

/** The painting story whose recovery the model gives a format ("police operation"), as a meeting's "two-plus-two". */
function withFormat(): Article {
  const base = madeUpArticle();
  const [event] = base.events;
  return Article.parse({
    ...base,
    events: [
      {
        ...event,
        format: [{ value: 'police operation', evidence: evidence('p1s0', 'Police in Vellmoor recovered') }],
      },
    ],
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

  it('WHEN asked what kind of event it was THEN its format is told in its own words, not as a meeting', () => {
    const { answer } = answerQuestion(withFormat(), 'what kind of event was it?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toBe('The recovery of the stolen landscape: police operation.');
    expect(answer.text).not.toMatch(/meeting|\(other\)/);
  });
});
