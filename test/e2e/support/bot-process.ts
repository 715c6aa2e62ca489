import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedOnlyArticlesDir } from '../../support/seed-articles.ts';
import type { FakeDiscord } from '../../fake-discord/index.ts';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const SHIFT_CLOCK = path.join(REPO_ROOT, 'test/e2e/support/shift-clock.ts');

export interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

export interface BotProcessOptions {
  databasePath: string;
  env?: Record<string, string>;
  /** Moves the bot's wall clock (see shift-clock.ts). */
  clockOffsetMs?: number;
  /** The script to run instead of src/main.ts (the benchmark's minimal bot). */
  script?: string;
  /** How long a wait for a log line may take before failing with the log so far. */
  waitTimeoutMs?: number;
}

/** A temporary directory for a test's SQLite file, removed by the returned cleanup. */
export function temporaryDatabase(): { databasePath: string; cleanup(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'news-digest-e2e-'));
  return {
    databasePath: path.join(dir, 'bot.sqlite'),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * The bot as `npm start` runs it (`tsx src/main.ts`, here `node --import tsx` to skip npx), pointed at the
 * fake through DISCORD_API_URL. Its JSON log lines (stderr) are parsed and can be waited on.
 */
export class BotProcess {
  readonly logs: LogLine[] = [];
  readonly stdout: string[] = [];
  private readonly listeners = new Set<() => void>();
  readonly exited: Promise<number | null>;
  /** How far the bot's wall clock is from the real one (ms). */
  clockOffsetMs: number;

  private constructor(
    readonly child: ChildProcess,
    private readonly waitTimeoutMs: number,
    private readonly clockFile: string,
    initialOffsetMs: number,
  ) {
    this.clockOffsetMs = initialOffsetMs;
    let buffer = '';
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) this.onLine(line);
    });
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => this.stdout.push(chunk));
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  }

  static start(discord: FakeDiscord, options: BotProcessOptions): BotProcess {
    const args = [
      '--import',
      'tsx',
      '--import',
      SHIFT_CLOCK,
      ...(options.script ? [options.script] : ['src/main.ts']),
    ];
    const child = spawn(process.execPath, args, {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        DISCORD_TOKEN: discord.token,
        DISCORD_API_URL: discord.apiUrl,
        DISCORD_APPLICATION_ID: discord.applicationId,
        DISCORD_GUILD_ID: discord.guild.id,
        DATABASE_PATH: options.databasePath,
        LOG_LEVEL: 'info',
        REGISTER_COMMANDS_ON_START: 'true',
        MESSAGE_CONTENT_INTENT: 'false',
        E2E_CLOCK_OFFSET_MS: String(options.clockOffsetMs ?? 0),
        E2E_CLOCK_FILE: `${options.databasePath}.clock`,
        // Only the seed unless a test names its own folder: added stories in data/articles change nothing.
        ARTICLES_DIR: seedOnlyArticlesDir(),
        ...options.env,
      },
    });
    return new BotProcess(
      child,
      options.waitTimeoutMs ?? 15_000,
      `${options.databasePath}.clock`,
      options.clockOffsetMs ?? 0,
    );
  }

  private onLine(line: string): void {
    if (!line.trim()) return;
    let parsed: LogLine;
    try {
      parsed = JSON.parse(line) as LogLine;
    } catch {
      parsed = { level: 50, msg: `(not JSON) ${line}` };
    }
    this.logs.push(parsed);
    for (const listener of this.listeners) listener();
  }

  /** Resolves with the first log line (already logged or future) that matches. */
  waitForLog(predicate: (line: LogLine) => boolean, description: string): Promise<LogLine> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = this.logs.find(predicate);
        if (!found) return false;
        this.listeners.delete(check);
        clearTimeout(timer);
        resolve(found);
        return true;
      };
      const timer = setTimeout(() => {
        this.listeners.delete(check);
        reject(
          new Error(
            `bot never logged ${description}; log so far:\n${this.logs.map((l) => JSON.stringify(l)).join('\n')}`,
          ),
        );
      }, this.waitTimeoutMs);
      this.listeners.add(check);
      void this.exited.then((code) => {
        if (this.listeners.has(check)) {
          this.listeners.delete(check);
          clearTimeout(timer);
          reject(
            new Error(
              `bot exited (${code}) before logging ${description}:\n${this.logs.map((l) => JSON.stringify(l)).join('\n')}`,
            ),
          );
        }
      });
      check();
    });
  }

  /** Ready, commands registered, and digest timers rebuilt: the bot is fully up. */
  async waitUntilServing(): Promise<void> {
    await Promise.all([
      this.waitForLog((l) => l.msg === 'ready', '"ready"'),
      this.waitForLog((l) => l.msg === 'registered commands', '"registered commands"'),
      this.waitForLog((l) => l.msg === 'digest scheduler started', '"digest scheduler started"'),
    ]);
  }

  /** Sets the bot's wall clock to `botTimeMs` now (SIGUSR2 to the preload) and waits for it to confirm. */
  async moveClockTo(botTimeMs: number): Promise<number> {
    const offset = Math.round(botTimeMs - Date.now());
    writeFileSync(this.clockFile, String(offset));
    const seen = this.logs.length;
    this.child.kill('SIGUSR2');
    await this.waitForLog(
      (l) => l.msg === 'e2e clock moved' && l.offset === offset && this.logs.indexOf(l) >= seen,
      'the clock move',
    );
    this.clockOffsetMs = offset;
    return offset;
  }

  errorLogs(): LogLine[] {
    return this.logs.filter((l) => l.level >= 50);
  }

  /** Resident memory from /proc (Linux), in MiB. */
  rssMiB(): number | undefined {
    try {
      const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
      const kib = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
      return kib ? Number(kib) / 1024 : undefined;
    } catch {
      return undefined;
    }
  }

  /** SIGTERM, as a service manager would; resolves with the exit code. */
  async stop(): Promise<number | null> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGTERM');
    return this.exited;
  }
}
