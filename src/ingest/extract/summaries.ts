import type { AnalyzedSentence } from '../nlp/types.ts';
import type { ExtractionInput, Summaries } from './types.ts';

/**
 * Three extractive summaries, each a list of the article's own sentences in their order: the lead alone;
 * the lead and the two body sentences that share most of the article's keywords; and up to seven. A
 * sentence inside a quotation is passed over for the short summary, where the story's facts matter more.
 */
export function extractSummaries(input: ExtractionInput, keywords: readonly string[]): Summaries {
  const body = input.sentences.filter((s) => s.kind === 'body');
  const lead = body[0]!;
  const keywordSet = new Set(keywords);
  const score = (s: AnalyzedSentence, i: number) => {
    const hits = s.tokens.filter((t) => keywordSet.has(t.lemma.toLowerCase())).length;
    const quoted = /^["“]/.test(s.text) ? 0.5 : 1;
    return ((hits + 1) / Math.sqrt(s.tokens.length + 1)) * quoted * (1 / (1 + i / 8));
  };
  const ranked = body
    .slice(1)
    .map((s, i) => ({ s, score: score(s, i) }))
    .sort((a, b) => b.score - a.score)
    .map((r) => r.s);
  const inOrder = (picked: AnalyzedSentence[]) => picked.sort((a, b) => a.start - b.start).map((s) => s.id);
  return {
    oneLine: [lead.id],
    short: inOrder([lead, ...ranked.slice(0, 2)]),
    detailed: inOrder([lead, ...ranked.slice(0, 6)]),
  };
}
