import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/core/clock.ts';
import { answerQuestion, ConversationAnswerer } from '../../../src/answer/qa/index.ts';
import { loadSeedArticle } from './question-file.ts';

const article = loadSeedArticle();
const MINUTE = 60_000;

describe('ConversationAnswerer memory', () => {
  it('GIVEN a question about a person THEN a pronoun in the next turn refers to them', () => {
    const answerer = new ConversationAnswerer();
    answerer.ask('thread-1', 'Who is Atsushi Ando?', article);
    expect(answerer.ask('thread-1', "What's his title?", article).text).toMatch(/Defense Policy Bureau/);
  });

  it('GIVEN two conversations THEN each keeps its own context', () => {
    const answerer = new ConversationAnswerer();
    answerer.ask('a', 'Who is Atsushi Ando?', article);
    answerer.ask('b', 'Who is Seo Min-jung?', article);
    expect(answerer.ask('a', 'What is his title?', article).text).toMatch(/Ando/);
    expect(answerer.ask('b', 'What is her title?', article).text).toMatch(/Seo Min-jung/);
  });

  it('GIVEN a conversation idle past its expiry THEN a follow-up no longer resolves against it', () => {
    const clock = new ManualClock(0);
    const answerer = new ConversationAnswerer({ clock, idleTtlMs: 30 * MINUTE });
    answerer.ask('t', 'Who is Atsushi Ando?', article);
    clock.advance(29 * MINUTE);
    expect(answerer.ask('t', 'And his title?', article).text).toMatch(/Ando/);
    clock.advance(31 * MINUTE);
    expect(answerer.ask('t', 'And his title?', article).text).not.toMatch(/Ando/);
  });

  it('GIVEN more conversations than the bound THEN the least recently used is forgotten', () => {
    const answerer = new ConversationAnswerer({ maxConversations: 2 });
    answerer.ask('old', 'Who is Atsushi Ando?', article);
    answerer.ask('mid', 'Who is Atsushi Ando?', article);
    answerer.ask('new', 'Who is Atsushi Ando?', article);
    expect(answerer.size).toBe(2);
    expect(answerer.ask('old', 'What is his title?', article).text).not.toMatch(/Ando/);
  });

  it('GIVEN a conversation copied to a thread THEN the thread continues it and the copy is independent', () => {
    const answerer = new ConversationAnswerer();
    answerer.ask('channel:user', 'Who is Atsushi Ando?', article);
    answerer.copyConversation('channel:user', 'thread');
    answerer.ask('channel:user', 'Who is Seo Min-jung?', article);
    expect(answerer.ask('thread', 'What is his title?', article).text).toMatch(/Ando/);
  });

  it('GIVEN forget THEN the conversation starts afresh', () => {
    const answerer = new ConversationAnswerer();
    answerer.ask('t', 'Who is Atsushi Ando?', article);
    answerer.forget('t');
    expect(answerer.ask('t', 'What is his title?', article).text).not.toMatch(/Ando/);
  });

  it('GIVEN answerQuestion with explicit memory THEN the returned memory carries the context', () => {
    const first = answerQuestion(article, 'When was the first meeting held?');
    const second = answerQuestion(article, 'And where?', first.memory);
    expect(second.answer.text).toMatch(/Seoul/);
    expect(second.answer.citations.map((c) => c.sentenceId)).toContain('p7s0');
  });
});
