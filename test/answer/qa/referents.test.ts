import { describe, expect, it } from 'vitest';
import { ConversationAnswerer } from '../../../src/answer/qa/index.ts';
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
