import { describe, expect, it } from 'vitest';
import { answerQuestion, ConversationAnswerer } from '../../../src/answer/qa/index.ts';
import type { Article } from '../../../src/model/schema.ts';
import { addParagraph, madeUpArticle } from './made-up.ts';

/**
 * The made-up painting story, with the curator's quoted sentence going on past the words the model keeps as her
 * quote: an answer worded from the quote must not trim away the part of the sentence the question asks about.
 */
function withLongerQuoteSentence(): Article {
  const article = structuredClone(madeUpArticle());
  const sentence = article.sentences.find((s) => s.id === 'p5s0')!;
  sentence.text =
    '"We never stopped hoping it would come home," Marvent said, adding that the damaged frame would be repaired by a workshop in Bruges.';
  sentence.end = sentence.start + sentence.text.length;
  return article;
}

describe('an answer shows its cited sentence when its own words leave out what is asked', () => {
  const article = withLongerQuoteSentence();

  it('gives the part of the quoted sentence the question asks about', () => {
    const { answer } = answerQuestion(article, 'What did Marvent say about the repair?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/We never stopped hoping/);
    expect(answer.text).toMatch(/workshop in Bruges/);
  });

  it('leaves an answer alone when its own words already cover the question', () => {
    const { answer } = answerQuestion(article, 'What did Marvent say?');
    expect(answer.text).not.toMatch(/The article says/);
  });

  it('adds nothing to a refusal', () => {
    const { answer } = answerQuestion(article, 'What did Marvent say about the thieves?');
    expect(answer.text).not.toMatch(/Bruges/);
  });
});

describe('an answer whose text and citations leave out what is asked shows the sentence that holds it', () => {
  /** The painting story with one more sentence, about the guard's work, that no fact of the model holds. */
  function withShiftSentence(): Article {
    const article = structuredClone(madeUpArticle());
    addParagraph(
      article,
      'Holm had worked night shifts at the museum for nine years before he was dismissed in 2023.',
    );
    return article;
  }

  it('adds the sentence beside an answer about other people', () => {
    const answerer = new ConversationAnswerer();
    const article = withShiftSentence();
    answerer.ask('c', 'Who took part?', article);
    const answer = answerer.ask('c', 'who worked night shifts?', article);
    expect(answer.text).toMatch(/Holm had worked night shifts/);
    expect(answer.citations.map((c) => c.sentenceId)).toContain('p6s0');
  });
});
