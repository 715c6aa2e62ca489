import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConversationAnswerer } from '../../../src/answer/qa/index.ts';
import { Article } from '../../../src/model/schema.ts';
import { loadSeedArticle } from './question-file.ts';

const seed = loadSeedArticle();
const trade = Article.parse(
  JSON.parse(
    fs.readFileSync(new URL('../../fixtures/articles/trade-talks-2024-05-02.json', import.meta.url), 'utf8'),
  ),
);
/** Newest first, as the library lists them. */
const library = [trade, seed];

describe('GIVEN several articles loaded and no article named', () => {
  it('WHEN a question names a person of the older article THEN it is answered from that article', () => {
    const answer = new ConversationAnswerer().ask('c', 'Who is Funakoshi?', { library });
    expect(answer.article?.id).toBe(seed.id);
    expect(answer.text).toMatch(/Asian and Oceanian/);
  });

  it('WHEN a question names the place of the newer article THEN it is answered from that article', () => {
    const answer = new ConversationAnswerer().ask('c', 'Which ministers met in Tokyo?', { library });
    expect(answer.article?.id).toBe(trade.id);
  });

  it('WHEN a follow-up names nothing THEN the conversation keeps its article', () => {
    const answerer = new ConversationAnswerer();
    answerer.ask('c', 'Who is Funakoshi?', { library });
    const answer = answerer.ask('c', 'What did they agree?', { library });
    expect(answer.article?.id).toBe(seed.id);
    expect(answer.text).toMatch(/future-oriented/);
  });

  it('WHEN a later question clearly names the other story THEN the conversation moves to it', () => {
    const answerer = new ConversationAnswerer();
    answerer.ask('c', 'Who is Funakoshi?', { library });
    expect(answerer.ask('c', 'Which trade ministers met in Tokyo?', { library }).article?.id).toBe(trade.id);
    expect(answerer.ask('c', 'What did they agree?', { library }).article?.id).toBe(trade.id);
  });

  it('WHEN the question names the story in words THEN that story is used', () => {
    const answerer = new ConversationAnswerer();
    answerer.ask('c', 'Which ministers met in Tokyo?', { library });
    const answer = answerer.ask('c', 'In the security talks story, what did they agree?', { library });
    expect(answer.article?.id).toBe(seed.id);
    expect(answer.text).toMatch(/future-oriented/);
  });

  it('WHEN the question names a story the library does not hold THEN it is not answered from another', () => {
    const answer = new ConversationAnswerer().ask('c', 'What was agreed in the volcano story?', { library });
    expect(answer.answered).toBe(false);
    expect(answer.text).toMatch(/no article about “volcano”/);
    expect(answer.text).toContain(seed.headline);
  });

  it('WHEN nothing in the question points at a story THEN the newest is used and the answer says so', () => {
    const answer = new ConversationAnswerer().ask('c', 'What was that about?', { library });
    expect(answer.article?.id).toBe(trade.id);
    expect(answer.text).toContain(`From the newest article, “${trade.headline}”`);
  });

  it('WHEN two articles fit about equally THEN the answer names the other one', () => {
    const twin = { ...structuredClone(seed), id: 'seed-twin', headline: 'A second report of the same talks' };
    const answer = new ConversationAnswerer().ask('c', 'Who is Funakoshi?', { library: [twin, seed] });
    expect(answer.text).toMatch(/fits too: name it/);
  });

  it('WHEN an article is pinned THEN routing is skipped', () => {
    const answer = new ConversationAnswerer().ask('c', 'Who is Funakoshi?', trade);
    expect(answer.article?.id).toBe(trade.id);
    expect(answer.answered).toBe(false);
  });
});
