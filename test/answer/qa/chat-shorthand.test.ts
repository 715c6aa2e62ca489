import { describe, expect, it } from 'vitest';
import { expandShorthand } from '../../../src/answer/qa/normalize/focus.ts';

describe('chat shorthand (lexicon/en/chat-shorthand.json)', () => {
  it('WHEN a question uses shorthand THEN the words it stands for reach the answerer', () => {
    expect(expandShorthand('what did the CEO say about Q3 yoy?')).toBe(
      'what did the chief executive say about third quarter from a year earlier?',
    );
    expect(expandShorthand('tl;dr pls')).toBe('summary please');
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
