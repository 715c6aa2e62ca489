import type { AnalyzedSentence } from '../nlp/types.ts';
import type { FactEvidence, Mention } from './types.ts';

/** Small helpers the extractors share. */

export function slug(text: string, max = 60): string {
  const s = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/g, '');
  return s === '' ? 'x' : s;
}

/** Lowercase, no accents, no punctuation: for comparing spellings. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[^a-z0-9' ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function editDistance(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0]!;
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j]!;
      dp[j] = Math.min(dp[j]! + 1, dp[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length]!;
}

export function evidenceOf(mentions: readonly Mention[], limit = 6): FactEvidence {
  const sentences: string[] = [];
  const quotes: string[] = [];
  for (const m of mentions) {
    if (sentences.length >= limit) break;
    if (!sentences.includes(m.sentence)) {
      sentences.push(m.sentence);
      quotes.push(m.text);
    }
  }
  return { sentences, quotes };
}

export function sentenceEvidence(sentence: AnalyzedSentence, quote?: string): FactEvidence {
  return { sentences: [sentence.id], quotes: [quote ?? sentence.text] };
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A phrase list as one regex alternation, longest first, matched on word boundaries. */
export function phraseRegExp(phrases: readonly string[], flags = 'i'): RegExp {
  const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.join('|')})(?![\\p{L}\\p{N}])`, `${flags}u`);
}

/** `base`, or when taken `base-<kind>` (if a kind is given), then `-2`, `-3`…; the key returned is taken. */
export function uniqueKey(base: string, taken: Set<string>, kind?: string): string {
  const stem = taken.has(base) && kind ? `${base}-${kind}` : base;
  let key = stem;
  for (let i = 2; taken.has(key); i++) key = `${stem}-${i}`;
  taken.add(key);
  return key;
}
