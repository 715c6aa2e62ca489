import { describe, expect, it } from 'vitest';
import { validatePayload } from '../../src/render/limits.ts';
import type { MessagePayload } from '../../src/render/payload.ts';

const ok: MessagePayload = { content: 'hello', allowed_mentions: { parse: [] } };

describe('validatePayload', () => {
  it('GIVEN a small safe message THEN there are no problems', () => {
    expect(validatePayload(ok)).toEqual([]);
  });

  it('GIVEN each kind of violation THEN each is reported', () => {
    const bad: MessagePayload = {
      content: 'x'.repeat(2001),
      allowed_mentions: { parse: ['everyone'] },
      embeds: [
        {
          title: 't'.repeat(257),
          description: 'd'.repeat(4097),
          fields: [{ name: '', value: 'v'.repeat(1025) }],
        },
        ...Array.from({ length: 10 }, () => ({ description: 'e' })),
      ],
      components: [
        { type: 1, components: [{ type: 2, style: 2, label: 'l'.repeat(81), custom_id: 'c'.repeat(101) }] },
      ],
    };
    const problems = validatePayload(bad).join('\n');
    for (const expected of [
      'content has 2001',
      'allowed_mentions.parse',
      '11 embeds',
      'title has 257',
      'description has 4097',
      'fields[0].name is empty',
      'value has 1025',
      'label has 81',
      'custom_id has 101',
    ]) {
      expect(problems).toContain(expected);
    }
  });

  it('GIVEN embeds over 6000 characters in total THEN the total is reported', () => {
    const embeds = Array.from({ length: 2 }, () => ({ description: 'd'.repeat(3001) }));
    expect(validatePayload({ embeds, allowed_mentions: { parse: [] } })).toEqual([
      'embeds total 6002 characters (max 6000)',
    ]);
  });

  it('GIVEN raw mention syntax or an empty message THEN it is flagged', () => {
    expect(validatePayload({ content: 'hi @everyone', allowed_mentions: { parse: [] } })[0]).toContain(
      'could ping',
    );
    expect(validatePayload({ content: '<@123>', allowed_mentions: { parse: [] } })[0]).toContain(
      'could ping',
    );
    expect(validatePayload({ allowed_mentions: { parse: [] } })).toEqual(['the message is empty']);
  });
});
