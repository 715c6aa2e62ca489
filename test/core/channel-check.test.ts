import { describe, expect, it } from 'vitest';
import { checkServerChannel, isSnowflake, type ChannelDirectory } from '../../src/core/channel-check.ts';
import { UserError } from '../../src/core/errors.ts';

const HERE = '500000000000000001';
const OURS = '600000000000000001';
const THEIRS = '600000000000000002';
const HIDDEN = '600000000000000003';
const DM = '600000000000000004';
const directory: ChannelDirectory = {
  guildOf: async (id) =>
    ({ [OURS]: HERE, [THEIRS]: '500000000000000002', [DM]: null })[id] as string | null | undefined,
};

describe('checkServerChannel (every channel id taken from an option)', () => {
  it('GIVEN a channel of this server THEN its id', async () => {
    await expect(checkServerChannel(directory, HERE, OURS)).resolves.toBe(OURS);
  });

  it.each([
    ['another server’s channel', THEIRS, /is not a channel of this server/],
    ['a DM channel', DM, /is not a channel of this server/],
    ['a channel the bot cannot see', HIDDEN, /can't see the channel/],
    ['a malformed id', '123; DROP TABLE', /not a channel id/],
    ['an empty id', '', /not a channel id/],
    ['a 21-digit number', '123456789012345678901', /not a channel id/],
  ])('GIVEN %s THEN a UserError saying so', async (_what, id, message) => {
    const checked = checkServerChannel(directory, HERE, id);
    await expect(checked).rejects.toThrow(UserError);
    await expect(checked).rejects.toThrow(message);
  });

  it('GIVEN no directory (offline tools) THEN only the id’s shape is checked', async () => {
    await expect(checkServerChannel(undefined, HERE, THEIRS)).resolves.toBe(THEIRS);
    await expect(checkServerChannel(undefined, HERE, 'abc')).rejects.toThrow(/not a channel id/);
    expect(isSnowflake('12345678901234567')).toBe(true);
  });
});
