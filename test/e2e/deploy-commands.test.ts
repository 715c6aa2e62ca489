import { spawn } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeDiscord } from '../fake-discord/index.ts';
import { REPO_ROOT } from './support/bot-process.ts';

/** `npm run deploy-commands` (tsx src/bot/deploy-main.ts) with the given environment. */
function deployCommands(
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/bot/deploy-main.ts'], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
}

const EXPECTED = [
  'summary',
  'participants',
  'background',
  'ask',
  'source',
  'articles',
  'help',
  'digest',
  'followups',
  'feed',
];
const MANAGE_GUILD = String(1 << 5);

describe('npm run deploy-commands against the strict fake', () => {
  let discord: FakeDiscord;

  beforeEach(async () => {
    discord = await FakeDiscord.start();
  });
  afterEach(async () => {
    await discord.stop();
    expect(discord.unexpectedRequests).toEqual([]);
  });

  it('GIVEN DISCORD_GUILD_ID THEN every command is registered to that server, valid, and printed with its id', async () => {
    const result = await deployCommands({
      DISCORD_TOKEN: discord.token,
      DISCORD_API_URL: discord.apiUrl,
      DISCORD_GUILD_ID: discord.guild.id,
    });
    expect(result.code).toBe(0);
    expect(discord.rejectedRequests).toEqual([]);
    expect(discord.registrations.map((r) => r.scope)).toEqual([discord.guild.id]);
    const commands = discord.registeredCommands;
    expect(commands.map((c) => c.name)).toEqual(EXPECTED);
    for (const command of commands)
      expect(result.stdout).toContain(`/${String(command.name)}  (${String(command.id)})`);

    const byName = new Map(commands.map((c) => [c.name, c]));
    expect(byName.get('digest')).toMatchObject({ default_member_permissions: MANAGE_GUILD });
    expect(byName.get('followups')).toMatchObject({ default_member_permissions: MANAGE_GUILD });
    expect(byName.get('summary')).toMatchObject({
      options: expect.arrayContaining([
        expect.objectContaining({
          name: 'length',
          type: 3,
          choices: expect.arrayContaining([expect.objectContaining({ value: 'brief' })]),
        }),
        expect.objectContaining({ name: 'article', type: 3, autocomplete: true }),
      ]),
    });
    expect(byName.get('ask')).toMatchObject({
      options: [
        expect.objectContaining({ name: 'question', required: true }),
        expect.objectContaining({ name: 'article', autocomplete: true }),
      ],
    });
    const digestSubcommands = (byName.get('digest')?.options as Array<{ name: string }>).map((o) => o.name);
    expect(digestSubcommands).toEqual(['set', 'show', 'pause', 'resume', 'remove', 'now']);
  });

  it('GIVEN no DISCORD_GUILD_ID THEN the commands are registered globally', async () => {
    const result = await deployCommands({ DISCORD_TOKEN: discord.token, DISCORD_API_URL: discord.apiUrl });
    expect(result.code).toBe(0);
    expect(discord.registrations.map((r) => r.scope)).toEqual(['global']);
    expect(result.stdout).toContain('globally');
  });

  it('GIVEN a token Discord rejects THEN a clear message and a non-zero exit', async () => {
    const result = await deployCommands({
      DISCORD_TOKEN: 'MTIzNDU2Nzg5MDEyMzQ1Njc4.wrong.token',
      DISCORD_API_URL: discord.apiUrl,
      DISCORD_GUILD_ID: discord.guild.id,
    });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/token|401|access/i);
    expect(result.stderr).not.toContain('MTIzNDU2Nzg5MDEyMzQ1Njc4.wrong.token');
    expect(discord.registrations).toEqual([]);
  });

  it('GIVEN a rate limit longer than the script will wait THEN it reports the rate limit and exits non-zero', async () => {
    discord.injectFault({
      path: '/applications/:app/guilds/:guild/commands',
      kind: 429,
      retryAfterSeconds: 30,
    });
    const result = await deployCommands({
      DISCORD_TOKEN: discord.token,
      DISCORD_API_URL: discord.apiUrl,
      DISCORD_GUILD_ID: discord.guild.id,
    });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/rate/i);
  });
});
