import { describe, expect, it } from 'vitest';
import { ConversationAnswerer } from '../../../src/answer/qa/index.ts';
import type { Article } from '../../../src/model/schema.ts';
import { analyzeQuestion } from '../../../src/answer/qa/analyze/analyze.ts';
import { answerFigureQuestion } from '../../../src/answer/qa/handlers/figure.ts';
import { indexArticle } from '../../../src/answer/qa/retrieve/article-index.ts';
import { loadCorpusArticles } from './corpus.ts';
import { loadSeedArticle } from './question-file.ts';

const { articles } = loadCorpusArticles();
function article(prefix: string): Article {
  const found = articles.find((a) => a.id.startsWith(prefix));
  if (!found) throw new Error(`no corpus article ${prefix}`);
  return found;
}
function ask(target: Article, ...turns: string[]): { answered: boolean; text: string } {
  const answerer = new ConversationAnswerer();
  let answer = answerer.ask('t', turns[0]!, target);
  for (const turn of turns.slice(1)) answer = answerer.ask('t', turn, target);
  return answer;
}
/** A copy of a model with one change: the answer must follow the model, not the text or the code. */
function edited(target: Article, change: (copy: Article) => void): Article {
  const copy = structuredClone(target);
  change(copy);
  return copy;
}

describe('GIVEN a quantity question (figure handler)', () => {
  const quake = article('quake');
  it('WHEN the dimension alone is asked THEN the figure measuring it for the story is given', () => {
    expect(ask(quake, 'How deep was it?').text).toMatch(/14 kilometers/);
    expect(ask(quake, 'How deep was it according to the USGS?').text).toMatch(/\b10 kilometers/);
  });
  it('WHEN a count is asked in other words than the label THEN the figure that counts it, not a narrower one', () => {
    expect(ask(quake, 'how many people died').text).toMatch(/\b31\b/);
    expect(ask(quake, 'How many people died in the market?').text).toMatch(/\b11\b/);
  });
  it('WHEN no figure holds every word asked THEN the figure handler leaves the question to others', () => {
    const index = indexArticle(quake);
    expect(
      answerFigureQuestion(index, analyzeQuestion(index, 'How many schools were damaged?')),
    ).toBeUndefined();
    expect(
      answerFigureQuestion(index, analyzeQuestion(index, 'How many houses were damaged?'))?.text,
    ).toMatch(/3100/);
  });
  it('WHEN the model labels the figure differently THEN the answer follows the model', () => {
    const relabelled = edited(quake, (copy) => {
      for (const f of copy.figures) if (f.id === 'fig-deaths') f.label = 'Houses flattened';
    });
    expect(ask(relabelled, 'how many people died').text).not.toMatch(/\b31\b/);
  });
});

describe('GIVEN an age question (age handler)', () => {
  it('WHEN the model has an age figure for the person THEN that age', () => {
    expect(ask(article('minister'), 'How old is Moura?').text).toMatch(/\b52\b/);
  });
  it('WHEN the article writes "Name, 21," THEN that age', () => {
    expect(ask(article('sports'), 'How old is Okonkwo?').text).toMatch(/\b21\b/);
  });
  it('WHEN the article gives no age THEN it says so rather than a number', () => {
    const answer = ask(article('court'), 'How old is Rosalind Achterberg?');
    expect(answer.answered).toBe(false);
    expect(answer.text).toMatch(/^The article doesn.t say how old Rosalind Achterberg is\./);
  });
});

describe('GIVEN a relation question (relation handler)', () => {
  const sports = article('sports');
  it('WHEN "who did X beat" or "who sued X" is asked THEN the other side, by its participant role', () => {
    expect(ask(sports, 'Who did Eko beat?').text).toMatch(/^Eko Stars FC beat Savannah City FC/);
    expect(ask(sports, 'Who did Savannah lose to?').text).toMatch(/lost to Eko Stars/);
    expect(ask(article('court'), 'Who sued Marlow?').text).toMatch(/^Greenfield/);
  });
  it('WHEN the premise has the roles the other way round THEN it is corrected', () => {
    expect(ask(sports, 'Who did Savannah beat?').text).toMatch(/other way round: Eko Stars FC beat Savannah/);
  });
  it('WHEN the model gives the roles the other way THEN so does the answer', () => {
    const swapped = edited(sports, (copy) => {
      for (const p of copy.events[0]!.participants)
        p.role = p.role === 'winner' ? 'loser' : p.role === 'loser' ? 'winner' : p.role;
    });
    expect(ask(swapped, 'Who won the final?').text).toMatch(/^Savannah City FC won/);
  });
  it('WHEN the question names something other than the event THEN its winner is not guessed', () => {
    expect(ask(sports, 'Who won the league?').text).not.toMatch(/Eko Stars FC won/);
    expect(ask(loadSeedArticle(), 'Who won the World Cup?').answered).toBe(false);
  });
});

describe('GIVEN a time-of-day question', () => {
  it('WHEN the article gives the clock time in a sentence about it THEN that time', () => {
    expect(ask(article('quake'), 'What time did the quake strike?').text).toMatch(/^At 3:17 a\.m\./);
    expect(ask(article('space'), 'What time did it lift off?').text).toMatch(/^At 6:24 p\.m\./);
  });
  it('WHEN it does not THEN the article dates it only to the day', () => {
    expect(ask(loadSeedArticle(), 'What time did the talks start?').answered).toBe(false);
  });
});

describe('GIVEN a date asked about something other than the story event (other-event handler)', () => {
  it('WHEN a timeline entry or another event holds the words asked THEN its date', () => {
    expect(ask(article('court'), 'When was the trial?').text).toMatch(/April 2025/);
    expect(ask(article('rate'), 'When did the easing cycle start?').text).toMatch(/September 2024/);
  });
  it('WHEN the story event is asked THEN the story event', () => {
    expect(ask(article('court'), 'When was the ruling?').text).toMatch(/June 12, 2025/);
  });
});

describe('GIVEN "what did X say" where the model holds no quotation of X (reported speech)', () => {
  it('WHEN a sentence has X closely followed by a verb of saying THEN that sentence', () => {
    expect(ask(article('rate'), 'What did the Banking Association say?').text).toMatch(/prime lending rate/);
    expect(ask(article('minister'), "What did the prosecutor's office say?").text).toMatch(/inquiry/);
  });
  it('WHEN X is only mentioned, never speaking THEN the article does not say', () => {
    const answer = ask(loadSeedArticle(), 'What did the United States say?');
    expect(answer.answered).toBe(false);
  });
});

describe('GIVEN "who wrote this story?"', () => {
  it('WHEN the article has a byline or a reporting credit THEN the author, not just the agency', () => {
    expect(ask(article('bridge'), 'Who wrote this article?').text).toMatch(/Rachel Byrd/);
    expect(ask(article('biz'), 'Who wrote this story?').text).toMatch(/Karen Liu/);
  });
});

describe('GIVEN a figure, then a follow-up asking for the comparison', () => {
  it('WHEN "and a year earlier?" follows THEN the figure with what the model compares it with', () => {
    expect(ask(article('biz'), 'How much was net income?', 'And a year earlier?').text).toMatch(/301\.2/);
  });
  it('WHEN the model gives the figure no comparison THEN the follow-up is not answered with one', () => {
    const bare = edited(article('biz'), (copy) => {
      for (const f of copy.figures) delete f.comparedWith;
    });
    // The answer's own words give no comparison; the cited sentence may be shown in full, as the article wrote it.
    const [own, ...shown] = ask(bare, 'How much was net income?', 'And a year earlier?').text.split(
      ' The article says: ',
    );
    expect(own).not.toMatch(/301\.2/);
    for (const quote of shown) expect(quote).toMatch(/^“[^”]*”$/);
  });
});

describe('GIVEN a question asking for an organization by its kind (organization-kind handler)', () => {
  it('WHEN nothing else is asked THEN the party of that kind to the story event', () => {
    expect(ask(article('court'), 'Which court was this?').text).toMatch(/^U\.S\. District Court/);
    expect(ask(article('biz'), 'What company is this article about?').text).toMatch(/^Cardinal/);
  });
  it('WHEN other words are asked THEN the organization of that kind whose name holds them', () => {
    expect(ask(article('court'), 'Which court will hear the appeal?').text).toMatch(/Court of Appeals/);
  });
  it('WHEN a person is named THEN their organization of that kind', () => {
    expect(ask(article('sports'), 'Which team does Nwosu play for?').text).toMatch(/Savannah City/);
  });
  it('WHEN no organization of that kind holds the words asked THEN none is guessed', () => {
    expect(ask(article('space'), 'Which ministry oversees the weather service?').text).not.toMatch(
      /^Ministry/,
    );
  });
});
