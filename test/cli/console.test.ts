import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import type { OfflineServices } from '../../src/cli/offline-services.ts';
import { runConsole } from '../../src/console/run-console.ts';
import { parseConsoleLine } from '../../src/console/parse-line.ts';
import { seedServices } from '../commands/seed-services.ts';

let offline: OfflineServices;
beforeAll(async () => {
  offline = await seedServices();
});
afterAll(() => offline.close());

/** Types the lines into the console and collects everything it prints until it ends. */
async function session(lines: string[]): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  const done = runConsole(offline.services, commands, input, output);
  input.end(`${lines.join('\n')}\n`);
  await done;
  return printed;
}

describe('console line parsing', () => {
  it('reads options up to the next known option, quoted values, subcommands and plain questions', () => {
    expect(parseConsoleLine('/ask question:who attended? article:kr-jp', commands)).toStrictEqual({
      kind: 'command',
      name: 'ask',
      positional: [],
      values: { question: 'who attended?', article: 'kr-jp' },
    });
    expect(parseConsoleLine('/ask question:"what is: this?"', commands)).toMatchObject({
      values: { question: 'what is: this?' },
    });
    expect(parseConsoleLine('/digest set channel:123 schedule:daily 09:00', commands)).toStrictEqual({
      kind: 'command',
      name: 'digest',
      positional: ['set'],
      values: { channel: '123', schedule: 'daily 09:00' },
    });
    expect(parseConsoleLine('and where?', commands)).toStrictEqual({ kind: 'question', text: 'and where?' });
    expect(parseConsoleLine('/quit', commands)).toStrictEqual({ kind: 'quit' });
  });
});

describe('local console', () => {
  it('GIVEN slash commands, a question and a plain follow-up THEN readable replies in one conversation', async () => {
    const printed = await session([
      '/summary length:brief',
      '/participants country:jp',
      '/ask question:Who is Takehiro Funakoshi?',
      'What is his title?',
      '/quit',
      '/help',
    ]);
    expect(printed).toContain(
      '== South Korea, Japan hold first senior-level security talks in five years ==',
    );
    expect(printed).toContain('-- brief summary');
    expect(printed).toContain('[🇯🇵 Japan]');
    expect(printed).not.toContain('[🇰🇷 South Korea]');
    expect(printed).toContain('== Q: Who is Takehiro Funakoshi? ==');
    expect(printed).toMatch(/== Q: What is his title\? ==\n[^\n]*Asian and Oceanian/);
    expect(printed).toContain('[ Continue in a thread ]');
    // /quit ends the session: /help after it is never run.
    expect(printed).not.toContain('== News digest bot ==');
    expect(printed.trimEnd().endsWith('bye')).toBe(true);
  });

  it('GIVEN a bad option or an unknown command THEN an explanation, and the console keeps going', async () => {
    const printed = await session(['/participants country:atlantis', '/nope', '/help']);
    expect(printed).toContain('⚠️ This article has no participants from "atlantis"');
    expect(printed).toContain("I don't know the command `/nope`");
    expect(printed).toContain('== News digest bot ==');
  });

  it('GIVEN a misspelt option THEN it is named, not silently ignored', async () => {
    const printed = await session(['/summary lenght:brief']);
    expect(printed).toContain('⚠️ `/summary` has no option `lenght`. Its options: `length`, `article`.');
    expect(printed).not.toContain('standard summary');
  });
});
