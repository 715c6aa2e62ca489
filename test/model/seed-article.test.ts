import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadArticleFile, type LoadResult } from '../../src/model/loader.ts';
import { sentenceById } from '../../src/model/sentences.ts';
import { articlesDir, seedJsonPath, SEED_ID } from './helpers.ts';

let seed: LoadResult;
beforeAll(async () => {
  seed = await loadArticleFile(seedJsonPath);
});

function collectEvidence(value: unknown, out: { sentences: string[]; quotes: string[] }[] = []) {
  if (Array.isArray(value)) value.forEach((item) => collectEvidence(item, out));
  else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'evidence') out.push(child as { sentences: string[]; quotes: string[] });
      else collectEvidence(child, out);
    }
  }
  return out;
}

describe('the seed article model', () => {
  it('GIVEN the seed JSON THEN it loads and validates with its source text', () => {
    expect(seed.article.id).toBe(SEED_ID);
    expect(seed.article.source).toMatchObject({ agency: 'Yonhap', publication: 'The Korea Herald' });
    expect(seed.article.referenceDate).toBe('2023-04-17');
  });

  it('GIVEN the source text THEN every sentence is the exact slice at its offsets and the text is kept verbatim', async () => {
    const source = await readFile(join(articlesDir, `${SEED_ID}.txt`), 'utf8');
    expect(seed.sourceText).toBe(source);
    for (const sentence of seed.article.sentences) {
      expect(source.slice(sentence.start, sentence.end)).toBe(sentence.text);
    }
    expect(sentenceById(seed.article, 'p0s1')?.kind).toBe('caption');
    expect(sentenceById(seed.article, 'p0s0')).toMatchObject({ kind: 'dateline', text: 'date 2023-04-17' });
  });

  it('GIVEN every evidence object THEN each quote occurs verbatim (curly quotes included) in one of its sentences', () => {
    const evidence = collectEvidence(seed.article);
    expect(evidence.length).toBeGreaterThan(50);
    for (const { sentences, quotes } of evidence) {
      const texts = sentences.map((id) => sentenceById(seed.article, id)?.text ?? '');
      for (const quote of quotes)
        expect(
          texts.some((text) => text.includes(quote)),
          quote,
        ).toBe(true);
    }
    expect(seed.article.quotes.some((quote) => quote.evidence.quotes.some((q) => q.includes('’')))).toBe(
      true,
    );
  });

  it('GIVEN the six named people THEN all are present with their roles, sides and aliases', () => {
    const people = new Map(seed.article.people.map((person) => [person.name, person]));
    expect([...people.keys()].sort()).toEqual(
      [
        'Atsushi Ando',
        'Fumio Kishida',
        'Seo Min-jung',
        'Takehiro Funakoshi',
        'Woo Kyoung-suk',
        'Yoon Suk Yeol',
      ].sort(),
    );
    const seo = people.get('Seo Min-jung');
    expect(seo?.aliases).toEqual(
      expect.arrayContaining(['Seo Min-jeong', 'Seo', 'Min-jung Seo', 'Seo Minjung']),
    );
    expect(seo).toMatchObject({
      involvement: 'participant',
      country: 'kr',
      photoPosition: { side: 'left', fromSide: 2 },
    });
    expect(seo?.titleVariants).toContain('Director General for Asian and Pacific Affairs');
    expect(people.get('Woo Kyoung-suk')?.aliases).toEqual(expect.arrayContaining(['Woo Kyung-suk', 'Woo']));
    expect(people.get('Takehiro Funakoshi')).toMatchObject({
      country: 'jp',
      organization: 'jp-foreign-ministry',
    });
    expect(people.get('Atsushi Ando')).toMatchObject({
      organization: 'jp-defense-policy-bureau',
      role: 'deputy director-general',
    });
    expect(people.get('Yoon Suk Yeol')).toMatchObject({ involvement: 'mentioned', role: 'president' });
    expect(people.get('Fumio Kishida')).toMatchObject({ involvement: 'mentioned', role: 'prime minister' });
    expect(people.get('Fumio Kishida')?.aliases).toContain('Kishida');
  });

  it('GIVEN the event THEN it is the 12th consultation on Monday 2023-04-17 in Seoul, derived from the dateline', () => {
    const [event] = seed.article.events;
    if (!event) throw new Error('the seed has an event');
    expect(event).toMatchObject({
      kind: 'talks',
      place: 'seoul',
      ordinal: { value: 12, asWritten: '12th' },
    });
    expect(event.date).toMatchObject({ precision: 'day', value: '2023-04-17', asWritten: 'on Monday' });
    expect(event.date.derivation?.from).toContain('dateline');
    expect(event.format.map((f) => f.value)).toEqual(
      expect.arrayContaining(['two-plus-two', 'director-general-level']),
    );
  });

  it('GIVEN the timeline THEN dates keep their precision and the words they were written in', () => {
    const byWords = new Map(seed.article.timeline.map((entry) => [entry.date.asWritten, entry.date]));
    expect(byWords.get('1910-45')).toMatchObject({ precision: 'range', value: '1910', end: '1945' });
    expect(byWords.get('in 1998')).toMatchObject({ precision: 'year', value: '1998' });
    expect(byWords.get('in 2018')).toMatchObject({ precision: 'year', value: '2018' });
    expect(byWords.get('in March')).toMatchObject({ precision: 'month', value: '2023-03' });
    expect(byWords.get('in March')?.derivation).toBeDefined();
  });

  it('GIVEN the outcomes THEN "agreed to develop" is an agreement in principle, not a signed one', () => {
    const outcome = seed.article.outcomes.find((o) => o.id === 'outcome-future-oriented-cooperation');
    expect(outcome?.modality).toBe('agreed-to');
    expect(outcome?.evidence.quotes).toContain('without further details');
  });
});
