import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as prettier from 'prettier';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/ingest/main.ts';
import { formatJson } from '../../src/ingest/json-layout.ts';
import { PLAIN_TEXT, WIRE_TEXT } from './fixtures.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CONFIG = path.join(ROOT, '.prettierrc.json');
const work = mkdtempSync(path.join(tmpdir(), 'ingest-layout-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** What `prettier --check` makes of a JSON text under the repository's configuration. */
async function prettierOf(text: string): Promise<string> {
  const options = await prettier.resolveConfig(path.join(ROOT, 'x.json'), { config: CONFIG });
  return prettier.format(text, { ...options, filepath: 'x.json' });
}

describe('npm run ingest writes JSON the repository prettier check accepts', () => {
  it('GIVEN made-up articles ingested THEN `prettier --check` passes on the written models', async () => {
    const out = path.join(work, 'out');
    for (const [name, text] of [
      ['wire.txt', WIRE_TEXT],
      ['plain.txt', PLAIN_TEXT],
    ] as const) {
      const input = path.join(work, name);
      writeFileSync(input, text);
      const result = await main([input, '--out', out, '--published', '2024-06-07'], {}, new Date());
      expect(result.code).toBe(0);
    }
    const models = readdirSync(out)
      .filter((f) => f.endsWith('.json'))
      .map((f) => path.join(out, f));
    expect(models).toHaveLength(2);
    const check = spawnSync(
      path.join(ROOT, 'node_modules', '.bin', 'prettier'),
      ['--check', '--config', CONFIG, ...models],
      { encoding: 'utf8' },
    );
    expect(`${check.stdout}${check.stderr}`).not.toContain('[warn]');
    expect(check.status).toBe(0);
  });

  it('GIVEN arrays near the print width, nested arrays, numbers and wide characters THEN the layout is prettier’s', async () => {
    const long = (n: number) => 'w'.repeat(n);
    const value = {
      fits: [long(40), long(50)],
      oneOver: [long(46), long(50)],
      last: [long(48), long(50)],
      nested: [
        ['a', 'b'],
        ['c', 'd'],
      ],
      nestedSingles: [['a'], ['b']],
      numbers: Array.from({ length: 45 }, (_, i) => i * 1001),
      wide: ['가나다라마바사아자차카타파하'.repeat(3), 'x'],
      mixed: [{ a: 1 }, 'b', [], {}],
      empty: { list: [], object: {} },
      longString: `${long(150)} after`,
      escapes: ['a "quoted" word', 'back\\slash', 'line\nbreak'],
    };
    const text = formatJson(value);
    expect(await prettierOf(text)).toBe(text);
    expect(JSON.parse(text)).toEqual(value);
  });

  it('GIVEN names in many scripts, fullwidth forms and combining marks at every width near the edge THEN each array breaks where prettier breaks it', async () => {
    const names = [
      '서민정',
      '東京都',
      'ＡＢＣ',
      'ｶﾀｶﾅ',
      '中文，标点。',
      'café',
      'e\u0301',
      'Ελληνικά',
      'Привет',
      'a\u20dd',
      '𠀀',
    ];
    for (const name of names) {
      for (let pad = 80; pad < 110; pad++) {
        const text = formatJson({ names: [`${name}${'x'.repeat(pad)}`, 'b'] });
        expect(await prettierOf(text), `${name} + ${pad}`).toBe(text);
      }
    }
  });
});
