import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/answer/qa/index.ts';
import { madeUpArticle } from './made-up.ts';

const article = madeUpArticle();
const ask = (question: string) => answerQuestion(article, question).answer;

describe('a name asked of someone of a named person', () => {
  it('does not give the named person’s own name for the name of their relative', () => {
    const answer = ask("What is the name of Ilse Marvent's husband?");
    expect(answer.answered).toBe(false);
    expect(answer.text).toMatch(/doesn't say the name of Ilse Marvent's husband/);
  });

  it('still gives a part of the named person’s own name', () => {
    const answer = ask("What is Ilse Marvent's first name?");
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Ilse/);
  });
});

describe('a credit rating is not the story’s credit', () => {
  it('does not answer a credit rating with the story’s source', () => {
    const answer = ask("What is the museum's credit rating?");
    expect(answer.text).not.toMatch(/Test Wire/);
    expect(answer.answered).toBe(false);
  });

  it('still answers who is credited with the story', () => {
    expect(ask('Who gets the credit for this story?').text).toMatch(/Test Wire/);
  });
});
