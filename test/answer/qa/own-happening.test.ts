import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/answer/qa/index.ts';
import { Article } from '../../../src/model/schema.ts';
import { evidence, madeUpArticle } from './made-up.ts';

/** The made-up painting story with an earlier step that names the landscape too: its theft, weeks before. */
function withTheft(): Article {
  const article = madeUpArticle();
  return Article.parse({
    ...article,
    timeline: [
      ...article.timeline,
      {
        id: 'tl-theft',
        date: { precision: 'month', value: '2024-12', asWritten: 'eleven weeks' },
        what: 'The landscape was stolen from the town museum.',
        relevance: 'The theft the recovery ends.',
        people: [],
        places: [],
        evidence: evidence('p1s0', 'eleven weeks after it was taken from the town museum'),
      },
    ],
  });
}

describe('GIVEN "what happened to X?" where X is what the story\'s own event names', () => {
  it("WHEN an earlier step names X too THEN the story's news answers, not the earlier step", () => {
    const { answer } = answerQuestion(withTheft(), 'What happened to the stolen landscape?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/recovered/);
  });

  it('WHEN a year is asked with it THEN the event of that year answers', () => {
    const { answer } = answerQuestion(withTheft(), 'What happened to the painting in 1994?');
    expect(answer.text).toMatch(/1994/);
  });
});
