import { describe, expect, it } from 'vitest';
import { ConversationAnswerer } from '../../../src/answer/qa/index.ts';
import type { Article } from '../../../src/model/schema.ts';
import { loadCorpusArticles } from './corpus.ts';
import { madeUpArticle } from './made-up.ts';

const story = madeUpArticle();
const { articles } = loadCorpusArticles();
function corpus(prefix: string): Article {
  const found = articles.find((a) => a.id.startsWith(prefix));
  if (!found) throw new Error(`no corpus article ${prefix}`);
  return found;
}

/** The last answer of one conversation. */
function last(article: Article, ...turns: string[]): { answered: boolean; text: string } {
  const answerer = new ConversationAnswerer();
  let answer = { answered: false, text: '' };
  for (const turn of turns) answer = answerer.ask('thread', turn, article);
  return answer;
}

describe('GIVEN a follow-up on a story the answerer was never tuned on', () => {
  it('WHEN a bare "when?" follows an answer about a person THEN it asks when the thing just asked happened', () => {
    const answer = last(story, 'Who was arrested?', 'When?');
    expect(answer.text).toMatch(/Friday, March 7|arrested on Friday/);
    expect(answer.text).not.toMatch(/took place on Thursday/);
    expect(last(story, 'Who restored the painting?', 'when was that?').text).toMatch(/1994/);
  });

  it('WHEN "she" follows an answer naming who was beaten THEN it means that person, not the winner', () => {
    const answer = last(corpus('tennis'), 'who did she beat in the semis', "where's she from?");
    expect(answer.text).toMatch(/Spain/);
    expect(answer.text).not.toMatch(/South Korea/);
  });

  it('WHEN "he" follows an answer that only quotes someone THEN it means the person quoted', () => {
    expect(last(corpus('election'), 'what did ortiz say?', 'who did he call?').text).toMatch(/Lozano/);
  });

  it('WHEN "and <another party>?" follows a quantity asked of one THEN the same quantity is asked of the other', () => {
    const election = corpus('election');
    const seats = last(election, 'how many seats did civic union win', 'and homeland front?');
    expect(seats.text).toMatch(/Homeland Front's seats: 8/);
    expect(seats.text).not.toMatch(/share of the vote/);
    expect(
      last(election, 'how many seats did civic union win', 'and homeland front?', 'what about aragon now?')
        .text,
    ).toMatch(/Aragon Now's seats: 9/);
  });

  it('WHEN "what did she say about X?" follows an answer about one person THEN her words on X are given', () => {
    const answer = last(corpus('rate'), 'Who is the governor?', 'what did she say about future cuts?');
    expect(answer.text).toMatch(/pre-commit/);
  });

  it('WHEN "who is his boss?" follows THEN the pronoun is not swapped for a name the answerer then misreads', () => {
    expect(last(story, 'Who was arrested?', 'Who is his boss?').answered).toBe(false);
  });

  it('WHEN "it" is the subject of the next question about a thing THEN it is the thing just asked about', () => {
    expect(last(corpus('port'), 'how big is the strike fund', 'how long will it last').text).toMatch(
      /three more weeks|3 weeks/,
    );
    expect(last(corpus('biz'), 'Tell me about the Arizona plant', 'When does it open?').text).toMatch(/2027/);
    // "what was it before?" compares the figure just given; the remembered fact answers, not a rewrite.
    expect(last(corpus('port'), 'what are the employers offering?', 'what was it before?').text).toMatch(
      /4%/,
    );
  });

  it('WHEN a quantity is asked of the people just named THEN a figure about something else is not given as theirs', () => {
    const answer = last(corpus('bridge'), 'Who built it?', 'how much were they paid?');
    expect(answer.answered).toBe(false);
    expect(answer.text).toMatch(/doesn't say/);
  });

  it('WHEN "they" follows a question about one organization THEN it is that organization, not another', () => {
    const answer = last(
      corpus('election'),
      'How did the Social Democrats do?',
      'how many seats did they have before?',
    );
    expect(answer.text).toMatch(/\b24\b/);
    expect(answer.text).not.toMatch(/Homeland Front/);
  });
});
