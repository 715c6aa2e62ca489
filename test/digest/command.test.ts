import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import digest, { timeZoneChoices } from '../../commands/digest.ts';
import type { CommandOptions, InvocationContext } from '../../src/bot/command.ts';
import type { ChannelDirectory } from '../../src/core/channel-check.ts';
import type { Services } from '../../src/bot/services.ts';
import { ManualClock } from '../../src/core/clock.ts';
import { UserError } from '../../src/core/errors.ts';
import { validatePayload } from '../../src/render/limits.ts';
import { EPHEMERAL_FLAG } from '../../src/render/payload.ts';
import { FakeChannelGateway, ListLibrary, openHarness, seedArticle, type Harness } from './fakes.ts';
import { sqliteDatabase, type TestDatabase } from '../support/engines.ts';

const GUILD = 'g-1';
const NEWS = '200000000000000001';
const VOICE = '200000000000000002';
/** A text channel of another server the bot is in. */
const FOREIGN = '200000000000000009';
const directory: ChannelDirectory = {
  guildOf: async (id) => (id === FOREIGN ? 'g-2' : id === NEWS || id === VOICE ? GUILD : undefined),
};
let temp: TestDatabase;
let harness: Harness;
let channels: FakeChannelGateway;

beforeEach(async () => {
  temp = sqliteDatabase();
  channels = new FakeChannelGateway();
  harness = await openHarness(temp, {
    library: new ListLibrary([seedArticle()]),
    channels,
    clock: new ManualClock(Date.parse('2024-03-04T07:00:00Z')),
  });
});
afterEach(async () => {
  await harness.store.close();
  await temp.cleanup();
});

function invoke(
  subcommand: string,
  values: Record<string, string | boolean | { id: string; type?: number }> = {},
  canManageGuild = true,
) {
  const options: CommandOptions = {
    getString: (name) => (typeof values[name] === 'string' ? values[name] : undefined),
    getInteger: () => undefined,
    getBoolean: (name) => (typeof values[name] === 'boolean' ? values[name] : undefined),
    getChannel: (name) => (typeof values[name] === 'object' ? values[name] : undefined),
    getSubcommand: () => subcommand,
  };
  // Only what /digest touches is real here; the other services belong to other commands.
  const services = { digests: harness.service, channels, channelDirectory: directory } as unknown as Services;
  const ctx: InvocationContext = {
    options,
    user: { id: 'u', name: 'mod' },
    guildId: GUILD,
    channelId: 'here',
    conversationKey: 'here:u',
    canManageGuild,
    services,
  };
  return digest.execute(ctx);
}

const text = (payload: {
  embeds?: Array<{ fields?: Array<{ value: string }>; description?: string }>;
}): string => JSON.stringify(payload.embeds);

describe('/digest', () => {
  it('GIVEN the command definition THEN it is Manage Server only, guild only, with the six subcommands', () => {
    const json = digest.data.toJSON();
    expect(json.default_member_permissions).toBe(String(1 << 5));
    expect(json.contexts).toEqual([0]);
    expect(json.options?.map((option) => option.name)).toEqual([
      'set',
      'show',
      'pause',
      'resume',
      'remove',
      'now',
    ]);
  });

  it('GIVEN a member without Manage Server THEN it refuses at run time', async () => {
    await expect(invoke('show', {}, false)).rejects.toThrow(UserError);
  });

  it('GIVEN /digest set THEN an ephemeral reply shows the next three runs as Discord timestamps', async () => {
    const { payload } = await invoke('set', {
      channel: { id: NEWS, type: 0 },
      schedule: 'weekdays 18:30',
      timezone: 'America/New_York',
    });
    expect(payload.flags).toBe(EPHEMERAL_FLAG);
    expect(validatePayload(payload)).toEqual([]);
    expect(text(payload).match(/<t:\d+:F>/g)).toHaveLength(3);
    expect(text(payload)).toContain('America/New_York');
  });

  it('GIVEN nothing-new-note THEN it is stored, kept by a later set without it, and a slot with nothing new posts the note', async () => {
    const news = { id: NEWS, type: 0 };
    const noted = await invoke('set', { channel: news, schedule: 'daily 09:00', 'nothing-new-note': true });
    expect(JSON.stringify(noted.payload.embeds)).toContain('a short note says so');
    await invoke('set', { channel: news, schedule: 'daily 10:00' });
    expect((await harness.service.store.settings(GUILD))?.nothingNewNote).toBe(true);
    await invoke('now'); // the only story goes out
    const slot = Date.parse('2024-03-05T10:00:00Z');
    expect(await harness.service.runDueSlot(GUILD, slot)).toMatchObject({ kind: 'sent' });
    expect(JSON.stringify(channels.posts.at(-1)?.payload)).toMatch(/nothing new/i);
    await invoke('set', { channel: news, schedule: 'daily 10:00', 'nothing-new-note': false });
    expect((await harness.service.store.settings(GUILD))?.nothingNewNote).toBe(false);
  });

  it('GIVEN a schedule it cannot read THEN the user gets the accepted forms', async () => {
    await expect(invoke('set', { channel: { id: NEWS, type: 0 }, schedule: 'often' })).rejects.toThrow(
      /Accepted schedules/,
    );
  });

  it('GIVEN a channel of another server, or a malformed id THEN set and now refuse it, storing and posting nothing', async () => {
    await expect(
      invoke('set', { channel: { id: FOREIGN, type: 0 }, schedule: 'daily 09:00' }),
    ).rejects.toThrow(/is not a channel of this server/);
    expect(await harness.service.store.settings(GUILD)).toBeUndefined();
    await invoke('set', { channel: { id: NEWS, type: 0 }, schedule: 'daily 09:00' });
    await expect(invoke('now', { channel: { id: FOREIGN, type: 0 } })).rejects.toThrow(
      /is not a channel of this server/,
    );
    await expect(invoke('now', { channel: { id: '../../guilds/1', type: 0 } })).rejects.toThrow(
      /not a channel id/,
    );
    expect(channels.posts).toEqual([]);
    expect((await harness.service.store.settings(GUILD))?.channelId).toBe(NEWS);
  });

  it('GIVEN a voice channel THEN it is refused', async () => {
    await expect(invoke('set', { channel: { id: VOICE, type: 2 }, schedule: 'daily 09:00' })).rejects.toThrow(
      UserError,
    );
  });

  it('GIVEN set, now, show, pause and remove THEN each reply is ephemeral and fits Discord', async () => {
    await invoke('set', { channel: { id: NEWS, type: 0 }, schedule: 'daily 09:00' });
    const now = await invoke('now');
    expect(text(now.payload)).toContain(`https://discord.com/channels/g-1/${NEWS}/`);
    expect(channels.postsIn(NEWS)).toBe(1);
    const show = await invoke('show');
    expect(text(show.payload)).toContain('Last post');
    for (const { payload } of [
      now,
      show,
      await invoke('pause'),
      await invoke('resume'),
      await invoke('remove'),
    ]) {
      expect(payload.flags).toBe(EPHEMERAL_FLAG);
      expect(validatePayload(payload)).toEqual([]);
    }
    expect(text((await invoke('show')).payload)).toContain('No digest yet');
  });

  it('GIVEN "berlin" typed in the timezone option THEN Europe/Berlin is offered, and never more than 25 names', () => {
    expect(timeZoneChoices('berlin')).toContainEqual({ name: 'Europe/Berlin', value: 'Europe/Berlin' });
    expect(timeZoneChoices('')).toHaveLength(25);
    expect(timeZoneChoices('')[0]?.value).toBe('UTC');
  });
});
