import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/answer/qa/index.ts';
import type { Article } from '../../../src/model/schema.ts';
import { loadCorpusArticles } from './corpus.ts';

/**
 * Honesty on any article: a number only for the quantity asked, a yes/no only from what a fact states, a name only
 * where the article names one. Built on the tuning corpus's fixture articles; each case is one mechanism.
 */
const { articles } = loadCorpusArticles();
function article(prefix: string): Article {
  const found = articles.find((a) => a.id.startsWith(prefix));
  if (!found) throw new Error(`no fixture article ${prefix}`);
  return found;
}
const ask = (prefix: string, question: string) => answerQuestion(article(prefix), question).answer;

describe('GIVEN a question asking for one quantity', () => {
  it('WHEN the count asked is of a thing no figure counts THEN the article does not say, and the figure it has is offered', () => {
    const answer = ask('quake', 'How many foreigners were killed?');
    expect(answer.answered).toBe(false);
    expect(answer.text).toMatch(/doesn't say how many foreigners/);
    expect(answer.text).toMatch(/31 people/);
    expect(ask('quake', 'How many hospitals were damaged?').answered).toBe(false);
  });

  it('WHEN the figure counts the thing asked THEN it is given', () => {
    const answer = ask('minister', 'How many hospitals awarded the contracts?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\b4 hospitals\b/);
  });

  it('WHEN "which" asks for the things a figure only counts THEN the article does not say which', () => {
    const answer = ask('minister', 'Which hospitals awarded the contracts?');
    expect(answer.answered).toBe(false);
    expect(answer.text).toMatch(/doesn't say which hospitals/);
  });

  it("WHEN a person's age is asked and the article gives none THEN no other number or profile answers it", () => {
    const answer = ask('bridge', 'How old is Mayor Calloway?');
    expect(answer.answered).toBe(false);
    expect(answer.text).toMatch(/doesn't say how old Denise Calloway is/);
  });

  it('WHEN a sum of money is asked THEN a quote without one does not answer, a money figure does', () => {
    expect(ask('bridge', 'What is Blue Ridge Structures being paid?').answered).toBe(false);
    expect(ask('biz', 'How much did Cardinal make from high-bandwidth memory?').answered).toBe(false);
    const cost = ask('bridge', 'How much did the bridge cost?');
    expect(cost.answered).toBe(true);
    expect(cost.text).toMatch(/\$186\.5 million/);
  });
});

describe('GIVEN a yes/no question', () => {
  it('WHEN the evidence states the opposite of what is asked THEN the answer is no, with it', () => {
    const raise = ask('rate', 'Did the bank raise rates?');
    expect(raise.text).toMatch(/^No — .*\bcut\b/);
    expect(ask('rate', 'Did the bank cut rates?').text).toMatch(/^Yes\b/);
    expect(ask('minister', 'Does the government have a majority?').text).toMatch(/^No — .*minority/);
  });

  it('WHEN a place is the subject, not the location asked THEN its being the venue answers nothing', () => {
    const answer = ask('bridge', 'Did the bridge open on time?');
    expect(answer.text).not.toMatch(/^Yes/);
    expect(answer.text).toMatch(/^No\b/);
  });

  it('WHEN it compares a figure with a number THEN the comparison is computed', () => {
    expect(ask('bridge', 'Did the bridge cost more than $200 million?').text).toMatch(/^No — .*186\.5/);
    expect(ask('bridge', 'Did the bridge cost more than $100 million?').text).toMatch(/^Yes — .*186\.5/);
  });

  it("WHEN it asks about a person THEN no is given only for a post, and the person's description answers the rest", () => {
    expect(ask('minister', 'Is Barreto a doctor?').text).toMatch(/^Yes — .*physician/);
    expect(ask('minister', 'Did Moura admit wrongdoing?').text).toMatch(/^No — .*denying any wrongdoing/);
    expect(ask('minister', 'Is Barreto a minister?').text).toMatch(/^Yes\b/);
    expect(ask('minister', 'Did Moura take part in decisions about Nortia?').text).not.toMatch(/^Yes/);
  });

  it('WHEN it asks what will happen THEN a past event does not confirm it', () => {
    const answer = ask('rate', 'Will there be more rate cuts this year?');
    expect(answer.text).not.toMatch(/^Yes/);
    expect(answer.answered).toBe(false);
  });

  it('WHEN a year names the thing compared ("the 2019 one") THEN it is not taken for the date asked', () => {
    expect(ask('quake', 'Was the quake stronger than the 2019 one?').text).not.toMatch(
      /^No — the earthquake/,
    );
  });
});

describe('GIVEN a name asked for', () => {
  it('WHEN the article names no one of that kind THEN it does not say, whatever sentence shares the word', () => {
    const referee = ask('sports', "What's the referee's name?");
    expect(referee.answered).toBe(false);
    expect(referee.text).toMatch(/doesn't say the name of the referee/);
    expect(ask('quake', 'What are the names of the victims?').answered).toBe(false);
  });

  it('WHEN the name asked is the event’s THEN it is given', () => {
    const answer = ask('kr-jp', 'whats the official name of the meeting');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Security Policy Consultation/);
  });

  it('WHEN the article says the person is not named THEN nothing about them answers', () => {
    expect(ask('court', "What's the name of the former Marlow scientist who testified?").answered).toBe(
      false,
    );
  });
});
