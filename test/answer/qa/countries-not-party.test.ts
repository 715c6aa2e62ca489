import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/answer/qa/index.ts';
import type { Article } from '../../../src/model/schema.ts';
import { addParagraph, evidence, madeUpArticle } from './made-up.ts';

/**
 * "Which countries were in it?" on a story whose event has no national delegations (the made-up painting story,
 * which names one country in passing): no country took part, so the article does not say which did; the country
 * it names is what it does say, not the answer.
 */
function withCountryNamed(): Article {
  const article = structuredClone(madeUpArticle());
  const id = addParagraph(article, 'The landscape had once hung in a private collection in Norway.');
  article.countries.push({
    id: 'no',
    name: 'Norway',
    namesAsWritten: ['Norway'],
    aliases: [],
    demonym: 'Norwegian',
    evidence: evidence(id, 'a private collection in Norway'),
  });
  return article;
}

describe('GIVEN a story whose event no country took part in', () => {
  it('WHEN which countries were in it is asked THEN it says the article does not say, naming the country it mentions', () => {
    const { answer } = answerQuestion(withCountryNamed(), 'Which countries were involved in the recovery?');
    expect(answer.answered).toBe(false);
    expect(answer.text).toMatch(/doesn't say which countries took part/);
    expect(answer.text).toMatch(/Norway/);
  });

  it('WHEN the country is asked by its own words THEN the article answers it', () => {
    const { answer } = answerQuestion(withCountryNamed(), 'Where had the landscape once hung?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Norway/);
  });
});
