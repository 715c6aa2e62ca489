import { describe, expect, it } from 'vitest';
import { MAX_NONCE_LENGTH, messageNonce } from '../../src/core/nonce.ts';

describe('messageNonce', () => {
  it('GIVEN the same post twice THEN the same nonce, within Discord’s 25 characters', () => {
    const first = messageNonce('digest', '123456789012345678', 29_000_000, 0);
    expect(messageNonce('digest', '123456789012345678', 29_000_000, 0)).toBe(first);
    expect(first.length).toBeLessThanOrEqual(MAX_NONCE_LENGTH);
    expect(first).toMatch(/^[0-9a-f]+$/);
  });

  it('GIVEN different posts THEN different nonces (kind, parts, and where the parts split all count)', () => {
    const nonces = [
      messageNonce('digest', 'g', 1, 0),
      messageNonce('digest', 'g', 1, 1),
      messageNonce('digest', 'g', 2, 0),
      messageNonce('feed', 'g', 1, 0),
      messageNonce('followup', 'ab', 'c'),
      messageNonce('followup', 'a', 'bc'),
    ];
    expect(new Set(nonces).size).toBe(nonces.length);
  });

  it('GIVEN no kind THEN it refuses (a nonce must say what it is for)', () => {
    expect(() => messageNonce('')).toThrow(/kind/);
  });
});
