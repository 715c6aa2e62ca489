import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRODUCTION_NODE_FLAGS } from '../../src/ops/node-flags.ts';
import { REPO_ROOT } from '../e2e/support/bot-process.ts';

const read = (file: string) => readFileSync(path.join(REPO_ROOT, file), 'utf8');

describe('the production node flags (src/ops/node-flags.ts) are the ones every way of starting uses', () => {
  const flags = PRODUCTION_NODE_FLAGS.join(' ');

  it('GIVEN npm start THEN node runs the start script with the flags', () => {
    const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
    // exec: the shell npm runs the script in becomes node, so the SIGTERM npm forwards reaches the bot.
    expect(scripts.start).toBe(`exec node ${flags} scripts/start.mjs`);
  });

  it('GIVEN the Dockerfile THEN its CMD runs the bundle with the flags under tini', () => {
    const dockerfile = read('Dockerfile');
    const cmd = /^CMD (\[.*\])$/m.exec(dockerfile)?.[1] ?? '[]';
    expect(JSON.parse(cmd)).toEqual(['node', ...PRODUCTION_NODE_FLAGS, 'dist/main.js']);
    expect(dockerfile).toMatch(/^ENTRYPOINT \["\/usr\/bin\/tini", "--"\]$/m);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK .*\n?.*\/health/m);
  });

  it('GIVEN README THEN process managers are told the same command', () => {
    expect(read('README.md')).toContain(`node ${flags} dist/main.js`);
  });
});
