import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/answer/qa/index.ts';
import type { Article } from '../../../src/model/schema.ts';
import { addParagraph, madeUpArticle } from './made-up.ts';

/**
 * The made-up painting story with a photo whose caption names a row of people after a lead ("From left:"), as
 * agencies write captions: the answer places them in words and shows the caption, which says where and when.
 */
function withRowCaption(): Article {
  const article = structuredClone(madeUpArticle());
  const text =
    'From left: curator Ilse Marvent and former guard Piet Holm stand beside the recovered landscape in the museum cellar in Vellmoor on March 5, 2025.';
  article.captions = [{ text, sentences: [addParagraph(article, text, 'caption')] }];
  const [marvent, holm] = article.people;
  marvent!.photoPosition = { asWritten: 'From left:', side: 'left', fromSide: 1 };
  holm!.photoPosition = { asWritten: 'From left:', side: 'right', fromSide: 1 };
  return article;
}

describe('GIVEN a caption that names a row of people after a lead', () => {
  const article = withRowCaption();

  it('WHEN asked who is in the photo THEN each is placed in words, not with the lead', () => {
    const { answer } = answerQuestion(article, 'Who is in the photo?');
    expect(answer.text).toMatch(/Ilse Marvent \(on the left\)/);
    expect(answer.text).toMatch(/Piet Holm \(on the right\)/);
    expect(answer.text).not.toMatch(/\(From left:\)/);
  });

  it('WHEN asked where the photo was taken THEN the caption, which says it', () => {
    const { answer } = answerQuestion(article, 'Where was the photo taken?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/museum cellar/);
    expect(answer.citations.map((c) => c.sentenceId)).toContain('p6s0');
  });

  it('WHEN one person is asked about THEN where the caption places them, in words', () => {
    const { answer } = answerQuestion(article, 'Where is Marvent in the photo?');
    expect(answer.text).toMatch(/on the left/);
    expect(answer.text).not.toMatch(/From left:/);
  });
});
