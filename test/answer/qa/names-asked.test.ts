import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/answer/qa/index.ts';
import type { Article } from '../../../src/model/schema.ts';
import { addParagraph, evidence, madeUpArticle } from './made-up.ts';

/**
 * "What are the names of ...?" asks for names, as "what is the name of ...?" does: on the made-up painting story
 * with a count of the officers who searched (none of them named), the count is never the answer.
 */
function withOfficersCounted(): Article {
  const article = structuredClone(madeUpArticle());
  const id = addParagraph(
    article,
    'The Vellmoor Police Officers Association said 40 officers searched the town.',
  );
  article.organizations.push({
    id: 'officers-association',
    name: 'Vellmoor Police Officers Association',
    namesAsWritten: ['Vellmoor Police Officers Association'],
    aliases: [],
    kind: 'union',
    evidence: evidence(id, 'The Vellmoor Police Officers Association'),
  });
  article.figures.push({
    id: 'fig-searchers',
    label: 'Officers who searched the town',
    value: 40,
    unit: 'officers',
    measures: 'count',
    asWritten: '40 officers',
    evidence: evidence(id, '40 officers searched the town'),
  });
  return article;
}

describe('GIVEN names asked in the plural of people the article only counts', () => {
  it('WHEN their names are asked THEN it says the article does not say, not the count', () => {
    const { answer } = answerQuestion(withOfficersCounted(), 'What are the names of all the officers?');
    expect(answer.answered).toBe(false);
    expect(answer.text).toMatch(/doesn't say/);
  });

  it('WHEN their number is asked THEN the count answers it', () => {
    const { answer } = answerQuestion(withOfficersCounted(), 'How many officers searched the town?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/40/);
  });
});
