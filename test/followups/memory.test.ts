import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/clock.ts';
import { BotThreads } from '../../src/followups/bot-threads.ts';
import { ReplyChains } from '../../src/followups/reply-chains.ts';

describe('ReplyChains', () => {
  it('GIVEN a recorded bot message THEN a reply to it finds its conversation', () => {
    const chains = new ReplyChains(new ManualClock(0));
    chains.record('m1', 'general:alice');
    expect(chains.conversationOf('m1')).toBe('general:alice');
    expect(chains.conversationOf('m2')).toBeUndefined();
  });

  it('GIVEN only the question was recorded (the answer id not known yet) THEN a reply to the answer finds it through the question', () => {
    const chains = new ReplyChains(new ManualClock(0));
    chains.recordQuestion('q1', 'general:alice');
    expect(chains.conversationOf('answer-to-q1', 'q1')).toBe('general:alice');
    expect(chains.conversationOf('answer-to-q1')).toBeUndefined();
    expect(chains.conversationOf('q1')).toBeUndefined(); // a question is not a bot message
    chains.record('answer-to-q1', 'thread-1');
    expect(chains.conversationOf('answer-to-q1', 'q1')).toBe('thread-1'); // the direct record wins
  });

  it('GIVEN the entry is older than its time to live THEN it is forgotten', () => {
    const clock = new ManualClock(0);
    const chains = new ReplyChains(clock, { ttlMs: 60_000 });
    chains.record('m1', 'general:alice');
    clock.advance(60_000);
    expect(chains.conversationOf('m1')).toBe('general:alice');
    clock.advance(1);
    expect(chains.conversationOf('m1')).toBeUndefined();
  });

  it('GIVEN more bot messages than the bound THEN the oldest are forgotten', () => {
    const chains = new ReplyChains(new ManualClock(0), { maxEntries: 3 });
    for (const id of ['m1', 'm2', 'm3', 'm4']) chains.record(id, `key-${id}`);
    expect(chains.size).toBe(3);
    expect(chains.conversationOf('m1')).toBeUndefined();
    expect(chains.conversationOf('m4')).toBe('key-m4');
  });
});

describe('BotThreads', () => {
  it('GIVEN a registered thread THEN it is known, and the registry stays bounded', () => {
    const threads = new BotThreads(2);
    threads.add('t1');
    threads.add('t2');
    threads.add('t3');
    expect([threads.has('t1'), threads.has('t2'), threads.has('t3')]).toStrictEqual([false, true, true]);
    expect(threads.size).toBe(2);
  });
});
