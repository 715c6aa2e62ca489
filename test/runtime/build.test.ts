import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from '../../scripts/build.mjs';

describe('npm run build', () => {
  const roots: string[] = [];
  afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

  function project(files: Record<string, string>): string {
    const root = mkdtempSync(path.join(tmpdir(), 'news-digest-build-'));
    roots.push(root);
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
    }
    return root;
  }

  it('GIVEN a module reading a data file beside it THEN the bundle copies the file and finds it from dist/', async () => {
    const root = project({
      'src/main.ts': "import { words } from './lexicon/load.ts';\nconsole.log(words().join(','));\n",
      'src/lexicon/load.ts':
        "import { readFileSync } from 'node:fs';\n" +
        'export const words = (): string[] =>\n' +
        "  JSON.parse(readFileSync(new URL('./en/words.json', import.meta.url), 'utf8')) as string[];\n",
      'src/lexicon/en/words.json': '["alpha","beta"]',
      'commands/notes.txt': 'kept',
    });
    const { assets } = await build({
      root,
      outDir: path.join(root, 'dist'),
      entryPoints: { main: 'src/main.ts' },
    });
    expect(assets).toEqual(['commands/notes.txt', 'src/lexicon/en/words.json']);
    expect(readFileSync(path.join(root, 'dist/src/lexicon/en/words.json'), 'utf8')).toBe('["alpha","beta"]');
    expect(existsSync(path.join(root, 'dist/commands/notes.txt'))).toBe(true);
    const output = execFileSync(process.execPath, [path.join(root, 'dist/main.js')], { encoding: 'utf8' });
    expect(output.trim()).toBe('alpha,beta');
  });

  it('GIVEN a file removed from the sources THEN a rebuild leaves no stale copy in dist/', async () => {
    const root = project({ 'src/main.ts': 'console.log(1);\n', 'src/old.json': '{}' });
    const outDir = path.join(root, 'dist');
    await build({ root, outDir, entryPoints: { main: 'src/main.ts' } });
    rmSync(path.join(root, 'src/old.json'));
    await build({ root, outDir, entryPoints: { main: 'src/main.ts' } });
    expect(existsSync(path.join(outDir, 'src/old.json'))).toBe(false);
  });
});
