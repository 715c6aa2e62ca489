import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../../src/answer/qa/analyze/analyze.ts';
import { answerQuestion, ConversationAnswerer } from '../../../src/answer/qa/index.ts';
import { rewriteFollowUp } from '../../../src/answer/qa/resolve/rewrite.ts';
import { indexArticle } from '../../../src/answer/qa/retrieve/article-index.ts';
import { ferryStory } from './ferry-story.ts';

const story = ferryStory();

/** Every answer of one conversation. */
function conversation(...turns: string[]): { answered: boolean; text: string }[] {
  const answerer = new ConversationAnswerer();
  return turns.map((turn) => answerer.ask('thread', turn, story));
}

describe('GIVEN a follow-up saying "it" or "they" for what the last turn named', () => {
  it('WHEN "they" follows an answer naming one company THEN it means that company', () => {
    const [first, next] = conversation('where did the new engines come from?', 'where are they based?');
    expect(first!.text).toMatch(/Marrow Diesel/);
    expect(next!.text).toMatch(/Lisk/);
    expect(next!.text).not.toMatch(/Dunmore/);
  });

  it('WHEN "its" follows a question and answer naming one organization THEN it is that organization\'s', () => {
    const [, next] = conversation('which shipyard did the refit?', 'who is its managing director?');
    expect(next!.text).toMatch(/Ona Fell/);
  });

  it('WHEN "how long is it?" follows a turn about a named thing THEN it is that thing\'s length', () => {
    const [, next] = conversation('what is the name of the ferry they refitted?', 'how long is it?');
    expect(next!.text).toMatch(/42 metres/);
  });
});

describe('GIVEN a follow-up about the one person the last answer was about', () => {
  it('WHEN a yes/no says "she" THEN it is asked of her, not answered from what someone else did', () => {
    const [, sued] = conversation('who is Ona Fell?', 'did she sue anyone?');
    expect(sued!.text).not.toMatch(/^\W*Yes/);
    expect(conversation('which shipyard did the refit?', 'did they sue anyone?')[1]!.text).toMatch(
      /^Yes\b.*harbour board/,
    );
  });

  it('WHEN "where did she train?" follows THEN the sentence saying where she trained answers', () => {
    const [, next] = conversation('who is the managing director of kestrel marine?', 'where did she train?');
    expect(next!.text).toMatch(/Tessaly/);
    expect(next!.text).not.toMatch(/Port Avel/);
  });

  it('WHEN a follow-up names whom it asks about THEN a sentence no fact holds answers it, as on a first turn', () => {
    const [, next] = conversation('how long is the grey heron?', 'where did Ona Fell train?');
    expect(next!.text).toMatch(/Tessaly/);
  });
});

describe('GIVEN a "they" after one person who answered for an organization the question named', () => {
  /** The follow-up as the resolve stage asks it again, or undefined. */
  const restated = (first: string, next: string) => {
    const index = indexArticle(story);
    return rewriteFollowUp(index, analyzeQuestion(index, next), answerQuestion(story, first).memory);
  };

  it('WHEN it asks what was done THEN "they" is the organization, not the one person', () => {
    expect(restated('who runs the shipyard?', 'on which trial run did they test the hull?')).toBe(
      'on which trial run did kestrel marine test the hull',
    );
  });

  it('WHEN it asks who someone is ("their title") THEN it stays with the person', () => {
    expect(restated('who runs the shipyard?', 'what is their title?') ?? '').not.toMatch(/kestrel/);
  });
});
