import { describe, expect, it } from 'vitest';
import { messageText, type FakeMessage } from '../fake-discord/index.ts';
import { expectCleanRun, startHarness, type Harness } from './support/harness.ts';

/** /ask, then its "Continue in a thread" button; resolves with the thread's id and the button's reply. */
async function continueInThread(harness: Harness): Promise<{ threadId: string; answer: FakeMessage }> {
  const { discord } = harness;
  const asked = discord.sendInteraction({
    command: 'ask',
    options: { question: 'Who led the Japanese delegation?' },
  });
  const answer = await asked.reply();
  expect(messageText(answer)).toContain('Funakoshi');
  const button = answer.components.flatMap((row) => row.components as Array<{ custom_id: string }>)[0];
  const pressed = discord.sendInteraction({
    kind: 'button',
    customId: button?.custom_id ?? '',
    message: discord.messageJson(answer),
  });
  const confirmation = messageText(await pressed.reply());
  const withThread = await discord.waitForMessage(
    answer.channelId,
    (m) => m.id === answer.id && m.threadId !== undefined,
  );
  expect(confirmation).toContain(`<#${withThread.threadId}>`);
  return { threadId: withThread.threadId ?? '', answer };
}

describe.concurrent('continuing an /ask answer in a thread, real bot process', () => {
  it('GIVEN no Message Content intent THEN the thread explains how to ask, and a mention there continues the conversation', async () => {
    const harness = await startHarness();
    try {
      const { discord } = harness;
      const { threadId } = await continueInThread(harness);
      const hint = await discord.waitForMessage(threadId, (m) => m.content.includes('mentioning me'));
      expect(hint.pings.users).toEqual([]);
      const question = discord.sendMessage({
        channelId: threadId,
        content: `<@${discord.botUser.id}> what is his title?`,
      });
      const answer = await discord.waitForMessage(threadId, (m) => m.reference?.messageId === question.id);
      expect(messageText(answer)).toMatch(/Funakoshi[\s\S]*director-general of Asian and Oceanian affairs/i);
      expectCleanRun(harness);
    } finally {
      expect((await harness.stop()).exitCode).toBe(0);
    }
  });

  it('GIVEN the Message Content intent THEN a plain message in the bot’s thread is answered without a mention', async () => {
    const harness = await startHarness({ bot: { env: { MESSAGE_CONTENT_INTENT: 'true' } } });
    try {
      const { discord } = harness;
      const { threadId } = await continueInThread(harness);
      const question = discord.sendMessage({ channelId: threadId, content: 'and what is his title?' });
      const answer = await discord.waitForMessage(threadId, (m) => m.reference?.messageId === question.id);
      expect(messageText(answer)).toMatch(/director-general of Asian and Oceanian affairs/i);
      expectCleanRun(harness);
    } finally {
      expect((await harness.stop()).exitCode).toBe(0);
    }
  });
});
