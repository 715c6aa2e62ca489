import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { build, LEXICON_MODULE, REPO_ROOT } from '../../scripts/build.mjs';
import { EN } from '../../src/answer/qa/lexicon/en/index.ts';

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

  it('GIVEN word lists that do not check THEN the build fails naming the file', async () => {
    const root = project({
      'src/main.ts': "import { words } from './answer/qa/lexicon/en/index.ts';\nconsole.log(words);\n",
      [LEXICON_MODULE]: "throw new Error('src/answer/qa/lexicon/en/words.json: not a word at words[3]');\n",
    });
    await expect(build({ root, entryPoints: { main: 'src/main.ts' } })).rejects.toThrow(
      'the word lists do not check: src/answer/qa/lexicon/en/words.json: not a word at words[3]',
    );
  });

  it('GIVEN word lists that check THEN the bundle tells the lexicon they were checked at build', async () => {
    const root = project({
      'src/main.ts': "import { checked } from './answer/qa/lexicon/en/index.ts';\nconsole.log(checked);\n",
      [LEXICON_MODULE]:
        'declare const __LEXICON_CHECKED_AT_BUILD__: boolean | undefined;\n' +
        "export const checked = typeof __LEXICON_CHECKED_AT_BUILD__ !== 'undefined' && __LEXICON_CHECKED_AT_BUILD__;\n",
    });
    await build({ root, entryPoints: { main: 'src/main.ts' } });
    const output = execFileSync(process.execPath, [path.join(root, 'dist/main.js')], { encoding: 'utf8' });
    expect(output.trim()).toBe('true');
  });

  it('GIVEN the real word lists THEN the bundle, which skips their zod parse, has the same lexicon as the checked sources', async () => {
    // Skipping the parse is right only while no schema transforms (defaults, coercions): this catches one that
    // does. (Only the order of a checked object's fields may differ: zod writes them in the schema's order.)
    mkdirSync(path.join(REPO_ROOT, 'var'), { recursive: true });
    const outDir = mkdtempSync(path.join(REPO_ROOT, 'var', 'dist-lexicon-'));
    roots.push(outDir);
    await build({ outDir, entryPoints: { lexicon: LEXICON_MODULE } });
    const bundled = (await import(pathToFileURL(path.join(outDir, 'lexicon.js')).href)) as { EN: unknown };
    expect(bundled.EN).toStrictEqual(EN);
  });
});
