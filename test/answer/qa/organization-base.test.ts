import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/answer/qa/index.ts';
import { Article } from '../../../src/model/schema.ts';
import { addParagraph, evidence, madeUpArticle } from './made-up.ts';

/**
 * The made-up painting story with two organizations: an insurer the article places ("Harlan Mutual of Dorrin"), a
 * restorer it calls by an alias holding a place ("the Brekke-based studio"), and a gallery it never places.
 */
function withOrganizations(): Article {
  const article = madeUpArticle();
  const insurer = addParagraph(article, 'The painting is insured by Harlan Mutual of Dorrin, Ostland.');
  const studio = addParagraph(article, 'The Brekke-based studio Linnea Works will clean the canvas.');
  const gallery = addParagraph(article, 'The Sundby Gallery asked to borrow the painting.');
  const place = (id: string, name: string, sentence: string, within?: string) => ({
    id,
    name,
    namesAsWritten: [name],
    aliases: [],
    kind: id === 'ostland' ? 'country' : 'city',
    ...(within ? { within } : {}),
    evidence: evidence(sentence, name),
  });
  const organization = (id: string, name: string, aliases: string[], sentence: string) => ({
    id,
    name,
    namesAsWritten: [name],
    aliases,
    kind: 'company',
    evidence: evidence(sentence, name),
  });
  return Article.parse({
    ...article,
    places: [
      ...article.places,
      place('ostland', 'Ostland', insurer),
      place('dorrin', 'Dorrin', insurer, 'ostland'),
      place('brekke', 'Brekke', studio),
    ],
    organizations: [
      organization('harlan', 'Harlan Mutual', ['Harlan', 'the insurer'], insurer),
      organization('linnea', 'Linnea Works', ['the Brekke-based studio', 'the studio'], studio),
      organization('sundby', 'Sundby Gallery', ['the gallery'], gallery),
    ],
  });
}

describe('GIVEN a where-question asking where an organization is based', () => {
  it('WHEN a sentence ties a place to its name ("X of Dorrin") THEN that place answers, not the event\'s', () => {
    const { answer } = answerQuestion(withOrganizations(), 'Where is Harlan Mutual based?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toBe('Harlan Mutual is based in Dorrin, Ostland.');
    expect(answer.text).not.toMatch(/Vellmoor/);
    expect(answer.citations.map((c) => c.text)).toEqual([
      'The painting is insured by Harlan Mutual of Dorrin, Ostland.',
    ]);
  });

  it('WHEN its alias holds the place ("the Brekke-based studio") THEN that place answers', () => {
    const { answer } = answerQuestion(withOrganizations(), 'where is the studio headquartered?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toBe('Linnea Works is based in Brekke.');
  });

  it('WHEN the article ties no place to it THEN it does not answer with a place it says nothing of', () => {
    const { answer } = answerQuestion(withOrganizations(), 'Where is the Sundby Gallery based?');
    expect(answer.text).not.toMatch(/based in (Dorrin|Brekke)/);
  });
});
