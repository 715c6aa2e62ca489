import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/answer/qa/index.ts';
import { expandShorthand } from '../../../src/answer/qa/normalize/focus.ts';
import { madeUpArticle } from './made-up.ts';
import { EN } from '../../../src/answer/qa/lexicon/en/index.ts';

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

describe('chat shorthand skipped where none of its forms occurs', () => {
  /** The expansion as it was before the skip: every pattern run, in order. */
  function everyPatternRun(text: string): string {
    let out = text;
    for (const entry of EN.chatShorthand) {
      const pattern = new RegExp(
        `(?<![\\p{L}\\p{N}])(?:${entry.written.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}\\p{N}])`,
        entry.matchCase ? 'gu' : 'giu',
      );
      out = out.replace(pattern, entry.means);
    }
    return out;
  }
  const cases = (form: string) => [form, form.toUpperCase(), form[0]?.toUpperCase() + form.slice(1)];
  const texts = [
    'Who attended the meeting?',
    ...EN.chatShorthand.flatMap((entry) =>
      entry.written.flatMap((form) =>
        cases(form).flatMap((written) => [
          `so ${written} what happened`,
          `${written}?`,
          `x${written}y`,
          // Non-ASCII letters that case-fold to ASCII ones (long s, Kelvin sign): the patterns still run.
          `${written.replace(/s/g, '\u017f').replace(/k/g, '\u212a')} then`,
        ]),
      ),
    ),
  ];

  it('WHEN a question is expanded THEN the text is the same as with every pattern run', () => {
    for (const text of texts) {
      const expected = everyPatternRun(text).replace(/\s+/g, ' ').trim();
      // Phrasings and "2+2" apply after the shorthand in both; none of these texts holds one.
      expect(expandShorthand(text), text).toBe(expected);
    }
  });
});
