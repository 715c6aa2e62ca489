import { words } from '../lexicon/index.ts';
import type { ExtractionInput } from './types.ts';

/** The article's most repeated nouns (by lemma), as keywords for routing questions to it. */
const STOP = new Set(words.stopwords);

export function extractKeywords(input: ExtractionInput, limit = 12): string[] {
  const counts = new Map<string, { count: number; first: number; text: string }>();
  for (const sentence of input.sentences) {
    if (sentence.kind !== 'body') continue;
    for (const token of sentence.tokens) {
      if (token.pos !== 'NOUN' || token.text.length < 3) continue;
      const lemma = token.lemma.toLowerCase();
      if (STOP.has(lemma) || !/^\p{L}[\p{L}-]*$/u.test(lemma)) continue;
      const entry = counts.get(lemma) ?? { count: 0, first: token.start, text: lemma };
      entry.count++;
      counts.set(lemma, entry);
    }
  }
  return [...counts.values()]
    .filter((e) => e.count >= 2)
    .sort((a, b) => b.count - a.count || a.first - b.first)
    .slice(0, limit)
    .map((e) => e.text);
}
