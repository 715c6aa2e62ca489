import { describe, expect, it } from 'vitest';
import { ConversationAnswerer } from '../../../src/answer/qa/index.ts';
import type { Article } from '../../../src/model/schema.ts';
import { madeUpArticle } from './made-up.ts';

const story = madeUpArticle();

/** The last answer of one conversation. */
function last(article: Article, ...turns: string[]): { answered: boolean; text: string } {
  const answerer = new ConversationAnswerer();
  let answer = { answered: false, text: '' };
  for (const turn of turns) answer = answerer.ask('thread', turn, article);
  return answer;
}

describe('GIVEN a follow-up on a story the answerer was never tuned on', () => {
  it('WHEN a bare "when?" follows an answer about a person THEN it asks when the thing just asked happened', () => {
    const answer = last(story, 'Who was arrested?', 'When?');
    expect(answer.text).toMatch(/Friday, March 7|arrested on Friday/);
    expect(answer.text).not.toMatch(/took place on Thursday/);
    expect(last(story, 'Who restored the painting?', 'when was that?').text).toMatch(/1994/);
  });
});
