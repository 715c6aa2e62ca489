import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/answer/qa/index.ts';
import type { Article } from '../../../src/model/schema.ts';
import { addParagraph, evidence, madeUpArticle } from './made-up.ts';

/**
 * What the article says it leaves open, on the made-up painting story: a yes/no about the open matter is not
 * answered (the article doesn't say), while one about the reply the article reports is.
 */
function withOpenLoan(): Article {
  const article = structuredClone(madeUpArticle());
  const id = addParagraph(
    article,
    'Whether the painting will be lent to a gallery in Oslo was unclear; the museum board did not respond to questions.',
  );
  article.gaps.push({
    about:
      'Whether the painting will be lent to the Oslo gallery: the museum board did not respond to questions.',
    evidence: evidence(id, 'the museum board did not respond to questions'),
  });
  return article;
}

describe('GIVEN a yes/no about what the article says it leaves open', () => {
  it('WHEN the open matter itself is asked THEN it says the article does not say, and answers nothing', () => {
    const { answer } = answerQuestion(withOpenLoan(), 'Will the painting be lent to the Oslo gallery?');
    expect(answer.answered).toBe(false);
    expect(answer.text).toMatch(/doesn't say/);
    expect(answer.text).not.toMatch(/^\W*(yes|no)\b/i);
  });

  it('WHEN the reply the article reports is asked THEN that reply answers it', () => {
    const { answer } = answerQuestion(withOpenLoan(), 'Did the museum board respond about the Oslo loan?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/did not respond/);
  });
});

/**
 * The made-up painting story with a sentence that both reports something and says what is left open about it: the
 * model's context fact rests on the very sentence its stated gap does.
 */
function withUndisclosedCause(): Article {
  const article = structuredClone(madeUpArticle());
  const id = addParagraph(
    article,
    'Conservators found fresh scratches on the canvas, and the museum has not disclosed what caused them.',
  );
  article.context.push({
    id: 'ctx-scratches',
    kind: 'consequence',
    statement:
      'Conservators found fresh scratches on the canvas; the museum has not disclosed what caused them.',
    evidence: evidence(id, 'Conservators found fresh scratches on the canvas'),
  });
  article.gaps.push({
    about: 'What caused the scratches on the canvas: the museum has not disclosed it.',
    keywords: ['cause', 'reason'],
    evidence: evidence(id, 'the museum has not disclosed what caused them'),
  });
  return article;
}

describe('GIVEN a fact resting on the sentence that says what is left open about it', () => {
  it('WHEN the open matter is asked THEN it says the article does not say, and gives what it does say', () => {
    const { answer } = answerQuestion(withUndisclosedCause(), 'What caused the scratches?');
    expect(answer.answered).toBe(false);
    expect(answer.text).toMatch(/doesn't say/);
    expect(answer.text).toMatch(/has not disclosed/);
  });

  it('WHEN what the sentence does report is asked THEN that answers it', () => {
    const { answer } = answerQuestion(withUndisclosedCause(), 'What did conservators find on the canvas?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/scratches/);
  });
});

/** The made-up painting story saying that the others who took part in the recovery are not named. */
function withOthersUnnamed(): Article {
  const article = structuredClone(madeUpArticle());
  const id = addParagraph(article, 'Other officers who took part in the recovery were not named.');
  article.gaps.push({
    about: 'The other people who took part in the recovery, beyond those named, are not given.',
    evidence: evidence(id, 'Other officers who took part in the recovery were not named'),
  });
  return article;
}

describe('GIVEN a stated gap about who else took part', () => {
  it('WHEN who else took part is asked with nobody named yet THEN it says the article does not say', () => {
    const { answer } = answerQuestion(withOthersUnnamed(), 'Who else took part in the recovery?');
    expect(answer.answered).toBe(false);
    expect(answer.text).toMatch(/doesn't say/);
  });
});
