import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Article } from '../../../src/model/schema.ts';
import { answerQuestion } from '../../../src/answer/qa/index.ts';
import { LONG, loadSeedArticle } from './question-file.ts';

const article = loadSeedArticle();
const sentenceText = new Map(article.sentences.map((s) => [s.id, s.text]));

describe('answers and citations', () => {
  it.each([
    'Who attended the talks?',
    'Why was security cooperation suspended?',
    'What did they agree to?',
    'When did the talks take place?',
  ])('GIVEN %s THEN every citation is a verbatim sentence of the article', (question) => {
    const { answer } = answerQuestion(article, question);
    expect(answer.answered).toBe(true);
    expect(answer.citations.length).toBeGreaterThan(0);
    for (const citation of answer.citations)
      expect(citation.text).toBe(sentenceText.get(citation.sentenceId));
  });

  it.each([
    'Who is second from right in the photo?',
    'Who attended?',
    'When were the talks held?',
    'summarize',
  ])('GIVEN %s THEN the photo credit and the dateline are not cited', (question) => {
    const kinds = answerQuestion(article, question).answer.citations.map(
      (c) => article.sentences.find((s) => s.id === c.sentenceId)?.kind,
    );
    expect(kinds.length).toBeGreaterThan(0);
    expect(kinds.every((kind) => kind === 'body' || kind === 'caption')).toBe(true);
  });

  it('GIVEN a question about the source THEN the credit line is what the answer rests on', () => {
    const { answer } = answerQuestion(article, 'Which news agency reported this?');
    expect(answer.citations.map((c) => c.text)).toContain('(Yonhap)');
  });

  it('GIVEN a question the article does not answer THEN it says so and points to what it covers', () => {
    const { answer } = answerQuestion(article, 'What did Russia say about the talks?');
    expect(answer).toMatchObject({ answered: false, citations: [] });
    expect(answer.text).toMatch(/^The article doesn't say/);
    expect(answer.text).toMatch(/It covers/);
  });

  it('GIVEN an agreement in principle THEN the answer keeps its modality and never claims a signed deal', () => {
    const { answer } = answerQuestion(article, 'What did South Korea and Japan agree to?');
    expect(answer.text).toMatch(/agreed to develop/);
    expect(answer.text).not.toMatch(/\bsigned (a|an|the)\b/i);
  });

  it('GIVEN a ~4,000 character paste THEN a reply comes back without error', () => {
    const { answer } = answerQuestion(article, LONG);
    expect(typeof answer.text).toBe('string');
    expect(answer.text.length).toBeLessThan(2000);
  });

  it('GIVEN any string at all THEN the answerer replies with a well-formed answer and never throws', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 600, unit: 'grapheme' }), (question) => {
        const { answer } = answerQuestion(article, question);
        expect(typeof answer.answered).toBe('boolean');
        expect(answer.text.length).toBeGreaterThan(0);
        expect(answer.text.length).toBeLessThan(2000);
      }),
      { numRuns: 300 },
    );
  });

  it('GIVEN the same article with a person renamed THEN answers follow the model, not fixed strings', () => {
    const renamed = Article.parse(
      JSON.parse(
        JSON.stringify(article)
          .replaceAll('Takehiro Funakoshi', 'Kenji Tanaka')
          .replaceAll('Funakoshi', 'Tanaka')
          .replaceAll('Takehiro', 'Kenji'),
      ),
    );
    expect(answerQuestion(renamed, 'Who is Kenji Tanaka?').answer.text).toMatch(
      /Kenji Tanaka is .*Asian and Oceanian/,
    );
    expect(answerQuestion(renamed, 'Who is second from right in the photo?').answer.text).toMatch(/Tanaka/);
    expect(answerQuestion(renamed, 'Who is Funakoshi?').answer.answered).toBe(false);
  });
});
