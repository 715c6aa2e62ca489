import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/answer/qa/index.ts';
import { Article } from '../../../src/model/schema.ts';
import { evidence, madeUpArticle } from './made-up.ts';

/**
 * "Who audited the museum's accounts?" where the article never says anyone audited anything: the museum's curator
 * (found through the museum named) is not said to have done it, so the article doesn't say who did.
 */
function withMuseum(): Article {
  const article = madeUpArticle();
  return Article.parse({
    ...article,
    organizations: [
      ...article.organizations,
      {
        id: 'town-museum',
        name: 'Vellmoor town museum',
        namesAsWritten: ['the town museum'],
        aliases: ['the museum', 'town museum'],
        kind: 'other',
        evidence: evidence('p1s0', 'the town museum'),
      },
    ],
    people: article.people.map((p) => (p.id === 'ilse-marvent' ? { ...p, organization: 'town-museum' } : p)),
  });
}

describe('who did something the article never names', () => {
  const article = withMuseum();

  it('does not give the named organization’s people for a verb the article never uses', () => {
    const { answer } = answerQuestion(article, "Who audited the museum's accounts?");
    expect(answer.answered).toBe(false);
    expect(answer.text).toMatch(/doesn't say anything about audited/);
  });

  it('still names who did what the article says', () => {
    const { answer } = answerQuestion(article, 'Who restored the painting?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Marvent/);
  });
});
