import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeArticleFolder, repoRoot, SEED_ID, writeBrokenSeed } from './helpers.ts';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await makeArticleFolder()));
afterEach(() => cleanup());

function validate(folder?: string, env: NodeJS.ProcessEnv = process.env) {
  const tsx = join(repoRoot, 'node_modules/.bin/tsx');
  const args = folder === undefined ? [] : [folder];
  return spawnSync(tsx, ['src/model/validate-main.ts', ...args], { cwd: repoRoot, encoding: 'utf8', env });
}

describe('npm run validate', () => {
  it('GIVEN valid articles THEN it prints each with its counts and exits 0', () => {
    const result = validate(dir);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`✔ ${SEED_ID}`);
    expect(result.stdout).toMatch(
      /15 sentences, 6 people, 7 organizations, \d+ places, \d+ facts, 8 timeline entries/,
    );
    expect(result.stdout).toContain('2 valid, 0 rejected');
  });

  it('GIVEN a bad file THEN it exits 1 naming the file, the path and the problem', async () => {
    const file = await writeBrokenSeed(dir, (seed) => (seed.language = 42));
    const result = validate(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(file);
    expect(result.stderr).toMatch(/language: Invalid input: expected string, found 42/);
    expect(result.stdout).toContain('1 valid, 1 rejected');
  });

  it('GIVEN ARTICLES_DIR and no folder argument THEN it checks the folder the bot reads', async () => {
    const file = await writeBrokenSeed(dir, (seed) => (seed.language = 42));
    const result = validate(undefined, { ...process.env, ARTICLES_DIR: dir });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(file);
  });

  it('GIVEN a folder without articles THEN it exits 1', () => {
    const result = validate(join(dir, 'missing'));
    expect(result.status).toBe(1);
  });
});
