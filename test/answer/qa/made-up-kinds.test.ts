import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/answer/qa/index.ts';
import { Article } from '../../../src/model/schema.ts';
import { madeUpArticle } from './made-up.ts';

/** The made-up painting story with one more sentence, spelling the curator's name another way. */
function withSecondSpelling(): Article {
  const base = madeUpArticle();
  const last = base.sentences.at(-1)!;
  const text = 'Marvant said the frame would be repaired by spring.';
  const start = last.end + 2;
  return Article.parse({
    ...base,
    sentences: [
      ...base.sentences,
      { id: 'p6s0', paragraph: 6, index: 0, start, end: start + text.length, text, kind: 'body' },
    ],
    people: base.people.map((p) =>
      p.id === 'ilse-marvent'
        ? {
            ...p,
            namesAsWritten: [...(p.namesAsWritten ?? []), 'Marvant'],
            aliases: [...p.aliases, 'Marvant'],
          }
        : p,
    ),
  });
}

describe('GIVEN a name the article writes two ways', () => {
  it('WHEN asked "is it X or Y?" THEN it says the article writes both, for whom, citing the sentences', () => {
    const { answer } = answerQuestion(withSecondSpelling(), 'is it Marvent or Marvant?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/both ways for Ilse Marvent/);
    expect(answer.text).toMatch(/“Marvent” in 2 sentences and “Marvant” in one sentence/);
    expect(answer.citations.map((c) => c.sentenceId)).toContain('p6s0');
  });

  it('WHEN one of the two forms is never written THEN it says which form the article uses', () => {
    const { answer } = answerQuestion(madeUpArticle(), 'marvent or marvant? which spelling');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/writes “Marvent” \(Ilse Marvent\); it never writes “marvant”/);
  });

  it('WHEN the name is asked once THEN it is not a spelling question', () => {
    const { answer } = answerQuestion(withSecondSpelling(), 'who is Marvent?');
    expect(answer.text).not.toMatch(/writes it both ways/);
  });
});

describe('GIVEN a bare "what happened?"', () => {
  it('THEN the story itself answers (its one-line summary), not a timeline entry from years before', () => {
    const { answer } = answerQuestion(madeUpArticle(), 'what happened?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toBe('Police in Vellmoor recovered a stolen landscape.');
    expect(answer.text).not.toMatch(/1994/);
  });

  it('WHEN a year is asked with it THEN the summary does not answer', () => {
    const { answer } = answerQuestion(madeUpArticle(), 'what happened in 1994?');
    expect(answer.text).not.toBe('Police in Vellmoor recovered a stolen landscape.');
  });
});
