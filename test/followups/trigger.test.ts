import { describe, expect, it } from 'vitest';
import { decideFollowup, extractQuestion, MAX_QUESTION_LENGTH } from '../../src/followups/trigger.ts';
import {
  ALICE,
  BOB,
  BOT,
  BOT_THREAD,
  GENERAL,
  GUILD,
  OTHER_CHANNEL,
  SOME_THREAD,
  context,
  inThread,
  mentioning,
  message,
} from './messages.ts';

describe('decideFollowup: what counts as a question for the bot', () => {
  it('GIVEN a message mentioning the bot THEN it is answered, without the mention, in the channel+user conversation', () => {
    expect(decideFollowup(mentioning('who attended the talks?'), context())).toStrictEqual({
      kind: 'answer',
      question: 'who attended the talks?',
      conversationKey: `${GENERAL}:${ALICE}`,
      via: 'mention',
    });
  });

  it('GIVEN the nickname mention form <@!id> in the middle of the text THEN it is stripped too', () => {
    const decision = decideFollowup(
      message({ content: `so <@!${BOT}>, where  were they?`, mentionedUserIds: [BOT] }),
      context(),
    );
    expect(decision).toMatchObject({ kind: 'answer', question: 'so where were they?' });
  });

  it('GIVEN a mention in the text that Discord did not list in mentions THEN it still addresses the bot', () => {
    expect(decideFollowup(message({ content: `<@${BOT}> when?` }), context())).toMatchObject({
      kind: 'answer',
      question: 'when?',
    });
  });

  it('GIVEN a reply to one of the bot messages without a mention THEN it is answered', () => {
    const reply = message({
      content: "what's his title?",
      referencedMessageAuthorId: BOT,
      referencedMessageId: '1',
    });
    expect(decideFollowup(reply, context())).toMatchObject({
      kind: 'answer',
      question: "what's his title?",
      via: 'reply',
    });
  });

  it('GIVEN a reply to someone else THEN it is left alone', () => {
    const reply = message({ content: 'agreed', referencedMessageAuthorId: BOB, referencedMessageId: '1' });
    expect(decideFollowup(reply, context())).toStrictEqual({ kind: 'ignore' });
  });

  it('GIVEN a plain message in a bot-opened thread WITH the message content intent THEN it is answered in the thread conversation', () => {
    const decision = decideFollowup(message({ content: 'and where?', ...inThread(BOT_THREAD) }), context());
    expect(decision).toStrictEqual({
      kind: 'answer',
      question: 'and where?',
      conversationKey: BOT_THREAD,
      via: 'thread',
    });
  });

  it('GIVEN a plain message in a bot-opened thread WITHOUT the intent THEN it is left alone (the bot cannot read it)', () => {
    const decision = decideFollowup(
      message({ content: 'and where?', ...inThread(BOT_THREAD) }),
      context({ messageContentIntent: false }),
    );
    expect(decision).toStrictEqual({ kind: 'ignore' });
  });

  it('GIVEN a mention in a bot-opened thread WITHOUT the intent THEN it is answered in the thread conversation', () => {
    const decision = decideFollowup(
      mentioning('and where?', inThread(BOT_THREAD)),
      context({ messageContentIntent: false }),
    );
    expect(decision).toMatchObject({ kind: 'answer', conversationKey: BOT_THREAD, via: 'mention' });
  });

  it('GIVEN a plain message in a thread the bot did not open THEN it is left alone', () => {
    expect(
      decideFollowup(message({ content: 'and where?', ...inThread(SOME_THREAD) }), context()),
    ).toStrictEqual({ kind: 'ignore' });
  });

  it('GIVEN a message that does not address the bot THEN it is left alone', () => {
    expect(decideFollowup(message({ content: 'who attended the talks?' }), context())).toStrictEqual({
      kind: 'ignore',
    });
  });

  it('GIVEN @everyone without a bot mention THEN it is left alone', () => {
    const decision = decideFollowup(
      message({ content: '@everyone who attended?', mentionsEveryone: true }),
      context(),
    );
    expect(decision).toStrictEqual({ kind: 'ignore' });
  });

  it.each([
    ['another bot', { authorIsBot: true }],
    ['a webhook', { webhookId: '42' }],
    ['the bot itself', { authorId: BOT }],
  ])('GIVEN a mention from %s THEN it is ignored', (_who, overrides) => {
    expect(decideFollowup(mentioning('who attended?', overrides), context())).toStrictEqual({
      kind: 'ignore',
    });
  });

  it('GIVEN a reply to the bot whose text Discord withheld (empty) THEN it is ignored rather than answered blankly', () => {
    const reply = message({ content: '', referencedMessageAuthorId: BOT, referencedMessageId: '1' });
    expect(decideFollowup(reply, context())).toStrictEqual({ kind: 'ignore' });
  });

  it('GIVEN a bare mention THEN it is answered with an empty question (the responder replies with a hint)', () => {
    expect(decideFollowup(mentioning(''), context())).toMatchObject({ kind: 'answer', question: '' });
  });
});

describe('decideFollowup: channels chosen by server admins', () => {
  const onlyGeneral = (guildId: string, channelId: string, parent?: string) =>
    guildId === GUILD && (channelId === GENERAL || parent === GENERAL);

  it('GIVEN follow-ups restricted to #general THEN a mention in #general is answered', () => {
    expect(decideFollowup(mentioning('who?'), context({ allowed: onlyGeneral }))).toMatchObject({
      kind: 'answer',
    });
  });

  it('GIVEN follow-ups restricted to #general THEN a mention elsewhere is ignored', () => {
    const decision = decideFollowup(
      mentioning('who?', { channelId: OTHER_CHANNEL }),
      context({ allowed: onlyGeneral }),
    );
    expect(decision).toStrictEqual({ kind: 'ignore' });
  });

  it('GIVEN follow-ups restricted to #general THEN a thread under #general inherits the permission', () => {
    const decision = decideFollowup(
      mentioning('who?', inThread(SOME_THREAD)),
      context({ allowed: onlyGeneral }),
    );
    expect(decision).toMatchObject({ kind: 'answer' });
  });

  it('GIVEN a direct message (no server) THEN the server restriction does not apply', () => {
    const decision = decideFollowup(mentioning('who?', { guildId: null }), context({ allowed: () => false }));
    expect(decision).toMatchObject({ kind: 'answer' });
  });
});

describe('conversation keys and reply chains', () => {
  it('GIVEN two users mentioning the bot in one channel THEN they have separate conversations', () => {
    const alice = decideFollowup(mentioning('who?'), context());
    const bob = decideFollowup(mentioning('who?', { authorId: BOB }), context());
    expect(alice).toMatchObject({ conversationKey: `${GENERAL}:${ALICE}` });
    expect(bob).toMatchObject({ conversationKey: `${GENERAL}:${BOB}` });
  });

  it("GIVEN Bob replies to the bot's answer to Alice THEN he continues Alice's conversation", () => {
    const chains = new Map([['answer-to-alice', `${GENERAL}:${ALICE}`]]);
    const reply = message({
      authorId: BOB,
      content: "what's his title?",
      referencedMessageAuthorId: BOT,
      referencedMessageId: 'answer-to-alice',
    });
    const decision = decideFollowup(reply, context({ conversationOf: (id) => chains.get(id) }));
    expect(decision).toMatchObject({ conversationKey: `${GENERAL}:${ALICE}` });
  });

  it('GIVEN a reply to a bot message the chain no longer knows THEN the channel+user conversation is used', () => {
    const reply = message({
      content: 'and where?',
      referencedMessageAuthorId: BOT,
      referencedMessageId: 'forgotten',
    });
    const decision = decideFollowup(reply, context({ conversationOf: () => undefined }));
    expect(decision).toMatchObject({ conversationKey: `${GENERAL}:${ALICE}` });
  });

  it('GIVEN a reply to a bot answer not yet recorded THEN the conversation of the question it answers continues', () => {
    const questions = new Map([['alice-question', `${GENERAL}:${ALICE}`]]);
    const reply = message({
      authorId: BOB,
      content: "what's his title?",
      referencedMessageAuthorId: BOT,
      referencedMessageId: 'answer-in-flight',
      referencedMessageReplyToId: 'alice-question',
    });
    const decision = decideFollowup(
      reply,
      context({ conversationOf: (_id, answered) => (answered ? questions.get(answered) : undefined) }),
    );
    expect(decision).toMatchObject({ conversationKey: `${GENERAL}:${ALICE}` });
  });

  it("GIVEN a reply to Alice's /ask answer THEN Alice's channel conversation continues", () => {
    const reply = message({
      authorId: BOB,
      content: "what's his title?",
      referencedMessageAuthorId: BOT,
      referencedMessageId: 'ask-response',
      referencedInteractionUserId: ALICE,
    });
    expect(decideFollowup(reply, context({ conversationOf: () => undefined }))).toMatchObject({
      conversationKey: `${GENERAL}:${ALICE}`,
    });
  });

  it("GIVEN a mention replying to another member's message THEN that message's chain is not followed", () => {
    const chains = new Map([['bobs-message', 'x:y']]);
    const reply = mentioning('and where?', {
      referencedMessageAuthorId: BOB,
      referencedMessageId: 'bobs-message',
      referencedInteractionUserId: BOB,
    });
    expect(decideFollowup(reply, context({ conversationOf: (id) => chains.get(id) }))).toMatchObject({
      conversationKey: `${GENERAL}:${ALICE}`,
    });
  });

  it('GIVEN a reply inside a thread THEN the thread stays the conversation', () => {
    const chains = new Map([['elsewhere', 'x:y']]);
    const reply = message({
      ...inThread(BOT_THREAD),
      content: 'and where?',
      referencedMessageAuthorId: BOT,
      referencedMessageId: 'elsewhere',
    });
    expect(decideFollowup(reply, context({ conversationOf: (id) => chains.get(id) }))).toMatchObject({
      conversationKey: BOT_THREAD,
    });
  });
});

describe('extractQuestion', () => {
  it('GIVEN a very long message THEN the question is cut to the limit on a word boundary', () => {
    const long = `<@${BOT}> ${'why did they meet '.repeat(300)}`;
    const question = extractQuestion(long, BOT);
    expect(question.length).toBeLessThanOrEqual(MAX_QUESTION_LENGTH);
    expect(question.length).toBeGreaterThan(MAX_QUESTION_LENGTH * 0.6);
    expect(question.startsWith('why did they meet')).toBe(true);
    expect(question.endsWith(' ')).toBe(false);
    expect(long.includes(`${question} `)).toBe(true); // ends at a whole word
  });

  it('GIVEN a long run of emoji THEN none is split in half', () => {
    const question = extractQuestion('😀'.repeat(600), BOT);
    expect(Array.from(question)).toHaveLength(MAX_QUESTION_LENGTH);
    expect(question).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('GIVEN several bot mentions and odd spacing THEN all are removed and spaces collapsed', () => {
    expect(extractQuestion(`<@${BOT}>\n\n who <@!${BOT}>  attended?`, BOT)).toBe('who attended?');
  });

  it('GIVEN "@bot, question" or "@bot: question" THEN the address punctuation goes with the mention', () => {
    expect(extractQuestion(`<@${BOT}>, who attended?`, BOT)).toBe('who attended?');
    expect(extractQuestion(`hey <@${BOT}>: who attended?`, BOT)).toBe('hey who attended?');
  });

  it('GIVEN a mention of another user THEN it is kept (it is part of the question)', () => {
    expect(extractQuestion(`<@${BOT}> is <@${BOB}> right?`, BOT)).toBe(`is <@${BOB}> right?`);
  });
});
