import { describe, expect, it } from 'vitest';
import { PermissionFlagsBits } from 'discord.js';
import followups from '../../commands/followups.ts';
import type { CommandOptions, InvocationContext } from '../../src/bot/command.ts';
import type { Services } from '../../src/bot/services.ts';
import type { ChannelDirectory } from '../../src/core/channel-check.ts';
import { ManualClock } from '../../src/core/clock.ts';
import { UserError } from '../../src/core/errors.ts';
import { FollowupSettings } from '../../src/followups/settings.ts';
import { EPHEMERAL_FLAG } from '../../src/render/payload.ts';
import { validatePayload } from '../../src/render/limits.ts';
import { openStore } from '../../src/store/database.ts';
import { GENERAL, GUILD, OTHER_CHANNEL } from './messages.ts';

function options(subcommand: string, channelId?: string): CommandOptions {
  return {
    getString: () => undefined,
    getInteger: () => undefined,
    getBoolean: () => undefined,
    getChannel: (name) =>
      name === 'channel' && channelId !== undefined ? { id: channelId, type: 0 } : undefined,
    getSubcommand: () => subcommand,
  };
}

function invoker(settings: FollowupSettings, overrides: Partial<InvocationContext> = {}) {
  return (subcommand: string, channelId?: string) =>
    followups.execute({
      options: options(subcommand, channelId),
      user: { id: '100000000000000001', name: 'admin' },
      guildId: GUILD,
      channelId: GENERAL,
      conversationKey: `${GENERAL}:100000000000000001`,
      canManageGuild: true,
      services: { followupSettings: settings } as unknown as Services,
      ...overrides,
    });
}

async function freshSettings() {
  return new FollowupSettings(await openStore({ databasePath: ':memory:' }), new ManualClock(0));
}

describe('/followups', () => {
  it('GIVEN its definition THEN it is a guild-only Manage Server command with the four subcommands', () => {
    const json = followups.data.toJSON();
    expect(json.name).toBe('followups');
    expect(json.default_member_permissions).toBe(String(PermissionFlagsBits.ManageGuild));
    expect(json.contexts).toStrictEqual([0]);
    expect(json.options?.map((o) => o.name)).toStrictEqual(['allow', 'disallow', 'list', 'everywhere']);
  });

  it('GIVEN allow, list, disallow and everywhere in turn THEN the setting follows and every reply is ephemeral', async () => {
    const settings = await freshSettings();
    const run = invoker(settings);

    const listEmpty = await run('list');
    expect(listEmpty.payload.content).toMatch(/every channel/);

    const allowed = await run('allow', GENERAL);
    expect(allowed.payload.content).toBe(
      `Added <#${GENERAL}>. I answer follow-ups only in: <#${GENERAL}> (and their threads).`,
    );
    expect(settings.isAllowed(GUILD, OTHER_CHANNEL)).toBe(false);

    expect((await run('allow', GENERAL)).payload.content).toMatch(/^Already listed:/);
    expect((await run('disallow', OTHER_CHANNEL)).payload.content).toMatch(/was not in the list/);

    await run('allow', OTHER_CHANNEL);
    expect((await run('disallow', GENERAL)).payload.content).toBe(
      `Removed <#${GENERAL}>. I answer follow-ups only in: <#${OTHER_CHANNEL}> (and their threads).`,
    );

    const cleared = await run('everywhere');
    expect(cleared.payload.content).toMatch(/^Restriction removed\./);
    expect(await settings.allowedChannels(GUILD)).toStrictEqual([]);

    for (const result of [listEmpty, allowed, cleared]) {
      expect(result.payload.flags).toBe(EPHEMERAL_FLAG);
      expect(result.payload.allowed_mentions).toStrictEqual({ parse: [] });
      expect(validatePayload(result.payload)).toStrictEqual([]);
    }
  });

  it('GIVEN a member without Manage Server THEN it refuses with a UserError and changes nothing', async () => {
    const settings = await freshSettings();
    await expect(invoker(settings, { canManageGuild: false })('allow', GENERAL)).rejects.toThrow(UserError);
    expect(await settings.allowedChannels(GUILD)).toStrictEqual([]);
  });

  it('GIVEN a direct message THEN it explains that it only works in a server', async () => {
    await expect(invoker(await freshSettings(), { guildId: null })('list')).rejects.toThrow(
      /only works in a server/,
    );
  });

  it('GIVEN allow with a malformed id or another server’s channel THEN it is refused and nothing is stored', async () => {
    const settings = await freshSettings();
    const directory: ChannelDirectory = {
      guildOf: async (id) => (id === OTHER_CHANNEL ? '500000000000000999' : GUILD),
    };
    const run = invoker(settings, {
      services: { followupSettings: settings, channelDirectory: directory } as unknown as Services,
    });
    await expect(run('allow', 'general')).rejects.toThrow(/not a channel id/);
    await expect(run('allow', OTHER_CHANNEL)).rejects.toThrow(/is not a channel of this server/);
    expect(await settings.allowedChannels(GUILD)).toEqual([]);
    await run('allow', GENERAL);
    expect(await settings.allowedChannels(GUILD)).toEqual([GENERAL]);
  });

  it('GIVEN allow without a channel THEN it asks for one', async () => {
    await expect(invoker(await freshSettings())('allow')).rejects.toThrow(/Pick a channel/);
  });
});
