import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/ingest.ts';
import type { Article } from '../../src/model/schema.ts';
import { factsOf } from './helpers.ts';

/**
 * Outcomes from the verbs of the lexicon (src/ingest/lexicon/outcome-words.json): a ruling's "upheld", "found that",
 * "barred", "rejected"; a subject named by a common noun ("a regional appeals tribunal", "the three judges") or a
 * pronoun right after an outcome; none under a negation, inside a quotation or in a later clause. Each rests on its
 * sentence, quoted whole. A made-up article.
 */
const file = path.join(import.meta.dirname, 'fixtures', 'made-up-tribunal.txt');
const { facts, doc } = factsOf(readFileSync(file, 'utf8'), '2025-03-11');
const outcome = (needle: string) => facts.outcomes.find((o) => o.statement.includes(needle));

describe('outcomes told by the verbs of the lexicon', () => {
  it('GIVEN "A regional appeals tribunal on Tuesday upheld" THEN a ruling of the tribunal, described as written', () => {
    expect(outcome('upheld a safety ruling')).toMatchObject({
      modality: 'ruled',
      parties: ['a regional appeals tribunal'],
    });
  });

  it('GIVEN "The tribunal found that" THEN a ruling; GIVEN "It also barred" right after THEN an order of the same party', () => {
    expect(outcome('found that Castrel')).toMatchObject({ modality: 'ruled', parties: ['the tribunal'] });
    expect(outcome('barred the company')).toMatchObject({ modality: 'ordered', parties: ['the tribunal'] });
  });

  it('GIVEN "The three judges rejected" THEN a rejection by the judges', () => {
    expect(outcome('rejected a request')).toMatchObject({
      modality: 'rejected',
      parties: ['the three judges'],
    });
  });

  it('GIVEN "has not approved" THEN no outcome; GIVEN the verb inside a quotation THEN no outcome', () => {
    expect(outcome('has not approved')).toBeUndefined();
    expect(outcome('approved in a hurry')).toBeUndefined();
  });

  it('GIVEN "fined" only in a later clause ("after ... fined") THEN no outcome from it', () => {
    expect(outcome('after a court')).toBeUndefined();
  });

  it('THEN each outcome rests on its sentence, quoted whole', () => {
    const text = (id: string) => doc.sentences.find((s) => s.id === id)?.text;
    for (const item of facts.outcomes) {
      expect(item.evidence.sentences).toHaveLength(1);
      expect(text(item.evidence.sentences[0]!)).toBe(item.statement);
    }
  });

  it('THEN the built model validates, every outcome marked extracted', async () => {
    const { model } = await ingest({
      input: file,
      id: 'made-up-tribunal',
      published: '2025-03-11',
      outDir: path.join(import.meta.dirname, 'unused'),
      force: true,
      dryRun: true,
      fetch: { allowPrivate: false, timeoutMs: 1000, maxBytes: 1 << 20 },
      today: '2026-12-04',
    });
    const article = model as unknown as Article;
    expect(article.outcomes.length).toBeGreaterThanOrEqual(4);
    for (const o of article.outcomes) expect(o.provenance).toBe('extracted');
  });
});
