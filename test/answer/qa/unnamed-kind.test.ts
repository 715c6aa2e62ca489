import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/answer/qa/index.ts';
import type { Article } from '../../../src/model/schema.ts';
import { addParagraph, evidence, madeUpArticle } from './made-up.ts';

/**
 * "Which Danish dealer ...?" when the article writes the thing asked only as "a Danish dealer": it does not name
 * it, so the sentence is what the article does say, not the answer. On the made-up painting story, with the
 * guard's profile holding the unnamed dealer.
 */
function withUnnamedDealer(): Article {
  const article = structuredClone(madeUpArticle());
  const id = addParagraph(article, 'Holm had tried to sell the painting to a Danish dealer in January.');
  const holm = article.people.find((p) => p.id === 'piet-holm')!;
  holm.description = 'Former museum guard; tried to sell the painting to a Danish dealer in January.';
  holm.evidence.sentences.push(id);
  return article;
}

describe('GIVEN a thing the article writes only as "a ..."', () => {
  it('WHEN which one is asked THEN it says the article does not say which', () => {
    const { answer } = answerQuestion(withUnnamedDealer(), 'Which Danish dealer did Holm try to sell it to?');
    expect(answer.answered).toBe(false);
    expect(answer.text).toMatch(/doesn't say which Danish dealer/);
    expect(answer.text).toMatch(/a Danish dealer/);
  });

  it('WHEN its name is asked THEN it says the article does not say', () => {
    const { answer } = answerQuestion(
      withUnnamedDealer(),
      'What was the name of the dealer Holm tried to sell it to?',
    );
    expect(answer.answered).toBe(false);
    expect(answer.text).toMatch(/doesn't say/);
  });

  it('WHEN the phrase stands beside a name THEN the name answers it', () => {
    const article = withUnnamedDealer();
    const id = addParagraph(article, 'He later sold the old frame to Nordhavn Kunst, a Danish dealer.');
    article.organizations.push({
      id: 'nordhavn-kunst',
      name: 'Nordhavn Kunst',
      namesAsWritten: ['Nordhavn Kunst'],
      aliases: [],
      kind: 'company',
      evidence: evidence(id, 'Nordhavn Kunst, a Danish dealer'),
    });
    const { answer } = answerQuestion(article, 'Which Danish dealer bought the old frame?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Nordhavn Kunst/);
  });
});
