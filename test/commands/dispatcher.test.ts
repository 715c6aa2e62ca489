import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { pino } from 'pino';
import type { Interaction } from 'discord.js';
import type { Command } from '../../src/bot/command.ts';
import type { Services } from '../../src/bot/services.ts';
import { createInteractionHandler } from '../../src/bot/dispatcher.ts';
import { UserError } from '../../src/core/errors.ts';
import { buildPayload } from '../../src/render/embed.ts';

/** A log that keeps its lines, to check the reference id shown to users matches one. */
function recordingLogger() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { logger: pino({ level: 'debug' }, stream), lines };
}

type Call = [method: string, body?: unknown];

/**
 * A stand-in for a discord.js chat-input interaction: the handful of members the dispatcher uses, with
 * the same replied/deferred state rules. Every response is recorded in order.
 */
function slashInteraction(name: string, options: Record<string, string> = {}, failWith?: { code: number }) {
  const calls: Call[] = [];
  const interaction = {
    id: 'i1',
    commandName: name,
    user: { id: '1', username: 'reader' },
    guildId: '2',
    channelId: '3',
    channel: { isThread: () => false },
    memberPermissions: { has: () => false },
    replied: false,
    deferred: false,
    options: {
      get: (key: string) => (key in options ? { name: key, type: 3, value: options[key] } : null),
      getSubcommand: () => null,
    },
    isChatInputCommand: () => true,
    isAutocomplete: () => false,
    isButton: () => false,
    async reply(body: unknown) {
      if (failWith) throw Object.assign(new Error('Unknown interaction'), failWith);
      calls.push(['reply', body]);
      interaction.replied = true;
    },
    async deferReply(body: unknown) {
      calls.push(['deferReply', body]);
      interaction.deferred = true;
    },
    async editReply(body: unknown) {
      calls.push(['editReply', body]);
      interaction.replied = true;
    },
    async followUp(body: unknown) {
      calls.push(['followUp', body]);
    },
    async deleteReply() {
      calls.push(['deleteReply']);
    },
  };
  return { interaction: interaction as unknown as Interaction, calls, raw: interaction };
}

function command(name: string, execute: Command['execute'], extra: Partial<Command> = {}): Command {
  return { data: { name, toJSON: () => ({ name, description: name }) }, execute, ...extra } as Command;
}

const ok = (text: string) => async () => ({ payload: buildPayload({ content: text }) });

function setup(commands: Command[], options = {}) {
  const { logger, lines } = recordingLogger();
  const services = { logger } as unknown as Services;
  return { handle: createInteractionHandler(commands, services, {}, options), lines };
}

describe('dispatcher: slash commands', () => {
  it('GIVEN a fast command THEN one reply carrying allowed_mentions with nobody', async () => {
    const { handle } = setup([command('hello', ok('hi @everyone'))]);
    const { interaction, calls } = slashInteraction('hello');
    await handle(interaction);
    expect(calls).toStrictEqual([
      ['reply', { allowedMentions: { parse: [], repliedUser: false }, content: 'hi @\u200beveryone' }],
    ]);
  });

  it('GIVEN the options THEN the command reads them through the context', async () => {
    let seen: string | undefined;
    const echo = command('echo', async (ctx) => {
      seen = `${ctx.options.getString('text')}|${ctx.conversationKey}|${ctx.canManageGuild}`;
      return { payload: buildPayload({ content: 'ok' }) };
    });
    await setup([echo]).handle(slashInteraction('echo', { text: 'hey' }).interaction);
    expect(seen).toBe('hey|3:1|false');
  });

  it('GIVEN an unknown command THEN an ephemeral error', async () => {
    const { interaction, calls } = slashInteraction('gone');
    await setup([]).handle(interaction);
    expect(calls[0]?.[0]).toBe('reply');
    expect(calls[0]?.[1]).toMatchObject({ flags: 64, content: expect.stringContaining('/gone') });
  });

  it('GIVEN a user error THEN the explanation, ephemeral', async () => {
    const failing = command('bad', async () => {
      throw new UserError('Pick a real country.');
    });
    const { interaction, calls } = slashInteraction('bad');
    await setup([failing]).handle(interaction);
    expect(calls).toStrictEqual([
      [
        'reply',
        { allowedMentions: { parse: [], repliedUser: false }, content: '⚠️ Pick a real country.', flags: 64 },
      ],
    ]);
  });

  it('GIVEN an unexpected error THEN a generic ephemeral message whose reference id is in the error log', async () => {
    const broken = command('broken', async () => {
      throw new TypeError('boom');
    });
    const { handle, lines } = setup([broken], { referenceId: () => 'ref12345' });
    const { interaction, calls } = slashInteraction('broken');
    await handle(interaction);
    expect(calls[0]?.[1]).toMatchObject({ flags: 64, content: expect.stringContaining('ref12345') });
    const logged = lines.find((line) => line.reference === 'ref12345');
    expect(logged).toMatchObject({
      level: 50,
      command: 'broken',
      err: { message: 'boom', type: 'TypeError' },
    });
  });

  it('GIVEN a command that declares defer THEN it defers first and edits the reply', async () => {
    const slow = command('slow', ok('done'), { defer: 'ephemeral' });
    const { interaction, calls } = slashInteraction('slow');
    await setup([slow]).handle(interaction);
    expect(calls.map(([method]) => method)).toStrictEqual(['deferReply', 'editReply']);
    expect(calls[0]?.[1]).toStrictEqual({ flags: 64 });
  });

  it('GIVEN a command still running after the auto-defer delay THEN it defers, then edits the reply', async () => {
    let finish: () => void = () => undefined;
    let deferred: () => void = () => undefined;
    const whenDeferred = new Promise<void>((resolve) => (deferred = resolve));
    const pending = command(
      'pending',
      () =>
        new Promise((resolve) => (finish = () => resolve({ payload: buildPayload({ content: 'late' }) }))),
    );
    const { interaction, calls, raw } = slashInteraction('pending');
    const original = raw.deferReply;
    raw.deferReply = async (body: unknown) => {
      await original(body);
      deferred();
    };
    const handled = setup([pending], { autoDeferMs: 1 }).handle(interaction);
    await whenDeferred;
    finish();
    await handled;
    expect(calls.map(([method]) => method)).toStrictEqual(['deferReply', 'editReply']);
    expect(calls[1]?.[1]).toMatchObject({ content: 'late' });
  });

  it('GIVEN an error after a public auto-defer THEN the public placeholder is removed and the error sent privately', async () => {
    let fail: () => void = () => undefined;
    let deferred: () => void = () => undefined;
    const whenDeferred = new Promise<void>((resolve) => (deferred = resolve));
    const pending = command(
      'pending',
      () => new Promise((_, reject) => (fail = () => reject(new UserError('no')))),
    );
    const { interaction, calls, raw } = slashInteraction('pending');
    const original = raw.deferReply;
    raw.deferReply = async (body: unknown) => {
      await original(body);
      deferred();
    };
    const handled = setup([pending], { autoDeferMs: 1 }).handle(interaction);
    await whenDeferred;
    fail();
    await handled;
    expect(calls.map(([method]) => method)).toStrictEqual(['deferReply', 'deleteReply', 'followUp']);
    expect(calls[2]?.[1]).toMatchObject({ flags: 64, content: '⚠️ no' });
  });

  it('GIVEN an interaction already replied to THEN the result goes out as a follow-up', async () => {
    const { interaction, calls, raw } = slashInteraction('hello');
    raw.replied = true;
    await setup([command('hello', ok('again'))]).handle(interaction);
    expect(calls.map(([method]) => method)).toStrictEqual(['followUp']);
  });

  it('GIVEN Discord says the interaction is gone (10062) THEN it is logged and nothing escapes', async () => {
    const { handle, lines } = setup([command('hello', ok('hi'))]);
    const { interaction } = slashInteraction('hello', {}, { code: 10062 });
    await expect(handle(interaction)).resolves.toBeUndefined();
    expect(lines.some((line) => line.code === 10062 && line.level === 40)).toBe(true);
  });
});

describe('dispatcher: autocomplete and buttons', () => {
  function autocompleteInteraction(name: string, focused: { name: string; value: string }) {
    const responses: unknown[] = [];
    const interaction = {
      id: 'a1',
      commandName: name,
      guildId: '2',
      responded: false,
      options: {
        get: () => null,
        getSubcommand: () => null,
        getFocused: () => ({ ...focused, type: 3, focused: true }),
      },
      isChatInputCommand: () => false,
      isAutocomplete: () => true,
      isButton: () => false,
      async respond(choices: unknown) {
        responses.push(choices);
      },
    };
    return { interaction: interaction as unknown as Interaction, responses };
  }

  it('GIVEN many long choices THEN at most 25, names and values within 100 characters', async () => {
    const many = command('many', ok(''), {
      autocomplete: (ctx) =>
        Array.from({ length: 40 }, (_, i) => ({
          name: `${ctx.focused.value} ${'x'.repeat(150)} ${i}`,
          value: `v${i}`,
        })),
    });
    const { interaction, responses } = autocompleteInteraction('many', { name: 'article', value: 'typed' });
    await setup([many]).handle(interaction);
    const choices = responses[0] as { name: string; value: string }[];
    expect(choices).toHaveLength(25);
    expect(choices.every((choice) => choice.name.length <= 100 && choice.name.startsWith('typed'))).toBe(
      true,
    );
  });

  it('GIVEN autocomplete that throws THEN an empty list and a log line', async () => {
    const throwing = command('t', ok(''), {
      autocomplete: () => {
        throw new Error('x');
      },
    });
    const { interaction, responses } = autocompleteInteraction('t', { name: 'a', value: '' });
    const { handle, lines } = setup([throwing]);
    await handle(interaction);
    expect(responses).toStrictEqual([[]]);
    expect(lines.some((line) => line.msg === 'autocomplete failed')).toBe(true);
  });

  it('GIVEN a button THEN the handler registered for its custom_id prefix runs', async () => {
    const seen: string[] = [];
    const { logger } = recordingLogger();
    const handle = createInteractionHandler([], { logger } as unknown as Services, {
      'ask-thread': async (button) => {
        seen.push(button.customId);
      },
    });
    const button = {
      id: 'b',
      customId: 'ask-thread:story',
      user: { id: '1' },
      isChatInputCommand: () => false,
      isAutocomplete: () => false,
      isButton: () => true,
    };
    await handle(button as unknown as Interaction);
    expect(seen).toStrictEqual(['ask-thread:story']);
  });
});
