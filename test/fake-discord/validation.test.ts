import { describe, expect, it } from 'vitest';
import { DiscordApiError } from './api-error.ts';
import { validateCommandRegistration } from './command-validation.ts';
import { computePings, validateMessageBody } from './message-validation.ts';

function errorOf(run: () => unknown): DiscordApiError {
  try {
    run();
  } catch (error) {
    if (error instanceof DiscordApiError) return error;
    throw error;
  }
  throw new Error('expected a Discord error');
}

describe('the fake’s payload rules (Discord’s documented limits)', () => {
  it('GIVEN embeds over the 6000-character total THEN MAX_EMBED_SIZE_EXCEEDED on embeds', () => {
    const embeds = Array.from({ length: 2 }, () => ({ description: 'x'.repeat(3001) }));
    expect(errorOf(() => validateMessageBody({ embeds }, 'create')).toBody()).toMatchObject({
      code: 50035,
      errors: { embeds: { _errors: [{ code: 'MAX_EMBED_SIZE_EXCEEDED' }] } },
    });
  });

  it('GIVEN eleven embeds, an empty field value and a 2049-char footer THEN each path is reported', () => {
    const embed = { fields: [{ name: 'n', value: '' }], footer: { text: 'f'.repeat(2049) } };
    const errors = errorOf(() =>
      validateMessageBody({ embeds: Array.from({ length: 11 }, () => embed) }, 'create'),
    ).errors;
    expect(errors).toMatchObject({
      embeds: {
        _errors: expect.arrayContaining([expect.objectContaining({ code: 'BASE_TYPE_MAX_LENGTH' })]),
        '0': { fields: { '0': { value: {} } }, footer: { text: {} } },
      },
    });
  });

  it('GIVEN an empty create, bad buttons, or unknown flags THEN 50006 / 50035 as Discord answers', () => {
    expect(errorOf(() => validateMessageBody({ content: '' }, 'create')).code).toBe(50006);
    expect(() => validateMessageBody({ content: '' }, 'edit')).not.toThrow();
    const components = [
      {
        type: 1,
        components: [
          { type: 2, style: 1, label: 'a', custom_id: 'x' },
          { type: 2, style: 1, label: 'b', custom_id: 'x' },
          { type: 2, style: 5, label: 'c' },
        ],
      },
    ];
    expect(
      errorOf(() => validateMessageBody({ content: 'x', components, flags: 1 << 20 }, 'create')).errors,
    ).toMatchObject({
      components: { '0': { components: { '1': { custom_id: {} }, '2': { url: {} } } } },
      flags: {},
    });
  });

  it('GIVEN no allowed_mentions THEN a channel message pings @everyone and users, an interaction reply users only', () => {
    const body = { content: '@everyone look <@123456789012345678>' };
    expect(computePings(body, 'channel', false)).toMatchObject({
      everyone: true,
      users: ['123456789012345678'],
    });
    expect(computePings(body, 'interaction', false)).toMatchObject({
      everyone: false,
      users: ['123456789012345678'],
    });
    expect(computePings({ ...body, allowed_mentions: { parse: [] } }, 'channel', true)).toEqual({
      everyone: false,
      users: [],
      roles: [],
      repliedUser: false,
    });
  });

  it('GIVEN command definitions breaking the rules THEN 50035 at <index>.<field>', () => {
    const options = Array.from({ length: 26 }, (_, i) => ({ type: 3, name: `o${i}`, description: 'd' }));
    const body = [
      { name: 'ok', description: 'fine' },
      { name: 'Upper', description: 'x'.repeat(101), options },
      {
        name: 'opts',
        description: 'd',
        options: [
          { type: 3, name: 'a', description: 'd' },
          {
            type: 3,
            name: 'b',
            description: 'd',
            required: true,
            autocomplete: true,
            choices: [{ name: 'c', value: 'c' }],
          },
        ],
      },
    ];
    expect(errorOf(() => validateCommandRegistration(body)).errors).toMatchObject({
      '1': { name: {}, description: {}, options: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH' }] } },
      '2': { options: { '1': { required: {}, autocomplete: {} } } },
    });
    expect(
      validateCommandRegistration([{ name: 'résumé', description: 'unicode names are fine' }]),
    ).toHaveLength(1);
  });
});
