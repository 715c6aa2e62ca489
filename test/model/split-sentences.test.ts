import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/model/split-sentences.ts';
import { fixturesDir } from './helpers.ts';

describe('splitSentences (npm run sentences)', () => {
  it('GIVEN a wire text THEN headline, dateline and body sentences with offsets that slice the text exactly', () => {
    const text =
      'Acme wins contract\nBOSTON (AP) -- Acme Inc. won a $5.2 million deal on Monday. Shares rose.\n\n(END)\n';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => [s.id, s.kind, s.text])).toEqual([
      ['p0s0', 'headline', 'Acme wins contract'],
      ['p1s0', 'dateline', 'BOSTON (AP) --'],
      ['p1s1', 'body', 'Acme Inc. won a $5.2 million deal on Monday.'],
      ['p1s2', 'body', 'Shares rose.'],
      ['p2s0', 'credit', '(END)'],
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('GIVEN the curated multi-genre fixtures THEN the tool gives exactly their sentences (kinds aside)', async () => {
    const names = (await readdir(fixturesDir)).filter((n) => n.endsWith('.json') && !n.startsWith('trade-'));
    expect(names.length).toBeGreaterThanOrEqual(4);
    for (const name of names) {
      const model = JSON.parse(await readFile(join(fixturesDir, name), 'utf8')) as {
        source: { textFile: string };
        sentences: { id: string; start: number; end: number; text: string }[];
      };
      const text = await readFile(join(fixturesDir, model.source.textFile), 'utf8');
      const strip = ({
        id,
        start,
        end,
        text: t,
      }: {
        id: string;
        start: number;
        end: number;
        text: string;
      }) => ({
        id,
        start,
        end,
        text: t,
      });
      expect(splitSentences(text).map(strip), name).toEqual(model.sentences.map(strip));
    }
  });
});
