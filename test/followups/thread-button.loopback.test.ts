import { Events, Routes, type Client } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.ts';
import { BotThreads } from '../../src/followups/bot-threads.ts';
import { createThreadButtonHandler } from '../../src/bot/thread-button.ts';
import { connectClient } from '../fake-discord/discord-client.ts';
import { FakeDiscord } from '../fake-discord/index.ts';

/** The "Continue in a thread" button against the loopback Discord with the real discord.js client. */
describe('continue-in-thread button (loopback Discord)', () => {
  let discord: FakeDiscord;
  let client: Client<true>;
  const copies: Array<[string, string]> = [];
  let botThreads: BotThreads;

  async function start(messageContentIntent: boolean) {
    botThreads = new BotThreads();
    const answerer = {
      copyConversation: (from: string, to: string) => void copies.push([from, to]),
      // A feed post's button starts a conversation about its article; after a copy it changes nothing.
      startConversation: () => {},
    };
    const services = { answerer, logger: silentLogger, botThreads } as unknown as Parameters<
      typeof createThreadButtonHandler
    >[0];
    const handler = createThreadButtonHandler(services, { messageContentIntent });
    client.on(Events.InteractionCreate, (interaction) => {
      if (interaction.isButton() && interaction.customId.startsWith('ask-thread:')) void handler(interaction);
    });
  }

  async function postAnswer(): Promise<Record<string, unknown>> {
    const body = {
      embeds: [{ title: 'Who attended the talks?', description: 'Seo Min-jung and Takehiro Funakoshi.' }],
      components: [
        {
          type: 1,
          components: [{ type: 2, style: 2, label: 'Continue in a thread', custom_id: 'ask-thread:kr-jp' }],
        },
      ],
      allowed_mentions: { parse: [] },
    };
    return (await client.rest.post(Routes.channelMessages(discord.channel('general').id), {
      body,
    })) as Record<string, unknown>;
  }

  beforeEach(async () => {
    copies.length = 0;
    discord = await FakeDiscord.start({ guilds: [{ name: 'News', channels: [{ name: 'general' }] }] });
    client = await connectClient(discord);
  });

  afterEach(async () => {
    await client.destroy();
    await discord.stop();
    expect(discord.unexpectedRequests).toEqual([]);
  });

  it('GIVEN the button is pressed THEN a thread opens on the answer, the memory is carried over, and the reply links it', async () => {
    await start(false);
    const answer = await postAnswer();
    const pressed = discord.sendInteraction({
      kind: 'button',
      customId: 'ask-thread:kr-jp',
      message: answer,
    });
    const reply = await pressed.reply();

    const threadId = /<#(\d+)>/.exec(reply.content)?.[1] ?? '';
    expect(reply.content).toBe(`Continue the conversation in <#${threadId}>.`);
    expect(reply.flags & 64).toBe(64);
    const general = discord.channel('general').id;
    const userId = String((pressed.payload.member as { user: { id: string } }).user.id);
    expect(copies).toStrictEqual([[`${general}:${userId}`, threadId]]);
    expect(botThreads.has(threadId)).toBe(true);

    // Without the Message Content intent, the thread opens with how to ask (mentioning the bot, pinging nobody).
    const hint = await discord.waitForMessage(threadId);
    expect(hint.content).toBe(
      `Ask follow-up questions here by mentioning me, for example: <@${client.user.id}> who took part?`,
    );
    expect(discord.policyViolations).toEqual([]);
  });

  it('GIVEN the button is pressed again on the same answer THEN it says a thread already exists', async () => {
    await start(true);
    const answer = await postAnswer();
    const first = await discord
      .sendInteraction({ kind: 'button', customId: 'ask-thread:kr-jp', message: answer })
      .reply();
    const threadId = /<#(\d+)>/.exec(first.content)?.[1] ?? '';
    const again = await discord
      .sendInteraction({ kind: 'button', customId: 'ask-thread:kr-jp', message: answer })
      .reply();
    expect(again.content).toMatch(/already/);
    expect(copies).toHaveLength(1);
    // With the Message Content intent every message in the thread is read: no "mention me" hint.
    expect(discord.messages.filter((m) => m.channelId === threadId)).toStrictEqual([]);
    expect(discord.policyViolations).toEqual([]);
  });
});
