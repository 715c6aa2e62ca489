import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validatePayload } from '../../src/render/limits.ts';
import type { MessagePayload } from '../../src/render/payload.ts';
import { seedOnlyArticlesDir } from '../support/seed-articles.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const tempDir = mkdtempSync(path.join(tmpdir(), 'cli-test-'));
afterAll(() => rmSync(tempDir, { recursive: true, force: true }));

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[], input = ''): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      env: {
        ...process.env,
        ARTICLES_DIR: seedOnlyArticlesDir(),
        CLI_DATABASE_PATH: path.join(tempDir, 'cli.sqlite'),
        LOG_LEVEL: 'info',
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(input);
  });
}

/** Runs the CLI as `npm run cli` does (node + tsx, the same entry point). */
function cli(args: string[], input?: string): Promise<Run> {
  return run(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], input);
}

interface CliJson {
  payload: MessagePayload;
  answer?: { answered: boolean; text: string; sources: string[] };
}

function singleJson(stdout: string): CliJson {
  const lines = stdout.split('\n').filter((line) => line.trim());
  expect(lines).toHaveLength(1);
  return JSON.parse(lines[0]!) as CliJson;
}

describe.concurrent('CLI contract', () => {
  it('GIVEN `summary --length brief --json` THEN exactly one JSON object: the payload as Discord gets it', async () => {
    const result = await cli(['summary', '--length', 'brief', '--json']);
    expect(result.status).toBe(0);
    const json = singleJson(result.stdout);
    expect(Object.keys(json)).toStrictEqual(['payload']);
    expect(json.payload.allowed_mentions).toStrictEqual({ parse: [] });
    expect(json.payload.embeds?.[0]?.footer?.text).toMatch(/^brief summary/);
    expect(validatePayload(json.payload)).toEqual([]);
  });

  it('GIVEN `ask --question … --json` THEN payload and answer {answered, text, sources}', async () => {
    const json = singleJson((await cli(['ask', '--question', 'Who is Woo Kyoung-suk?', '--json'])).stdout);
    expect(json.answer).toMatchObject({ answered: true, text: expect.stringMatching(/Defense Ministry/) });
    expect(json.answer?.sources.length).toBeGreaterThan(0);
    expect(json.payload.components?.[0]?.components[0]?.custom_id).toMatch(/^ask-thread:/);
  });

  it('GIVEN `chat --json` THEN one JSON line per question, conversations split by empty lines', async () => {
    const input = 'Who is Takehiro Funakoshi?\nWhat is his title?\n\nWhat is his title?\n';
    const result = await cli(['chat', '--json'], input);
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\n').filter((line) => line.trim());
    expect(lines).toHaveLength(3);
    const [first, followUp, fresh] = lines.map((line) => JSON.parse(line) as CliJson);
    expect(first?.answer?.text).toMatch(/Funakoshi/);
    expect(followUp?.answer?.text).toMatch(/Asian and Oceanian/);
    // A new conversation has no "him" to resolve.
    expect(fresh?.answer?.text).not.toEqual(followUp?.answer?.text);
  });

  it('GIVEN a user error or an unknown command THEN still one JSON object, ephemeral, and exit 1', async () => {
    for (const args of [
      ['participants', '--country', 'xx', '--json'],
      ['nope', '--json'],
      ['summary', '--bogus', 'x', '--json'],
      ['summary', '--length', 'huge', '--json'],
      ['articles', '--page', 'abc', '--json'],
      ['ask', '--json'],
    ]) {
      const result = await cli(args);
      expect(result.status).toBe(1);
      expect(singleJson(result.stdout).payload.flags).toBe(64);
    }
  });

  it('GIVEN a digest subcommand THEN it runs with its options and persists in the CLI database', async () => {
    const set = await cli([
      'digest',
      'set',
      '--channel',
      '123456789012345678',
      '--schedule',
      'daily 09:00',
      '--json',
    ]);
    expect(set.status).toBe(0);
    expect(JSON.stringify(singleJson(set.stdout).payload)).toContain('09:00');
    const show = await cli(['digest', 'show']);
    expect(show.stdout).toContain('123456789012345678');
  });

  it('GIVEN no --json THEN readable text with embeds as titled blocks and dates in words', async () => {
    const result = await cli(['summary']);
    expect(result.stdout).toMatch(
      /^== South Korea, Japan hold first senior-level security talks in five years ==/,
    );
    expect(result.stdout).toContain('[Date]\n17 April 2023 (on Monday)');
  });

  it('GIVEN `npm run --silent cli` THEN nothing but the JSON reaches stdout', async () => {
    const result = await run('npm', ['run', '--silent', 'cli', '--', 'help', '--json']);
    expect(result.status).toBe(0);
    expect(singleJson(result.stdout).payload.embeds?.[0]?.title).toBe('News digest bot');
  });
});
