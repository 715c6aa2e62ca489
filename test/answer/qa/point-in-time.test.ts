import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/answer/qa/index.ts';
import { Article } from '../../../src/model/schema.ts';
import { addParagraph, evidence, madeUpArticle } from './made-up.ts';

/** The made-up painting story with a moment inside it counted by an ordinal: "in the 12th minute". */
function withMoment(): Article {
  const article = madeUpArticle();
  const sentence = addParagraph(article, 'The alarm went off in the 12th minute of the break-in.');
  return Article.parse({
    ...article,
    figures: [
      ...article.figures,
      {
        id: 'fig-alarm-minute',
        label: 'Minute of the break-in when the alarm went off',
        value: 12,
        unit: 'minute',
        measures: 'other',
        asWritten: 'the 12th minute',
        evidence: evidence(sentence, 'in the 12th minute of the break-in'),
      },
    ],
  });
}

describe('GIVEN a figure counting a unit of time by an ordinal ("the 12th minute")', () => {
  it("WHEN asked when it happened THEN that moment answers, not the story's own date", () => {
    const { answer } = answerQuestion(withMoment(), 'When did the alarm sound?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/12th minute/);
    expect(answer.text).not.toMatch(/March 6/);
  });
});
