import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/answer/qa/index.ts';
import { expandShorthand } from '../../../src/answer/qa/normalize/focus.ts';
import { madeUpArticle } from './made-up.ts';

describe('chat shorthand (lexicon/en/chat-shorthand.json)', () => {
  it('WHEN a question uses shorthand THEN the words it stands for reach the answerer', () => {
    expect(expandShorthand('what did the CEO say about Q3 yoy?')).toBe(
      'what did the chief executive say about third quarter from a year earlier?',
    );
    expect(expandShorthand('tl;dr pls')).toBe('summary please');
  });

  it('WHEN a question word is typed short THEN it is the question word, and the answer is found', () => {
    expect(expandShorthand('hw many were arrested')).toBe('how many were arrested');
    expect(expandShorthand('wut was it insured for, whn was it found')).toBe(
      'what was it insured for, when was it found',
    );
    const { answer } = answerQuestion(madeUpArticle(), 'hw much is the painting insured for?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/2\.4 million/);
  });

  it('WHEN shorthand sits inside a longer word THEN the word is left alone', () => {
    expect(expandShorthand('how many people went to the pmc clinic?')).toBe(
      'how many people went to the pmc clinic?',
    );
    expect(expandShorthand('what about the information desk?')).toBe('what about the information desk?');
  });

  it('WHEN a letter is a name written in capitals THEN it is not read as chat ("U" is not "you")', () => {
    expect(expandShorthand('did u see the U Thant award?')).toBe('did you see the U Thant award?');
  });

  it('WHEN framing asks nothing THEN it is dropped', () => {
    expect(expandShorthand('quick question: btw who won?')).toBe(': who won?');
  });
});
