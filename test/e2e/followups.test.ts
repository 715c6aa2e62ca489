import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageText, type FakeMessage } from '../fake-discord/index.ts';
import { expectCleanRun, startHarness, type Harness } from './support/harness.ts';

describe('follow-up questions in channels (mentions and replies), real bot process', () => {
  let harness: Harness;
  let channelId: string;
  let mention: string;

  beforeAll(async () => {
    harness = await startHarness();
    channelId = harness.discord.channel('general').id;
    mention = `<@${harness.discord.botUser.id}>`;
  });

  afterAll(async () => {
    expect((await harness.stop()).exitCode).toBe(0);
  });

  const answerTo = (question: FakeMessage) =>
    harness.discord.waitForMessage(channelId, (m) => m.reference?.messageId === question.id);

  it('GIVEN a question mentioning the bot THEN an answer in the same channel, replying to it without pinging anyone', async () => {
    const question = harness.discord.sendMessage({
      channelId,
      content: `${mention} Who led the Japanese delegation?`,
    });
    const answer = await answerTo(question);
    expect(messageText(answer)).toContain('Funakoshi');
    expect(answer.pings).toEqual({ everyone: false, users: [], roles: [], repliedUser: false });
  });

  it('GIVEN another member replying to that answer with a pronoun THEN the reply chain resolves it, even before the bot has the answer id', async () => {
    const { discord } = harness;
    // Discord posts the answer (members see it) but holds the HTTP response that tells the bot its id.
    const slowResponse = discord.holdRequests(`/channels/${channelId}/messages`, 'POST', 'response');
    const question = discord.sendMessage({
      channelId,
      content: `${mention} Who led the Japanese delegation?`,
    });
    const answer = await answerTo(question);
    const stranger = { id: '222222222222222222', username: 'stranger' };
    const followUp = discord.sendMessage({
      channelId,
      content: 'What is his title?',
      replyTo: answer,
      author: stranger,
    });
    // Gateway messages are handled in order: once a later question elsewhere is answered, the reply was handled,
    // while the answer's id was still unknown to the bot.
    const news = discord.channel('news').id;
    const sentinel = discord.sendMessage({
      channelId: news,
      content: `${mention} where were the talks held?`,
    });
    await discord.waitForMessage(news, (m) => m.reference?.messageId === sentinel.id);
    slowResponse.release();
    const resolved = messageText(await answerTo(followUp));
    expect(resolved).toContain('Funakoshi');
    expect(resolved).toMatch(/director-general of Asian and Oceanian affairs/i);
  });

  it('GIVEN @everyone and @here in the question THEN the answer pings nobody', async () => {
    const question = harness.discord.sendMessage({
      channelId,
      content: `${mention} @everyone @here where were the talks held?`,
    });
    const answer = await answerTo(question);
    expect(messageText(answer)).toContain('Seoul');
    expect(answer.pings.everyone).toBe(false);
    expect(answer.pings.users).toEqual([]);
  });

  it('GIVEN a message that does not address the bot THEN nothing is sent', async () => {
    const chatter = harness.discord.sendMessage({
      channelId,
      content: 'who attended the talks, does anyone know?',
    });
    // Messages are handled in gateway order, so once a later addressed question is answered, the chatter was handled too.
    const sentinel = harness.discord.sendMessage({
      channelId,
      content: `${mention} who attended the talks?`,
    });
    await answerTo(sentinel);
    expect(harness.discord.messages.filter((m) => m.reference?.messageId === chatter.id)).toEqual([]);
  });

  it('GIVEN messages from another bot and a webhook mentioning the bot THEN they are ignored', async () => {
    const fromBot = harness.discord.sendMessage({
      channelId,
      content: `${mention} who attended?`,
      author: { id: '333333333333333333', username: 'otherbot', bot: true },
    });
    const fromWebhook = harness.discord.sendMessage({
      channelId,
      content: `${mention} who attended?`,
      webhook: true,
    });
    const sentinel = harness.discord.sendMessage({ channelId, content: `${mention} when were the talks?` });
    await answerTo(sentinel);
    const ignored = new Set([fromBot.id, fromWebhook.id]);
    expect(harness.discord.messages.filter((m) => ignored.has(m.reference?.messageId ?? ''))).toEqual([]);
  });

  it('GIVEN the whole session THEN nothing was refused, unexpected, or pinging', () => {
    expectCleanRun(harness);
  });
});
