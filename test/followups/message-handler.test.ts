import { ChannelType, Client, ClientUser, Message } from 'discord.js';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMessageCreateHandler } from '../../src/bot/message-handler.ts';
import { ChannelUnavailableError, type ChannelGateway } from '../../src/core/channel-gateway.ts';
import { ManualClock } from '../../src/core/clock.ts';
import { silentLogger } from '../../src/core/logger.ts';
import type { FollowupAnswerer } from '../../src/followups/handler.ts';
import { FollowupSettings } from '../../src/followups/settings.ts';
import { ArticleLibrary } from '../../src/model/library.ts';
import type { MessagePayload } from '../../src/render/payload.ts';
import { openStore, type Store } from '../../src/store/database.ts';
import { ALICE, BOB, BOT, GENERAL, GUILD } from './messages.ts';

/** A fresh in-memory database per test for the follow-up channel settings. */
let memoryStore: Store;
beforeEach(async () => {
  memoryStore = await openStore({ databasePath: ':memory:' });
});

/**
 * Real discord.js structures built from API JSON (as the gateway would deliver them), no login: this checks
 * the adapter's reading of discord.js objects. The full round trip runs in the end-to-end tests.
 */
const THREAD = '700000000000000009';
const OTHER_BOT = '900000000000000002';

class RecordingGateway implements ChannelGateway {
  readonly sent: Array<{ channelId: string; payload: MessagePayload }> = [];
  failWith: Error | null = null;
  /** While set, sends are recorded at once but their HTTP response waits for it (a slow Discord). */
  responseDelay: Promise<void> | null = null;
  async send(channelId: string, payload: MessagePayload) {
    if (this.failWith) throw this.failWith;
    this.sent.push({ channelId, payload });
    const messageId = `sent-${this.sent.length}`;
    await this.responseDelay;
    return { messageId };
  }
  async startThread() {
    return null;
  }
  messageUrl(guildId: string, channelId: string, messageId: string) {
    return `https://discord.com/channels/${guildId}/${channelId}/${messageId}`;
  }
}

class RecordingAnswerer implements FollowupAnswerer {
  readonly keys: string[] = [];
  ask(key: string) {
    this.keys.push(key);
    return {
      answered: true,
      text: 'An answer.',
      citations: [{ sentenceId: 'p1s1', text: 'A source sentence.' }],
    };
  }
}

let library: ArticleLibrary;
beforeAll(async () => {
  library = await ArticleLibrary.load('data/articles');
});

function world(messageContentIntent = false) {
  const client = new Client({ intents: [] });
  (client as { user: ClientUser | null }).user = Reflect.construct(ClientUser, [
    client,
    { id: BOT, username: 'digest-bot', discriminator: '0', bot: true },
  ]) as ClientUser;
  const channels = client.channels as unknown as { _add(data: object, guild?: unknown): unknown };
  const guild = (client.guilds as unknown as { _add(data: object): unknown })._add({
    id: GUILD,
    name: 'Server',
    unavailable: false,
  });
  channels._add({ id: GENERAL, type: ChannelType.GuildText, guild_id: GUILD, name: 'general' }, guild);
  channels._add(
    {
      id: THREAD,
      type: ChannelType.PublicThread,
      guild_id: GUILD,
      parent_id: GENERAL,
      owner_id: BOT,
      name: 'Follow-up',
    },
    guild,
  );

  let nextId = 0;
  const user = (id: string, bot = false) => ({ id, username: `u${id.slice(-2)}`, discriminator: '0', bot });
  const receive = (fields: {
    content: string;
    authorId?: string;
    channelId?: string;
    mentions?: string[];
    replyTo?: string;
    /** The replied-to bot message's own reply target and interaction, as Discord sends them in referenced_message. */
    repliedToAnswers?: string;
    repliedToInteractionOf?: string;
    webhookId?: string;
  }) => {
    nextId += 1;
    const channelId = fields.channelId ?? GENERAL;
    const authorId = fields.authorId ?? ALICE;
    const data = {
      id: `80000000000000${String(nextId).padStart(4, '0')}`,
      channel_id: channelId,
      guild_id: GUILD,
      author: user(authorId, authorId === OTHER_BOT || authorId === BOT),
      content: fields.content,
      mentions: (fields.mentions ?? []).map((id) => user(id, id === BOT)),
      mention_everyone: false,
      mention_roles: [],
      attachments: [],
      embeds: [],
      timestamp: new Date(0).toISOString(),
      type: fields.replyTo ? 19 : 0,
      ...(fields.webhookId ? { webhook_id: fields.webhookId } : {}),
      ...(fields.replyTo
        ? {
            message_reference: { message_id: fields.replyTo, channel_id: channelId, guild_id: GUILD },
            referenced_message: {
              id: fields.replyTo,
              channel_id: channelId,
              author: user(BOT, true),
              content: 'An answer.',
              mentions: [],
              mention_roles: [],
              mention_everyone: false,
              attachments: [],
              embeds: [],
              timestamp: new Date(0).toISOString(),
              type: fields.repliedToAnswers ? 19 : fields.repliedToInteractionOf ? 20 : 0,
              ...(fields.repliedToAnswers
                ? { message_reference: { message_id: fields.repliedToAnswers, channel_id: channelId } }
                : {}),
              ...(fields.repliedToInteractionOf
                ? {
                    interaction_metadata: {
                      id: '990000000000000001',
                      type: 2,
                      user: user(fields.repliedToInteractionOf),
                      authorizing_integration_owners: {},
                    },
                  }
                : {}),
            },
          }
        : {}),
    };
    return Reflect.construct(Message, [client, data]) as Message;
  };

  const gateway = new RecordingGateway();
  const answerer = new RecordingAnswerer();
  const clock = new ManualClock(0);
  const services = {
    answerer,
    library,
    followupSettings: new FollowupSettings(memoryStore, clock),
    channels: gateway,
    clock,
    logger: silentLogger,
  } as unknown as Parameters<typeof createMessageCreateHandler>[0];
  const onMessage = createMessageCreateHandler(services, { messageContentIntent });
  return { receive, onMessage, gateway, answerer };
}

describe('createMessageCreateHandler (discord.js messageCreate adapter)', () => {
  it('GIVEN a mention THEN the payload is posted to that channel exactly as built: referenced, pinging nobody', async () => {
    const { receive, onMessage, gateway } = world();
    const question = receive({ content: `<@${BOT}> who attended?`, mentions: [BOT] });
    await onMessage(question);
    expect(gateway.sent).toHaveLength(1);
    expect(gateway.sent[0]?.channelId).toBe(GENERAL);
    expect(gateway.sent[0]?.payload).toStrictEqual({
      content: 'An answer.\n> A source sentence.\n-# Source: p1s1 (see /source)',
      allowed_mentions: { parse: [], replied_user: false },
      message_reference: { message_id: question.id, fail_if_not_exists: false },
    });
  });

  it("GIVEN Bob replies to the bot's answer to Alice THEN the sent answer's conversation continues", async () => {
    const { receive, onMessage, gateway, answerer } = world();
    await onMessage(receive({ content: `<@${BOT}> who is Funakoshi?`, mentions: [BOT] }));
    await onMessage(receive({ content: "what's his title?", authorId: BOB, replyTo: 'sent-1' }));
    expect(gateway.sent).toHaveLength(2);
    expect(answerer.keys).toStrictEqual([`${GENERAL}:${ALICE}`, `${GENERAL}:${ALICE}`]);
  });

  it("GIVEN Bob replies to the bot's answer before Discord's response to the send arrived THEN Alice's conversation continues", async () => {
    const { receive, onMessage, gateway, answerer } = world();
    let respond = () => {};
    gateway.responseDelay = new Promise((resolve) => (respond = resolve));
    const question = receive({ content: `<@${BOT}> who is Funakoshi?`, mentions: [BOT] });
    const answering = onMessage(question);
    await vi.waitFor(() => expect(gateway.sent).toHaveLength(1)); // sent, but its id is not known yet
    gateway.responseDelay = null;
    await onMessage(
      receive({
        content: "what's his title?",
        authorId: BOB,
        replyTo: 'sent-1',
        repliedToAnswers: question.id,
      }),
    );
    respond();
    await answering;
    expect(answerer.keys).toStrictEqual([`${GENERAL}:${ALICE}`, `${GENERAL}:${ALICE}`]);
  });

  it("GIVEN Bob replies to Alice's /ask answer (an interaction response) THEN he continues Alice's conversation", async () => {
    const { receive, onMessage, answerer } = world();
    await onMessage(
      receive({
        content: "what's his title?",
        authorId: BOB,
        replyTo: '810000000000000001',
        repliedToInteractionOf: ALICE,
      }),
    );
    expect(answerer.keys).toStrictEqual([`${GENERAL}:${ALICE}`]);
  });

  it('GIVEN Bob replies to a bot message the bot knows nothing of THEN he starts his own conversation', async () => {
    const { receive, onMessage, answerer } = world();
    await onMessage(receive({ content: 'and where?', authorId: BOB, replyTo: '810000000000000002' }));
    expect(answerer.keys).toStrictEqual([`${GENERAL}:${BOB}`]);
  });

  it('GIVEN a plain message in a thread the bot owns, with the intent THEN it is answered in the thread conversation', async () => {
    const { receive, onMessage, gateway, answerer } = world(true);
    await onMessage(receive({ content: 'and where?', channelId: THREAD }));
    expect(gateway.sent[0]?.channelId).toBe(THREAD);
    expect(answerer.keys).toStrictEqual([THREAD]);
  });

  it('GIVEN messages from another bot, a webhook or not addressed to the bot THEN nothing is sent', async () => {
    const { receive, onMessage, gateway } = world(true);
    await onMessage(receive({ content: `<@${BOT}> who?`, mentions: [BOT], authorId: OTHER_BOT }));
    await onMessage(receive({ content: `<@${BOT}> who?`, mentions: [BOT], webhookId: '123' }));
    await onMessage(receive({ content: 'who attended?' }));
    expect(gateway.sent).toStrictEqual([]);
  });

  it('GIVEN the channel refuses the post THEN the handler logs and swallows the error', async () => {
    const { receive, onMessage, gateway } = world();
    gateway.failWith = new ChannelUnavailableError(GENERAL, 'missing-permissions');
    await expect(onMessage(receive({ content: `<@${BOT}> who?`, mentions: [BOT] }))).resolves.toBeUndefined();
    gateway.failWith = new Error('network down');
    await expect(onMessage(receive({ content: `<@${BOT}> who?`, mentions: [BOT] }))).resolves.toBeUndefined();
  });
});
