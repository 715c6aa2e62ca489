import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/clock.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { BotThreads } from '../../src/followups/bot-threads.ts';
import {
  createFollowupResponder,
  type FollowupAnswerer,
  type FollowupResponderDeps,
} from '../../src/followups/handler.ts';
import { FollowupSettings } from '../../src/followups/settings.ts';
import { ArticleLibrary } from '../../src/model/library.ts';
import type { Article } from '../../src/model/schema.ts';
import { validatePayload } from '../../src/render/limits.ts';
import { openStore, type Store } from '../../src/store/database.ts';
import { computePings } from '../fake-discord/message-validation.ts';
import {
  ALICE,
  BOB,
  BOT,
  BOT_THREAD,
  GENERAL,
  GUILD,
  OTHER_CHANNEL,
  inThread,
  mentioning,
  message,
} from './messages.ts';

/** A fresh in-memory database per test for the follow-up channel settings. */
let memoryStore: Store;
beforeEach(async () => {
  memoryStore = await openStore({ databasePath: ':memory:' });
});

/** Records what it was asked; answers with a canned text and one cited sentence of the real article. */
class RecordingAnswerer implements FollowupAnswerer {
  readonly asked: Array<{ key: string; question: string; articleId: string }> = [];
  reply: (question: string, article: Article) => string = () =>
    'Seo Min-jung and Takehiro Funakoshi led the talks.';
  ask(key: string, question: string, article: Article) {
    this.asked.push({ key, question, articleId: article.id });
    const sentence = article.sentences.find((s) => s.kind === 'body') ?? article.sentences[0]!;
    return {
      answered: true,
      text: this.reply(question, article),
      citations: [{ sentenceId: sentence.id, text: sentence.text }],
    };
  }
}

let library: ArticleLibrary;
beforeAll(async () => {
  library = await ArticleLibrary.load('data/articles');
});

function setup(overrides: Partial<FollowupResponderDeps> = {}) {
  const answerer = new RecordingAnswerer();
  const clock = new ManualClock(Date.UTC(2023, 3, 17, 9));
  const settings = new FollowupSettings(memoryStore, clock);
  const responder = createFollowupResponder({
    answerer,
    library,
    settings,
    clock,
    logger: silentLogger,
    ...overrides,
  });
  return { answerer, clock, settings, responder };
}

function pingsOf(payload: unknown) {
  return computePings(JSON.parse(JSON.stringify(payload)) as Record<string, unknown>, 'channel', true);
}

describe('createFollowupResponder: the reply to a follow-up', () => {
  it('GIVEN a mention THEN the answer references the question, pings nobody, and cites its sentence', () => {
    const { answerer, responder } = setup();
    const question = mentioning('who attended the talks?');
    const reply = responder.respond(question, BOT);

    const latest = library.latest()!;
    expect(answerer.asked).toStrictEqual([
      { key: `${GENERAL}:${ALICE}`, question: 'who attended the talks?', articleId: latest.id },
    ]);
    expect(reply?.conversationKey).toBe(`${GENERAL}:${ALICE}`);
    expect(reply?.payload.message_reference).toStrictEqual({
      message_id: question.id,
      fail_if_not_exists: false,
    });
    expect(reply?.payload.allowed_mentions).toStrictEqual({ parse: [], replied_user: false });
    const lines = reply?.payload.content?.split('\n') ?? [];
    expect(lines[0]).toBe('Seo Min-jung and Takehiro Funakoshi led the talks.');
    expect(lines[1]).toMatch(/^> \S/);
    expect(lines[2]).toMatch(/^-# Source: p\d+s\d+ \(see \/source\)$/);
    expect(reply?.answer).toMatchObject({
      answered: true,
      text: 'Seo Min-jung and Takehiro Funakoshi led the talks.',
    });
    expect(validatePayload(reply!.payload)).toStrictEqual([]);
  });

  it('GIVEN an answer that already quotes its source sentence THEN the sentence is not quoted twice', () => {
    const { answerer, responder } = setup();
    answerer.reply = (_q, article) =>
      `The article says: ${article.sentences.find((s) => s.kind === 'body')!.text}`;
    const content = responder.respond(mentioning('what happened?'), BOT)?.payload.content ?? '';
    expect(content.split('\n').filter((line) => line.startsWith('> '))).toStrictEqual([]);
    expect(content).toMatch(/\n-# Source: p\d+s\d+/);
  });

  it('GIVEN @everyone, @here and a user mention in the question, echoed by the answer THEN nobody is pinged', () => {
    const { answerer, responder } = setup();
    answerer.reply = (question) => `You asked: ${question}`;
    const reply = responder.respond(
      mentioning(`@everyone @here <@${BOB}> who attended?`, { mentionsEveryone: true }),
      BOT,
    );
    expect(reply?.payload.content).not.toMatch(/@(everyone|here)/);
    expect(pingsOf(reply?.payload)).toStrictEqual({
      everyone: false,
      users: [],
      roles: [],
      repliedUser: false,
    });
  });

  it('GIVEN a 5,000-character answer THEN the message stays within 2,000 characters, cut on a sentence, and keeps its source', () => {
    const { answerer, responder } = setup();
    answerer.reply = () =>
      Array.from({ length: 100 }, (_, i) => `This is sentence number ${i} of a long answer.`).join(' ');
    const content = responder.respond(mentioning('tell me everything'), BOT)?.payload.content ?? '';
    expect(content.length).toBeLessThanOrEqual(2000);
    const [answerLine] = content.split('\n');
    expect(answerLine).toMatch(/long answer\.…$/);
    expect(content).toMatch(/\n-# Source: p\d+s\d+ \(see \/source\)$/);
  });

  it('GIVEN a message not addressed to the bot THEN nothing is sent and the answerer is not asked', () => {
    const { answerer, responder } = setup();
    expect(responder.respond(message({ content: 'who attended the talks?' }), BOT)).toBeNull();
    expect(answerer.asked).toStrictEqual([]);
  });

  it('GIVEN a bare mention THEN a short hint is sent instead of an answer', () => {
    const { answerer, responder } = setup();
    const reply = responder.respond(mentioning(''), BOT);
    expect(reply?.payload.content).toMatch(/^Ask me about the latest story/);
    expect(answerer.asked).toStrictEqual([]);
  });

  it('GIVEN an empty library THEN the reply says there is nothing to answer from', () => {
    const { responder } = setup({ library: ArticleLibrary.fromArticles([]) });
    expect(responder.respond(mentioning('who?'), BOT)?.payload.content).toMatch(/no story in the library/);
  });

  it('GIVEN the answerer throws THEN a polite failure is sent and respond does not throw', () => {
    const { answerer, responder } = setup();
    answerer.reply = () => {
      throw new Error('boom');
    };
    const reply = responder.respond(mentioning('who?'), BOT);
    expect(reply?.payload.content).toMatch(/^Sorry, something went wrong/);
    expect(reply?.conversationKey).toBeNull();
  });

  it('GIVEN follow-ups restricted to another channel (real settings) THEN a mention here gets nothing', async () => {
    const { settings, responder } = setup();
    await settings.allow(GUILD, OTHER_CHANNEL);
    expect(responder.respond(mentioning('who?'), BOT)).toBeNull();
    expect(responder.respond(mentioning('who?', { channelId: OTHER_CHANNEL }), BOT)).not.toBeNull();
  });
});

describe('createFollowupResponder: conversations', () => {
  it("GIVEN Bob replies to the bot's answer to Alice THEN the answerer continues Alice's conversation", () => {
    const { answerer, responder } = setup();
    const first = responder.respond(mentioning('who is Funakoshi?'), BOT)!;
    responder.replyChains.record('sent-answer-1', first.conversationKey!);
    const followUp = message({
      authorId: BOB,
      content: "what's his title?",
      referencedMessageAuthorId: BOT,
      referencedMessageId: 'sent-answer-1',
    });
    responder.respond(followUp, BOT);
    expect(answerer.asked.map((a) => a.key)).toStrictEqual([`${GENERAL}:${ALICE}`, `${GENERAL}:${ALICE}`]);
  });

  it('GIVEN a registered bot thread and the message content intent THEN plain messages there are answered in the thread conversation', () => {
    const botThreads = new BotThreads();
    botThreads.add(BOT_THREAD);
    const { answerer, responder } = setup({ botThreads, messageContentIntent: true });
    const reply = responder.respond(message({ content: 'and where?', ...inThread(BOT_THREAD) }), BOT);
    expect(reply?.conversationKey).toBe(BOT_THREAD);
    expect(answerer.asked[0]?.key).toBe(BOT_THREAD);
  });

  it('GIVEN the intent is off (the default) THEN plain messages in a bot thread are left alone', () => {
    const botThreads = new BotThreads();
    botThreads.add(BOT_THREAD);
    const { responder } = setup({ botThreads });
    expect(responder.respond(message({ content: 'and where?', ...inThread(BOT_THREAD) }), BOT)).toBeNull();
  });
});

describe('createFollowupResponder: rate limits', () => {
  it('GIVEN 8 quick mentions from one user THEN 5 answers, one polite notice, then silence', () => {
    const { answerer, responder } = setup();
    const replies = Array.from({ length: 8 }, () => responder.respond(mentioning('who?'), BOT));
    expect(answerer.asked).toHaveLength(5);
    expect(replies.slice(0, 5).every((r) => r?.answer !== undefined)).toBe(true);
    expect(replies[5]?.payload.content).toMatch(
      /^You're asking faster than I can keep up\. Please wait about 30 s/,
    );
    expect(replies[5]?.payload.allowed_mentions).toStrictEqual({ parse: [], replied_user: false });
    expect(replies.slice(6)).toStrictEqual([null, null]);
  });

  it('GIVEN the window has passed THEN the user is answered again', () => {
    const { answerer, clock, responder } = setup();
    for (let i = 0; i < 7; i += 1) responder.respond(mentioning('who?'), BOT);
    clock.advance(30_001);
    expect(responder.respond(mentioning('who?'), BOT)?.answer).toBeDefined();
    expect(answerer.asked).toHaveLength(6);
  });

  it('GIVEN messages that do not address the bot THEN they do not count toward the limit', () => {
    const { responder } = setup();
    for (let i = 0; i < 50; i += 1) responder.respond(message({ content: 'chatting' }), BOT);
    expect(responder.respond(mentioning('who?'), BOT)?.answer).toBeDefined();
  });
});
