import {
  Events,
  GatewayIntentBits,
  Routes,
  type Client,
  type DiscordAPIError,
  type Interaction,
  type Message,
} from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectClient } from './discord-client.ts';
import { FakeDiscord, messageText } from './index.ts';

const NO_MENTIONS = { parse: [] as [] };

describe('the fake Discord with the real discord.js client', () => {
  let discord: FakeDiscord;
  let client: Client<true>;

  beforeEach(async () => {
    discord = await FakeDiscord.start({
      guilds: [{ name: 'News', channels: [{ name: 'general' }, { name: 'locked', access: 'no-send' }] }],
    });
    client = await connectClient(discord);
  });

  afterEach(async () => {
    await client.destroy();
    await discord.stop();
    expect(discord.unexpectedRequests).toEqual([]);
  });

  function onChatInput(handler: (interaction: Interaction) => Promise<unknown>): void {
    client.on(Events.InteractionCreate, (interaction) => void handler(interaction).catch(() => {}));
  }

  it('GIVEN a login THEN the client is ready with the guild and its channels cached', () => {
    expect(client.user.id).toBe(discord.botUser.id);
    expect(client.application.id).toBe(discord.applicationId);
    const guild = client.guilds.cache.get(discord.guild.id);
    expect(guild?.channels.cache.map((c) => c.name).sort()).toEqual(['general', 'locked']);
    expect(guild?.members.me?.id).toBe(discord.botUser.id);
    expect(discord.gatewayStats.identifyCount).toBe(1);
  });

  it('GIVEN a slash command with options THEN the client sees them and its reply is recorded', async () => {
    onChatInput(async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.reply({
        content: `length=${interaction.options.getString('length')}`,
        allowedMentions: NO_MENTIONS,
      });
    });
    const sent = discord.sendInteraction({ command: 'summary', options: { length: 'brief' } });
    const callback = await sent.callback;
    expect(callback.type).toBe(4);
    expect(callback.latencyMs).toBeLessThan(3000);
    const reply = await sent.reply();
    expect(reply.content).toBe('length=brief');
    expect(discord.policyViolations).toEqual([]);
  });

  it('GIVEN a deferred reply THEN the edit of @original becomes the reply', async () => {
    onChatInput(async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.deferReply({ flags: 64 });
      await interaction.editReply({ embeds: [{ title: 'Done', description: 'slow path' }] });
      await interaction.followUp({ content: 'and a follow-up', allowedMentions: NO_MENTIONS });
    });
    const sent = discord.sendInteraction({ command: 'ask', options: { question: 'who?' } });
    expect((await sent.callback).type).toBe(5);
    const reply = await sent.reply();
    expect(messageText(reply)).toContain('slow path');
    expect(reply.flags & 64).toBe(64);
    await discord.waitForMessage(reply.channelId, (m) => m.content === 'and a follow-up');
  });

  it('GIVEN content over 2000 chars or an oversized embed THEN Discord-shaped 50035 errors with the field path', async () => {
    const errors: unknown[] = [];
    onChatInput(async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.reply({ content: 'x'.repeat(2001) }).catch((error: unknown) => errors.push(error));
      await interaction
        .reply({
          embeds: [
            { title: 't'.repeat(257), fields: Array.from({ length: 26 }, () => ({ name: 'n', value: 'v' })) },
          ],
        })
        .catch((error: unknown) => errors.push(error));
      await interaction.reply({ content: 'ok', allowedMentions: NO_MENTIONS });
    });
    const sent = discord.sendInteraction({ command: 'summary' });
    await sent.reply();
    const [tooLong, badEmbed] = errors as DiscordAPIError[];
    expect(tooLong?.code).toBe(50035);
    expect(tooLong?.rawError).toMatchObject({
      errors: {
        content: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 2000 or fewer in length.' }] },
      },
    });
    expect(tooLong?.message).toContain('content');
    expect(badEmbed?.message).toMatch(/embeds\[0\]\.title/);
    expect(badEmbed?.message).toMatch(/embeds\[0\]\.fields/);
    expect(discord.rejectedRequests).toHaveLength(2);
  });

  it('GIVEN a second callback THEN 40060; GIVEN a callback after the deadline THEN 10062', async () => {
    const sent = discord.sendInteraction({ command: 'help' });
    const route = Routes.interactionCallback(sent.id, sent.token);
    const body = { type: 4, data: { content: 'hi', allowed_mentions: NO_MENTIONS } };
    await client.rest.post(route, { body, auth: false });
    await expect(client.rest.post(route, { body, auth: false })).rejects.toMatchObject({
      code: 40060,
      status: 400,
    });

    const late = await FakeDiscord.start({ callbackDeadlineMs: 0 });
    const lateClient = await connectClient(late);
    const lateSent = late.sendInteraction({ command: 'help' });
    await expect(
      lateClient.rest.post(Routes.interactionCallback(lateSent.id, lateSent.token), { body, auth: false }),
    ).rejects.toMatchObject({ code: 10062, status: 404 });
    await lateClient.destroy();
    await late.stop();
  });

  it('GIVEN a 429 with Retry-After on the callback route THEN discord.js waits and retries, and the reply lands', async () => {
    const fault = discord.injectFault({
      path: '/interactions/:id/:token/callback',
      kind: 429,
      times: 1,
      retryAfterSeconds: 0.1,
    });
    onChatInput(async (interaction) => {
      if (interaction.isChatInputCommand())
        await interaction.reply({ content: 'after the limit', allowedMentions: NO_MENTIONS });
    });
    const sent = discord.sendInteraction({ command: 'help' });
    expect((await sent.reply()).content).toBe('after the limit');
    expect(fault.served).toBe(1);
  });

  it('GIVEN two 500s on channel messages THEN discord.js retries and the post lands once', async () => {
    const fault = discord.injectFault({
      path: '/channels/:id/messages',
      method: 'POST',
      kind: 500,
      times: 2,
    });
    const channel = discord.channel('general');
    await client.rest.post(Routes.channelMessages(channel.id), {
      body: { content: 'digest', allowed_mentions: NO_MENTIONS },
    });
    expect(fault.served).toBe(2);
    expect(discord.messages.filter((m) => m.content === 'digest')).toHaveLength(1);
  });

  it('GIVEN a missing, a forbidden channel and an unknown route THEN 10003, 50013 and a recorded unexpected request', async () => {
    const post = (id: string) =>
      client.rest.post(Routes.channelMessages(id), { body: { content: 'x', allowed_mentions: NO_MENTIONS } });
    await expect(post('123456789012345678')).rejects.toMatchObject({ code: 10003, status: 404 });
    await expect(post(discord.channel('locked').id)).rejects.toMatchObject({ code: 50013, status: 403 });
    await expect(client.rest.get('/not/a/route' as `/${string}`)).rejects.toMatchObject({ status: 404 });
    expect(discord.unexpectedRequests.map((r) => r.path)).toEqual(['/api/v10/not/a/route']);
    discord.unexpectedRequests.length = 0;
  });

  it('GIVEN a gateway close 4000 THEN the client resumes and an interaction sent meanwhile is replayed and answered', async () => {
    onChatInput(async (interaction) => {
      if (interaction.isChatInputCommand())
        await interaction.reply({ content: 'still here', allowedMentions: NO_MENTIONS });
    });
    discord.closeGateway(4000);
    const sent = discord.sendInteraction({ command: 'help' });
    await discord.waitForResume();
    expect((await sent.reply()).content).toBe('still here');
    expect(discord.gatewayStats).toMatchObject({ identifyCount: 1, resumeCount: 1 });
    expect(discord.gatewayStats.connectionPaths.at(-1)).toMatch(/^\/resume\?v=10/);
  });

  it('GIVEN a command registration THEN ids are assigned; GIVEN an invalid name THEN 50035 at <index>.name', async () => {
    const route = Routes.applicationGuildCommands(discord.applicationId, discord.guild.id);
    const registered = (await client.rest.put(route, {
      body: [{ name: 'summary', description: 'The story' }],
    })) as Array<{ id: string }>;
    expect(registered[0]?.id).toMatch(/^\d+$/);
    expect(discord.registeredCommands[0]).toMatchObject({ name: 'summary', guild_id: discord.guild.id });
    const error = (await client.rest
      .put(route, { body: [{ name: 'Bad Name', description: '' }] })
      .catch((e: unknown) => e)) as DiscordAPIError;
    expect(error.code).toBe(50035);
    expect(error.rawError).toMatchObject({
      errors: { '0': { name: { _errors: [{ code: 'APPLICATION_COMMAND_INVALID_NAME' }] } } },
    });
  });

  it('GIVEN no Message Content intent THEN only messages mentioning the bot carry content', async () => {
    const received: Message[] = [];
    client.on(Events.MessageCreate, (message) => received.push(message));
    const channelId = discord.channel('general').id;
    discord.sendMessage({ channelId, content: 'chatting among ourselves' });
    discord.sendMessage({ channelId, content: `<@${discord.botUser.id}> who attended?` });
    await new Promise((resolve) =>
      client.on(Events.MessageCreate, () => received.length === 2 && resolve(undefined)),
    );
    expect(received.map((m) => m.content)).toEqual(['', `<@${discord.botUser.id}> who attended?`]);
    expect(received[1]?.mentions.users.has(discord.botUser.id)).toBe(true);
  });

  it('GIVEN a bot message THEN a thread can start on it, and a reply without allowed_mentions is flagged for pinging', async () => {
    const channel = discord.channel('general');
    const posted = (await client.rest.post(Routes.channelMessages(channel.id), {
      body: { content: 'digest', allowed_mentions: NO_MENTIONS },
    })) as { id: string };
    const thread = (await client.rest.post(Routes.threads(channel.id, posted.id), {
      body: { name: 'Questions', auto_archive_duration: 1440 },
    })) as { id: string; type: number };
    expect(thread).toMatchObject({ id: posted.id, type: 11 });
    const question = discord.sendMessage({
      channelId: channel.id,
      content: `<@${discord.botUser.id}> @everyone hi`,
    });
    await client.rest.post(Routes.channelMessages(channel.id), {
      body: { content: '@everyone answer', message_reference: { message_id: question.id } },
    });
    expect(discord.policyViolations.map((v) => v.kind)).toEqual([
      'allowed_mentions-missing',
      'pings-someone',
    ]);
    expect(discord.messages.at(-1)?.pings).toMatchObject({ everyone: true, repliedUser: true });
  });

  it('GIVEN autocomplete and a button THEN type 8 choices and a type 7 update are accepted', async () => {
    onChatInput(async (interaction) => {
      if (interaction.isAutocomplete())
        await interaction.respond([{ name: `${interaction.options.getFocused()}…`, value: 'kr-jp' }]);
      if (interaction.isButton())
        await interaction.update({
          content: `pressed ${interaction.customId}`,
          components: [],
          allowedMentions: NO_MENTIONS,
        });
    });
    const choices = await discord.sendInteraction({
      kind: 'autocomplete',
      command: 'summary',
      options: { article: 'kor' },
      focused: 'article',
    }).callback;
    expect(choices).toMatchObject({ type: 8, data: { choices: [{ name: 'kor…', value: 'kr-jp' }] } });
    const channel = discord.channel('general');
    const body = {
      content: 'pick',
      allowed_mentions: NO_MENTIONS,
      components: [{ type: 1, components: [{ type: 2, style: 1, label: 'Go', custom_id: 'go' }] }],
    };
    const posted = (await client.rest.post(Routes.channelMessages(channel.id), { body })) as Record<
      string,
      unknown
    >;
    const pressed = discord.sendInteraction({ kind: 'button', customId: 'go', message: posted });
    expect((await pressed.callback).type).toBe(7);
    expect(discord.messages.find((m) => m.id === posted.id)?.content).toBe('pressed go');
  });
});

describe('the fake gateway heartbeat', () => {
  it('GIVEN a short heartbeat interval THEN heartbeats are acknowledged and the connection stays up', async () => {
    const discord = await FakeDiscord.start({ heartbeatIntervalMs: 50 });
    const client = await connectClient(discord, [GatewayIntentBits.Guilds]);
    await discord.waitForHeartbeat(3);
    expect(discord.gatewayStats.connectionCount).toBe(1);
    await client.destroy();
    await discord.stop();
  });
});
