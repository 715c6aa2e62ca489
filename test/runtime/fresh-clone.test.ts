import { execFileSync, spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  realpathSync,
  rmSync,
  symlinkSync,
  utimesSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotProcess, REPO_ROOT, temporaryDatabase } from '../e2e/support/bot-process.ts';
import { FakeDiscord } from '../fake-discord/index.ts';
import { TEST_GUILDS } from '../e2e/support/harness.ts';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `npm start` in `cwd` with no token and no terminal (stdin is not a TTY). */
function npmStart(cwd: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['start'], {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        npm_config_update_notifier: 'false',
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('npm start on a fresh clone', () => {
  let clone: string;

  beforeAll(() => {
    // The files a clone of this tree would have (tracked and new, nothing ignored), with the installed
    // node_modules linked in place of `npm ci`.
    clone = mkdtempSync(path.join(tmpdir(), 'news-digest-clone-'));
    const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    })
      .split('\0')
      .filter((file) => file && existsSync(path.join(REPO_ROOT, file)));
    for (const file of files) {
      mkdirSync(path.dirname(path.join(clone, file)), { recursive: true });
      cpSync(path.join(REPO_ROOT, file), path.join(clone, file));
    }
    symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(clone, 'node_modules'), 'dir');
  });

  afterAll(() => {
    if (clone) rmSync(clone, { recursive: true, force: true });
  });

  it('GIVEN no dist/ THEN it builds, runs the compiled bot, and without a token or terminal exits 1 naming DISCORD_TOKEN', async () => {
    expect(existsSync(path.join(clone, 'dist'))).toBe(false);
    const first = await npmStart(clone);
    expect(first.stderr).toContain('dist/ is missing: building');
    expect(first.stderr).toContain('DISCORD_TOKEN is not set');
    expect(first.code).toBe(1);
    expect(existsSync(path.join(clone, 'dist', 'main.js'))).toBe(true);

    const again = await npmStart(clone);
    expect(again.stderr).not.toContain('building');
    expect(again.stderr).toContain('DISCORD_TOKEN is not set');
    expect(again.code).toBe(1);

    const later = new Date(Date.now() + 60_000);
    utimesSync(path.join(clone, 'src', 'config.ts'), later, later);
    const afterEdit = await npmStart(clone);
    expect(afterEdit.stderr).toContain('the sources changed since the last build: building');
    expect(afterEdit.code).toBe(1);
  }, 120_000);

  it('GIVEN a token THEN npm start reaches READY, and a SIGTERM to npm reaches the bot, which stops cleanly', async () => {
    const npmCli = realpathSync(execFileSync('which', ['npm'], { encoding: 'utf8' }).trim());
    const discord = await FakeDiscord.start({ guilds: TEST_GUILDS, waitTimeoutMs: 60_000 });
    const database = temporaryDatabase();
    try {
      const bot = BotProcess.start(discord, {
        databasePath: database.databasePath,
        cwd: clone,
        nodeArgs: [npmCli, 'start'],
        env: { npm_config_update_notifier: 'false' },
      });
      await bot.waitUntilServing();
      const sent = discord.sendInteraction({ command: 'summary' });
      expect((await sent.callback).type).toBe(4);
      const code = await bot.stop();
      expect(code).toBe(0);
      expect(bot.logs.map((l) => l.msg)).toEqual(expect.arrayContaining(['shutting down', 'stopped']));
    } finally {
      await discord.stop();
      database.cleanup();
    }
  }, 120_000);
});
