import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import type { OfflineServices } from '../../src/cli/offline-services.ts';
import { invokeOffline, type OfflineInvocation } from '../../src/cli/invoke.ts';
import { seedServices } from '../commands/seed-services.ts';

let offline: OfflineServices;
beforeAll(async () => {
  offline = await seedServices();
});
afterAll(() => offline.close());

async function invoke(invocation: OfflineInvocation) {
  const result = await invokeOffline(commands, offline.services, invocation);
  return { ok: result.ok, content: result.payload.content ?? '', payload: result.payload };
}

describe('offline options are checked against the command definition, as Discord does', () => {
  it('GIVEN an option the command does not declare (a typo) THEN a user error naming it and the real options', async () => {
    const result = await invoke({ name: 'summary', values: { lenght: 'brief' } });
    expect(result.ok).toBe(false);
    expect(result.payload.flags).toBe(64);
    expect(result.content).toBe('⚠️ `/summary` has no option `lenght`. Its options: `length`, `article`.');
  });

  it('GIVEN a missing required option THEN a user error naming it', async () => {
    const ask = await invoke({ name: 'ask', values: {} });
    expect(ask.ok).toBe(false);
    expect(ask.content).toContain('`/ask` needs `question`');
    const digest = await invoke({ name: 'digest', values: { channel: '123' }, positional: ['set'] });
    expect(digest.content).toContain('`/digest set` needs `schedule`');
  });

  it('GIVEN a missing or unknown subcommand THEN a user error listing the subcommands', async () => {
    expect((await invoke({ name: 'digest', values: {} })).content).toContain(
      '`/digest` needs a subcommand: one of `set`, `show`',
    );
    expect((await invoke({ name: 'digest', values: {}, positional: ['nope'] })).content).toContain(
      '`/digest` has no subcommand `nope`',
    );
  });

  it('GIVEN a value outside the choices THEN the choices; a choice in other case THEN accepted', async () => {
    const bad = await invoke({ name: 'summary', values: { length: 'huge' } });
    expect(bad.content).toContain('`length` must be one of `brief`, `standard`, `detailed`');
    const upper = await invoke({ name: 'summary', values: { length: 'BRIEF' } });
    expect(upper.ok).toBe(true);
    expect(upper.payload.embeds?.[0]?.footer?.text).toMatch(/^brief summary/);
  });

  it('GIVEN values beyond the declared bounds THEN the bound (min value, max length)', async () => {
    expect((await invoke({ name: 'articles', values: { page: '0' } })).content).toContain(
      '`page` must be at least 1',
    );
    expect((await invoke({ name: 'summary', values: { article: 'x'.repeat(150) } })).content).toContain(
      '`article` takes at most 100 characters',
    );
  });

  it('GIVEN words no option takes THEN they are not silently dropped', async () => {
    const words = await invoke({ name: 'summary', values: {}, positional: ['brief'] });
    expect(words.ok).toBe(false);
    expect(words.content).toContain('I did not understand "brief"');
    const typo = await invoke({ name: 'summary', values: {}, positional: ['lenght:brief'] });
    expect(typo.content).toContain('`/summary` has no option `lenght`');
  });

  it('GIVEN the question as plain words THEN it fills the required text option', async () => {
    const result = await invoke({ name: 'ask', values: {}, positional: ['who', 'attended?'] });
    expect(result.ok).toBe(true);
    expect(result.payload.embeds?.[0]?.title).toBe('Q: who attended?');
  });
});
